// A hierarchy printed by indentation only (湖州 收支总表: 类 at the border, 款 one step in,
// 项 two steps in, no codes): the indents of a label column cluster into levels, and a row's
// parent is the nearest row above it at a shallower level.
import type { Cell } from '../model/document.js';

/** Indents this close (points) are one level: glyph positions jitter. */
const SAME_LEVEL = 2;
/** A level steps in by at least this much (points): less is a ragged left edge. */
const MIN_STEP = 4;
/** Further in than this beyond the shallowest indent is centred or right-aligned text, not a level. */
const MAX_DEPTH = 48;

/** The level of a label cell's indent (0 = shallowest), null when it says nothing. */
export type IndentLevel = (cell: Cell | undefined) => number | null;

/**
 * Levels from the indents of a column's label cells (totals excluded: they are centred), or
 * null when the column prints no hierarchy (one level, or no indents: DOCX).
 */
export function indentLevels(cells: readonly Cell[]): IndentLevel | null {
  const indents = cells.map((c) => c.indent).filter((i): i is number => i !== undefined);
  if (indents.length === 0) return null;
  const base = Math.min(...indents);
  const levels: number[] = [];
  for (const i of [...indents].sort((a, b) => a - b)) {
    if (i - base > MAX_DEPTH) break;
    const last = levels[levels.length - 1];
    if (last === undefined || i - last > SAME_LEVEL) levels.push(i);
  }
  if (levels.length < 2 || levels.some((l, k) => k > 0 && l - levels[k - 1]! < MIN_STEP)) return null;
  return (cell) => {
    if (cell?.indent === undefined || cell.indent - base > MAX_DEPTH) return null;
    const k = levels.findIndex((l) => Math.abs(cell.indent! - l) <= SAME_LEVEL);
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
