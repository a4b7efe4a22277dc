// Layouts of other provinces (shapes from /work/shared/real): the identities find their
// rows by wording and structure, not by the seed's strings.
import type { BudgetLine, Side, TableId } from '../../src/schema/records.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { countById, failures, ran } from './doctor.js';

const DOC = 'a'.repeat(64);
let row = 0;

function line(table: TableId, name: string, amounts: Record<string, number | null>, more: Partial<BudgetLine> = {}): BudgetLine {
  const code = more.code ?? null;
  return {
    schema_version: '1',
    doc_id: DOC,
    table,
    side: null,
    item: null,
    code,
    name,
    level: code ? ({ 3: 1, 5: 2, 7: 3 } as const)[code.length as 3 | 5 | 7] : null,
    is_total: /合计|小计|总计/.test(name),
    amounts,
    attributes: {},
    source_unit: '万元',
    provenance: { page: 1, table_index: 0, row_index: row++, source_text: [] },
    ...more,
  };
}
const side = (table: TableId, s: Side, name: string, amounts: Record<string, number | null>, rowIndex: number, group?: string) =>
  line(table, name, amounts, { side: s, provenance: { page: 1, table_index: 0, row_index: rowIndex, source_text: [] }, ...(group && { attributes: { group } }) });
// the checks that ran (identities of tables these layouts do not print are skipped)
const run = (lines: BudgetLine[]) => ran(runChecks({ doc_id: DOC, lines, projects: [], narrative: [] }));

test('Jiangsu 收支预算总表: nested income items, 当年收入小计 / 收入合计, expenditure by use', () => {
  const T = 'income_expenditure_summary';
  const b = (v: number | null) => ({ budget: v });
  const lines = [
    side(T, 'income', '一、财政拨款', b(24458.43), 1),
    side(T, 'expenditure', '一、一般公共服务支出', b(20153.75), 1),
    side(T, 'expenditure_by_use', '一、基本支出', b(10403.11), 1),
    side(T, 'income', '1.一般公共预算', b(24458.43), 2),
    side(T, 'expenditure', '二、外交支出', b(null), 2),
    side(T, 'expenditure_by_use', '二、项目支出', b(12081.46), 2),
    side(T, 'income', '2.政府性基金预算', b(null), 3),
    side(T, 'expenditure', '八、社会保障和就业支出', b(1289.52), 3),
    side(T, 'expenditure_by_use', '三、单位预留机动经费', b(1973.86), 3),
    side(T, 'income', '二、财政专户管理资金', b(null), 4),
    side(T, 'expenditure', '十八、住房保障支出', b(3015.16), 4),
    side(T, 'income', '当年收入小计', b(24458.43), 5),
    side(T, 'expenditure', '当年支出小计', b(24458.43), 5),
    side(T, 'income', '上年结转资金', b(null), 6),
    side(T, 'expenditure', '结转下年资金', b(null), 6),
    side(T, 'income', '收入合计', b(24458.43), 7),
    side(T, 'expenditure', '支出合计', b(24458.43), 7),
  ];
  const checks = run(lines);
  expect(failures(checks)).toEqual({});
  expect(countById(checks)).toEqual({
    current_year_income_equals_items: 1,
    current_year_expenditure_equals_items: 1,
    expenditure_by_use_equals_current_year_expenditure: 1,
    income_grand_total_equals_current_plus_carryover: 1,
    expenditure_grand_total_equals_current_plus_carryover: 1,
    income_total_equals_expenditure_total: 1,
  });
  expect(checks[0]!.message).toBe('income_expenditure_summary income 当年收入小计 budget 24458.43 = sum of income items 24458.43 (一、财政拨款)');
  // Doctored: one item by use changed; only the by-use identity fails.
  const doctored = lines.map((l) => (l.name === '三、单位预留机动经费' ? { ...l, amounts: { budget: 1983.86 } } : l));
  const failed = run(doctored);
  expect(failures(failed)).toEqual({ expenditure_by_use_equals_current_year_expenditure: 1 });
  expect(failed.find((c) => c.status === 'fail')).toMatchObject({ expected: 24468.43, actual: 24458.43, difference: -10 });
});

