// 江苏省人大办公厅2017年度预算公开.pdf (WPS Office, narrative and tables): Jiangsu's template,
// tables broken across pages; in the 收入预算总表 the group labels 财政专户管理资金 and 其他资金
// cover only part of their rows (the rest printed as separate blank cells). Figures checked
// against the PDF (pdftotext -layout and the rendered pages 7-20).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('jiangsu/江苏省人大办公厅2017年度预算公开.pdf', 'jiangsu-renda-2017');
});

test('metadata and tables; every check passes', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2017, '江苏省人大常委会办公厅', '320000', '万元', 31]);
  expect(d.tables_missing).toEqual(['state_capital_expenditure']);
  // no 国有资本经营预算支出 title anywhere in the PDF (pdftotext), nor an unplaced table like it
  expect(d.tables_not_printed).toEqual(['state_capital_expenditure']);
  expect(failingChecks(g.out)).toEqual([]);
});

test('收支预算总表', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'income').filter(([, a]) => a['budget'] !== null)).toEqual([
    ['一、财政拨款', { budget: 13649.07 }],
    ['1.一般公共预算', { budget: 13649.07 }],
    ['当年收入小计', { budget: 13649.07 }],
    ['收入合计', { budget: 13649.07 }],
  ]);
  expect(rows(g.out, 'income_expenditure_summary', 'expenditure_by_use')).toEqual([
    ['一、基本支出', { budget: 7666.68 }],
    ['二、项目支出', { budget: 5853.96 }],
    ['三、单位预留机动经费', { budget: 128.43 }],
  ]);
  expect(lineOf(g.out, 'income_expenditure_summary', (l) => l.name === '当年支出小计').amounts).toEqual({ budget: 13649.07 });
});

test('收入预算总表: a blank group cell continues the group above', () => {
  const groups = g.out.budget_lines.filter((l) => l.table === 'income_summary').map((l) => [l.attributes['group'], l.name]);
  expect(groups.slice(5, 13)).toEqual([
    ['财政专户管理资金', '小计'],
    ['财政专户管理资金', '专户管理教育收费'],
    ['财政专户管理资金', '其他非税收入'],
    ['其他资金', '小计'],
    ['其他资金', '事业收入'],
    ['其他资金', '经营收入'],
    ['其他资金', '其他收入'],
    ['其他资金', '债务资金(银行贷款)'],
  ]);
});

test('支出预算总表 and 三公、会议费、培训费', () => {
  expect(rows(g.out, 'expenditure_summary')).toEqual([
    ['合计', { total: 13649.07, basic: 7666.68, project: 5853.96, reserved: 128.43, carryover_to_next_year: null }],
  ]);
  expect(threePublic(g.out).map(([item, , v]) => [item, v])).toEqual([
    ['grand_total', 2542.6],
    ['three_public_total', 833.6],
    ['overseas_travel', 222.5],
    ['vehicle_total', 183.6],
    ['vehicle_purchase', 0],
    ['vehicle_operation', 183.6],
    ['reception', 427.5],
    ['meeting', 1305.25],
    ['training', 403.75],
  ]);
});
