// Level cells (一级, 二级) of an indicator table that a page break splits: the cell's name printed
// on one part only. Printed on the part after the break, it names the rows above it too.
import type { Cell, TableBlock } from '../model/document.js';
import { rowPage } from '../model/grid.js';
import { cleanText } from '../normalize/text.js';
import type { IndicatorRecord } from '../schema/records.js';

/** A level's cell (一级, 二级) ruled apart blank down to a page's foot, and the indicators beside it. */
export type Unnamed = Partial<Record<'level1' | 'level2', { table: TableBlock; at: { row: number; col: number }; last: number; indicators: IndicatorRecord[] }>>;

/**
 * A level's cell a page break split, its name printed on the part on the next page (西安 2020 pp.
 * 50–51: 成本指标's cell ruled apart under 时效指标, blank on p. 50; 2019 pp. 33–34, one table over the
 * pages): the indicators beside the blank part take that name, not the level above. Followed row by
 * row: a blank cell of its own running to its page's foot opens it, the rows of that cell add to it,
 * a named cell of its own on the next page's first row names it.
 */
export function splitLevel(unnamed: Unnamed, f: 'level1' | 'level2', table: TableBlock, r: number, col: number | undefined, indicator: IndicatorRecord | null): void {
  const cell = col === undefined ? undefined : table.rows[r]![col];
  const open = unnamed[f];
  delete unnamed[f];
  if (!cell) return;
  const at = cell.origin ?? { row: r, col: cell.col };
  const origin = table.rows[at.row]![at.col]!;
  const text = cleanText(origin.text);
  const own = cell.origin === null;
  if (open && open.table === table && open.at.row === at.row && open.at.col === at.col) {
    if (indicator) open.indicators.push(indicator);
    unnamed[f] = open;
  } else if (open && own && text !== '' && (open.table !== table || r === open.last + 1)) {
    for (const i of open.indicators) i[f] = text;
  } else if (own && text === '') {
    const last = r + cell.rowSpan - 1;
    const next = table.rows[last + 1];
    if (!next || printedOn(next) !== printedOn(table.rows[last]!)) unnamed[f] = { table, at, last, indicators: indicator ? [indicator] : [] };
  }
}

/** The page a row is printed on: its own cells', not a cell merged down from the page before. */
const printedOn = (row: Cell[]): number | null => row.find((c) => c.origin === null && c.page !== null)?.page ?? rowPage(row);

/**
 * A level's name a page break cut in two, its cell's lines on either side (西安 审计局 2026 pp.
 * 37–38: 效益指 | 标; 工业和信息化局: 效 | 益指标): the whole name, for the cell at the page's foot
 * and the one heading the next page. Null where the cell at (r, col) is not such a part.
 * `isName` tells a level's name (its parts alone are none).
 */
export function cutName(table: TableBlock, r: number, col: number, isName: (text: string) => boolean): string | null {
  const at = table.rows[r]?.[col];
  // (the rows a merged cell runs down read its text again)
  const cell = at?.origin ? table.rows[at.origin.row]?.[at.origin.col] : at;
  if (!cell) return null;
  const whole = (foot: Cell | undefined, head: Cell | undefined): string | null => {
    if (!foot || !head || foot.origin !== null || head.origin !== null || foot.page === head.page) return null;
    const [a, b] = [cleanText(foot.text), cleanText(head.text)];
    return a !== '' && b !== '' && !isName(a) && !isName(b) && isName(a + b) ? a + b : null;
  };
  const below = table.rows[cell.row + cell.rowSpan]?.[col];
  const above = table.rows[cell.row - 1]?.[col];
  const foot = above?.origin ? table.rows[above.origin.row]?.[above.origin.col] : above;
  return whole(cell, below) ?? whole(foot, cell);
}
