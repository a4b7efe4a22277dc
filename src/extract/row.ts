// Reading one data row: cell texts by column, amounts in 万元, provenance, labels.
import { EMPTY_TABLE_MARK, NOTE_PATTERN, UNIT_PATTERN } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import type { Cell, TableBlock } from '../model/document.js';
import { printedTexts, rowPage } from '../model/grid.js';
import { looksNumeric, parseAmount, toWanYuan } from '../normalize/amount.js';
import { cleanText, matchKey } from '../normalize/text.js';
import type { BudgetLine, Provenance, Unit } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import type { ColumnLayout } from './layout.js';

/** A label cell's text: merged cells repeat their text in every position they cover. */
export function labelText(row: Cell[], col: number): string {
  return cleanText(row[col]?.text ?? '').replace(STRAY_MARK, '');
}
/**
 * Marks before a label's numbering, never part of it: digits printed against it (重庆: "1（一）一般
 * 公共预算资金"), a speck OCR read as a dash or a dot (湖州 drawn as outlines: "-七、其他收入").
 */
const STRAY_MARK = /^(?:\d+(?=[（(][一二三四五六七八九十]+[）)])|[-—–_.·'‘`~]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))/;

/**
 * The table with the header's cells that run down over data rows blank there (西安 2020 基本支出表
 * p. 39: 部门经济科目名称 merged down beside the 合计 row, printed under 政府经济科目名称): a header
 * label is no row's label.
 */
export function withoutHeaderOverflow(table: TableBlock, dataStart: number): TableBlock {
  const over = (c: Cell) => c.origin !== null && c.origin.row < dataStart;
  if (!table.rows.slice(dataStart).some((row) => row.some(over))) return table;
  return { ...table, rows: table.rows.map((row, r) => (r < dataStart ? row : row.map((c) => (over(c) ? { ...c, text: '' } : c)))) };
}

/** A value cell's text: only the cell's own position counts, so a merged amount is not read twice. */
export function valueText(row: Cell[], col: number): string {
  const c = row[col];
  return c && !c.origin ? cleanText(c.text) : '';
}

export function provenance(table: TableBlock, r: number): Provenance {
  const row = table.rows[r]!;
  return { page: rowPage(row), table_index: table.index, row_index: r, source_text: printedTexts(row).map(cleanText) };
}

/**
 * A figure in a cell merged from a label column over this amount column (北京水务局 03表: the
 * 合计 row's 1,024,807.171785 spans 部门支出经济分类科目 | 合计): the amount column's.
 */
function mergedFigure(row: Cell[], r: number, col: number, amountCols: ReadonlySet<number>): string {
  const origin = row[col]?.origin;
  if (!origin || origin.row !== r || amountCols.has(origin.col)) return '';
  const text = cleanText(row[origin.col]?.text ?? '');
  // with decimals or thousands: a code (201) merged over is never taken for money
  return /[.,]/.test(text) && looksNumeric(text) ? text : '';
}

/** Amount cells → 万元; a cell that is not a number is null and reported. */
export function readAmounts(
  table: TableBlock,
  r: number,
  columns: ColumnLayout[],
  unit: Unit,
  ctx: ExtractContext,
): Record<string, number | null> {
  const amounts: Record<string, number | null> = {};
  const amountCols = new Set(columns.filter((c) => c.def?.role === 'amount').map((c) => c.col));
  for (const c of columns) {
    if (c.def?.role !== 'amount') continue;
    const text = valueText(table.rows[r]!, c.col) || mergedFigure(table.rows[r]!, r, c.col, amountCols);
    const p = parseAmount(text);
    // Two columns with one key (a repeated header): keep the first non-empty value.
    const prev = amounts[c.def.key];
    if (!p.ok) {
      ctx.warnings.push({ code: 'NOT_A_NUMBER', message: `table ${table.index} row ${r}: "${text}" under ${c.path.join(' / ')} is not a number` });
      if (prev === undefined) amounts[c.def.key] = null;
      continue;
    }
    const value = p.value === null ? null : toWanYuan(p.value, c.unit ?? unit);
    if (prev === undefined || prev === null) amounts[c.def.key] = value;
    else if (value !== null && Math.abs(value - prev) > 0.005) reportRepeatedKey(table, r, c, columns, ctx);
  }
  return amounts;
}

/** Once per table and key: two columns read as one key print different figures, and the second is not kept. */
function reportRepeatedKey(table: TableBlock, r: number, column: ColumnLayout, columns: ColumnLayout[], ctx: ExtractContext): void {
  const key = column.def!.key;
  const start = `table ${table.index}: two columns read as ${key} `;
  if (ctx.warnings.some((w) => w.code === 'COLUMN_KEY_REPEATED' && w.message.startsWith(start))) return;
  const first = columns.find((c) => c.def?.key === key)!;
  ctx.warnings.push({
    code: 'COLUMN_KEY_REPEATED',
    message: `${start}print different figures (first in row ${r}): "${first.path.join(' / ')}" is kept, "${column.path.join(' / ')}" is not; the grid is in tables.jsonl`,
  });
}

const TOTAL = /合计|小计|总计/;
export function isTotalLabel(name: string): boolean {
  return TOTAL.test(matchKey(name));
}

/** "一、", "1、", "（一）", "其中：", "1." before a label: numbering, not part of the item. */
const ENUMERATION = /^(?:其中[:：]?|[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．)]|\(\d+\))+/;
export function stripEnumeration(label: string): string {
  return label.replace(ENUMERATION, '');
}

/** The ordinal of an "一、" / "1、" numbered label, else null. */
export function ordinalOf(label: string): number | null {
  const m = /^([一二三四五六七八九十]+)[、.．]/.exec(label);
  if (m) return chineseNumber(m[1]!);
  const d = /^(\d+)[、.．]/.exec(label);
  return d ? Number(d[1]) : null;
}

/** Nesting level of a label's numbering: 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）; null when unnumbered. */
export function numberingLevel(label: string): number | null {
  const k = matchKey(label);
  if (/^[一二三四五六七八九十]+[、.]/.test(k)) return 1;
  if (/^\([一二三四五六七八九十]+\)/.test(k)) return 2;
  if (/^\d+[、.](?!\d)/.test(k)) return 3;
  if (/^\(\d+\)/.test(k)) return 4;
  return null;
}

function chineseNumber(s: string): number {
  const digit = (c: string | undefined): number => '一二三四五六七八九'.indexOf(c ?? '') + 1;
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  return (ten === 0 ? 1 : digit(s[ten - 1])) * 10 + digit(s[ten + 1]);
}

/** The unit printed in text lines ("编制部门：… 单位：元"), if any. */
export function unitInText(texts: string[]): Unit | null {
  for (const t of texts) {
    const m = UNIT_PATTERN.exec(matchKey(t));
    if (m) return m[1] as Unit;
  }
  return null;
}

/** The unit printed between a section's title and its table, or on the title's line (部门收支总表  单位：元). */
export const sectionUnit = (section: Section): Unit | null => unitInText([...section.preamble, section.title]);

/** Resolves a table's unit: printed in the table, else between its title and the table or on its line, else the one an earlier table printed, else 万元 for now (validate/assumed-units.ts settles it). */
export function tableUnit(printed: Unit | null, section: Section, table: TableBlock, ctx: ExtractContext): Unit {
  const found = printed ?? sectionUnit(section);
  if (found) return found;
  if (ctx.defaultUnit) return ctx.defaultUnit;
  ctx.assumedUnit.add(table.index);
  return '万元';
}

/**
 * A row that is only a note ("注：…") or an empty-table mark ("无", "此表为空") is not a
 * line; the note, or a mark that says more than 无, is kept on the document.
 */
export function skipNoteRow(texts: string[], ctx: ExtractContext): boolean {
  if (texts.length !== 1) return false;
  const t = texts[0]!;
  const mark = EMPTY_TABLE_MARK.test(matchKey(t));
  if (!mark && !NOTE_PATTERN.test(t)) return false;
  if (!mark || t.length > 1) ctx.notes.push(t);
  return true;
}

/**
 * A table none of whose amount cells holds a number is printed empty (a "无" row, a blank
 * 合计 row, a note saying why; 陕西's 政府性基金收支表 with its items and no figure): it is found
 * and writes no lines.
 */
export function withoutPrintedEmpty(lines: BudgetLine[]): BudgetLine[] {
  const empty = lines.some((l) => Object.keys(l.amounts).length > 0) && lines.every((l) => Object.values(l.amounts).every((v) => v === null));
  return empty ? [] : lines;
}
