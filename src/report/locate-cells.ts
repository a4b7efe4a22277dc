// Where a check's cell is printed: the grid position of the table record (from the column
// keys the extractor read, else the cell in the row holding the figure) and, for PDFs, its
// box on the page (from the table's geometry).
import { WAN_YUAN_PER } from '../normalize/amount.js';
import type { BudgetLine, CheckCell, TableRecord } from '../schema/records.js';

export interface GridPos {
  row: number;
  col: number;
}

/** The top-left position of the (merged) cell covering (row, col). */
export function originOf(rows: TableRecord['rows'], row: number, col: number): GridPos {
  for (let r = row; r >= 0; r--) {
    for (let c = col; c >= 0; c--) {
      const cell = rows[r]?.[c];
      if (cell === null || cell === undefined) continue;
      const rs = typeof cell === 'string' ? 1 : cell.row_span;
      const cs = typeof cell === 'string' ? 1 : cell.col_span;
      if (r + rs > row && c + cs > col) return { row: r, col: c };
    }
  }
  return { row, col };
}

export const cellText = (cell: TableRecord['rows'][number][number]): string => (cell === null ? '' : typeof cell === 'string' ? cell : cell.text);

const number = (text: string): number | null => {
  const t = text.replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/** The grid column a line's amount was read from. */
function columnOf(table: TableRecord, cell: CheckCell, line: BudgetLine | undefined): number | null {
  const cols = table.columns ?? [];
  const keyed = cols.flatMap((c, i) => (c?.key === cell.column ? [{ c, i }] : []));
  const exact = keyed.filter(({ c }) => c.side === cell.side);
  const pick = exact.length === 1 ? exact : keyed.filter(({ c }) => c.side === null || cell.side === null);
  if (pick.length === 1) return pick[0]!.i;
  if (keyed.length === 1) return keyed[0]!.i;
  // no unique key (a 三公 table printed in one row, records written before `columns`): the printed figure
  const value = line?.amounts[cell.column];
  if (value === undefined || value === null) return null;
  const scale = 1 / WAN_YUAN_PER[line!.source_unit];
  const row = table.rows[cell.row_index] ?? [];
  const hits = row.flatMap((c, i) => (number(cellText(c)) !== null && Math.abs(number(cellText(c))! - value * scale) < 1e-6 ? [i] : []));
  return hits.length === 1 ? hits[0]! : null;
}

/** The grid cell of a check cell, or null when it cannot be placed. */
export function locateCell(table: TableRecord, cell: CheckCell, line: BudgetLine | undefined): GridPos | null {
  if (!table.rows[cell.row_index]) return null;
  const col = columnOf(table, cell, line);
  return col === null ? null : originOf(table.rows, cell.row_index, col);
}

/** A cell's box in PDF points on its page: its rows' and columns' extents. */
export function cellBox(table: TableRecord, pos: GridPos): { page: number; box: [number, number, number, number] } | null {
  const g = table.geometry;
  const start = table.rows[pos.row]?.[pos.col];
  if (!g || start === null || start === undefined) return null;
  const rs = typeof start === 'string' ? 1 : start.row_span;
  const cs = typeof start === 'string' ? 1 : start.col_span;
  const rows = g.rows.slice(pos.row, pos.row + rs).filter((r): r is [number, number, number] => r !== null);
  const page = rows[0]?.[0];
  const cols = g.pages.find((p) => p.page === page)?.columns.slice(pos.col, pos.col + cs).filter((c): c is [number, number] => c !== null);
  if (page === undefined || !cols?.length) return null;
  const onPage = rows.filter((r) => r[0] === page);
  return {
    page,
    box: [Math.min(...cols.map((c) => c[0])), Math.min(...onPage.map((r) => r[1])), Math.max(...cols.map((c) => c[1])), Math.max(...onPage.map((r) => r[2]))],
  };
}
