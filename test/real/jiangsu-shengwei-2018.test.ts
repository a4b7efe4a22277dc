// 江苏省委办公厅2018年度部门预算公开表.pdf (Acrobat Distiller, tables only): Jiangsu's template
// with thousands separators; 中共 before the department name. Figures checked against the PDF
// (pdftotext -layout and the rendered pages 3-13).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('jiangsu/江苏省委办公厅2018年度部门预算公开表.pdf', 'jiangsu-shengwei-2018');
});

test('metadata, tables, all checks pass', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2018, '中共江苏省委办公厅', '320000', '万元', 15]);
  expect(d.tables_missing).toEqual(['state_capital_expenditure']);
  // no 国有资本经营预算支出 title anywhere in the PDF (pdftotext), nor an unplaced table like it
  expect(d.tables_not_printed).toEqual(['state_capital_expenditure']);
  expect(failingChecks(g.out)).toEqual([]);
});

test('收支预算总表: both expenditure blocks', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'expenditure').filter(([, a]) => a['budget'] !== null)).toEqual([
    ['一、一般公共服务支出', { budget: 20153.75 }],
    ['八、社会保障和就业支出', { budget: 1289.52 }],
    ['十八、住房保障支出', { budget: 3015.16 }],
    ['当年支出小计', { budget: 24458.43 }],
    ['支出合计', { budget: 24458.43 }],
  ]);
  expect(rows(g.out, 'income_expenditure_summary', 'expenditure_by_use')).toEqual([
    ['一、基本支出', { budget: 10403.11 }],
    ['二、项目支出', { budget: 12081.46 }],
    ['三、单位预留机动经费', { budget: 1973.86 }],
  ]);
});

test('收入预算总表 and 支出预算总表', () => {
  expect(lineOf(g.out, 'income_summary', (l) => l.name === '收入总计').amounts).toEqual({ total: 24458.43 });
  expect(lineOf(g.out, 'income_summary', (l) => l.name === '公共财政拨款(补助)资金').attributes).toEqual({ group: '一般公共预算资金' });
  expect(rows(g.out, 'expenditure_summary')).toEqual([
    ['合计', { total: 24458.43, basic: 10403.11, project: 12081.46, reserved: 1973.86, carryover_to_next_year: null }],
  ]);
});

test('三公、会议费、培训费', () => {
  expect(threePublic(g.out).map(([item, , v]) => [item, v])).toEqual([
    ['grand_total', 1471.7],
    ['three_public_total', 508.2],
    ['overseas_travel', 70],
    ['vehicle_total', 411.2],
    ['vehicle_purchase', null],
    ['vehicle_operation', 411.2],
    ['reception', 27],
    ['meeting', 933.5],
    ['training', 30],
  ]);
});