test('Shanghai 财政拨款收支总表 in 元: only 总计 rows, no carry-over, amounts converted to 万元', () => {
  const T = 'fiscal_appropriation_summary';
  const e = (total: number | null) => ({ total, general_public_budget: total, government_fund: null, state_capital: null });
  const lines = [
    side(T, 'income', '一、一般公共预算', { budget: 9628.221344 }, 1),
    side(T, 'expenditure', '一、公共安全支出', e(8726.727244), 1),
    side(T, 'income', '二、政府性基金预算', { budget: 0 }, 2),
    side(T, 'expenditure', '二、社会保障和就业支出', e(334.3704), 2),
    side(T, 'income', '三、国有资本经营预算', { budget: 0 }, 3),
    side(T, 'expenditure', '三、卫生健康支出', e(114.9678), 3),
    side(T, 'expenditure', '四、住房保障支出', e(452.1559), 4),
    side(T, 'income', '收 入 总 计', { budget: 9628.221344 }, 9),
    side(T, 'expenditure', '支出总计', e(9628.221344), 9),
  ];
  const checks = run(lines);
  expect(failures(checks)).toEqual({});
  expect(countById(checks)).toEqual({
    row_total_equals_components: 5,
    income_grand_total_equals_current_plus_carryover: 1,
    expenditure_grand_total_equals_current_plus_carryover: 2,
    income_total_equals_expenditure_total: 1,
    // 0.00 printed for 政府性基金 and 国有资本 is an amount: their balance is checked too
    fund_income_equals_fund_expenditure: 3,
  });
  expect(checks.find((c) => c.check === 'income_total_equals_expenditure_total')!.message).toBe(
    'fiscal_appropriation_summary expenditure 支出总计 total 9628.221344 = income 收 入 总 计 budget 9628.221344',
  );
});

test('a carry-over not split by fund leaves the per-fund balance unchecked', () => {
  const T = 'fiscal_appropriation_summary';
  const lines = [
    side(T, 'income', '一、一般公共预算拨款', { budget: 1000 }, 1),
    side(T, 'expenditure', '一、一般公共服务支出', { total: 1100, general_public_budget: 1100 }, 1),
    side(T, 'income', '本年收入合计', { budget: 1000 }, 2),
    side(T, 'expenditure', '本年支出合计', { total: 1100, general_public_budget: 1100 }, 2),
    side(T, 'income', '上年结转', { budget: 100 }, 3),
    side(T, 'income', '收入总计', { budget: 1100 }, 4),
    side(T, 'expenditure', '支出总计', { total: 1100, general_public_budget: 1100 }, 4),
  ];
  const checks = run(lines);
  expect(failures(checks)).toEqual({});
  expect(countById(checks)['fund_income_equals_fund_expenditure']).toBeUndefined();
  expect(countById(checks)['income_grand_total_equals_current_plus_carryover']).toBe(1);
});

test('Jiangsu 三公、会议费、培训费 table printed horizontally: items by key, grand_total', () => {
  const T = 'three_public_expenses';
  const items: [string, string, number | null][] = [
    ['grand_total', '合计', 1471.7],
    ['three_public_total', '“三公”经费小计', 508.2],
    ['overseas_travel', '因公出国（境）费', 70],
    ['vehicle_total', '公务用车购置及运行维护费小计', 411.2],
    ['vehicle_purchase', '公务用车购置费', null],
    ['vehicle_operation', '公务用车运行维护费', 411.2],
    ['reception', '公务接待费', 27],
    ['meeting', '会议费', 933.5],
    ['training', '培训费', 30],
  ];
  const checks = run(items.map(([item, name, total]) => line(T, name, { total }, { item })));
  expect(failures(checks)).toEqual({});
  expect(countById(checks)).toEqual({
    three_public_total_equals_items: 1,
    vehicle_total_equals_purchase_and_operation: 1,
    three_public_grand_total_equals_items: 1,
  });
  // Doctored: 会议费 changed; only the grand total identity fails.
  const failed = run(items.map(([item, name, total]) => line(T, name, { total: item === 'meeting' ? 943.5 : total }, { item })));
  expect(failures(failed)).toEqual({ three_public_grand_total_equals_items: 1 });
  expect(failed.find((c) => c.status === 'fail')).toMatchObject({ expected: 1481.7, actual: 1471.7, difference: -10 });
});

