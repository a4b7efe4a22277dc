// Two-sided layouts of other provinces, as grids: sides named by their lowest header label,
// a total merged across both expenditure blocks, numbered parts grouped under their item.
import { extractTwoSided } from '../../src/extract/two-sided.js';
import { context, section } from './section.js';

const lines = (s: ReturnType<typeof section>) => extractTwoSided(s, context()).map((l) => [l.side, l.name, l.amounts['budget'] ?? null, l.attributes['group'] ?? null]);

test('收入 | 支出 › 功能分类 | 支出 › 支出用途, totals merged across both expenditure blocks', () => {
  const s = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 4 }],
    [{ text: '项目名称', rowSpan: 2 }, { text: '金额', rowSpan: 2 }, { text: '功能分类', colSpan: 2 }, { text: '支出用途', colSpan: 2 }],
    ['功能科目名称', '金额', '项目名称', '金额'],
    ['一、财政拨款', '100.00', '一、一般公共服务支出', '90.00', '一、基本支出', '60.00'],
    ['1.一般公共预算', '100.00', '二、住房保障支出', '10.00', '二、项目支出', '40.00'],
    ['当年收入小计', '100.00', { text: '当年支出小计', colSpan: 3 }, '100.00'],
  ]);
  expect(lines(s)).toEqual([
    ['income', '一、财政拨款', 100, null],
    ['expenditure', '一、一般公共服务支出', 90, null],
    ['expenditure_by_use', '一、基本支出', 60, null],
    ['income', '1.一般公共预算', 100, '一、财政拨款'],
    ['expenditure', '二、住房保障支出', 10, null],
    ['expenditure_by_use', '二、项目支出', 40, null],
    ['income', '当年收入小计', 100, null],
    ['expenditure', '当年支出小计', 100, null],
  ]);
});

test('本年收入 / 本年支出 sides (Shanghai), restart-at-一 parts, numbering carried into a continued table', () => {
  const header = [[{ text: '本年收入', colSpan: 2 }, { text: '本年支出', colSpan: 2 }], ['项目', '预算数', '项目', '预算数']];
  const s = section(
    'income_expenditure_summary',
    [...header, ['一、一般公共预算', '10.00', '一、公共安全支出', '12.00'], ['本年收入合计', '10.00', '本年支出合计', '12.00']],
    [...header, ['上年结转结余', '2.00', '', ''], ['一、一般公共预算', '2.00', '', ''], ['收入总计', '12.00', '支出总计', '12.00']],
  );
  expect(lines(s)).toEqual([
    ['income', '一、一般公共预算', 10, null],
    ['expenditure', '一、公共安全支出', 12, null],
    ['income', '本年收入合计', 10, null],
    ['expenditure', '本年支出合计', 12, null],
    ['income', '上年结转结余', 2, null],
    ['income', '一、一般公共预算', 2, '上年结转结余'],
    ['income', '收入总计', 12, null],
    ['expenditure', '支出总计', 12, null],
  ]);
});

test('上海 单位预算 财务收支预算总表: the expenditure side prints 预算数 › 合计 | 基本支出 › 人员经费 | 公用经费 | 项目支出', () => {
  // 上海市文物保护研究中心 2026 p7 (pdftotext -layout), in 元
  const ctx = context();
  const s = section('income_expenditure_summary', [
    [{ text: '本年收入', colSpan: 2 }, { text: '本年支出', colSpan: 5 }],
    [{ text: '项目', rowSpan: 3 }, { text: '预算数', rowSpan: 3 }, { text: '项目', rowSpan: 3 }, { text: '预算数', colSpan: 4 }],
    [{ text: '合计', rowSpan: 2 }, { text: '基本支出', colSpan: 2 }, { text: '项目支出', rowSpan: 2 }],
    ['人员经费', '公用经费'],
    ['一、财政拨款收入', '12,376,671', '一、文化旅游体育与传媒支出', '11,212,795', '6,204,470', '2,001,333', '3,006,992'],
    ['二、事业收入', '701,808', '二、社会保障和就业支出', '1,510,245', '1,481,925', '28,320', ''],
  ]);
  s.preamble = ['单位：元'];
  expect(extractTwoSided(s, ctx).map((l) => [l.side, l.name, l.amounts])).toEqual([
    ['income', '一、财政拨款收入', { budget: 1237.6671 }],
    ['expenditure', '一、文化旅游体育与传媒支出', { budget: 1121.2795, personnel: 620.447, public: 200.1333, project: 300.6992 }],
    ['income', '二、事业收入', { budget: 70.1808 }],
    ['expenditure', '二、社会保障和就业支出', { budget: 151.0245, personnel: 148.1925, public: 2.832, project: null }],
  ]);
  expect(ctx.warnings).toEqual([]);
});

