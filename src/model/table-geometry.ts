// Where a PDF table is printed: its box on each page, each row's vertical extent and each
// column's horizontal one per page, from the cells' boxes. Enough for a viewer to crop the
// table from a page image and outline any cell; null for tables without boxes (DOCX).
import type { TableGeometry } from '../schema/records.js';
import type { BBox, Cell, TableBlock } from './document.js';

const r1 = (x: number): number => Math.round(x * 10) / 10;

type Span = [number, number];
const widen = (s: Span | undefined, lo: number, hi: number): Span => (s ? [Math.min(s[0], lo), Math.max(s[1], hi)] : [lo, hi]);

/** Cells that own their box: the top-left position of each (merged) cell, on a known page. */
function placed(table: TableBlock): Array<Cell & { bbox: BBox; page: number }> {
  return table.rows.flat().filter((c): c is Cell & { bbox: BBox; page: number } => !c.origin && c.bbox !== undefined && c.page !== null);
}

export function tableGeometry(table: TableBlock): TableGeometry | null {
  const cells = placed(table);
  if (cells.length === 0) return null;
  const width = table.rows[0]?.length ?? 0;
  const pages = new Map<number, { x: Span; y: Span; columns: Array<Span | undefined> }>();
  const rows: Array<[number, Span] | undefined> = table.rows.map(() => undefined);
  for (const c of cells) {
    const { x0, y0, x1, y1 } = c.bbox;
    let p = pages.get(c.page);
    if (!p) pages.set(c.page, (p = { x: [x0, x1], y: [y0, y1], columns: new Array<Span | undefined>(width).fill(undefined) }));
    p.x = widen(p.x, x0, x1);
    p.y = widen(p.y, y0, y1);
    // a merged cell says where its span is, not where one row or column is
    if (c.colSpan === 1) p.columns[c.col] = widen(p.columns[c.col], x0, x1);
    if (c.rowSpan === 1) rows[c.row] = [c.page, widen(rows[c.row]?.[1], y0, y1)];
  }
  return {
    pages: [...pages.entries()]
      .sort(([a], [b]) => a - b)
      .map(([page, p]) => ({
        page,
        bbox: [r1(p.x[0]), r1(p.y[0]), r1(p.x[1]), r1(p.y[1])],
        columns: p.columns.map((s) => (s ? [r1(s[0]), r1(s[1])] : null)),
      })),
    rows: rows.map((r) => (r ? [r[0], r1(r[1][0]), r1(r[1][1])] : null)),
  };
}