test('a table that skips the 款 level sums its 项 rows into the 类', () => {
  const T = 'general_budget_expenditure';
  const lines = [
    line(T, '合计', { total: 30 }),
    line(T, '一般公共服务支出', { total: 30 }, { code: '201' }),
    line(T, '行政运行', { total: 10 }, { code: '2010301' }),
    line(T, '机关服务', { total: 21 }, { code: '2010303' }),
  ];
  const checks = run(lines);
  expect(checks.map((c) => [c.status, c.message])).toEqual([
    ['pass', 'general_budget_expenditure 合计 total 30.00 = sum of 类 rows 30.00 (201)'],
    ['fail', 'general_budget_expenditure 201 total 30.00 ≠ sum of 项 rows 31.00 (2010301, 2010303) [difference -1.00, tolerance ±0.02]'],
  ]);
});

test('an income summary printing 一般公共预算 / 政府性基金 instead of 财政拨款 sums those', () => {
  const lines = [
    line('income_summary', '合计', { total: 130, current_year_subtotal: 120, general_public_budget: 100, government_fund: 20, prior_year_carryover: 10 }),
  ];
  const checks = run(lines);
  expect(checks.map((c) => c.message)).toEqual([
    'income_summary 合计 total 130.00 = current_year_subtotal + prior_year_carryover 130.00 (120.00 + 10.00)',
    'income_summary 合计 current_year_subtotal 120.00 = general_public_budget + government_fund 120.00 (100.00 + 20.00)',
  ]);
});

test('Jiangsu 政府采购 printed as a tree: 合计 = Σ items, each group = Σ its items; a doctored item fails its group, category and 合计', () => {
  const T = 'government_procurement';
  const p = (name: string, total: number, subtotal_of?: string) =>
    line(T, name, { total }, { is_total: subtotal_of !== undefined, attributes: subtotal_of ? { subtotal_of } : {} });
  const lines = [
    line(T, '合计', { total: 100 }),
    p('一、货物A', 70, 'category'),
    p('办公设备购置费', 50, 'economic_classification'),
    p('台式计算机（20万以下）', 30),
    p('家具用具', 20),
    p('专用设备购置', 20, 'economic_classification'),
    p('其他专用设备', 20),
    p('三、服务C', 30, 'category'),
    p('会议经费', 30, 'economic_classification'),
    p('会议服务', 30),
  ];
  const checks = run(lines);
  expect(failures(checks)).toEqual({});
  expect(countById(checks)).toEqual({ procurement_subtotals_sum: 6 });
  expect(checks.map((c) => c.message)).toEqual([
    'government_procurement 合计 total 100.00 = sum of the 4 item rows under it 100.00',
    'government_procurement 一、货物A total 70.00 = sum of the 3 item rows under it 70.00',
    'government_procurement 办公设备购置费 total 50.00 = sum of the 2 item rows under it 50.00',
    'government_procurement 专用设备购置 total 20.00 = sum of the 1 item rows under it 20.00',
    'government_procurement 三、服务C total 30.00 = sum of the 1 item rows under it 30.00',
    'government_procurement 会议经费 total 30.00 = sum of the 1 item rows under it 30.00',
  ]);
  const doctored = run(lines.map((l) => (l.name === '家具用具' ? { ...l, amounts: { total: 25 } } : l)));
  expect(doctored.filter((c) => c.status === 'fail').map((c) => [c.message.split(' total')[0], c.expected, c.actual, c.difference])).toEqual([
    ['government_procurement 合计', 105, 100, -5],
    ['government_procurement 一、货物A', 75, 70, -5],
    ['government_procurement 办公设备购置费', 55, 50, -5],
  ]);
});

