// Tables without (enough) rules: columns from text alignment. Two sources of candidates:
// ruled regions without column rules (horizontal rules of the same extent, as in three-line
// tables, or a frame with row rules only) and blocks of consecutive lines split into aligned
// chunks by wide gaps.
import { slot, toUserBBox, type Box } from './geometry.js';
import type { Segment } from './lines.js';
import type { TextLine } from './page.js';
import type { PageFrame, PartCell, TablePart } from './parts.js';
import { joinLines, lineText, type Run } from './text.js';

/** Settings of the alignment fallback; docs/pdf-reader.md explains them. */
export const UNRULED = {
  /** a gap this wide (em) between runs separates two cells on a line. */
  cellGapEm: 1.5,
  /** outside rules, lines need gaps this wide (em) to be read as table rows. */
  freeGapEm: 2,
  /** a table needs at least this many lines with two or more cells. */
  minRows: 3,
  /** a column gap may be crossed by this share of lines (spanning header cells). */
  crossShare: 0.15,
  /** lines this far apart (em of line height) do not belong to one table. */
  maxLineGapEm: 2.5,
  /** rules of one table have the same ends within this (points). */
  ruleEndTolerance: 6,
} as const;

/** An area bounded by horizontal rules (at `ys`, top to bottom) but with no column rules. */
export interface RuleRegion extends Box {
  ys: number[];
}

interface Chunk {
  x0: number;
  x1: number;
  runs: Run[];
}

export function findUnruledTables(
  lines: readonly TextLine[],
  regions: readonly RuleRegion[],
  frame: PageFrame,
): { parts: TablePart[]; rest: TextLine[] } {
  const parts: TablePart[] = [];
  let rest = [...lines];
  for (const region of regions) {
    const inside = rest.filter((l) => {
      const y = (l.box.y0 + l.box.y1) / 2;
      return y > region.y0 && y < region.y1 && l.box.x0 >= region.x0 - 2 && l.box.x1 <= region.x1 + 2;
    });
    const part = buildTable(inside, UNRULED.cellGapEm, region, frame);
    if (part) {
      parts.push(part);
      rest = rest.filter((l) => !inside.includes(l));
    }
  }
  for (const block of candidateBlocks(rest)) {
    const part = buildTable(block, UNRULED.freeGapEm, undefined, frame);
    if (part) {
      parts.push(part);
      rest = rest.filter((l) => !block.includes(l));
    }
  }
  return { parts, rest };
}

/** Groups of two or more lone horizontal rules with the same ends. */
export function ruleRegions(loose: readonly Segment[]): RuleRegion[] {
  const t = UNRULED.ruleEndTolerance;
  const groups: Segment[][] = [];
  for (const s of [...loose].sort((a, b) => a.at - b.at)) {
    const g = groups.find((g) => Math.abs((g[0] as Segment).from - s.from) <= t && Math.abs((g[0] as Segment).to - s.to) <= t);
    if (g) g.push(s);
    else groups.push([s]);
  }
  return groups
    .filter((g) => g.length >= 2)
    .map((g) => {
      const first = g[0] as Segment;
      return { x0: first.from, x1: first.to, y0: first.at, y1: (g[g.length - 1] as Segment).at, ys: g.map((s) => s.at) };
    });
}

/** Runs of consecutive, closely spaced lines that mostly split into several chunks. */
function candidateBlocks(lines: readonly TextLine[]): TextLine[][] {
  const blocks: TextLine[][] = [];
  let cur: TextLine[] = [];
  const flush = (): void => {
    // a block starts and ends with a multi-chunk line
    while (cur.length > 0 && chunks(cur[0] as TextLine, UNRULED.freeGapEm).length < 2) cur.shift();
    while (cur.length > 0 && chunks(cur[cur.length - 1] as TextLine, UNRULED.freeGapEm).length < 2) cur.pop();
    if (cur.length >= UNRULED.minRows) blocks.push(cur);
    cur = [];
  };
  for (const l of lines) {
    const prev = cur[cur.length - 1];
    if (prev && l.box.y0 - prev.box.y1 > UNRULED.maxLineGapEm * prev.size) flush();
    cur.push(l);
  }
  flush();
  return blocks;
}

function chunks(line: TextLine, gapEm: number): Chunk[] {
  const out: Chunk[] = [];
  for (const r of line.runs) {
    const last = out[out.length - 1];
    if (last && r.box.x0 - last.x1 <= gapEm * Math.max(r.size, line.size)) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.box.x1);
    } else out.push({ x0: r.box.x0, x1: r.box.x1, runs: [r] });
  }
  return out;
}

// Prose and tables of contents also have wide gaps (justified lines, dot leaders).
const PROSE = /[。；]|[，,：:]$/;
const LEADERS = /…|\.{4,}|·{4,}/;

