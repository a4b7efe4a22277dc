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
