// 上海市普陀区人民政府万里街道办事处24年预算.pdf (WPS Office): Shanghai's template in 元 with
// thousands separators, tables over several pages, 款 printed without its leading zero
// (301 | 2 津贴补贴), empty 政府性基金 / 国有资本 tables, and a 三公 table printed with figures
// under a note saying it is empty. Figures checked against the PDF (pdftotext -layout, pages 10-31).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf', 'shanghai-wanli-2024');
});

test('metadata, nine tables, all checks pass', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2024, '上海市普陀区人民政府万里街道办事处', '310107', '元', 33]);
  expect(d.tables_missing).toEqual([]);
  expect(d.tables_found).toHaveLength(9);
  expect(failingChecks(g.out)).toEqual([]);
});

test('部门财务收支预算总表 (元 with thousands separators)', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'income')).toEqual([
    ['一、财政拨款收入', { budget: 15621.1123 }],
    ['1.一般公共预算资金', { budget: 15621.1123 }],
    ['2.政府性基金', { budget: null }],
    ['3.国有资本经营预算', { budget: null }],
    ['二、事业收入', { budget: null }],
    ['三、事业单位经营收入', { budget: null }],
    ['四、其他收入', { budget: null }],
    ['收入总计', { budget: 15621.1123 }],
  ]);
  const expenditure = rows(g.out, 'income_expenditure_summary', 'expenditure');
  expect(expenditure).toHaveLength(10);
  expect(expenditure[7]).toEqual(['八、城乡社区支出', { budget: 11938.5303 }]);
  expect(expenditure[9]).toEqual(['支出总计', { budget: 15621.1123 }]);
});

test('收入 / 支出预算总表 over five pages: 67 coded lines and 合计', () => {
  for (const t of ['income_summary', 'expenditure_summary'] as const) {
    expect(g.out.budget_lines.filter((l) => l.table === t && l.code !== null)).toHaveLength(66);
  }
  expect(lineOf(g.out, 'income_summary', (l) => l.name === '合计').amounts['total']).toBe(15621.1123);
  expect(lineOf(g.out, 'expenditure_summary', (l) => l.name === '合计').amounts).toEqual({ total: 15621.1123, basic: 9970.602, project: 5650.5103 });
  expect(lineOf(g.out, 'expenditure_summary', (l) => l.code === '2120101').amounts).toEqual({ total: 1660.3248, basic: 1635.3248, project: 25 });
});

test('基本支出表: 款 printed as 2 and 7 joins to 30102 and 30107', () => {
  expect(lineOf(g.out, 'general_budget_basic_expenditure', (l) => l.code === '30102').name).toBe('津贴补贴');
  expect(lineOf(g.out, 'general_budget_basic_expenditure', (l) => l.code === '30107').amounts).toEqual({ total: 1144.71, personnel: 1144.71, public: 0 });
});

test('三公 and 机关运行经费 (万元), figures printed although the note calls the table empty', () => {
  expect(threePublic(g.out)).toEqual([
    ['three_public_total', '2024年“三公”经费预算数合计', 47.91],
    ['overseas_travel', '因公出国(境)费', 0],
    ['reception', '公务接待费', 1.35],
    ['vehicle_total', '公务用车购置及运行费小计', 46.56],
    ['vehicle_purchase', '购置费', 25],
    ['vehicle_operation', '运行费', 21.56],
    ['office_operation', '2024年机关运行经费预算数', 443.18],
  ]);
  expect(g.out.document.notes).toContain('注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。');
});