// 重庆 气象局 2026 表四 (pdftotext -layout): the current-year totals are printed above their
// parts, and the fund rows under them are the funds of the year.
test('财政拨款收支总表 printing 一、本年收入 / 一、本年支出 above their parts (重庆, 长沙)', () => {
  const F = 'fiscal_appropriation_summary';
  const b = (v: number | null) => ({ budget: v });
  const t = (v: number) => ({ total: v, general_public_budget: v, government_fund: null, state_capital: null });
  const lines = [
    side(F, 'income', '一、本年收入', b(12672.73), 1),
    side(F, 'expenditure', '一、本年支出', t(12672.73), 1),
    side(F, 'income', '（一）一般公共预算资金', b(12672.73), 2, '一、本年收入'),
    side(F, 'expenditure', '（一）一般公共服务支出', t(600), 2, '一、本年支出'),
    side(F, 'income', '（二）政府性基金预算资金', b(null), 3, '一、本年收入'),
    side(F, 'expenditure', '（二）自然资源海洋气象等支出', t(12072.73), 3, '一、本年支出'),
    side(F, 'income', '收入总计', b(12672.73), 4),
    side(F, 'expenditure', '支出总计', t(12672.73), 4),
    line('general_budget_expenditure', '合计', { total: 12672.73, basic: 5445.39, project: 7227.34 }),
    line('general_budget_expenditure', '一般公共服务支出', { total: 600, basic: 0, project: 600 }, { code: '201' }),
    line('general_budget_expenditure', '自然资源海洋气象等支出', { total: 12072.73, basic: 5445.39, project: 6627.34 }, { code: '220' }),
  ];
  const checks = run(lines);
  // the total, then the parts under 一、本年支出 as items, class by class, against the 一般公共预算 table
  expect(checks.filter((c) => c.check === 'fiscal_summary_matches_general_budget_table').map((c) => [c.status, c.expected])).toEqual([
    ['pass', 12672.73],
    ['pass', 600],
    ['pass', 12072.73],
  ]);
  expect(checks.find((c) => c.check === 'current_year_expenditure_equals_items' && c.table === F)).toMatchObject({ status: 'pass', actual: 12672.73, expected: 12672.73 });
  expect(failures(checks)).toEqual({});
});

test('a 收支总表 whose only expenditure block is by use (长沙): its totals are the expenditure totals, its items add up to them', () => {
  const T = 'income_expenditure_summary';
  const b = (v: number | null) => ({ budget: v });
  const lines = [
    side(T, 'income', '一、本级财政拨款收入', b(656.73), 1),
    side(T, 'expenditure_by_use', '一、基本支出', b(386.73), 1),
    side(T, 'expenditure_by_use', '二、项目支出', b(270), 2),
    side(T, 'income', '本年收入合计', b(656.73), 3),
    side(T, 'expenditure_by_use', '本年支出合计', b(656.73), 3),
    side(T, 'income', '收入总计', b(656.73), 4),
    side(T, 'expenditure_by_use', '支出总计', b(656.73), 4),
  ];
  const checks = run(lines);
  expect(failures(checks)).toEqual({});
  expect(countById(checks)).toEqual({
    current_year_income_equals_items: 1,
    expenditure_by_use_equals_current_year_expenditure: 1,
    income_grand_total_equals_current_plus_carryover: 1,
    expenditure_grand_total_equals_current_plus_carryover: 1,
    income_total_equals_expenditure_total: 1,
  });
  const doctored = lines.map((l) => (l.name === '二、项目支出' ? { ...l, amounts: b(260) } : l));
  expect(failures(run(doctored))).toEqual({ expenditure_by_use_equals_current_year_expenditure: 1 });
});

