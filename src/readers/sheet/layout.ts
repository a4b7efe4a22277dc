// One worksheet → blocks of the document model. Only the cells the sheet stores are
// visited, never its declared range (a sheet may declare a million rows and hold fifty).
// Rows split into tables at blank rows and at text rows (one cell spread over the whole
// sheet width: a title, a 单位 line, a paragraph of an HTML import); grid columns no cell of
// a table starts in are dropped, so a table stacked under wider ones (Excel's and
// LibreOffice's HTML import spread every cell over several grid columns) gets the grid its
// cells define, as the DOCX it came from has.
import type { Block, TableBlock } from '../../model/document.js';
import { buildGrid } from '../../model/grid.js';

export interface SheetCell {
  /** the text as displayed: number formats applied, a formula's cached value. */
  text: string;
}

export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Sheet {
  /** rows[r][c]: the stored cells (sparse). */
  rows: ReadonlyArray<ReadonlyArray<SheetCell | undefined> | undefined>;
  merges: readonly Range[];
}

type Pos = { r: number; c: number };

/** The sheet's blocks; table indexes are numbered from `firstTable`. */
export function sheetBlocks(sheet: Sheet, firstTable: number): Block[] {
  const filled = filledBounds(sheet);
  if (!filled) return [];
  const merges = new MergeIndex(sheet.merges, filled);
  const text = (r: number, c: number): string => sheet.rows[r]?.[c]?.text.trim() ?? '';
  const blocks: Block[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) blocks.push(tableOf(run, sheet, text, merges, firstTable + blocks.filter((b) => b.kind === 'table').length));
    run = [];
  };
  let previous = Number.NEGATIVE_INFINITY;
  for (const r of merges.rowsWith(storedRows(sheet))) {
    if (r > previous + 1) flush(); // blank rows between
    previous = r;
    const starts = cellStarts(sheet, r, merges);
    const continued = merges.inRow(r).some((m) => m.s.r < r);
    if (starts.length === 0 && !continued) {
      flush(); // a row of blank cells
    } else if (starts.length === 1 && !continued && (spansWidth(starts[0]!, filled, merges) || (run.length === 0 && starts[0]!.c === filled.s.c && !merges.at(r, starts[0]!.c)))) {
      // a text row: spread over the sheet, or one unmerged cell before a table begins (a title
      // and 单位 line as delimited text or an unformatted export writes them)
      flush();
      blocks.push({ kind: 'paragraph', text: text(r, starts[0]!.c), level: null, page: null });
    } else {
      run.push(r);
    }
  }
  flush();
  return blocks;
}

/** The rows the sheet stores (a sparse array's holes skipped). */
function storedRows(sheet: Sheet): number[] {
  const out: number[] = [];
  sheet.rows.forEach((row, r) => {
    if (row) out.push(r);
  });
  return out;
}

/** The rows and columns holding text (merged ranges of empty cells do not widen it). */
function filledBounds(sheet: Sheet): Range | null {
  let bounds: Range | null = null;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || cell.text.trim() === '') return;
      if (!bounds) bounds = { s: { r, c }, e: { r, c } };
      else bounds = { s: { r: Math.min(bounds.s.r, r), c: Math.min(bounds.s.c, c) }, e: { r: Math.max(bounds.e.r, r), c: Math.max(bounds.e.c, c) } };
    }),
  );
  if (!bounds) return null;
  const b: Range = bounds;
  // a filled cell's merge reaches further right or down
  for (const m of sheet.merges) {
    if (m.s.r < b.s.r || m.s.r > b.e.r || m.s.c < b.s.c || m.s.c > b.e.c) continue;
    if ((sheet.rows[m.s.r]?.[m.s.c]?.text.trim() ?? '') === '') continue;
    b.e = { r: Math.max(b.e.r, m.e.r), c: Math.max(b.e.c, m.e.c) };
  }
  return b;
}

/** Merged ranges, clipped to the filled bounds, looked up by row. */
class MergeIndex {
  private readonly byRow = new Map<number, Range[]>();

