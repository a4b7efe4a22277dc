// Two-sided layouts of other provinces, as grids: sides named by their lowest header label,
// a total merged across both expenditure blocks, numbered parts grouped under their item.
import { extractTwoSided } from '../../src/extract/two-sided.js';
import { runChecks } from '../../src/validate/checks/index.js';
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

// Layouts of templates outside the corpus: each block headed by its side label alone.
describe('blocks headed by their side label alone', () => {
  const run = (s: ReturnType<typeof section>) => {
    const ls = extractTwoSided(s, context());
    return { ls, checks: runChecks({ doc_id: 'a'.repeat(64), lines: ls, projects: [], narrative: [] }).filter((c) => c.status !== 'skipped') };
  };

  test.each([
    ['收入', '支出'],
    ['收入项目', '支出项目'],
  ])('one header row: %s | 预算数 | %s | 预算数', (income, expenditure) => {
    const s = section('income_expenditure_summary', [
      [income, '预算数', expenditure, '预算数'],
      ['一、财政拨款收入', '100.00', '一、一般公共服务支出', '60.00'],
      ['二、事业收入', '', '二、教育支出', '40.00'],
      ['收入总计', '100.00', '支出总计', '100.00'],
    ]);
    const { ls, checks } = run(s);
    expect(ls.map((l) => [l.side, l.name, l.amounts['budget']])).toEqual([
      ['income', '一、财政拨款收入', 100],
      ['expenditure', '一、一般公共服务支出', 60],
      ['income', '二、事业收入', null],
      ['expenditure', '二、教育支出', 40],
      ['income', '收入总计', 100],
      ['expenditure', '支出总计', 100],
    ]);
    // no 本年 subtotal: each grand total is its items
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['income_grand_total_equals_current_plus_carryover', 'pass'],
      ['expenditure_grand_total_equals_current_plus_carryover', 'pass'],
      ['income_total_equals_expenditure_total', 'pass'],
    ]);
  });

  // 山东's 收支预算总表: 支出 › 支出类别 | 政府预算经济分类 | 部门预算经济分类 | 功能分类, each over
  // its 本年预算数; each block adds up to the expenditure on its own.
  const shandong = (socialSecurity: string) =>
    section('income_expenditure_summary', [
      [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 8 }],
      ['项目', '本年预算数', '支出类别', '本年预算数', '政府预算经济分类', '本年预算数', '部门预算经济分类', '本年预算数', '功能分类', '本年预算数'],
      ['一、财政拨款收入', '100.00', '一、基本支出', '60.00', '一、机关工资福利支出', '50.00', '一、工资福利支出', '50.00', '一般公共服务支出', '90.00'],
      ['二、事业收入', '', '二、项目支出', '40.00', '二、机关商品和服务支出', '50.00', '基本工资', '20.00', '社会保障和就业支出', socialSecurity],
      ['', '', '', '', '', '', '津贴补贴', '30.00', '', ''],
      ['', '', '', '', '', '', '二、商品和服务支出', '50.00', '', ''],
      ['本年收入合计', '100.00', '本年支出合计', '100.00', '本年支出合计', '100.00', '本年支出合计', '100.00', '本年支出合计', '100.00'],
    ]);

  test('山东: four expenditure blocks, the two economic ones told apart by attributes.block', () => {
    const { ls, checks } = run(shandong('10.00'));
    expect(ls.filter((l) => l.side !== 'income' && !l.is_total).map((l) => [l.side, l.name, l.amounts['budget'], l.attributes['block'] ?? null, l.attributes['group'] ?? null])).toEqual([
      ['expenditure_by_use', '一、基本支出', 60, null, null],
      ['expenditure_by_economic_class', '一、机关工资福利支出', 50, '政府预算经济分类', null],
      ['expenditure_by_economic_class', '一、工资福利支出', 50, '部门预算经济分类', null],
      ['expenditure', '一般公共服务支出', 90, null, null],
      ['expenditure_by_use', '二、项目支出', 40, null, null],
      ['expenditure_by_economic_class', '二、机关商品和服务支出', 50, '政府预算经济分类', null],
      ['expenditure_by_economic_class', '基本工资', 20, '部门预算经济分类', '一、工资福利支出'],
      ['expenditure', '社会保障和就业支出', 10, null, null],
      ['expenditure_by_economic_class', '津贴补贴', 30, '部门预算经济分类', '一、工资福利支出'],
      ['expenditure_by_economic_class', '二、商品和服务支出', 50, '部门预算经济分类', null],
    ]);
    const economic = checks.filter((c) => c.check === 'expenditure_by_economic_class_equals_current_year_expenditure');
    expect(economic.map((c) => [c.status, c.expected])).toEqual([
      ['pass', 100],
      ['pass', 100],
    ]);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  test('山东: a function block that does not add up fails its own check, the other blocks pass', () => {
    const { checks } = run(shandong('9.00'));
    expect(checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.actual, c.expected])).toEqual([['current_year_expenditure_equals_items', 100, 99]]);
  });

  test('a block under a plain 支出 header listing economic classes is the economic-class block', () => {
    const s = section('income_expenditure_summary', [
      [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
      ['项目', '预算数', '项目', '预算数'],
      ['一、财政拨款收入', '100.00', '工资福利支出', '70.00'],
      ['', '', '基本工资', '70.00'],
      ['', '', '商品和服务支出', '30.00'],
      ['收入总计', '100.00', '支出总计', '100.00'],
    ]);
    const { ls, checks } = run(s);
    expect(ls.filter((l) => l.side !== 'income').map((l) => [l.side, l.name, l.attributes['group'] ?? null])).toEqual([
      ['expenditure_by_economic_class', '工资福利支出', null],
      ['expenditure_by_economic_class', '基本工资', '工资福利支出'],
      ['expenditure_by_economic_class', '商品和服务支出', null],
      ['expenditure_by_economic_class', '支出总计', null],
    ]);
    // 基本工资 is a part of 工资福利支出, not an item: 70 + 30
    expect(checks.map((c) => [c.check, c.status, c.expected])).toEqual([
      ['expenditure_by_economic_class_equals_current_year_expenditure', 'pass', 100],
      ['income_grand_total_equals_current_plus_carryover', 'pass', 100],
      ['expenditure_grand_total_equals_current_plus_carryover', 'pass', 100],
      ['income_total_equals_expenditure_total', 'pass', 100],
    ]);
  });
});

