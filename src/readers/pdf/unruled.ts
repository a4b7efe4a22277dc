// Tables without (enough) rules: columns from text alignment. Two sources of candidates:
// ruled regions without column rules (horizontal rules of the same extent, as in three-line
// tables, or a frame with row rules only) and blocks of consecutive lines split into aligned
// chunks by wide gaps. docs/pdf-reader.md describes the rules.
import { isWide } from './chars.js';
import { NUMBERED } from './blocks.js';
import { slot, toUserBBox, type Box } from './geometry.js';
import type { Segment } from './lines.js';
import type { TextLine } from './page.js';
import type { PageFrame, PartCell, TablePart } from './parts.js';
import { estimateWidth, joinLines, lineText, type Run } from './text.js';

/** Settings of the alignment fallback; docs/pdf-reader.md explains them. */
export const UNRULED = {
  /** a gap this wide (em) between runs separates two cells on a line. */
  cellGapEm: 1.5,
  /** outside rules, lines need gaps this wide (em) to be read as table rows. */
  freeGapEm: 2,
  /** two numbers this far apart (em) on a line are two cells. */
  numberGapEm: 0.5,
  /** a run this much (em) wider than its glyphs hides a gap: cut between a number and text. */
  hiddenGapEm: 0.3,
  /** the narrowest empty strip (em) between two columns (numbers flush right, text flush left). */
  columnGapEm: 0.05,
  /** a column border lies at most this far (em) beyond flush-right numbers or before flush-left text. */
  cellPadEm: 0.25,
  /** a table needs at least this many lines with two or more cells. */
  minRows: 3,
  /** a column gap may be crossed by this share of body lines (cells spanning columns). */
  crossShare: 0.15,
  /** lines this far apart (em of line height) do not belong to one table. */
  maxLineGapEm: 2.5,
  /** a line without numbers this close (share of the row pitch) to a line with numbers wraps its cells. */
  wrapShare: 0.75,
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

/** A line of the candidate table: its runs (fused number+text runs cut) and its chunks. */
interface Row {
  line: TextLine;
  runs: Run[];
  chunks: Chunk[];
  /** some chunk is a number. */
  numeric: boolean;
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
    const built = buildTable(inside, UNRULED.cellGapEm, region, frame);
    if (built) {
      parts.push(built.part);
      rest = rest.filter((l) => !built.lines.includes(l));
    }
  }
  for (const block of candidateBlocks(rest)) {
    const built = buildTable(block, UNRULED.freeGapEm, undefined, frame);
    if (built) {
      parts.push(built.part);
      rest = rest.filter((l) => !built.lines.includes(l));
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
  const multi = (l: TextLine): boolean => chunks(l, pieces(l), UNRULED.freeGapEm).length >= 2;
  const flush = (): void => {
    // a block starts and ends with a multi-chunk line, or with lines set tight against it
    // (a header line above, a cell's wrapped lines below: buildTable leaves out what the
    // table does not take)
    const tight = (upper: TextLine, lower: TextLine): boolean => lower.box.y0 - upper.box.y1 <= 0.7 * lower.size;
    let start = cur.findIndex(multi);
    let end = cur.length;
    while (end > 0 && !multi(cur[end - 1] as TextLine)) end--;
    if (start < 0) start = end;
    // (not a title: larger type)
    const size = median(cur.map((l) => l.size));
    while (start > 0 && tight(cur[start - 1] as TextLine, cur[start] as TextLine) && (cur[start - 1] as TextLine).size <= 1.05 * size) start--;
    while (end > start && end < cur.length && tight(cur[end - 1] as TextLine, cur[end] as TextLine)) end++;
    cur = cur.slice(start, end);
    // titles in larger type above (or below) the table are not part of it
    const body = median(cur.map((l) => l.size));
    while (cur.length > 0 && (cur[0] as TextLine).size > 1.3 * body) cur.shift();
    while (cur.length > 0 && (cur[cur.length - 1] as TextLine).size > 1.3 * body) cur.pop();
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

// A number as printed in a table cell: 3,944.08  0.00  -12  95%  2080505.
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

const isNumber = (text: string): boolean => NUMBER.test(text.replace(/\s+/g, ''));
/** A number with decimals: an amount, never the start or end of a word ("1. 2026" is a list number and a year). */
const isAmount = (text: string): boolean => isNumber(text) && /\d\.\d/.test(text);

/**
 * A line's runs, with runs that hold the text of several cells cut apart. pdf.js joins glyphs
 * drawn less than ~0.6 em apart into one item, with a space for a gap: two amounts side by
 * side ("3,324,258.76 324,314.91", the first filling its column), or an amount flush right at a
 * border and the next cell's text right after it ("3,944.08一、一般公共服务支出"). A run is cut
 * at a space between two numbers, and between an amount with decimals and a CJK character
 * when the run is wider than its glyphs by `hiddenGapEm` (the gap between the cells is inside
 * it). The pieces keep their natural widths; the run's spare width is shared by the cuts.
 */
function pieces(line: TextLine): Run[] {
  return line.runs.flatMap((r) => cutRun(r));
}

const AMOUNT_END = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;
const AMOUNT_START = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+/;

export function cutRun(r: Run): Run[] {
  if (r.vertical) return [r];
  // words: cut at spaces between two numbers, keep other spaces
  const words = r.text.split(' ');
  const texts: string[] = [];
  for (const w of words) {
    const prev = texts[texts.length - 1];
    if (prev !== undefined && !(isNumber(prev.split(' ').pop() ?? '') && isNumber(w))) texts[texts.length - 1] = `${prev} ${w}`;
    else texts.push(w);
  }
  // amount and CJK text glued, where the run hides a gap
  const natural = (t: string): number => estimateWidth(t, r.size);
  const spare = r.box.x1 - r.box.x0 - texts.reduce((a, t) => a + natural(t), 0);
  const out: string[] = [];
  for (const t of texts) {
    if (spare < UNRULED.hiddenGapEm * r.size) {
      out.push(t);
      continue;
    }
    const head = AMOUNT_START.exec(t)?.[0];
    const tail = AMOUNT_END.exec(t)?.[0];
    if (head && head.length < t.length && isWide([...t.slice(head.length)][0] ?? '')) out.push(head, t.slice(head.length));
    else if (tail && tail.length < t.length && isWide([...t.slice(0, t.length - tail.length)].pop() ?? '')) out.push(t.slice(0, t.length - tail.length), tail);
    else out.push(t);
  }
  if (out.length === 1) {
    // a number whose item is wider than its glyphs carries spacing after them (its glyphs end
    // flush with the column's other numbers)
    if (isNumber(r.text) && r.box.x1 - r.box.x0 - natural(r.text) >= 0.2 * r.size) return [{ ...r, box: { ...r.box, x1: r.box.x0 + natural(r.text) } }];
    return [r];
  }
  const gap = Math.max(0, r.box.x1 - r.box.x0 - out.reduce((a, t) => a + natural(t), 0)) / (out.length - 1);
  let x = r.box.x0;
  return out.map((text) => {
    const w = natural(text);
    const { spaced: _, shown: __, ...base } = r;
    const piece = { ...base, text, box: { ...r.box, x0: x, x1: x + w } };
    x += w + gap;
    return piece;
  });
}

/**
 * Runs of a line grouped into chunks: a new chunk after a gap of `gapEm`, of `numberGapEm`
 * between two numbers (never one cell), of 1 em between a number and text ("2026 年" in a
 * title stays one), or of any width next to an amount with decimals ("0.00" flush right, the
 * next cell's text 0.8 pt on).
 * Chunks of one cell are joined again when no column border lies between them.
 */
function chunks(line: TextLine, runs: readonly Run[], gapEm: number): Chunk[] {
  const out: Chunk[] = [];
  let prev: Run | undefined;
  for (const r of runs) {
    const last = out[out.length - 1];
    const em = Math.max(r.size, line.size);
    const gap = last ? r.box.x0 - last.x1 : 0;
    const apart =
      gap > gapEm * em ||
      (gap > UNRULED.numberGapEm * em && isNumber(r.text) && isNumber(prev?.text ?? '')) ||
      (gap > em && (isNumber(r.text) || isNumber(prev?.text ?? ''))) ||
      (gap >= 0 && (isAmount(r.text) || isAmount(prev?.text ?? '')));
    if (last && !apart) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.box.x1);
    } else out.push({ x0: r.box.x0, x1: r.box.x1, runs: [r] });
    prev = r;
  }
  return out;
}

const chunkText = (c: Chunk): string => lineText(c.runs, false);

// Prose and tables of contents also have wide gaps (justified lines, dot leaders).
const PROSE = /[。；]|[，,：:]$/;
const LEADERS = /…|\.{4,}|·{4,}/;

/** The table the lines make, and the lines it took (text printed above its header is left out). */
function buildTable(
  lines: readonly TextLine[],
  gapEm: number,
  region: RuleRegion | undefined,
  frame: PageFrame,
): { part: TablePart; lines: TextLine[] } | undefined {
  if (lines.length < UNRULED.minRows) return undefined;
  const rows: Row[] = lines.map((line) => {
    const runs = pieces(line);
    const cs = chunks(line, runs, gapEm);
    return { line, runs, chunks: cs, numeric: cs.some((c) => isNumber(chunkText(c))) };
  });
  // sentences are prose, unless they stand beside rows of amounts in columns (a 绩效目标
  // column): lines with two or more numbers ending where numbers end on two other lines
  const rights = rows.flatMap((r) => r.chunks.filter((c) => isNumber(chunkText(c))).map((c) => c.x1));
  const inColumn = (x: number): boolean => rights.filter((o) => Math.abs(o - x) <= 1).length >= 3;
  const amounts = rows.filter((r) => r.chunks.filter((c) => isNumber(chunkText(c)) && inColumn(c.x1)).length >= 2).length;
  const prose = lines.filter((l) => PROSE.test(l.text) || LEADERS.test(l.text)).length;
  if (prose > 0.3 * lines.length && amounts < UNRULED.minRows) return undefined;
  // header lines: above the first line with a number; the columns come from the lines below
  const first = rows.findIndex((r) => r.numeric);
  const bodyStart = region || first < 0 ? 0 : first;
  const body = rows.slice(bodyStart);
  const em = median(lines.map((l) => l.size));
  // columns from the lines down to the last with a number: lines after it may be a note
  let end = rows.length;
  if (!region && first >= 0) while (end > bodyStart && !(rows[end - 1] as Row).numeric) end--;
  const core = rows.slice(bodyStart, end);
  const xs = columnEdges(core, rows.slice(0, end), em);
  // a ruled region's ends are the table's ends
  if (region && xs.length >= 2) {
    xs[0] = Math.min(xs[0] as number, region.x0);
    xs[xs.length - 1] = Math.max(xs[xs.length - 1] as number, region.x1);
  }
  if (!region && bodyStart > 0) splitByHeader(xs, rows.slice(0, bodyStart), core, em);
  if (xs.length < 3) return undefined;
  const width = xs.length - 1;
  const multi = rows.filter((r) => new Set(r.chunks.map((c) => columnOf(xs, c))).size >= 2).length;
  if (multi < UNRULED.minRows || (multi < 0.6 * lines.length && amounts < UNRULED.minRows)) return undefined;

  const cells: Cell[] = [];
  let nextRow = 0;
  let taken = [...lines];
  const { groups, lead } = region ? { groups: bandRows(rows, region.ys), lead: 0 } : bodyRows(body, rows.slice(0, bodyStart), xs, em);
  if (bodyStart - lead > 0) {
    const header = headerCells(rows.slice(0, bodyStart - lead), xs, em);
    cells.push(...header.cells);
    nextRow = header.rows;
    taken = taken.filter((l) => !header.outside.has(l));
  }
  // lines after the last row with numbers that no row took are text after the table
  if (!region && first >= 0) {
    while (groups.length > 0) {
      const g = groups[groups.length - 1] as Row[];
      if (g.some((r) => r.numeric)) break;
      groups.pop();
      for (const r of g) taken = taken.filter((l) => l !== r.line);
    }
  }
  for (const members of groups) {
    cells.push(...rowCells(members, xs, nextRow));
    nextRow++;
  }
  // lines that all wrap into one row are a cell's text, not a table
  if (nextRow < 2) return undefined;

  const out: PartCell[] = [];
  for (const c of cells.sort((a, b) => a.row - b.row || a.col - b.col)) {
    const box = { x0: xs[c.col] as number, y0: c.y0, x1: xs[c.col + c.colSpan] as number, y1: c.y1 };
    out.push({
      row: c.row,
      col: c.col,
      rowSpan: c.rowSpan,
      colSpan: c.colSpan,
      text: c.text,
      page: frame.number,
      box,
      bbox: toUserBBox(frame.toUser, box),
    });
  }
  fillGaps(out, nextRow, width, xs, frame);
  const top = taken[0] as TextLine;
  const bottom = taken[taken.length - 1] as TextLine;
  const part: TablePart = {
    page: frame.number,
    pageWidth: frame.width,
    pageHeight: frame.height,
    box: { x0: xs[0] as number, y0: top.box.y0, x1: xs[width] as number, y1: bottom.box.y1 },
    xs,
    rows: nextRow,
    cells: out.sort((a, b) => a.row - b.row || a.col - b.col),
    ruled: false,
  };
  return { part, lines: taken };
}

interface Cell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  y0: number;
  y1: number;
}

/**
 * Column edges from the body lines: the table's ends plus a border in every vertical strip
 * (almost) no chunk covers, at least `columnGapEm` wide. A few chunks may cross a strip: cells
 * spanning columns. Two neighbouring columns that never both hold text on one line are one
 * column whose texts are aligned differently ("合计" centred, unit names flush left) when they
 * hold no numbers or one of them is nearly empty (a 栏次 number: amounts beside a text cell
 * wrapped above and below their line are two columns). The border
 * sits just right of flush-right numbers, else just left of flush-left text, else mid-strip:
 * header cells are centred between the real borders, so a border in the middle of the strip
 * between two amount columns would cut a header in two.
 */
function columnEdges(body: readonly Row[], all: readonly Row[], em: number): number[] {
  const chunksOf = (rs: readonly Row[]): Chunk[] => rs.flatMap((r) => r.chunks);
  const every = chunksOf(all);
  if (every.length === 0) return [];
  const left = Math.min(...every.map((c) => c.x0));
  const right = Math.max(...every.map((c) => c.x1));
  const used = chunksOf(body);
  const allowed = Math.floor(UNRULED.crossShare * body.length);
  const events: [number, number][] = [];
  for (const c of used) events.push([c.x0, 1], [c.x1, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const wide: [number, number][] = [];
  let depth = 0;
  let gapFrom: number | undefined;
  for (const [x, d] of events) {
    depth += d;
    if (depth <= allowed && gapFrom === undefined) gapFrom = x;
    else if (depth > allowed && gapFrom !== undefined) {
      if (gapFrom > left && x < right) wide.push([gapFrom, x]);
      gapFrom = undefined;
    }
  }
  // only chunks reaching out of a strip may cross it: chunks wholly inside (a column with few
  // entries, 收入 amounts on 3 of 27 lines) are a column of their own
  let strips: [number, number][] = [];
  const minGap = UNRULED.columnGapEm * em;
  for (const [a, b] of wide) {
    const inside = used.filter((c) => c.x0 >= a && c.x1 <= b).sort((p, q) => p.x0 - q.x0);
    let from = a;
    for (const c of inside) {
      if (c.x0 - from >= minGap) strips.push([from, c.x0]);
      from = Math.max(from, c.x1);
    }
    if (b - from >= minGap) strips.push([from, b]);
  }
  if (process.env.UNRULED_DEBUG) console.error('wide', JSON.stringify(wide.map(([a, b]) => [Math.round(a), Math.round(b)])), 'strips', JSON.stringify(strips.map(([a, b]) => [Math.round(a * 10) / 10, Math.round(b * 10) / 10])), 'allowed', allowed);
  // neighbours of text never filled on the same line are one column
  for (let changed = true; changed; ) {
    changed = false;
    const xs = [left, ...strips.map(([a, b]) => (a + b) / 2), right];
    for (let k = 0; k < strips.length; k++) {
      const together = body.some((r) => {
        const cols = new Set(r.chunks.map((c) => columnOf(xs, c)));
        return cols.has(k) && cols.has(k + 1);
      });
      const numbers = used.some((c) => isNumber(chunkText(c)) && [k, k + 1].includes(columnOf(xs, c)));
      const lines = (j: number): number => body.filter((r) => r.chunks.some((c) => columnOf(xs, c) === j)).length;
      const sparse = Math.min(lines(k), lines(k + 1)) <= Math.max(1, 0.1 * body.length);
      if (!together && (!numbers || sparse)) {
        strips = strips.filter((_, i) => i !== k);
        changed = true;
        break;
      }
    }
  }
  // a column no chunk is centred in belongs to the neighbour whose chunks reach into it
  for (let changed = true; changed; ) {
    changed = false;
    const xs = [left, ...strips.map(([a, b]) => (a + b) / 2), right];
    for (let j = 0; j < xs.length - 1; j++) {
      if (used.some((c) => columnOf(xs, c) === j)) continue;
      const a = xs[j] as number;
      const b = xs[j + 1] as number;
      const reach = (k: number): number => used.filter((c) => columnOf(xs, c) === k && c.x1 > a && c.x0 < b).length;
      const drop = j === 0 ? 0 : j === xs.length - 2 ? j - 1 : reach(j - 1) >= reach(j + 1) ? j - 1 : j;
      strips = strips.filter((_, i) => i !== drop);
      changed = strips.length > 0;
      break;
    }
  }
  if (process.env.UNRULED_DEBUG) console.error('merged', JSON.stringify(strips.map(([a, b]) => [Math.round(a * 10) / 10, Math.round(b * 10) / 10])));
  const mid = [left, ...strips.map(([a, b]) => (a + b) / 2), right];
  const columns = mid.slice(1).map(() => [] as Chunk[]);
  for (const c of used) columns[columnOf(mid, c)]?.push(c);
  const pad = UNRULED.cellPadEm * em;
  const edges = [left];
  strips.forEach(([a, b], k) => {
    const before = columns[k] ?? [];
    const after = columns[k + 1] ?? [];
    const flushRight = rightEdgeOfNumbers(before, em);
    if (flushRight !== undefined && flushRight <= b) edges.push(Math.min(flushRight + pad, (flushRight + b) / 2));
    else if (after.length > 0 && after.every((c) => !isNumber(chunkText(c)))) {
      const start = Math.min(...after.map((c) => c.x0));
      edges.push(Math.max(start - pad, (a + start) / 2));
    } else edges.push((a + b) / 2);
  });
  edges.push(right);
  return edges;
}

/**
 * Columns the body lines cannot tell apart (one 合计 row under 科目编码 | 科目名称, columns
 * left blank for zero): within a body column, header phrases of two or more characters (runs
 * less than half an em apart) that overlap across lines form stacks; two stacks side by side,
 * with no body text reaching into the gap between them, are two columns split in the middle
 * of that gap. A phrase printed wholly above stacks on both its sides is a group header over
 * them and makes no stack of its own.
 */
function splitByHeader(xs: number[], header: readonly Row[], body: readonly Row[], em: number): void {
  interface Piece {
    x0: number;
    x1: number;
    y0: number;
    y1: number;
  }
  const phrases: Piece[] = [];
  for (const r of header) {
    let cur: Run[] = [];
    const flush = (): void => {
      if (cur.length > 0 && [...lineText(cur, false).replace(/\s+/g, '')].length >= 2) {
        phrases.push({
          x0: Math.min(...cur.map((p) => p.box.x0)),
          x1: Math.max(...cur.map((p) => p.box.x1)),
          y0: Math.min(...cur.map((p) => p.box.y0)),
          y1: Math.max(...cur.map((p) => p.box.y1)),
        });
      }
      cur = [];
    };
    for (const p of r.runs) {
      const prev = cur[cur.length - 1];
      if (prev && p.box.x0 - prev.box.x1 >= 0.5 * em) flush();
      cur.push(p);
    }
    flush();
  }
  const bodyChunks = body.flatMap((r) => r.chunks);
  const edges = [...xs];
  const added: number[] = [];
  for (let k = 0; k < edges.length - 1; k++) {
    const a = edges[k] as number;
    const b = edges[k + 1] as number;
    const inside = phrases.filter((p) => (p.x0 + p.x1) / 2 >= a && (p.x0 + p.x1) / 2 < b);
    const grouping = (p: Piece): boolean =>
      inside.some((q) => q.x1 <= p.x0 && q.y0 >= p.y1) && inside.some((q) => q.x0 >= p.x1 && q.y0 >= p.y1);
    const stacks: { x0: number; x1: number; members: Piece[] }[] = [];
    for (const p of inside.filter((p) => !grouping(p)).sort((p, q) => p.x0 - q.x0)) {
      const last = stacks[stacks.length - 1];
      if (last && p.x0 < last.x1) {
        last.x1 = Math.max(last.x1, p.x1);
        last.members.push(p);
      } else stacks.push({ x0: p.x0, x1: p.x1, members: [p] });
    }
    for (let i = 1; i < stacks.length; i++) {
      const left = stacks[i - 1] as (typeof stacks)[number];
      const right = stacks[i] as (typeof stacks)[number];
      // headers side by side on one line, not a "单位：万元" line above a header
      if (!left.members.some((p) => right.members.some((q) => p.y0 < q.y1 && q.y0 < p.y1))) continue;
      let from = left.x1;
      let to = right.x0;
      // body text reaching into the gap from one side (numbers flush right under a centred header)
      const into = bodyChunks.filter((c) => c.x1 > from && c.x0 < to);
      if (into.every((c) => c.x0 < from)) from = Math.max(from, ...into.map((c) => c.x1));
      else if (into.every((c) => c.x1 > to)) to = Math.min(to, ...into.map((c) => c.x0));
      else continue;
      if (to - from < 0.05 * em) continue;
      added.push((from + to) / 2);
    }
  }
  for (const x of added) if (xs.every((e) => Math.abs(e - x) > 0.5 * em)) xs.push(x);
  xs.sort((p, q) => p - q);
}

/** The common right edge of a column's numbers when most of its chunks are numbers printed flush right. */
function rightEdgeOfNumbers(column: readonly Chunk[], em: number): number | undefined {
  const numbers = column.filter((c) => isNumber(chunkText(c)));
  if (numbers.length === 0 || numbers.length < 0.5 * column.length) return undefined;
  const at = median(numbers.map((c) => c.x1));
  const flush = numbers.filter((c) => Math.abs(c.x1 - at) <= 0.2 * em).length;
  return flush >= 0.7 * numbers.length ? Math.max(...numbers.filter((c) => Math.abs(c.x1 - at) <= 0.2 * em).map((c) => c.x1)) : undefined;
}

/** Columns a box covers, its ends pulled in by a quarter em (glyph boxes overhang, centred text brushes a border). */
function spanOf(xs: readonly number[], x0: number, x1: number, em: number): [number, number] {
  const t = Math.min(0.25 * em, (x1 - x0) / 4);
  const width = xs.length - 1;
  return [clampCol(slot(xs, x0 + t), width), clampCol(slot(xs, x1 - t), width)];
}

interface Phrase {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  from: number;
  to: number;
  /** it lies within one column (a wrapped cell's line does). */
  fits: boolean;
  lines: string[];
  /** the lines it was printed on. */
  rows: Row[];
  /** its lowest line's extent, once stacked. */
  last: { x0: number; x1: number };
  /** its lowest line, once stacked. */
  lastPhrase?: Phrase;
}

/**
 * The header: lines above the first line with a number. A line's runs split into phrases where
 * a column border falls between them. A phrase continues the phrase above it over the same
 * columns when the two are stacked closely and aligned alike (same centre or same left end):
 * a header cell the column width wrapped ("一般公共预" / "算"). Each column's lowest cell is
 * its header; a header whose middle sits lower than the other columns' tallest ones hangs
 * under a group header: the nearest phrase above it on one line (财政拨款收入 over 一般公共预算,
 * 政府性基金预算 …), which spans the columns that hang under it. Phrases above all that (a
 * "单位名称：…  单位：万元" line) are rows of their own on top.
 */
function headerCells(rows: readonly Row[], xs: readonly number[], em: number): { cells: Cell[]; rows: number; outside: Set<TextLine> } {
  const width = xs.length - 1;
  const phrases: Phrase[] = [];
  for (const r of rows) {
    let cur: Run[] = [];
    const flush = (): void => {
      if (cur.length === 0) return;
      const x0 = Math.min(...cur.map((p) => p.box.x0));
      const x1 = Math.max(...cur.map((p) => p.box.x1));
      const y0 = Math.min(...cur.map((p) => p.box.y0));
      const y1 = Math.max(...cur.map((p) => p.box.y1));
      // the column of its middle: a header wider than its column (or a border set a little
      // off) is not a cell over two; groups take their columns below
      const from = clampCol(slot(xs, (x0 + x1) / 2), width);
      const to = from;
      const [a, b] = spanOf(xs, x0, x1, em);
      phrases.push({ x0, x1, y0, y1, from, to, fits: a === b, lines: [lineText(cur, false)], rows: [r], last: { x0, x1 } });
      cur = [];
    };
    for (const p of r.runs) {
      const prev = cur[cur.length - 1];
      // a border between the two runs, or at their facing ends (a border is only an estimate)
      const t = 0.25 * em;
      const atBorder = prev && p.box.x0 > prev.box.x1 && xs.some((x) => x > prev.box.x1 - t && x < p.box.x0 + t);
      // two words of two or more characters apart are two cells ("科目编码   科目名称", narrow
      // cells filled by their headers: "财政专户管理 事业单位经营")
      const apart = prev && p.box.x0 - prev.box.x1 >= 0.4 * em && [...lineText(cur, false)].length >= 2 && [...p.text].length >= 2;
      if (atBorder || apart) flush();
      cur.push(p);
    }
    flush();
  }
  // stack wrapped lines of one header cell
  phrases.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const mid = (c: { y0: number; y1: number }): number => (c.y0 + c.y1) / 2;
  /** The phrase printed nearest above `q`: on the closest line above (within 3 em), the nearest across. */
  const nearestAbove = (q: Phrase): Phrase | undefined => {
    const above = phrases.filter((g) => g.y1 <= q.y0 + 0.1 * em && q.y0 - g.y1 <= 3 * em);
    if (above.length === 0) return undefined;
    const nearest = Math.max(...above.map((g) => g.y1));
    const distance = (g: Phrase): number => Math.max(0, (xs[q.from] as number) - g.x1, g.x0 - (xs[q.to + 1] as number));
    return above.filter((g) => g.y1 >= nearest - 0.5 * em).sort((a, b) => distance(a) - distance(b))[0];
  };
  const stacked: Phrase[] = [];
  for (const p of phrases) {
    const above = stacked
      .filter((c) => c.from === p.from && c.to === p.to && p.y0 >= c.y1 - 0.3 * em && p.y0 - c.y1 <= 0.8 * em)
      .sort((a, b) => b.y1 - a.y1)[0];
    const centre = (b: { x0: number; x1: number }): number => (b.x0 + b.x1) / 2;
    // the upper line of a wrapped cell is the fuller one, aligned like the lower
    const aligned =
      above &&
      above.lastPhrase?.fits === true &&
      (Math.abs(centre(above.last) - centre(p)) <= 0.3 * em || Math.abs(above.last.x0 - p.x0) <= 0.3 * em) &&
      above.last.x1 - above.last.x0 >= p.x1 - p.x0 - 0.5 * em;
    const between = above && stacked.some((c) => c !== above && c.y0 > above.y1 - 0.1 && c.y1 < p.y0 + 0.1 && c.from <= p.to && c.to >= p.from);
    // but a phrase is a group header when a neighbouring column's header on the lower one's
    // line has it as its nearest header above ("一般公共预算支出" over 小计 | 其中：基本支出 | 项目支出, centred
    // over the middle one)
    const heads =
      above &&
      phrases.some(
        (q) => (q.to === p.from - 1 || q.from === p.to + 1) && Math.abs(mid(q) - mid(p)) < 0.3 * em && nearestAbove(q) === above.lastPhrase,
      );
    if (above && aligned && !between && !heads) {
      above.lines.push(...p.lines);
      above.rows.push(...p.rows);
      above.y1 = Math.max(above.y1, p.y1);
      above.x0 = Math.min(above.x0, p.x0);
      above.x1 = Math.max(above.x1, p.x1);
      above.last = { x0: p.x0, x1: p.x1 };
      above.lastPhrase = p;
    } else stacked.push({ ...p, lines: [...p.lines], rows: [...p.rows], lastPhrase: p });
  }
  // a header over others: each cell's candidate is the cell printed nearest above it (the
  // closest line above within 3 em, the nearest across); lowest first, a candidate becomes the
  // group header of the contiguous columns, its own among them, that its candidates' columns
  // fill and over which it sits best centred (two or more, centred within 1.5 em or 15 % of
  // their width); a cell outside that span tries the next line up
  const aboveOf = (c: Phrase, below: number): Phrase | undefined => {
    const above = stacked.filter((g) => g !== c && g.y1 <= below + 0.1 * em && below - g.y1 <= 3 * em);
    if (above.length === 0) return undefined;
    const nearest = Math.max(...above.map((g) => g.y1));
    const distance = (g: Phrase): number => Math.max(0, (xs[c.from] as number) - g.x1, g.x0 - (xs[c.to + 1] as number));
    return above.filter((g) => g.y1 >= nearest - 0.5 * em).sort((a, b) => distance(a) - distance(b))[0];
  };
  const candidate = new Map<Phrase, Phrase>();
  for (const c of stacked) {
    const g = aboveOf(c, c.y0);
    if (g) candidate.set(c, g);
  }
  const centreError = (g: Phrase, from: number, to: number): number =>
    Math.abs((g.x0 + g.x1) / 2 - ((xs[from] as number) + (xs[to + 1] as number)) / 2);
  const parent = new Map<Phrase, Phrase>();
  const span = new Map<Phrase, [number, number]>();
  const colsOf = (c: Phrase): [number, number] => span.get(c) ?? [c.from, c.to];
  for (const g of [...stacked].sort((a, b) => b.y0 - a.y0)) {
    const children = [...candidate].filter(([, p]) => p === g).map(([c]) => c);
    if (children.length === 0) continue;
    const cols = new Set<number>();
    for (const c of children) for (let k = colsOf(c)[0]; k <= colsOf(c)[1]; k++) cols.add(k);
    let best: [number, number] | undefined;
    let error = Infinity;
    // the children of one level sit at one height: the lowest such set over which the group
    // is centred, else the next one up, else all (a cell of full header height beside its
    // children is centred higher up and not under the group)
    const mid = (c: Phrase): number => (c.y0 + c.y1) / 2;
    const tolerance = (from: number, to: number): number => Math.max(1.5 * em, 0.15 * ((xs[to + 1] as number) - (xs[from] as number)));
    const levels = [...new Map(children.map((c) => {
      const same = children.filter((o) => Math.abs(mid(o) - mid(c)) <= 0.3 * em);
      return [same.map((o) => stacked.indexOf(o)).sort().join(','), same] as const;
    })).values()].sort((a, b) => Math.max(...b.map(mid)) - Math.max(...a.map(mid)));
    for (const level of [...levels, children]) {
      const from = Math.min(g.from, ...level.map((c) => colsOf(c)[0]));
      const to = Math.max(g.to, ...level.map((c) => colsOf(c)[1]));
      if (to > from && centreError(g, from, to) <= tolerance(from, to)) {
        best = [from, to];
        error = centreError(g, from, to);
        break;
      }
    }
    if (!best || error > Math.max(1.5 * em, 0.15 * ((xs[best[1] + 1] as number) - (xs[best[0]] as number)))) {
      best = undefined;
      error = Infinity;
      for (let from = 0; from <= g.from; from++) {
        for (let to = g.to; to < width; to++) {
          if (to === from) continue;
          let covered = true;
          for (let k = from; k <= to && covered; k++) if (!cols.has(k) && (k < g.from || k > g.to)) covered = false;
          const e = covered ? centreError(g, from, to) : Infinity;
          if (e < error) {
            error = e;
            best = [from, to];
          }
        }
      }
    }
    // centred: not set flush against one end of the span with room at the other
    const flush = (from: number, to: number): boolean => {
      const l = g.x0 - (xs[from] as number);
      const r = (xs[to + 1] as number) - g.x1;
      return Math.min(l, r) < 0.5 * em && Math.max(l, r) > 1.5 * em;
    };
    const ok =
      best !== undefined &&
      error <= Math.max(1.5 * em, 0.15 * ((xs[best[1] + 1] as number) - (xs[best[0]] as number))) &&
      !flush(best[0], best[1]);
    if (ok && best) span.set(g, best);
    for (const c of children) {
      const [from, to] = colsOf(c);
      if (ok && best && from >= best[0] && to <= best[1]) parent.set(c, g);
      else {
        candidate.delete(c);
        const next = aboveOf(c, g.y0);
        if (next) candidate.set(c, next);
      }
    }
  }
  const depth = (c: Phrase): number => {
    let d = 0;
    for (let p = parent.get(c); p && d < 8; p = parent.get(p)) d++;
    return d;
  };
  // lines at the top holding only cells that head no others and either have a header cell
  // below them or are not centred in their column, with header cells below the line, are
  // text above the table ("单位名称：…    单位：万元" flush left and right)
  const groups = new Set(parent.values());
  const roots = stacked.filter((c) => !parent.has(c));
  const covers = (c: Phrase, k: number): boolean => {
    const [from, to] = span.get(c) ?? [c.from, c.to];
    return from <= k && to >= k;
  };
  const outside = new Set<TextLine>();
  const dropped = new Set<Phrase>();
  for (const r of rows) {
    const own = stacked.filter((c) => c.rows.includes(r));
    const loose = (c: Phrase): boolean =>
      roots.includes(c) &&
      !groups.has(c) &&
      c.rows.every((o) => o === r || outside.has(o.line)) &&
      (stacked.some((o) => o !== c && !dropped.has(o) && o.y0 >= c.y1 - 0.1 * em && covers(o, c.from)) ||
        centreError(c, c.from, c.to) > Math.max(1.5 * em, 0.15 * ((xs[c.to + 1] as number) - (xs[c.from] as number))));
    const below = stacked.some((o) => !own.includes(o) && o.y0 >= r.line.box.y1 - 0.1 * em);
    if (own.length === 0 || !below || !own.every(loose)) break;
    outside.add(r.line);
    for (const c of own) dropped.add(c);
  }
  const kept = stacked.filter((c) => !dropped.has(c));
  const levels = Math.max(1, ...kept.map((c) => depth(c) + 1));
  const cells: Cell[] = [];
  const seen = new Map<string, Cell>();
  for (const c of kept.sort((a, b) => depth(a) - depth(b) || a.from - b.from)) {
    const d = depth(c);
    const [from, to] = span.get(c) ?? [c.from, c.to];
    const leaf = !groups.has(c);
    const key = `${d},${from}`;
    const text = joinLines(c.lines);
    const same = seen.get(key);
    if (same) {
      same.text = joinLines([same.text, text]);
      continue;
    }
    const cell = { row: d, col: from, rowSpan: leaf ? levels - d : 1, colSpan: to - from + 1, text, y0: c.y0, y1: c.y1 };
    seen.set(key, cell);
    cells.push(cell);
  }
  return { cells, rows: levels, outside };
}

/**
 * Body rows: every line with a number is a row (an anchor). The lines without a number between
 * two anchors (holding no number, no numbered item in the first column or in a column of
 * numbered items, nothing in a column of numbers)
 * are the wrapped lines of cells: the first few belong to the anchor above, the rest to the
 * anchor below, split where the anchor above gets its cells best placed: in each column the
 * stack of its lines (the anchor's own text included) centred on the anchor's line or starting
 * on it ("机关事业单位基本养老保险缴" / "2080505 … 199.06" / "费支出"). An anchor whose stacks
 * cannot be placed so (off by more than half an em) takes none of the lines above it: they are
 * rows of their own, as is every other line.
 */
function bodyRows(body: readonly Row[], before: readonly Row[], xs: readonly number[], em: number): { groups: Row[][]; lead: number } {
  const counts = new Map<number, [number, number]>();
  for (const r of body)
    for (const c of r.chunks) {
      const k = columnOf(xs, c);
      const n = counts.get(k) ?? [0, 0];
      counts.set(k, [n[0] + (isNumber(chunkText(c)) ? 1 : 0), n[1] + 1]);
    }
  const numericCols = new Set([...counts].filter(([, [n, all]]) => n >= 0.5 * all).map(([k]) => k));
  // an item number starts a row in the first column, or in a column whose rows with numbers
  // are numbered items too (收支总表's expenditure side), not inside a text ("1.…2.…" of a
  // 绩效目标)
  const numbered = new Map<number, number>();
  for (const r of body)
    if (r.numeric)
      for (const c of r.chunks) if (NUMBERED.test(chunkText(c))) numbered.set(columnOf(xs, c), (numbered.get(columnOf(xs, c)) ?? 0) + 1);
  const startsItem = (r: Row): boolean =>
    r.chunks.some((c) => NUMBERED.test(chunkText(c)) && (columnOf(xs, c) === 0 || (numbered.get(columnOf(xs, c)) ?? 0) >= 2));
  const free = (r: Row): boolean => !r.numeric && r.chunks.every((c) => !numericCols.has(columnOf(xs, c)));
  // a numbered item joins only a row with nothing of its own in its columns (a label wrapped
  // above its row's line: "1.一般公共预" / "… 21,940.96 …" / "算"); else it starts a row
  const clash = (item: Row, anchor: Row): boolean => {
    if (!startsItem(item)) return false;
    const cols = new Set(item.chunks.map((c) => columnOf(xs, c)));
    return anchor.chunks.some((c) => cols.has(columnOf(xs, c)));
  };
  /** How far the anchor's stacks (its own chunks plus `lines`) are from centred on it or starting on it, worst column. */
  const misfit = (anchor: Row, lines: readonly Row[]): number => {
    const boxes = new Map<number, { y0: number; y1: number }>();
    for (const r of [anchor, ...lines])
      for (const c of r.chunks) {
        const k = columnOf(xs, c);
        const b = boxes.get(k);
        boxes.set(k, b ? { y0: Math.min(b.y0, r.line.box.y0), y1: Math.max(b.y1, r.line.box.y1) } : { y0: r.line.box.y0, y1: r.line.box.y1 });
      }
    const a = anchor.line.box;
    let worst = 0;
    for (const b of boxes.values()) {
      const centred = Math.abs((b.y0 + b.y1) / 2 - (a.y0 + a.y1) / 2);
      const top = Math.abs(b.y0 - a.y0);
      worst = Math.max(worst, Math.min(centred, top));
    }
    return worst;
  };
  const bestFit = (anchor: Row, above: readonly Row[], below: readonly Row[]): { take: number; cost: number } => {
    let take = 0;
    let cost = Infinity;
    for (let x = 0; x <= below.length; x++) {
      const c = misfit(anchor, [...above, ...below.slice(0, x)]);
      if (c < cost - 0.01) {
        take = x;
        cost = c;
      }
    }
    return { take, cost };
  };
  // the first row's cells may start above its line, among what looks like the header: free
  // lines stacked tight above it, taken as far as its cells then sit centred on it
  const tight = (upper: Row, lower: Row): boolean => lower.line.box.y0 - upper.line.box.y1 <= 0.7 * em;
  let lead = 0;
  const first = body[0];
  if (first?.numeric) {
    let max = 0;
    while (max < before.length) {
      const r = before[before.length - 1 - max] as Row;
      const below = max === 0 ? first : (before[before.length - max] as Row);
      if (!free(r) || !tight(r, below)) break;
      max++;
    }
    const after: Row[] = [];
    for (const r of body.slice(1)) {
      if (!free(r)) break;
      after.push(r);
    }
    for (let k = max; k >= 1; k--) {
      if (bestFit(first, before.slice(before.length - k), after).cost <= 0.3 * em) {
        lead = k;
        break;
      }
    }
  }
  const groups: Row[][] = [];
  let pending: Row[] = before.slice(before.length - lead); // free lines since the last anchor
  let last: Row[] | undefined; // the last anchor's row
  const close = (next: Row | undefined): void => {
    // split the free lines between the last anchor and the next one
    let above: Row[] = [];
    let own: Row[] = [];
    if (last) {
      const anchor = last[last.length - 1] as Row;
      // lines below the anchor up to the first item it cannot take
      const reach = pending.findIndex((r) => clash(r, anchor));
      const below = reach < 0 ? pending : pending.slice(0, reach);
      let { take: best, cost } = bestFit(anchor, last.slice(0, -1), below);
      if (cost > 0.5 * em) {
        // the lines taken from above do not fit: they are rows of their own
        const mine = last.slice(0, -1);
        last.splice(0, last.length - 1);
        const at = groups.indexOf(last);
        groups.splice(at, 0, ...mine.map((r) => [r]));
        ({ take: best, cost } = bestFit(anchor, [], below));
        if (cost > 0.5 * em) best = 0;
      }
      last.splice(last.length - 1, 0, ...pending.slice(0, best));
      above = pending.slice(best);
    } else above = pending;
    if (next) {
      // lines above the next anchor from the last item it cannot take on
      let cut = -1;
      above.forEach((r, i) => {
        if (clash(r, next)) cut = i;
      });
      own = above.slice(0, cut + 1);
      groups.push(...own.map((r) => [r]));
      const row = [...above.slice(cut + 1), next];
      groups.push(row);
      last = row;
    } else groups.push(...above.map((r) => [r]));
    pending = [];
  };
  for (const r of body) {
    if (r.numeric) close(r);
    else if (free(r)) pending.push(r);
    else {
      // a line of its own ends the run of wrapped lines
      close(undefined);
      last = undefined;
      groups.push([r]);
    }
  }
  close(undefined);
  // each row's lines top to bottom; the anchor is kept last above only while splitting
  return { groups: groups.map((g) => [...g].sort((p, q) => p.line.box.y0 - q.line.box.y0)), lead };
}

/** Rows of a ruled region: each line, except that the (at most two) lines between two adjacent rules form one row. */
function bandRows(rows: readonly Row[], ys: readonly number[]): Row[][] {
  const band = (r: Row): number => slot(ys, (r.line.box.y0 + r.line.box.y1) / 2);
  const out: Row[][] = [];
  for (const r of rows) {
    const b = band(r);
    const prev = out[out.length - 1];
    const size = b >= 0 ? rows.filter((m) => band(m) === b).length : 0;
    if (prev && b >= 0 && band(prev[0] as Row) === b && size <= 2) prev.push(r);
    else out.push([r]);
  }
  return out;
}

/**
 * The cells of one row: each chunk in the column of its middle; a chunk across several columns
 * is a merged cell when nothing else of the row is there. Lines of one cell join top to bottom.
 */
function rowCells(members: readonly Row[], xs: readonly number[], row: number): Cell[] {
  const width = xs.length - 1;
  const em = median(members.map((m) => m.line.size));
  const placed: { from: number; to: number; at: number; runs: Run[]; y: number }[] = [];
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const m of members) {
    y0 = Math.min(y0, m.line.box.y0);
    y1 = Math.max(y1, m.line.box.y1);
    for (const c of m.chunks) {
      const [from, to] = spanOf(xs, c.x0, c.x1, em);
      placed.push({ from, to, at: columnOf(xs, c), runs: c.runs, y: m.line.box.y0 });
    }
  }
  const spans = new Array<number>(width).fill(1);
  const parts: { y: number; runs: Run[] }[][] = Array.from({ length: width }, () => []);
  for (const p of placed) {
    const alone = p.to > p.from && placed.every((q) => q === p || q.at < p.from || q.at > p.to);
    const col = alone ? p.from : p.at;
    if (alone) spans[p.from] = p.to - p.from + 1;
    const list = parts[col] as { y: number; runs: Run[] }[];
    const same = list.find((l) => Math.abs(l.y - p.y) < 0.1);
    if (same) same.runs.push(...p.runs);
    else list.push({ y: p.y, runs: [...p.runs] });
  }
  const cells: Cell[] = [];
  for (let c = 0; c < width; ) {
    const span = Math.min(spans[c] as number, width - c);
    const lines = (parts[c] as { y: number; runs: Run[] }[])
      .sort((a, b) => a.y - b.y)
      .map((l) => lineText([...l.runs].sort((a, b) => a.box.x0 - b.box.x0), false));
    cells.push({ row, col: c, rowSpan: 1, colSpan: span, text: joinLines(lines), y0, y1 });
    c += span;
  }
  return cells;
}

/** Grid positions no cell covers (under a header that spans fewer rows) get an empty cell. */
function fillGaps(cells: PartCell[], rows: number, width: number, xs: readonly number[], frame: PageFrame): void {
  const taken = new Set<number>();
  for (const c of cells) for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) taken.add(r * width + k);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < width; k++) {
      if (taken.has(r * width + k)) continue;
      const near = cells.find((c) => c.row === r) ?? cells[0];
      const y0 = near?.box.y0 ?? 0;
      const y1 = near?.box.y1 ?? 0;
      const box = { x0: xs[k] as number, y0, x1: xs[k + 1] as number, y1 };
      cells.push({ row: r, col: k, rowSpan: 1, colSpan: 1, text: '', page: frame.number, box, bbox: toUserBBox(frame.toUser, box) });
    }
  }
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
