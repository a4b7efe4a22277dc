// Golden records of the seed document (samples/qinglong-2024.docx), checked by hand
// against ../shared/seeds/000_c31f8c30d2e8c20d.txt.
import type { BudgetLine, TableId } from '../../src/schema/records.js';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import { runSample } from '../helpers/sample.js';

let out: DocumentOutput;
beforeAll(async () => {
  out = await runSample();
});

const lines = (table: TableId, side: BudgetLine['side'] = null) =>
  out.budget_lines.filter((l) => l.table === table && (side === null || l.side === side));
const line = (table: TableId, pred: (l: BudgetLine) => boolean) => {
  const found = lines(table).filter(pred);
  expect(found).toHaveLength(1);
  return found[0]!;
};

test('document metadata', () => {
  const d = out.document;
  expect(d.format).toBe('docx');
  expect(d.disclosure_kind).toBe('department_budget');
  expect(d.fiscal_year).toBe(2024);
  expect(d.department_code).toBe('430');
  expect(d.department_name).toBe('青龙满族自治县机关事务服务中心');
  expect(d.region_code).toBe('130321');
  expect(d.metadata_sources.region_code).toBe('project_code');
  expect(d.unit).toBe('万元');
  expect(d.pages).toBeNull();
  expect(d.tables_missing).toEqual([]);
  expect(d.tables_found).toEqual([
    'income_expenditure_summary',
    'income_summary',
    'expenditure_summary',
    'fiscal_appropriation_summary',
    'general_budget_expenditure',
    'general_budget_basic_expenditure',
    'government_fund_expenditure',
    'state_capital_expenditure',
    'three_public_expenses',
    'project_performance',
    'government_procurement',
    'fixed_assets',
  ]);
  expect(d.notes).toContain('注：无国有资本经营预算财政拨款预算，空表列示。');
});

test('line counts per table', () => {
  const counts: Record<string, number> = {};
  for (const l of out.budget_lines) counts[l.table] = (counts[l.table] ?? 0) + 1;
  expect(counts).toEqual({
    income_expenditure_summary: 42, // 8 income + 34 expenditure
    income_summary: 22,
    expenditure_summary: 22,
    fiscal_appropriation_summary: 43, // 9 income + 34 expenditure
    general_budget_expenditure: 19,
    general_budget_basic_expenditure: 22,
    government_fund_expenditure: 4,
    three_public_expenses: 8,
    government_procurement: 6,
    fixed_assets: 6,
  });
  expect(lines('income_expenditure_summary', 'income')).toHaveLength(8);
  expect(lines('fiscal_appropriation_summary', 'income')).toHaveLength(9);
});

