// 江苏省政协办公厅2018度部门预算公开表.pdf (Excel 2010, tables only): all its tables. 收支预算总表
// with expenditure by function and by use and totals merged across both blocks; the vertical
// 收入预算总表 under merged group labels; the 支出预算总表 as one unlabelled row; an empty
// 政府性基金 table; the 三公、会议费、培训费 table in one row. Figures checked against the PDF
// (pdftotext -layout and the rendered pages 1-11).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('jiangsu/江苏省政协办公厅2018度部门预算公开表.pdf', 'jiangsu-zhengxie-2018');
});

test('metadata, tables as printed (no 国有资本经营 table in 2018), all checks pass', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2018, '江苏省政协办公厅', '320000', '万元', 12]);
  expect(d.tables_found).toEqual([
    'income_expenditure_summary',
    'income_summary',
    'expenditure_summary',
    'fiscal_appropriation_summary',
    'fiscal_appropriation_expenditure',
    'fiscal_appropriation_basic_expenditure',
    'general_budget_expenditure',
    'general_budget_basic_expenditure',
    'three_public_expenses',
    'government_fund_expenditure',
    'office_operation_expenditure',
    'government_procurement',
  ]);
  expect(d.tables_missing).toEqual(['state_capital_expenditure']);
  // no 国有资本经营预算支出 title anywhere in the PDF (pdftotext), nor an unplaced table like it
  expect(d.tables_not_printed).toEqual(['state_capital_expenditure']);
  expect(d.notes).toEqual(['注：本部门无该项目']);
  expect(g.out.budget_lines.filter((l) => l.table === 'government_fund_expenditure')).toEqual([]);
  expect(failingChecks(g.out)).toEqual([]);
});

test('收支预算总表: income, expenditure by function, expenditure by use', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'income')).toEqual([
    ['一、财政拨款', { budget: 10070.48 }],
    ['1.一般公共预算', { budget: 10070.48 }],
    ['2.政府性基金预算', { budget: null }],
    ['二、财政专户管理资金', { budget: null }],
    ['三、其他资金', { budget: 80 }],
    ['当年收入小计', { budget: 10150.48 }],
    ['上年结转资金', { budget: null }],
    ['收入合计', { budget: 10150.48 }],
  ]);
  expect(rows(g.out, 'income_expenditure_summary', 'expenditure_by_use')).toEqual([
    ['一、基本支出', { budget: 5678.17 }],
    ['二、项目支出', { budget: 3314.68 }],
    ['三、单位预留机动经费', { budget: 1157.63 }],
  ]);
  const expenditure = rows(g.out, 'income_expenditure_summary', 'expenditure');
  expect(expenditure).toHaveLength(23); // 二十 classes and three totals
  expect(expenditure.filter(([, a]) => a['budget'] !== null)).toEqual([
    ['一、一般公共服务支出', { budget: 7827.46 }],
    ['八、社会保障和就业支出', { budget: 823.76 }],
    ['十八、住房保障支出', { budget: 1499.26 }],
    // printed once across both expenditure blocks: one line, the amount right of the label
    ['当年支出小计', { budget: 10150.48 }],
    ['支出合计', { budget: 10150.48 }],
  ]);
  expect(lineOf(g.out, 'income_expenditure_summary', (l) => l.name === '2.政府性基金预算').attributes).toEqual({ group: '一、财政拨款' });
});

test('收入预算总表: labels under merged group labels', () => {
  const lines = g.out.budget_lines.filter((l) => l.table === 'income_summary');
  expect(lines.map((l) => [l.attributes['group'], l.name, l.amounts['total']])).toEqual([
    [null, '收入总计', 10150.48],
    ['一般公共预算资金', '小计', 10070.48],
    ['一般公共预算资金', '公共财政拨款(补助)资金', 10070.48],
    ['一般公共预算资金', '专项收入', null],
    ['政府性基金', '小计', null],
    ['财政专户管理资金', '小计', null],
    ['财政专户管理资金', '专户管理教育收费', null],
    ['财政专户管理资金', '其他非税收入', null],
    ['其他资金', '小计', 80],
    ['其他资金', '事业收入', null],
    ['其他资金', '经营收入', null],
    ['其他资金', '其他收入', 80],
    ['其他资金', '债务资金(银行贷款)', null],
    ['上年结转和结余资金', '小计', null],
    ['上年结转和结余资金', '其中：动用上年结转和结余资金', null],
  ]);
});

test('支出预算总表: one unlabelled row is one line named 合计', () => {
  expect(rows(g.out, 'expenditure_summary')).toEqual([
    ['合计', { total: 10150.48, basic: 5678.17, project: 3314.68, reserved: 1157.63, carryover_to_next_year: null }],
  ]);
});

test('财政拨款收支预算总表: expenditure printed by use only', () => {
  expect(rows(g.out, 'fiscal_appropriation_summary', 'income')).toEqual([
    ['一、一般公共预算', { budget: 10070.48 }],
    ['二、政府性基金预算', { budget: null }],
    ['收入合计', { budget: 10070.48 }],
  ]);
  expect(rows(g.out, 'fiscal_appropriation_summary', 'expenditure_by_use')).toEqual([
    ['一、基本支出', { budget: 5598.17 }],
    ['二、项目支出', { budget: 3314.68 }],
    ['三、单位预留机动经费', { budget: 1157.63 }],
    ['支出合计', { budget: 10070.48 }],
  ]);
});

test('功能科目代码 / 科目编码 tables with one 金额 column', () => {
  for (const t of ['fiscal_appropriation_expenditure', 'general_budget_expenditure'] as const) {
    expect(rows(g.out, t).slice(0, 3)).toEqual([
      ['合计', { total: 10070.48 }],
      ['一般公共服务支出', { total: 7747.46 }],
      ['政协事务', { total: 7747.46 }],
    ]);
  }
  for (const t of ['fiscal_appropriation_basic_expenditure', 'general_budget_basic_expenditure'] as const) {
    expect(lineOf(g.out, t, (l) => l.name === '合计').amounts).toEqual({ total: 5598.17 });
    expect(lineOf(g.out, t, (l) => l.code === '30231').amounts).toEqual({ total: 156.6 });
  }
  expect(rows(g.out, 'office_operation_expenditure').slice(0, 2)).toEqual([
    ['合计', { total: 1115.85 }],
    ['商品和服务支出', { total: 1115.85 }],
  ]);
});

test('三公、会议费、培训费 in one row: items, 合计 is grand_total', () => {
  expect(threePublic(g.out)).toEqual([
    ['grand_total', '合计', 1656.86],
    ['three_public_total', '“三公”经费小计', 675.1],
    ['overseas_travel', '因公出国（境）费', 106],
    ['vehicle_total', '公务用车购置及运行维护费小计', 156.6],
    ['vehicle_purchase', '公务用车购置费', null],
    ['vehicle_operation', '公务用车运行维护费', 156.6],
    ['reception', '公务接待费', 412.5],
    ['meeting', '会议费', 884.16],
    ['training', '培训费', 97.6],
  ]);
});

test('政府采购预算表: 总计 is the total (its other columns are not catalogued yet)', () => {
  expect(lineOf(g.out, 'government_procurement', (l) => l.name === '合计').amounts).toEqual({ total: 1281.76 });
});