test('四川\'s 部门收支总表: the expenditure side by fund (合计 | 一般公共预算 | … | 单位资金); each row\'s 合计 = Σ its funds', () => {
  const header = [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 7 }],
    ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
  ];
  const run = (education: string) => {
    const ls = extractTwoSided(
      section('income_expenditure_summary', [
        ...header,
        ['一、一般公共预算拨款收入', '100.00', '一、一般公共服务支出', '95.00', '90.00', '', '', '', '5.00'],
        ['二、单位资金', '15.00', '二、教育支出', education, '10.00', '', '', '', '10.00'],
        ['收入总计', '115.00', '支出总计', '115.00', '100.00', '', '', '', '15.00'],
      ]),
      context(),
    );
    return { ls, checks: runChecks({ doc_id: 'a'.repeat(64), lines: ls, projects: [], narrative: [] }).filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped') };
  };
  const { ls, checks } = run('20.00');
  expect(ls.filter((l) => l.side === 'expenditure').map((l) => [l.name, l.amounts])).toEqual([
    ['一、一般公共服务支出', { budget: 95, general_public_budget: 90, government_fund: null, state_capital: null, fiscal_special_account: null, unit_funds: 5 }],
    ['二、教育支出', { budget: 20, general_public_budget: 10, government_fund: null, state_capital: null, fiscal_special_account: null, unit_funds: 10 }],
    ['支出总计', { budget: 115, general_public_budget: 100, government_fund: null, state_capital: null, fiscal_special_account: null, unit_funds: 15 }],
  ]);
  expect(checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  expect(run('21.00').checks.map((c) => [c.status, c.actual, c.expected])).toEqual([
    ['pass', 95, 95],
    ['fail', 21, 20],
    ['pass', 115, 115],
  ]);
});

test('a summary printed in one column (项目 | 预算数: 收入, its items, 支出, its items): the label alone on its row switches the side', () => {
  const rows = (income: string, expenditure: string) => [
    ['项目', '预算数'],
    [income, ''],
    ['一、财政拨款收入', '100.00'],
    ['二、事业收入', ''],
    ['收入合计', '100.00'],
    [expenditure, ''],
    ['一、一般公共服务支出', '60.00'],
    ['二、教育支出', '40.00'],
    ['支出合计', '100.00'],
  ];
  for (const [income, expenditure] of [['收入', '支出'], ['收入项目', '支出项目']] as const) {
    const ls = extractTwoSided(section('income_expenditure_summary', rows(income, expenditure)), context());
    expect(ls.map((l) => [l.side, l.name, l.amounts['budget']])).toEqual([
      ['income', '一、财政拨款收入', 100],
      ['income', '二、事业收入', null],
      ['income', '收入合计', 100],
      ['expenditure', '一、一般公共服务支出', 60],
      ['expenditure', '二、教育支出', 40],
      ['expenditure', '支出合计', 100],
    ]);
    const checks = runChecks({ doc_id: 'a'.repeat(64), lines: ls, projects: [], narrative: [] }).filter((c) => c.status !== 'skipped');
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['income_grand_total_equals_current_plus_carryover', 'pass'],
      ['expenditure_grand_total_equals_current_plus_carryover', 'pass'],
      ['income_total_equals_expenditure_total', 'pass'],
    ]);
  }
});

