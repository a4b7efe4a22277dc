// Two label columns under one name header: the vertical 收入预算总表 prints a merged group
// label and the item's label side by side (一般公共预算资金 | 小计), with the name header over
// the first (the second printed blank) or merged over both. The right column is the name;
// the left one the group, or the code when it holds codes ("科目" over 201 | 一般公共服务支出).
import { CODE, GROUP, NAME } from '../catalogue/columns.js';
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
