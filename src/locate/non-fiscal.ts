// What an unplaced table holding no money is (catalogue/non-fiscal.ts): a graphic by its empty
// cells, else by its first row's labels.
import { GRAPHIC_KIND, NON_FISCAL_TABLES, WORD, type NonFiscalKind } from '../catalogue/non-fiscal.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { matchKey } from '../normalize/text.js';

/** An amount as tables print money: with decimals or thousands separators (a 序号 1, 2 … is none). */
const MONEY = /\d,\d{3}|\d\.\d/;

/** A grid none of whose cells holds a word. */
function isGraphic(table: TableBlock): boolean {
  return table.rows.every((row) => row.every((c) => !WORD.test(c.text.replace(/\s+/g, ''))));
}

/** A graphic titled or not (图1：收入预算 over a chart); a list by its header only when untitled. */
export function nonFiscalKind(table: TableBlock, titled: boolean): NonFiscalKind | null {
  if (isGraphic(table)) return GRAPHIC_KIND;
  if (titled) return null;
  if (table.rows.slice(1).some((row) => row.some((c) => MONEY.test(c.text)))) return null;
  const labels = distinctTexts(table.rows[0] ?? []).map(matchKey);
  return NON_FISCAL_TABLES.find((t) => labels.some((l) => t.label.test(l)))?.kind ?? null;
}