test('部门预算收入总表: 22 lines with their exact amounts', () => {
  const t = lines('income_summary');
  expect(t.map((l) => [l.code, l.name, l.amounts.total, l.amounts.current_year_subtotal, l.amounts.fiscal_appropriation, l.amounts.prior_year_carryover])).toEqual([
    [null, '合计', 1630.3, 1238.81, 1238.81, 391.49],
    ['201', '一般公共服务支出', 1354.98, 963.49, 963.49, 391.49],
    ['20103', '政府办公厅（室）及相关机构事务', 1354.98, 963.49, 963.49, 391.49],
    ['2010303', '机关服务', 1352.3, 963.49, 963.49, 388.81],
    ['2010305', '专项业务及机关事务管理', 2.57, null, null, 2.57],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', 0.11, null, null, 0.11],
    ['208', '社会保障和就业支出', 38.79, 38.79, 38.79, null],
    ['20805', '行政事业单位养老支出', 38.79, 38.79, 38.79, null],
    ['2080502', '事业单位离退休', 7.75, 7.75, 7.75, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', 31.04, 31.04, 31.04, null],
    ['210', '卫生健康支出', 16.61, 16.61, 16.61, null],
    ['21011', '行政事业单位医疗', 16.61, 16.61, 16.61, null],
    ['2101102', '事业单位医疗', 16.61, 16.61, 16.61, null],
    ['212', '城乡社区支出', 200, 200, 200, null],
    ['21208', '国有土地使用权出让收入安排的支出', 200, 200, 200, null],
    ['2120899', '其他国有土地使用权出让收入安排的支出', 200, 200, 200, null],
    ['213', '农林水支出', 4, 4, 4, null],
    ['21305', '巩固拓展脱贫攻坚成果', 4, 4, 4, null],
    ['2130599', '巩固拓展脱贫攻坚成果', 4, 4, 4, null],
    ['221', '住房保障支出', 15.92, 15.92, 15.92, null],
    ['22102', '住房改革支出', 15.92, 15.92, 15.92, null],
    ['2210201', '住房公积金', 15.92, 15.92, 15.92, null],
  ]);
  expect(t.map((l) => l.level)).toEqual([null, 1, 2, 3, 3, 3, 1, 2, 3, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]);
  // Every column of the contract is present on every line, empty cells as null.
  expect(Object.keys(t[0]!.amounts)).toEqual([
    'total', 'current_year_subtotal', 'fiscal_appropriation', 'fiscal_special_account', 'business_income',
    'operating_income', 'superior_subsidy', 'subordinate_remittance', 'other_income', 'prior_year_carryover',
  ]);
  expect(t[0]!.amounts.business_income).toBeNull();
  expect(t[0]!.is_total).toBe(true);
  expect(t.slice(1).every((l) => !l.is_total)).toBe(true);
  expect(t[3]!.provenance).toEqual({
    page: null,
    table_index: 1,
    row_index: 7,
    source_text: ['4', '2010303', '机关服务', '1352.30', '963.49', '963.49', '', '', '', '', '', '', '388.81'],
  });
});

test('部门预算收支总表: both sides, blank labels not written, carry-over and totals', () => {
  const income = lines('income_expenditure_summary', 'income');
  expect(income.map((l) => [l.name, l.amounts.budget, l.is_total])).toEqual([
    ['一、一般公共预算拨款收入', 1038.81, false],
    ['二、政府性基金预算拨款收入', 200, false],
    ['三、国有资本经营预算拨款收入', null, false],
    ['四、财政专户管理资金收入', null, false],
    ['五、单位资金', null, false],
    ['本年收入合计', 1238.81, true],
    ['上年结转结余', 391.49, false],
    ['收入总计', 1630.3, true],
  ]);
  const exp = lines('income_expenditure_summary', 'expenditure');
  expect(exp).toHaveLength(34);
  expect(exp.filter((l) => l.amounts.budget !== null).map((l) => [l.name, l.amounts.budget])).toEqual([
    ['一、一般公共服务支出', 1354.98],
    ['八、社会保障和就业支出', 38.79],
    ['十、卫生健康支出', 16.61],
    ['十二、城乡社区支出', 200],
    ['十三、农林水支出', 4],
    ['二十、住房保障支出', 15.92],
    ['本年支出合计', 1630.3],
    ['支出总计', 1630.3],
  ]);
  // Same printed row, one line per side.
  const row36 = out.budget_lines.filter((l) => l.table === 'income_expenditure_summary' && l.provenance.row_index === 36);
  expect(row36.map((l) => [l.side, l.name, l.amounts.budget])).toEqual([
    ['income', '上年结转结余', 391.49],
    ['expenditure', '年终结转结余', null],
  ]);
});

test('部门预算财政拨款收支总表: expenditure by fund, carry-over parts grouped', () => {
  const exp = lines('fiscal_appropriation_summary', 'expenditure');
  expect(line('fiscal_appropriation_summary', (l) => l.name === '十二、城乡社区支出').amounts).toEqual({
    total: 200, general_public_budget: null, government_fund: 200, state_capital: null,
  });
  expect(exp.find((l) => l.name === '本年支出合计')!.amounts).toEqual({
    total: 1630.3, general_public_budget: 1430.3, government_fund: 200, state_capital: null,
  });
  const income = lines('fiscal_appropriation_summary', 'income');
  expect(income.map((l) => [l.name, l.amounts.budget, l.attributes.group ?? null])).toEqual([
    ['一、一般公共预算拨款', 1038.81, null],
    ['二、政府性基金预算拨款', 200, null],
    ['三、国有资本经营预算拨款', null, null],
    ['本年收入合计', 1238.81, null],
    ['年初财政拨款结转和结余', 391.49, null],
    ['一、一般公共预算拨款', 391.49, '年初财政拨款结转和结余'],
    ['二、政府性基金预算拨款', null, '年初财政拨款结转和结余'],
    ['三、国有资本经营预算拨款', null, '年初财政拨款结转和结余'],
    ['收入总计', 1630.3, null],
  ]);
});

test('支出总表, 一般公共预算 and 基本支出 tables', () => {
  expect(line('expenditure_summary', (l) => l.name === '合计').amounts).toEqual({
    total: 1630.3, basic: 1294.19, project: 336.11, operating: null, remittance_to_superior: null, subsidy_to_subordinate: null,
  });
  expect(line('expenditure_summary', (l) => l.code === '2010303').amounts).toMatchObject({ total: 1352.3, basic: 1222.87, project: 129.43 });
  expect(line('general_budget_expenditure', (l) => l.name === '合计').amounts).toEqual({ total: 1430.3, basic: 1294.19, project: 136.11 });
  expect(lines('general_budget_expenditure').some((l) => l.code === '212')).toBe(false);
  const basic = lines('general_budget_basic_expenditure');
  expect(basic[0]!.amounts).toEqual({ total: 1294.19, personnel: 275.16, public: 1019.03 });
  expect(line('general_budget_basic_expenditure', (l) => l.code === '30213')).toMatchObject({
    name: '维修(护)费', level: 2, amounts: { total: 44.48, personnel: null, public: 44.48 },
  });
  expect(line('general_budget_basic_expenditure', (l) => l.code === '30231').amounts.public).toBe(1.3);
  expect(lines('government_fund_expenditure').map((l) => [l.code, l.amounts.total, l.amounts.project])).toEqual([
    [null, 200, 200], ['212', 200, 200], ['21208', 200, 200], ['2120899', 200, 200],
  ]);
  expect(lines('state_capital_expenditure')).toEqual([]);
});

test('三公 lines with their item keys', () => {
  expect(lines('three_public_expenses').map((l) => [l.item, l.name, l.amounts.total, l.amounts.general_public_budget])).toEqual([
    ['three_public_total', '“三公”经费小计', 1.3, 1.3],
    ['overseas_travel', '一、因公出国（境）费', null, null],
    ['overseas_travel_research', '其中：教学科研人员因公出国（境）费', null, null],
    ['overseas_travel_other', '其他因公出国（境）费', null, null],
    ['vehicle_total', '二、公务用车购置及运维费', 1.3, 1.3],
    ['vehicle_purchase', '其中：公务用车购置费', null, null],
    ['vehicle_operation', '公务用车运行维护费', 1.3, 1.3],
    ['reception', '三、公务接待费', null, null],
  ]);
});

test('政府采购预算 lines with their attributes', () => {
  const t = lines('government_procurement');
  expect(t.map((l) => [l.name, l.code, l.is_total, l.attributes.project_name, l.attributes.measure_unit, l.attributes.quantity])).toEqual([
    ['合计', null, true, null, null, null],
    ['青龙满族自治县机关事务服务中心本级小计', null, true, null, null, null],
    ['其他服务', 'C99000000', false, '后勤管理服务项目资金', '项', 1],
    ['物业管理服务', 'C21040000', false, '年初运转类公用经费项目', '项', 1],
    ['其他服务', 'C99000000', false, '后勤管理服务项目资金', '个', 1],
    ['其他服务', 'C99000000', false, '物业费欠款项目经费', '项', 1],
  ]);
  expect(t[0]!.amounts).toEqual({
    project_budget: null, unit_price: null, total: 772.85, general_public_budget: 635.02, government_fund: 100,
    state_capital: null, fiscal_special_account: null, unit_funds: null, prior_year_carryover: 37.83, sme_reserved: 1212.23,
  });
  expect(t[3]!.amounts).toMatchObject({ project_budget: 1005.59, unit_price: 595.02, total: 595.02, general_public_budget: 595.02, sme_reserved: 1034.4 });
  expect(t.every((l) => l.level === null)).toBe(true);
});

test('固定资产 lines with quantity and quantity unit', () => {
  expect(lines('fixed_assets').map((l) => [l.name, l.amounts.value, l.attributes.quantity, l.attributes.quantity_unit])).toEqual([
    ['资产总额', 15210.53, null, null],
    ['1、房屋（平方米）', 13822.92, 30131.41, '平方米'],
    ['其中：办公用房（平方米）', 9789.03, 22666.36, '平方米'],
    ['2、车辆（台、辆）', 15.94, 1, '台、辆'],
    ['3、单价在20万元以上的设备', 76.26, 3, null],
    ['4、其他固定资产', 1295.41, 4481, null],
  ]);
  expect(lines('fixed_assets').every((l) => l.attributes.as_of === '2023-12-31')).toBe(true);
});

test('12 projects, budgets sum to the 项目支出 total 336.11', () => {
  expect(out.projects).toHaveLength(12);
  const sum = out.projects.reduce((s, p) => s + p.budget!, 0);
  expect(Math.round(sum * 100) / 100).toBe(336.11);
  expect(out.projects.map((p) => [p.project_code, p.budget])).toEqual([
    ['13032123P003317100520', 10.17],
    ['13032123P00331710053K', 4],
    ['13032123P00331810021E', 77.83],
    ['13032123P00331910070U', 10],
    ['13032123P00331810061X', 50],
    ['13032123P003319100723', 5],
    ['13032124P00331810055Y', 10],
    ['13032123P00331910071F', 10],
    ['13032123P003318100635', 100],
    ['13032123P00331810023M', 4],
    ['13032123P003318100222', 15.11],
    ['13032123P00331810062H', 40],
  ]);
  const p = out.projects[0]!;
  expect(p).toMatchObject({
    project_name: '公车信息平台服务费',
    fiscal_funds: 10.17,
    other_funds: null,
    purpose: '项目预算10.17万元，其中财政资金10.17万元，主要用于全县公务用车信息化管理平台服务的费用。',
    spending_plan: { '3月底': 25, '6月底': 50, '10月底': 75, '12月底': 100 },
    goals: [
      '1.通过将参加公车改革单位公务用车纳入信息化管理平台，实现对公务车辆的有效监控管理。',
      '2.通过安装4G北斗定位设备，实现车辆实时监控、历史轨迹回放等省市县乡四级信息互联互通的公车管理运行监管，降低公车运行费用。',
    ],
  });
  expect(out.projects[11]!.project_name).toBe('行政办公中心、民族文化宫空调改造项目经费');
  expect(out.projects.every((p) => p.fiscal_funds === p.budget && p.goals.length === 2)).toBe(true);
});

test('indicators: counts per project, inheritance and parsed targets', () => {
  const perProject = out.projects.map((p) => out.indicators.filter((i) => i.project_code === p.project_code).length);
  expect(perProject).toEqual([9, 9, 9, 9, 9, 10, 10, 9, 10, 9, 13, 9]);
  expect(out.indicators).toHaveLength(115);
  const first = out.indicators.filter((i) => i.project_code === '13032123P003317100520');
  expect(first.map((i) => [i.level1, i.level2, i.name, i.target_text, i.operator, i.value, i.value_unit, i.basis])).toEqual([
    ['产出指标', '数量指标', '公务用车数量', '≤500台', '<=', 500, '台', '年初工作计划'],
    ['产出指标', '数量指标', '购置设备数量', '≤500台', '<=', 500, '台', '年初工作计划'],
    ['产出指标', '质量指标', '覆盖率', '≥95%', '>=', 95, '%', '年初工作计划'],
    ['产出指标', '时效指标', '车辆监控及时率', '≥95%', '>=', 95, '%', '年初工作计划'],
    ['产出指标', '成本指标', '公车车辆标识费用', '≤1万元', '<=', 1, '万元', '预算数'],
    ['产出指标', '成本指标', '服务费', '≤3万元', '<=', 3, '万元', '预算数'],
    ['产出指标', '时效指标', '完成及时率', '≥95%', '>=', 95, '%', '预算数'],
    ['效益指标', '社会效益指标', '对公车管理运行进行实时监管', '≥95%', '>=', 95, '%', '年初工作计划'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '>=', 90, '%', '抽样调查'],
  ]);
  const byName = (name: string) => out.indicators.find((i) => i.name === name)!;
  expect(byName('食堂餐费标准')).toMatchObject({ target_text: '18元/天/人', operator: '=', value: 18, value_unit: '元/天/人' });
  expect(byName('防水材料厚度')).toMatchObject({ target_text: '1.2毫米', operator: '=', value: 1.2, value_unit: '毫米' });
  expect(byName('租用房屋入住率')).toMatchObject({ operator: '=', value: 100, value_unit: '%' });
  expect(byName('服务保障持续时间')).toMatchObject({ operator: '=', value: 2, value_unit: '年' });
  expect(byName('公安司法物业面积')).toMatchObject({ operator: '>=', value: 18021, value_unit: '平方米' });
  expect(byName('视频会议终端主机数量').description).toBe('反映小鱼易连-M90、M40终端主机套数');
  // The printed leading space of " 广电视频系统优采购数量" is not part of the name.
  expect(out.indicators.some((i) => i.name === '广电视频系统优采购数量')).toBe(true);
  expect(out.indicators.every((i) => i.level1 !== null && i.level2 !== null)).toBe(true);
});

test('every record carries the document id and schema version', () => {
  const all = [out.document, ...out.budget_lines, ...out.projects, ...out.indicators, ...out.checks];
  expect(all.every((r) => r.doc_id === out.document.doc_id && r.schema_version === '1')).toBe(true);
  expect(out.document.doc_id).toMatch(/^[0-9a-f]{64}$/);
});
