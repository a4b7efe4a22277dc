// Helpers over a table grid (merged cells are expanded in the model).
import type { Cell, TableBlock } from './document.js';
import { cleanText } from '../normalize/text.js';
import { mostCommon } from '../util/most-common.js';

/** The texts of a row as printed: one per merged cell, vertical continuations as "". */
export function printedTexts(row: Cell[]): string[] {
  const out: string[] = [];
  for (const c of row) {
    if (c.origin && c.origin.row === c.row) continue; // covered by a cell to the left
    out.push(c.origin ? '' : c.text);
  }
  return out;
}

/** The distinct non-empty cleaned texts of a row, left to right (a merged cell counts once). */
export function distinctTexts(row: Cell[]): string[] {
  const out: string[] = [];
  for (const c of row) {
    if (c.origin && c.origin.row === c.row) continue;
    const t = cleanText(c.text);
    if (t !== '') out.push(t);
  }
  return out;
}

/** The cleaned text of every grid position of a row (merged cells repeat their text). */
export function rowTexts(row: Cell[]): string[] {
  return row.map((c) => cleanText(c.text));
}

/** The page a row is printed on (the first cell that knows it). */
export function rowPage(row: Cell[]): number | null {
  return row.find((c) => c.page !== null)?.page ?? null;
}

/** Builds a table from rows of {text, rowSpan, colSpan} as printed, expanding merged cells. */
export function buildGrid(
  rows: Array<Array<{ text: string; rowSpan?: number; colSpan?: number; page?: number | null }>>,
  index: number,
  page: number | null = null,
): TableBlock {
  const grid: Cell[][] = [];
  const width = usualWidth(rows);
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c]) c++;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      // A damaged file may claim a span of thousands of columns: no cell reaches past the
      // width most rows have.
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, width - c));
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const rr = r + dr;
          if (rr >= rows.length) continue; // a rowSpan past the last row
          grid[rr] ??= [];
          grid[rr]![c + dc] = {
            text: cell.text,
            row: rr,
            col: c + dc,
            rowSpan,
            colSpan,
            origin: dr === 0 && dc === 0 ? null : { row: r, col: c },
            page: cell.page ?? page,
          };
        }
      }
      c += colSpan;
    }
  });
  // Rows may come out ragged (short rows, spans past the edge): pad to the widest.
  const padded = Math.max(0, ...grid.map((r) => r.length));
  grid.forEach((cells, r) => {
    for (let c = 0; c < padded; c++) {
      cells[c] ??= { text: '', row: r, col: c, rowSpan: 1, colSpan: 1, origin: null, page };
    }
  });
  return { kind: 'table', index, rows: grid, page };
}

/** The grid width most rows reach, counting the columns that cells spanning down from above occupy. */
function usualWidth(rows: ReadonlyArray<ReadonlyArray<{ rowSpan?: number; colSpan?: number }>>): number {
  const below: number[] = []; // per column: how many more rows a cell from above covers
  const widths: number[] = [];
  for (const cells of rows) {
    let c = 0;
    for (const cell of cells) {
      while ((below[c] ?? 0) > 0) c++;
      const span = Math.max(1, cell.colSpan ?? 1);
      for (let dc = 0; dc < span; dc++) below[c + dc] = Math.max(1, cell.rowSpan ?? 1);
      c += span;
    }
    let w = c;
    for (let k = below.length - 1; k >= w; k--) if ((below[k] ?? 0) > 0) w = k + 1;
    widths.push(w);
    for (let k = 0; k < below.length; k++) if ((below[k] ?? 0) > 0) below[k]!--;
  }
  return mostCommon(widths, (a, b) => a > b) ?? 1;
}