test('a column of a side the catalogue does not know is reported and kept in attributes.unmapped, never dropped silently', () => {
  const ctx = context();
  const s = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 3 }],
    ['项目', '预算数', '项目', '预算数', '调剂数'],
    ['一、财政拨款', '10.00', '一、一般公共服务支出', '10.00', '9.00'],
  ]);
  expect(extractTwoSided(s, ctx).map((l) => [l.name, l.amounts, l.attributes])).toEqual([
    ['一、财政拨款', { budget: 10 }, {}],
    ['一、一般公共服务支出', { budget: 10 }, { 'unmapped:支出/调剂数': '9.00' }],
  ]);
  expect(ctx.warnings.map((w) => w.code)).toEqual(['UNMAPPED_COLUMN']);
});

test('a side printing 类/款/项 by indentation only (湖州 2026 表01): each row grouped under the row above it one level out', () => {
  // 湖州市财政局 2026 p17: label indents as the PDF reader measures them (points)
  const s = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
    ['项目', '预算数', '项目', '预算数'],
    ['一、财政拨款', '6838.41', '一般公共服务支出', '5356.01'],
    ['一般公共预算', '6838.41', '财政事务', '5356.01'],
    ['二、事业收入', '', '行政运行', '3685.65'],
    ['', '', '社会保障和就业支出', '796.52'],
    ['', '', '行政事业单位养老支出', '796.52'],
    ['本年收入合计', '6838.41', '本年支出合计', '6838.41'],
  ]);
  const indents = [
    [1.9, 73.3, 1.9, 63.4],
    [16.8, 73.3, 11.8, 63.4],
    [1.9, 0, 21.6, 63.4],
    [0, 0, 1.9, 68.4],
    [0, 0, 11.8, 68.4],
    [66.4, 73.3, 149, 61],
  ];
  indents.forEach((row, r) => row.forEach((indent, c) => (s.tables[0]!.rows[r + 2]![c]!.indent = indent)));
  expect(lines(s).filter((l) => l[0] === 'expenditure').map((l) => [l[1], l[3]])).toEqual([
    ['一般公共服务支出', null],
    ['财政事务', '一般公共服务支出'],
    ['行政运行', '财政事务'],
    ['社会保障和就业支出', null],
    ['行政事业单位养老支出', '社会保障和就业支出'],
    ['本年支出合计', null],
  ]);
  expect(lines(s).filter((l) => l[0] === 'income').map((l) => [l[1], l[3]])).toEqual([
    ['一、财政拨款', null],
    ['一般公共预算', '一、财政拨款'],
    ['二、事业收入', null],
    ['本年收入合计', null],
  ]);
});

test('an expenditure block under a plain 支出 header listing uses is the by-use block (长沙 2026 收支总表 p12)', () => {
  const s = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
    ['项目', '预算数', '项目', '预算数'],
    ['一、本级财政拨款收入', '656.73', '一、基本支出', '386.73'],
    ['', '', '二、项目支出', '270.00'],
    ['', '', '五、上缴上级支出', ''],
    ['本年收入合计', '656.73', '本年支出合计', '656.73'],
    ['', '', '七、结转下年', ''],
    ['收入总计', '656.73', '支出总计', '656.73'],
  ]);
  expect(lines(s).map((l) => [l[0], l[1]])).toEqual([
    ['income', '一、本级财政拨款收入'],
    ['expenditure_by_use', '一、基本支出'],
    ['expenditure_by_use', '二、项目支出'],
    ['expenditure_by_use', '五、上缴上级支出'],
    ['income', '本年收入合计'],
    ['expenditure_by_use', '本年支出合计'],
    ['expenditure_by_use', '七、结转下年'],
    ['income', '收入总计'],
    ['expenditure_by_use', '支出总计'],
  ]);
  // by function (湖州) stays the expenditure block
  const f = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
    ['项目', '预算数', '项目', '预算数'],
    ['一、财政拨款', '10.00', '一般公共服务支出', '10.00'],
    ['本年收入合计', '10.00', '本年支出合计', '10.00'],
  ]);
  expect(lines(f).filter((l) => l[0] !== 'income').map((l) => l[0])).toEqual(['expenditure', 'expenditure']);
});
