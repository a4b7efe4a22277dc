// 上海市普陀区司法局2026年部门预算.pdf (WPS 表格): all nine tables, in 元 except the 三公 table
// (万元); split 类|款|项 code columns; two empty tables printed with a 无 row and a note;
// 三公 printed in one row with 机关运行经费. Figures checked against the PDF (pdftotext -layout, pages 10-21).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('shanghai/上海市普陀区司法局2026年部门预算.pdf', 'shanghai-sifaju-2026');
});

test('metadata, all nine tables, both empty tables found with their notes', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2026, '上海市普陀区司法局', '310107', '元', 23]);
  expect(d.tables_found).toEqual([
    'income_expenditure_summary',
    'income_summary',
    'expenditure_summary',
    'fiscal_appropriation_summary',
    'general_budget_expenditure',
    'government_fund_expenditure',
    'state_capital_expenditure',
    'general_budget_basic_expenditure',
    'three_public_expenses',
  ]);
  expect(d.tables_missing).toEqual([]);
  expect(d.tables_not_printed).toEqual([]);
  expect(d.notes).toEqual([
    '注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。',
    '注:本部门2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。',
  ]);
  expect(g.out.budget_lines.filter((l) => l.table === 'government_fund_expenditure' || l.table === 'state_capital_expenditure')).toEqual([]);
  expect(failingChecks(g.out)).toEqual([]);
});

test('部门财务收支预算总表: 本年收入 / 本年支出 sides, 元 → 万元, parts of 一、财政拨款收入 grouped', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'income')).toEqual([
    ['一、财政拨款收入', { budget: 9628.221344 }],
    ['1.一般公共预算', { budget: 9628.221344 }],
    ['2.政府性基金预算', { budget: 0 }],
    ['3.国有资本经营预算', { budget: 0 }],
    ['二、事业收入', { budget: 0 }],
    ['三、事业单位经营收入', { budget: 0 }],
    ['四、其他收入', { budget: 0 }],
    ['收入总计', { budget: 9628.221344 }],
  ]);
  expect(rows(g.out, 'income_expenditure_summary', 'expenditure')).toEqual([
    ['一、公共安全支出', { budget: 8726.727244 }],
    ['二、社会保障和就业支出', { budget: 334.3704 }],
    ['三、卫生健康支出', { budget: 114.9678 }],
    ['四、住房保障支出', { budget: 452.1559 }],
    ['支出总计', { budget: 9628.221344 }],
  ]);
  const part = lineOf(g.out, 'income_expenditure_summary', (l) => l.name === '1.一般公共预算');
  expect(part.attributes).toEqual({ group: '一、财政拨款收入' });
  expect(part.source_unit).toBe('元');
});

test('收入预算总表 and 支出预算总表: 类 | 款 | 项 columns joined into codes', () => {
  const income = lineOf(g.out, 'income_summary', (l) => l.code === '2040601');
  expect([income.name, income.level, income.amounts]).toEqual([
    '行政运行',
    3,
    { total: 1672.672544, fiscal_appropriation: 1672.672544, business_income: 0, operating_income: 0, other_income: 0 },
  ]);
  expect(g.out.budget_lines.filter((l) => l.table === 'income_summary').map((l) => l.code)).toEqual([
    '204', '20406', '2040601', '2040604', '2040605', '2040607', '2040613', '2040699',
    '208', '20805', '2080501', '2080505', '2080506', '2080599', '210', '21011', '2101101', '221', '22102', '2210201', '2210203', null,
  ]);
  expect(lineOf(g.out, 'expenditure_summary', (l) => l.name === '合计').amounts).toEqual({ total: 9628.221344, basic: 2574.166644, project: 7054.0547 });
});

test('财政拨款收支预算总表: 财政拨款收入 / 财政拨款支出 sides, expenditure by fund', () => {
  expect(rows(g.out, 'fiscal_appropriation_summary', 'income')).toEqual([
    ['一、一般公共预算', { budget: 9628.221344 }],
    ['二、政府性基金预算', { budget: 0 }],
    ['三、国有资本经营预算', { budget: 0 }],
    ['收入总计', { budget: 9628.221344 }],
  ]);
  expect(lineOf(g.out, 'fiscal_appropriation_summary', (l) => l.name === '支出总计').amounts).toEqual({
    total: 9628.221344,
    general_public_budget: 9628.221344,
    government_fund: null,
    state_capital: null,
  });
});

test('一般公共预算 tables', () => {
  expect(lineOf(g.out, 'general_budget_expenditure', (l) => l.name === '合计').amounts).toEqual({ total: 9628.221344, basic: 2574.166644, project: 7054.0547 });
  expect(lineOf(g.out, 'general_budget_basic_expenditure', (l) => l.name === '合计').amounts).toEqual({ total: 2574.166644, personnel: 2356.3342, public: 217.832444 });
  expect(lineOf(g.out, 'general_budget_basic_expenditure', (l) => l.code === '30231').amounts).toEqual({ total: 9.975, personnel: 0, public: 9.975 });
});

test('三公 and 机关运行经费 in one row (万元): one line per item', () => {
  expect(threePublic(g.out)).toEqual([
    ['three_public_total', '“三公”经费预算数合计', 10.81],
    ['overseas_travel', '因公出国(境)费', 0],
    ['reception', '公务接待费', 0.83],
    ['vehicle_total', '公务用车购置及运行费小计', 9.98],
    ['vehicle_purchase', '购置费', 0],
    ['vehicle_operation', '运行费', 9.98],
    ['office_operation', '机关运行经费预算数', 217.83],
  ]);
  expect(new Set(g.out.budget_lines.filter((l) => l.table === 'three_public_expenses').map((l) => l.source_unit))).toEqual(new Set(['万元']));
});

test('a key project described in prose (p. 23 人民调解项目经费情况说明): budget 795万元, purpose and goals, not summed', () => {
  const prose = g.out.projects.filter((p) => p.printed_as === 'prose');
  expect(prose.map((p) => [p.project_name, p.project_code, p.budget])).toEqual([['人民调解项目经费', null, 795]]);
  expect(prose[0]!.purpose).toMatch(/^人民调解承担着化解社会矛盾、维护社会稳定的责任/);
  expect(prose[0]!.goals).toEqual([
    '通过政府购买区人民调解协会服务工作模式，完善人民调解经费保障体系，满足人民调解员专业化、职业化建设的发展需要，从而推动人民调解工作规范化、专业化、社会化发展。',
  ]);
  expect(prose[0]!.provenance).toMatchObject({ page: 23 });
  // a selection of projects is no total: the projects' sum check does not count it
  expect(g.out.checks.filter((c) => c.check === 'projects_sum_matches_project_expenditure').map((c) => c.status)).toEqual(['skipped']);
});
