// Levels from where label text starts in its cell (PDF points, as the reader measures them).
import { indentLevels } from '../../src/extract/indent.js';
import type { Cell } from '../../src/model/document.js';

const cell = (text: string, indent?: number): Cell => ({ text, row: 0, col: 0, rowSpan: 1, colSpan: 1, origin: null, page: 1, ...(indent !== undefined && { indent }) });
const levels = (cells: Cell[]) => {
  const level = indentLevels(cells);
  return level && cells.map((c) => level(c));
};

test('湖州 2026 表01: 类 at the border, 款 and 项 stepped in', () => {
  expect(levels([cell('一般公共服务支出', 1.9), cell('财政事务', 11.8), cell('行政运行', 21.6), cell('社会保障和就业支出', 1.9)])).toEqual([0, 1, 2, 0]);
});

test('a ragged edge is one level (湖州 退役军人事务局: 27.7 and 31.3 under 一、财政拨款)', () => {
  expect(levels([cell('一、财政拨款', 1.6), cell('一般公共预算', 31.3), cell('政府性基金预算', 27.7), cell('国有资本经营预算', 27.7)])).toEqual([0, 1, 1, 1]);
});

test('far in: labels of several lengths starting at one place are a level, one centred label is not', () => {
  expect(levels([cell('一、财政拨款', 1.7), cell('一般公共预算', 51.1), cell('政府性基金预算', 51.1)])).toEqual([0, 1, 1]);
  expect(levels([cell('一、财政拨款', 1.7), cell('二、事业收入', 1.7), cell('上年结转结余', 60)])).toBeNull();
});

test('no indents (DOCX) or one level: no hierarchy', () => {
  expect(levels([cell('一般公共服务支出'), cell('财政事务')])).toBeNull();
  expect(levels([cell('一般公共服务支出', 1.9), cell('社会保障和就业支出', 2.4)])).toBeNull();
});
