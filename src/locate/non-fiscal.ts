// What an unplaced table holding no money is (catalogue/non-fiscal.ts), by its first row's labels.
import { NON_FISCAL_TABLES, type NonFiscalKind } from '../catalogue/non-fiscal.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { matchKey } from '../normalize/text.js';

/** An amount as tables print money: with decimals or thousands separators (a 序号 1, 2 … is none). */
const MONEY = /\d,\d{3}|\d\.\d/;

export function nonFiscalKind(table: TableBlock): NonFiscalKind | null {
  if (table.rows.slice(1).some((row) => row.some((c) => MONEY.test(c.text)))) return null;
  const labels = distinctTexts(table.rows[0] ?? []).map(matchKey);
  return NON_FISCAL_TABLES.find((t) => labels.some((l) => t.label.test(l)))?.kind ?? null;
}
