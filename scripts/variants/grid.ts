// Edits on the transcription's tables (rows of cells with spans), keeping every row's grid
// width consistent (make-sample-docx's gridWidth checks it when the DOCX is built).
import type { SampleCell } from '../make-sample-docx.js';

/** The grid column of every cell, rows spanned from above skipped. */
export function gridColumns(rows: SampleCell[][]): number[][] {
  let carried: number[] = [];
  return rows.map((row) => {
    const next: number[] = [];
    const cols: number[] = [];
    let col = 0;
    const skip = (): void => {
      while ((carried[col] ?? 0) > 0) next[col] = carried[col++]! - 1;
    };
    for (const cell of row) {
      skip();
      cols.push(col);
      for (let c = col; c < col + (cell.colSpan ?? 1); c++) next[c] = (cell.rowSpan ?? 1) - 1;
      col += cell.colSpan ?? 1;
    }
    skip();
    carried = next;
    return cols;
  });
}

/**
 * Widens grid column `col` into `k` columns: a cell that starts there may be replaced by
 * `split` (k cells), any other cell over it spans k - 1 more columns.
 */
export function widenColumn(
  rows: SampleCell[][],
  col: number,
  k: number,
  split: (cell: SampleCell, row: number) => SampleCell[] | null,
): SampleCell[][] {
  const cols = gridColumns(rows);
  return rows.map((row, r) =>
    row.flatMap((cell, i) => {
      const start = cols[r]![i]!;
      const span = cell.colSpan ?? 1;
      if (start > col || start + span <= col) return [cell];
      const parts = start === col && span === 1 ? split(cell, r) : null;
      return parts ?? [{ ...cell, colSpan: span + k - 1 }];
    }),
  );
}

/** Amounts are printed with two decimals ("1038.81", "200.00"); 序号, codes and counts are integers. */
export const AMOUNT = /^\d+\.\d{2}$/;

/** Grid columns of a table holding an amount in some data row. */
export function amountColumns(rows: SampleCell[][], headerRows: number): Set<number> {
  const cols = gridColumns(rows);
  const out = new Set<number>();
  rows.forEach((row, r) => row.forEach((cell, i) => r >= headerRows && AMOUNT.test(cell.text) && out.add(cols[r]![i]!)));
  return out;
}