function buildTable(lines: readonly TextLine[], gapEm: number, region: RuleRegion | undefined, frame: PageFrame): TablePart | undefined {
  if (lines.length < UNRULED.minRows) return undefined;
  const prose = lines.filter((l) => PROSE.test(l.text) || LEADERS.test(l.text)).length;
  if (prose > 0.3 * lines.length) return undefined;
  const split = lines.map((l) => chunks(l, gapEm));
  const xs = columnEdges(split.flat(), lines);
  // a ruled region's ends are the table's ends
  if (region && xs.length >= 2) {
    xs[0] = Math.min(xs[0] as number, region.x0);
    xs[xs.length - 1] = Math.max(xs[xs.length - 1] as number, region.x1);
  }
  const ruleYs = region?.ys;
  if (xs.length < 3) return undefined;
  const multi = split.filter((cs) => new Set(cs.map((c) => columnOf(xs, c))).size >= 2).length;
  if (multi < UNRULED.minRows || multi < 0.6 * lines.length) return undefined;

  // rows: one per line, except that lines between two adjacent rules (at most two of them,
  // a wrapped cell) form one row
  const rows: number[][] = [];
  lines.forEach((l, i) => {
    const band = ruleYs ? slot(ruleYs, (l.box.y0 + l.box.y1) / 2) : -1;
    const prev = rows[rows.length - 1];
    const prevLine = prev ? lines[prev[0] as number] : undefined;
    const sameBand = band >= 0 && prevLine && slot(ruleYs as number[], (prevLine.box.y0 + prevLine.box.y1) / 2) === band;
    const bandSize = band >= 0 ? lines.filter((m) => slot(ruleYs as number[], (m.box.y0 + m.box.y1) / 2) === band).length : 0;
    if (prev && sameBand && bandSize <= 2) prev.push(i);
    else rows.push([i]);
  });

  const width = xs.length - 1;
  const cells: PartCell[] = [];
  rows.forEach((members, r) => {
    const texts: string[][] = Array.from({ length: width }, () => []);
    const spans = new Array<number>(width).fill(1);
    let y0 = Infinity;
    let y1 = -Infinity;
    const placed: { from: number; to: number; at: number; text: string }[] = [];
    for (const i of members) {
      const line = lines[i] as TextLine;
      y0 = Math.min(y0, line.box.y0);
      y1 = Math.max(y1, line.box.y1);
      for (const c of split[i] as Chunk[]) {
        const from = clampCol(slot(xs, c.x0 + 0.5), width);
        const to = clampCol(slot(xs, c.x1 - 0.5), width);
        placed.push({ from, to, at: columnOf(xs, c), text: lineText(c.runs, false) });
      }
    }
    // a chunk across several columns is a merged cell when nothing else of the row is there
    for (const p of placed) {
      const alone = p.to > p.from && placed.every((q) => q === p || q.at < p.from || q.at > p.to);
      if (alone) spans[p.from] = p.to - p.from + 1;
      (texts[alone ? p.from : p.at] as string[]).push(p.text);
    }
    for (let c = 0; c < width; ) {
      const span = spans[c] as number;
      const box = { x0: xs[c] as number, y0, x1: xs[c + span] as number, y1 };
      cells.push({
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: span,
        text: joinLines(texts[c] as string[]),
        page: frame.number,
        box,
        bbox: toUserBBox(frame.toUser, box),
      });
      c += span;
    }
  });
  const first = lines[0] as TextLine;
  const last = lines[lines.length - 1] as TextLine;
  return {
    page: frame.number,
    pageWidth: frame.width,
    pageHeight: frame.height,
    box: { x0: xs[0] as number, y0: first.box.y0, x1: xs[width] as number, y1: last.box.y1 },
    xs,
    rows: rows.length,
    cells,
    ruled: false,
  };
}

/**
 * Column edges: the table's left and right ends plus the middle of every vertical strip that
 * (almost) no chunk covers. A few chunks may cross a strip: header cells spanning columns.
 */
function columnEdges(all: readonly Chunk[], lines: readonly TextLine[]): number[] {
  if (all.length === 0) return [];
  const left = Math.min(...all.map((c) => c.x0));
  const right = Math.max(...all.map((c) => c.x1));
  const em = median(lines.map((l) => l.size));
  const allowed = Math.floor(UNRULED.crossShare * lines.length);
  const events: [number, number][] = [];
  for (const c of all) events.push([c.x0, 1], [c.x1, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const edges = [left];
  let depth = 0;
  let gapFrom: number | undefined;
  for (const [x, d] of events) {
    depth += d;
    if (depth <= allowed && gapFrom === undefined) gapFrom = x;
    else if (depth > allowed && gapFrom !== undefined) {
      if (x - gapFrom >= 0.8 * em && gapFrom > left && x < right) edges.push((gapFrom + x) / 2);
      gapFrom = undefined;
    }
  }
  edges.push(right);
  return edges;
}

function columnOf(xs: readonly number[], c: Chunk): number {
  return clampCol(slot(xs, (c.x0 + c.x1) / 2), xs.length - 1);
}

function clampCol(c: number, width: number): number {
  return Math.min(Math.max(c, 0), width - 1);
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
