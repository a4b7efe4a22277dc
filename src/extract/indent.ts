// A hierarchy printed by indentation only (湖州 收支总表: 类 at the border, 款 one step in,
// 项 two steps in, no codes): the indents of a label column cluster into levels, and a row's
// parent is the nearest row above it at a shallower level.
import type { Cell } from '../model/document.js';

/** Indents this close (points) are one level: glyph positions jitter. */
const SAME_LEVEL = 2;
/** A level steps in by at least this much (points): less is a ragged left edge of one level. */
const MIN_STEP = 4;
/** Further in than this beyond the shallowest indent is centred or right-aligned text, unless labels of several lengths start there. */
const MAX_DEPTH = 48;

/** The level of a label cell's indent (0 = shallowest), null when it says nothing. */
export type IndentLevel = (cell: Cell | undefined) => number | null;

/**
 * Levels from the indents of a column's label cells (totals excluded: they are centred), or
 * null when the column prints no hierarchy (one level, or no indents: DOCX).
 */
export function indentLevels(cells: readonly Cell[]): IndentLevel | null {
  const indented = cells.filter((c): c is Cell & { indent: number } => c.indent !== undefined);
  if (indented.length === 0) return null;
  const base = Math.min(...indented.map((c) => c.indent));
  // indents closer than a step are one level (a ragged edge: 湖州 prints 27.7 and 31.3 side by side)
  const clusters: Array<{ lo: number; hi: number; lengths: Set<number> }> = [];
  for (const c of [...indented].sort((a, b) => a.indent - b.indent)) {
    const last = clusters[clusters.length - 1];
    if (last && c.indent - last.hi < MIN_STEP) {
      last.hi = c.indent;
      last.lengths.add(c.text.length);
    } else clusters.push({ lo: c.indent, hi: c.indent, lengths: new Set([c.text.length]) });
  }
  // far in, only labels of different lengths starting at one place are a level (centred ones do not)
  const levels = clusters.filter((k) => k.lo - base <= MAX_DEPTH || k.lengths.size > 1);
  if (levels.length < 2) return null;
  return (cell) => {
    if (cell?.indent === undefined) return null;
    const k = levels.findIndex((l) => cell.indent! >= l.lo - SAME_LEVEL && cell.indent! <= l.hi + SAME_LEVEL);
    return k >= 0 ? k : null;
  };
}

/** The label above each row at a shallower level: call once per row, in printed order. */
export class IndentParents {
  private stack: Array<{ label: string; level: number }> = [];

  next(label: string, level: number | null): string | null {
    if (level === null) {
      this.stack = [];
      return null;
    }
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1]?.label ?? null;
    this.stack.push({ label, level });
    return parent;
  }
}
