// A line-items table lists its rows by one classification: function codes (201, 2010101) or
// economic codes (301, 30201). Where a title leaves it open (一般公共预算支出表 over 301 工资福利
// 支出 …), the body's codes choose between the table and its sibling by the other
// classification (catalogue `classOf`).
import { CLASS_WORD } from '../catalogue/title-words.js';
import type { TableDef } from '../catalogue/index.js';
import { analyzeTable, type TableLayout } from '../extract/layout.js';
import type { TableBlock } from '../model/document.js';
import { rowTexts } from '../model/grid.js';
import { parseCode, splitLeadingCode } from '../normalize/codes.js';
import { matchTitle, type TitleMatch } from './titles.js';

type CodeKind = keyof typeof CLASS_WORD;

// a whole code (201, 20103, 30101), not a 序号 or a 款 part (2, 21, 03)
const WHOLE_CODE = /^(\d{3}|\d{5}|\d{7})$/;

/**
 * The classification most of the body's codes are of; null when none or as many of each. A
 * row's code is its first text outside the 序号 column: the code column's, or the 类 of codes
 * printed in parts, or a code printed before its name.
 */
export function codeKind(table: TableBlock, layout: TableLayout): CodeKind | null {
  const seq = new Set(layout.columns.filter((c) => c.def?.role === 'ignore').map((c) => c.col));
  let fn = 0;
  let eco = 0;
  for (const row of table.rows.slice(layout.dataStart)) {
    const first = rowTexts(row).find((t, col) => t !== '' && !seq.has(col)) ?? '';
    const code = WHOLE_CODE.exec(parseCode(first) ?? '')?.[0] ?? splitLeadingCode(first)?.code;
    if (code?.startsWith('2')) fn++;
    else if (code?.startsWith('3')) eco++;
  }
  if (fn === eco) return null;
  return fn > eco ? 'function' : 'economic';
}

/** The kind of code a table's rows carry. */
export const classOfCodes = (def: TableDef): CodeKind => (def.codeScheme === 'economic' ? 'economic' : 'function');

/** The title's table, or its sibling by the classification the body's codes are of. */
export function byBodyClass(title: TitleMatch, table: TableBlock, ocr: boolean): TitleMatch {
  if (title.def.family !== 'line_items') return title;
  const kind = codeKind(table, analyzeTable(table, title.def));
  if (!kind || kind === classOfCodes(title.def)) return title;
  const other = matchTitle(`${title.title}(${CLASS_WORD[kind]})`, ocr);
  return other && classOfCodes(other.def) === kind ? { ...other, title: title.title, byCodes: true } : title;
}
