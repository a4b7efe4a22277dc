// Two label columns under one name header: the vertical 收入预算总表 prints a merged group
// label and the item's label side by side (一般公共预算资金 | 小计), with the name header over
// the first (the second printed blank) or merged over both. The right column is the name;
// the left one the group, or the code when it holds codes ("科目" over 201 | 一般公共服务支出).
// In a two-sided table a block may be headed by its side label alone (收入 | 预算数 | 支出 |
// 预算数; 山东's 支出 › 支出类别 | 本年预算数 | 功能分类 | 本年预算数): that column is the block's
// names, and the amounts right of it, headed by no side, are its side's.
import { labelSide } from '../catalogue/index.js';
import { CODE, GROUP, NAME } from '../catalogue/columns.js';
import type { SideDef } from '../catalogue/sides.js';
import type { TableBlock } from '../model/document.js';
import { looksNumeric } from '../normalize/amount.js';
import { parseCode } from '../normalize/codes.js';
import type { ColumnLayout } from './layout.js';
import { isTotalLabel, labelText } from './row.js';

function dataTexts(table: TableBlock, dataStart: number, col: number): string[] {
  return table.rows.slice(dataStart).map((row) => labelText(row, col)).filter((t) => t !== '');
}

export function pairLabelColumns(table: TableBlock, dataStart: number, columns: ColumnLayout[]): void {
  for (let c = 1; c < columns.length; c++) {
    const left = columns[c - 1]!;
    const right = columns[c]!;
    if (left.side || right.side || left.def?.role !== 'name') continue;
    const texts = dataTexts(table, dataStart, c);
    const blankHeaded = right.def === null && right.path.length === 0 && texts.some((t) => !looksNumeric(t));
    if (right.def?.role !== 'name' && !blankHeaded) continue;
    const leftTexts = dataTexts(table, dataStart, c - 1).filter((t) => !isTotalLabel(t));
    left.def = leftTexts.length > 0 && leftTexts.every((t) => parseCode(t) !== null) ? CODE : GROUP;
    right.def = NAME;
  }
}

export function sideLabelColumns(table: TableBlock, dataStart: number, columns: ColumnLayout[], sides: readonly SideDef[]): void {
  let side: ColumnLayout['side'] = null;
  for (const c of columns) {
    const texts = dataTexts(table, dataStart, c.col);
    const headedBySide = c.path.length > 0 && c.path.every((p) => labelSide(sides, p) !== null);
    // (a block printed empty is still named: 陕西's 政府性基金收支表 with no fund)
    if (!c.def && c.side && headedBySide && !texts.some(looksNumeric)) c.def = NAME;
    if (c.def?.role === 'name') side = c.side;
    else if (!c.side && c.def?.role === 'amount') c.side = side;
  }
}