describe('a 收支总表 whose expenditure side prints names only', () => {
  const T = 'income_expenditure_summary';
  const E = 'expenditure_summary';
  const b = (v: number | null) => ({ budget: v });
  const summary = [
    line(E, '合计', { total: 6838.41 }),
    line(E, '一般公共服务支出', { total: 5356.01 }, { code: '201' }),
    line(E, '财政事务', { total: 5356.01 }, { code: '20106' }),
    line(E, '行政运行', { total: 5356.01 }, { code: '2010601' }),
    line(E, '其他支出', { total: 1482.4 }, { code: '229' }),
    line(E, '其他支出', { total: 1482.4 }, { code: '22999' }),
    line(E, '其他支出', { total: 1482.4 }, { code: '2299999' }),
  ];
  const perClass = (lines: BudgetLine[]) =>
    run(lines)
      .filter((c) => c.check === 'summary_expenditure_matches_expenditure_summary')
      .map((c) => [c.status, c.expected, c.actual]);

  test('the whole hierarchy by indentation (湖州 表01): only its 类 are compared, a 款 repeating its 类 name included', () => {
    const names = ['一般公共服务支出', '财政事务', '行政运行', '其他支出', '其他支出', '其他支出'];
    const values = [5356.01, 5356.01, 5356.01, 1482.4, 1482.4, 1482.4];
    const lines = [
      ...summary,
      ...names.map((n, i) => side(T, 'expenditure', n, b(values[i]!), i + 1)),
      side(T, 'expenditure', '本年支出合计', b(6838.41), 9),
    ];
    expect(perClass(lines)).toEqual([
      ['pass', 6838.41, 6838.41],
      ['pass', 5356.01, 5356.01],
      ['pass', 1482.4, 1482.4],
    ]);
    expect(run(lines).filter((c) => c.check === 'current_year_expenditure_equals_items').map((c) => [c.status, c.expected, c.actual])).toEqual([
      ['pass', 6838.41, 6838.41],
    ]);
    // a 类 the 收支总表 prints with another figure still fails
    const doctored = lines.map((l) => (l.table === T && l.name === '一般公共服务支出' ? { ...l, amounts: b(5350) } : l));
    expect(perClass(doctored)[1]).toEqual(['fail', 5350, 5356.01]);
  });

  test('a 类 the coded tables print only as a 项 (北京: 2299999-其他支出, no 229 row) is still an item of the 收支总表', () => {
    const lines = [
      line(E, '合计', { total: 300 }),
      line(E, '一般公共服务支出', { total: 200 }, { code: '201' }),
      line(E, '行政运行', { total: 200 }, { code: '2010101' }),
      line('general_budget_expenditure', '合计', { total: 300 }),
      line('general_budget_expenditure', '其他支出', { total: 100 }, { code: '2299999' }),
      side(T, 'expenditure', '一、一般公共服务支出', b(200), 1),
      side(T, 'expenditure', '二十三、其他支出', b(100), 2),
      side(T, 'expenditure', '本年支出合计', b(300), 3),
    ];
    expect(run(lines).filter((c) => c.check === 'current_year_expenditure_equals_items').map((c) => [c.status, c.expected])).toEqual([['pass', 300]]);
  });

  test('expenditure by use (长沙 收支总表: 一、基本支出 / 二、项目支出 under 支出) is not compared 类 by 类', () => {
    const lines = [
      ...summary,
      side(T, 'expenditure', '一、基本支出', b(4000), 1),
      side(T, 'expenditure', '二、项目支出', b(2838.41), 2),
      side(T, 'expenditure', '本年支出合计', b(6838.41), 3),
    ];
    expect(perClass(lines)).toEqual([['pass', 6838.41, 6838.41]]);
  });
});

test('a 支出总表 without a 结转下年 column: the 收入总表 合计 is its 合计 plus the year-end carry-over (北京 商务局 2026)', () => {
  const T = 'income_expenditure_summary';
  const lines = [
    line('income_summary', '合计', { total: 288416.349712 }),
    line('expenditure_summary', '合计', { total: 288404.119712, basic: 288404.119712 }),
    side(T, 'expenditure', '本年支出合计', { budget: 288404.119712 }, 1),
    side(T, 'expenditure', '年终结转结余', { budget: 12.23 }, 2),
    side(T, 'expenditure', '支出总计', { budget: 288416.349712 }, 3),
  ];
  const totals = (ls: BudgetLine[]) => run(ls).filter((c) => c.check === 'income_summary_matches_expenditure_summary').map((c) => [c.status, c.actual, c.expected]);
  expect(totals(lines)).toEqual([['pass', 288416.349712, 288416.349712]]);
  // printed as a column of the 支出总表, the carry-over is inside its 合计: the two 合计 agree
  const withColumn = lines.map((l) => (l.table === 'expenditure_summary' ? { ...l, amounts: { total: 288416.349712, basic: 288404.119712, carryover_to_next_year: 12.23 } } : l));
  expect(totals(withColumn)).toEqual([['pass', 288416.349712, 288416.349712]]);
});

test('基本支出表 printing a personnel share on other 类 (长沙 302): the split is checked by its columns, not by 301/303', () => {
  const G = 'general_budget_basic_expenditure';
  const lines = [
    line(G, '合计', { total: 386.73, personnel: 356.76, public: 29.97 }),
    line(G, '工资福利支出', { total: 351.75, personnel: 351.75, public: null }, { code: '301' }),
    line(G, '商品和服务支出', { total: 34.98, personnel: 5.01, public: 29.97 }, { code: '302' }),
  ];
  const checks = run(lines);
  expect(checks.filter((c) => /301_303|other_classes/.test(c.check))).toEqual([]);
  expect(checks.filter((c) => c.check === 'hierarchy_sum').map((c) => [c.status, c.expected])).toEqual([
    ['pass', 386.73],
    ['pass', 356.76],
    ['pass', 29.97],
  ]);
  // the same table split by class: the identities apply
  const byClass = [
    line(G, '合计', { total: 386.73, personnel: 351.75, public: 34.98 }),
    line(G, '工资福利支出', { total: 351.75, personnel: 351.75, public: null }, { code: '301' }),
    line(G, '商品和服务支出', { total: 34.98, personnel: null, public: 34.98 }, { code: '302' }),
  ];
  expect(run(byClass).filter((c) => /301_303|other_classes/.test(c.check)).map((c) => c.status)).toEqual(['pass', 'pass']);
});