  constructor(ranges: readonly Range[], bounds: Range) {
    for (const m of ranges) {
      const clipped: Range = {
        s: { r: Math.max(m.s.r, bounds.s.r), c: Math.max(m.s.c, bounds.s.c) },
        e: { r: Math.min(m.e.r, bounds.e.r), c: Math.min(m.e.c, bounds.e.c) },
      };
      if (clipped.s.r > clipped.e.r || clipped.s.c > clipped.e.c || (m.s.r === m.e.r && m.s.c === m.e.c)) continue;
      if (clipped.s.r !== m.s.r || clipped.s.c !== m.s.c) continue; // its value lies outside: ignore the merge
      for (let r = clipped.s.r; r <= clipped.e.r; r++) {
        const list = this.byRow.get(r) ?? [];
        list.push(clipped);
        this.byRow.set(r, list);
      }
    }
  }

  /** The given rows and the rows merged ranges cover, sorted. */
  rowsWith(rows: readonly number[]): number[] {
    return [...new Set([...rows, ...this.byRow.keys()])].sort((a, b) => a - b);
  }

  inRow(r: number): readonly Range[] {
    return this.byRow.get(r) ?? [];
  }

  /** The merged range covering a position, if any. */
  at(r: number, c: number): Range | undefined {
    return this.inRow(r).find((m) => m.s.c <= c && c <= m.e.c);
  }
}

/** The columns of a row's stored cells with text. */
function textColumns(sheet: Sheet, r: number): number[] {
  const out: number[] = [];
  sheet.rows[r]?.forEach((cell, c) => {
    if (cell && cell.text.trim() !== '') out.push(c);
  });
  return out;
}

/** The positions of a row where a cell with text, or a merged range, starts (stored cells only: never the whole width). */
function cellStarts(sheet: Sheet, r: number, merges: MergeIndex): Pos[] {
  const cols = new Set<number>();
  for (const c of textColumns(sheet, r)) {
    const m = merges.at(r, c);
    if (!m || (m.s.r === r && m.s.c === c)) cols.add(c);
  }
  for (const m of merges.inRow(r)) if (m.s.r === r && m.e.c > m.s.c) cols.add(m.s.c);
  return [...cols].sort((a, b) => a - b).map((c) => ({ r, c }));
}

function spansWidth(p: Pos, bounds: Range, merges: MergeIndex): boolean {
  const m = merges.at(p.r, p.c);
  return p.c === bounds.s.c && (m?.e.c ?? p.c) >= bounds.e.c;
}

function tableOf(rows: readonly number[], sheet: Sheet, text: (r: number, c: number) => string, merges: MergeIndex, index: number): TableBlock {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  // the table's extent: its cells with text and its merged ranges
  let c0 = Number.POSITIVE_INFINITY;
  let c1 = -1;
  for (const r of rows) {
    for (const m of merges.inRow(r)) (c0 = Math.min(c0, m.s.c)), (c1 = Math.max(c1, m.e.c));
    for (const c of textColumns(sheet, r)) (c0 = Math.min(c0, c)), (c1 = Math.max(c1, c));
  }
  // a column is kept where some row starts a cell in it (not covered from its left)
  const kept: number[] = [];
  for (let c = c0; c <= c1; c++) {
    if (rows.some((r) => !coveredFromLeft(merges.at(r, c), c))) kept.push(c);
  }
  const specs = rows.map((r) => {
    const cells: Array<{ text: string; rowSpan: number; colSpan: number }> = [];
    for (const c of kept) {
      const m = merges.at(r, c);
      if (coveredFromLeft(m, c)) continue;
      if (m && m.s.r < r) {
        if (m.s.r >= first) continue; // continues a cell of this table from above
        cells.push({ text: '', rowSpan: 1, colSpan: 1 }); // a merge starting above the table: its text is not here
        continue;
      }
      cells.push({
        text: text(r, c),
        rowSpan: m ? rows.filter((rr) => rr >= r && rr <= Math.min(m.e.r, last)).length : 1,
        colSpan: m ? kept.filter((cc) => cc >= c && cc <= m.e.c).length : 1,
      });
    }
    return cells;
  });
  return buildGrid(specs, index);
}

const coveredFromLeft = (m: Range | undefined, c: number): boolean => m !== undefined && m.s.c < c;
