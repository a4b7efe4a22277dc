// A table too wide for its page printed in horizontal parts (北京 水务局's 收入总表: 合计 |
// 本年收入 … on one page, 其他收入 | 上年结转结余 … on the next, the title over each): the
// parts are one table, the second part's columns to the right of the first's, row for row.
import type { Cell, TableBlock } from '../model/document.js';
import { rowTexts } from '../model/grid.js';
import { looksNumeric } from '../normalize/amount.js';

/**
 * The two parts joined, or null when `right` does not read as the columns to the right of
 * `left`: the same number of rows, and on every row that prints numbers `right` repeats the
 * row's label or prints none (its first cell is a number or blank).
 */
export function joinSideParts(left: TableBlock, right: TableBlock): TableBlock | null {
  if (left.rows.length !== right.rows.length || left.rows.length < 2) return null;
  const aligned = right.rows.every((row, r) => {
    const texts = rowTexts(row);
    if (!texts.some(looksNumeric)) return true;
    const first = texts[0]!;
    return first === '' || looksNumeric(first) || first === rowTexts(left.rows[r]!)[0];
  });
  if (!aligned) return null;
  const offset = left.rows[0]!.length;
  const rows = left.rows.map((row, r) => [
    ...row.map((c) => ({ ...c })),
    ...right.rows[r]!.map((c) => ({ ...c, col: c.col + offset, origin: c.origin && { row: c.origin.row, col: c.origin.col + offset } })),
  ]);
  for (let r = 0; r < rows.length; r++) continueSpan(rows, r, offset);
  return { ...left, rows };
}

/**
 * A header cell spanning to the first part's right edge (本年收入 over …附属单位上缴收入) goes on
 * over the blank cells that start the same row of the second part (其他收入 is 本年收入's too).
 */
function continueSpan(rows: Cell[][], r: number, offset: number): void {
  const row = rows[r]!;
  const edge = row[offset - 1]!;
  const start = edge.origin ?? { row: r, col: edge.col };
  const head = rows[start.row]![start.col]!;
  if (start.row !== r || head.colSpan < 2 || head.rowSpan !== 1 || looksNumeric(head.text)) return;
  let c = offset;
  while (c < row.length && !row[c]!.origin && row[c]!.text.trim() === '' && row[c]!.rowSpan === 1 && row[c]!.colSpan === 1) c++;
  if (c === offset) return;
  const colSpan = c - start.col;
  for (let k = start.col; k < c; k++) row[k] = { ...row[k]!, text: head.text, colSpan, rowSpan: 1, origin: k === start.col ? null : { row: r, col: start.col } };
}