test('基本支出表 30231 against the 三公 公务用车运行维护费, which also counts project money (重庆 2026: 1168.70 ≤ 1228.50)', () => {
  const lines = [
    line('general_budget_basic_expenditure', '公务用车运行维护费', { total: 1168.7 }, { code: '30231' }),
    line('three_public_expenses', '公务用车运行费', { total: 1228.5 }, { item: 'vehicle_operation' }),
  ];
  const vehicle = (ls: BudgetLine[]) => run(ls).find((c) => c.check === 'vehicle_operation_matches_economic_30231')!;
  expect(vehicle(lines)).toMatchObject({ status: 'pass', message: 'general_budget_basic_expenditure 30231 total 1168.70 ≤ three_public_expenses 公务用车运行费 total 1228.50' });
  const over = lines.map((l) => (l.code === '30231' ? { ...l, amounts: { total: 1300 } } : l));
  expect(vehicle(over)).toMatchObject({ status: 'fail', difference: 71.5 });
});

test('机关运行经费 in the text is checked only where a table prints it, never against the 公用经费 (北京 信访办 2026: 1,698.15 stated, 公用经费 583.77)', () => {
  const basic = line('general_budget_basic_expenditure', '合计', { total: 7485.22, personnel: 6901.45, public: 583.77 });
  const office = (lines: BudgetLine[]) =>
    runChecks({ doc_id: DOC, lines, projects: [], narrative: ['2026年北京市信访办公室部门机关运行经费财政拨款预算1698.15万元。'] }).find((c) => c.check === 'narrative_figure_matches_table')!;
  expect(office([basic])).toMatchObject({ status: 'skipped' });
  // printed in its own table (Jiangsu's 机关运行经费支出预算表), it is compared
  const own = line('office_operation_expenditure', '合计', { total: 1698.15 });
  expect(office([basic, own])).toMatchObject({ status: 'pass', actual: 1698.15, expected: 1698.15 });
});

test('a 收支总表 without a carry-over row counts it in its fund rows (重庆 气象局 2026: 12,672.73 = 12,572.73 + 100)', () => {
  const I = 'income_expenditure_summary';
  const F = 'fiscal_appropriation_summary';
  const b = (v: number | null) => ({ budget: v });
  const lines = [
    side(I, 'income', '一、一般公共预算资金', b(12672.73), 1),
    side(I, 'income', '二、政府性基金预算资金', b(579.89), 2),
    side(F, 'income', '一、本年收入', b(12572.73), 1),
    side(F, 'income', '(一)一般公共预算资金', b(12572.73), 2, '一、本年收入'),
    side(F, 'income', '(二)政府性基金预算资金', b(null), 3, '一、本年收入'),
    side(F, 'income', '二、上年结转', b(679.89), 4),
    side(F, 'income', '(一)一般公共预算拨款', b(100), 5, '二、上年结转'),
    side(F, 'income', '(二)政府性基金预算拨款', b(579.89), 6, '二、上年结转'),
  ];
  const funds = (ls: BudgetLine[]) => run(ls).filter((c) => c.check === 'fiscal_summary_income_matches_summary_income').map((c) => [c.status, c.actual, c.expected]);
  expect(funds(lines)).toEqual([
    ['pass', 12672.73, 12672.73],
    ['pass', 579.89, 579.89],
  ]);
  // with a carry-over row of its own, the fund rows are this year's only
  const own = [...lines.map((l) => (l.name === '一、一般公共预算资金' ? { ...l, amounts: b(12572.73) } : l.name === '二、政府性基金预算资金' ? { ...l, amounts: b(null) } : l)), side(I, 'income', '上年结转结余', b(679.89), 3)];
  expect(funds(own)).toEqual([['pass', 12572.73, 12572.73]]);
});