test('an expenditure block of totals only is neither by use nor by economic class', () => {
  const s = section('income_expenditure_summary', [['收入', '预算数', '支出', '预算数'], ['收入总计', '100.00', '支出总计', '100.00']]);
  expect(lines(s).map((l) => [l[0], l[1]])).toEqual([
    ['income', '收入总计'],
    ['expenditure', '支出总计'],
  ]);
});

test('unnumbered rows under a numbered 本年支出, with no indent (a Word table), are what it sums, up to the next numbered row', () => {
  const s = section('fiscal_appropriation_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
    ['项目', '本年预算', '项目', '合计'],
    ['一、本年收入', '10.00', '一、本年支出', '10.00'],
    ['（一）一般公共预算拨款', '10.00', '一般公共服务支出', '6.00'],
    ['', '', '教育支出', '4.00'],
    ['二、上年结转', '', '二、年末结转和结余', ''],
    ['收入总计', '10.00', '支出总计', '10.00'],
  ]);
  const read = extractTwoSided(s, context());
  expect(read.filter((l) => l.side === 'expenditure').map((l) => [l.name, l.attributes['group'] ?? null])).toEqual([
    ['一、本年支出', null],
    ['一般公共服务支出', '一、本年支出'],
    ['教育支出', '一、本年支出'],
    ['二、年末结转和结余', null],
    ['支出总计', null],
  ]);
  // 支出总计 = 本年支出 + 年末结转, its parts not counted again
  expect(runChecks({ doc_id: 'x', lines: read, projects: [], narrative: null }).filter((c) => c.status === 'fail')).toEqual([]);
});

test('a speck before a label\'s numbering is no part of the label (湖州 财政局 2026 表01 p. 17 drawn as outlines and OCR\'d)', () => {
  const s = section('income_expenditure_summary', [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 2 }],
    ['项目', '预算数', '项目', '预算数'],
    ['六、附属单位上缴收入', '', '行政单位离退休', '307.91'],
    ['-七、其他收入', '', '机关事业单位基本养老保险缴费支出', '325.74'],
  ]);
  expect(lines(s).map(([side, name]) => [side, name])).toEqual([
    ['income', '六、附属单位上缴收入'],
    ['expenditure', '行政单位离退休'],
    ['income', '七、其他收入'],
    ['expenditure', '机关事业单位基本养老保险缴费支出'],
  ]);
});

test('财政拨款收支总表 printing 预算数 › 总计 | 一般公共预算 | … (烟台 2026 p. 13): the expenditure side\'s 总计 is its `total`, as where 合计 is printed alone', () => {
  const fas = extractTwoSided(
    section('fiscal_appropriation_summary', [
      [{ text: '收 入', colSpan: 2 }, { text: '支 出', colSpan: 5 }],
      [{ text: '项目', rowSpan: 2 }, { text: '预算数', rowSpan: 2 }, { text: '项目', rowSpan: 2 }, { text: '预算数', colSpan: 4 }],
      ['总计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['一、一般公共预算收入', '3,773.71', '四、教育支出', '16.00', '16.00', '', ''],
    ]),
    context(),
  );
  expect(fas.map((l) => [l.side, l.amounts])).toEqual([
    ['income', { budget: 3773.71 }],
    ['expenditure', { total: 16, general_public_budget: 16, government_fund: null, state_capital: null }],
  ]);
  // the 收支总表 keeps 合计 beside the funds as its `budget` (the contract's key for both its sides)
  const summary = extractTwoSided(
    section('income_expenditure_summary', [
      [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 4 }],
      [{ text: '项目', rowSpan: 2 }, { text: '预算数', rowSpan: 2 }, { text: '项目', rowSpan: 2 }, { text: '预算数', colSpan: 3 }],
      ['合计', '一般公共预算', '政府性基金预算'],
      ['一、一般公共预算拨款收入', '100.00', '一、一般公共服务支出', '100.00', '100.00', ''],
    ]),
    context(),
  );
  expect(summary.map((l) => l.amounts)).toEqual([{ budget: 100 }, { budget: 100, general_public_budget: 100, government_fund: null }]);
});
