// Templates of cities outside ../shared/corpus (test/fixtures/unseen, see its README), read as a
// new user would: 深圳 (units printed one by one, 三公 items across with funds under them,
// 上年结余、结转 with its numbered parts), 杭州 (基本支出 › 人员支出 | 日常公用支出), 泉州 (each
// table's title under a numbered heading of its own, a 部门整体 绩效目标表), 烟台 (two economic
// classifications side by side, the 政府采购 budget by function class), 西安 (陕西's 部门综合预算:
// a 支出总表 by source, 上年 | 当年 in the 三公 table, amounts in 元, three expenditure blocks in the
// 收支总表; its 2019 form: labels clipped to cells they overflow, units over their codes). Every figure below is
// read off pdftotext -layout of the file.
import { readFileSync } from 'node:fs';
import { processDocument } from '../../src/pipeline/process.js';
import { runChecks } from '../../src/validate/checks/index.js';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import type { BudgetLine, CheckRecord } from '../../src/schema/records.js';

async function read(name: string): Promise<DocumentOutput> {
  const file = `test/fixtures/unseen/${name}`;
  const r = await processDocument({ bytes: new Uint8Array(readFileSync(file)), source: file });
  if (r.kind !== 'document') throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.output;
}

/** The document read once for the tests of a describe block. */
function reading(name: string): () => DocumentOutput {
  let out: DocumentOutput | undefined;
  beforeAll(async () => {
    out = await read(name);
  }, 180_000);
  return () => out!;
}

const row = (lines: BudgetLine[], table: string, name: string, unit?: string): BudgetLine | undefined =>
  lines.find((l) => l.table === table && l.name === name && (unit === undefined || l.attributes['unit_name'] === unit));
const failing = (checks: CheckRecord[]) => checks.filter((c) => c.status === 'fail').map((c) => `${c.check}: ${c.message}`);

describe('深圳市信访局 2026 (pp. 12–31)', () => {
  const doc = reading('shenzhen-xinfang-2026.pdf');

  test('every mandated table it prints found, every column mapped, every check passes', () => {
    // 深圳 prints its 一般公共预算支出表 by function and by economic class, and no 基本支出 one
    expect([doc().document.tables_missing, doc().document.tables_not_printed]).toEqual([['general_budget_basic_expenditure'], ['general_budget_basic_expenditure']]);
    expect(doc().document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN' || w.code === 'COLUMN_KEY_REPEATED')).toEqual([]);
    expect(failing(doc().checks)).toEqual([]);
  });

  test('收支总表: 收入总计 4,684.30 = 本年收入合计 4,676.96 + 上年结余、结转 7.34 (its parts 1. and 2. not counted again)', () => {
    const tail = doc().checks.filter((c) => c.check === 'income_grand_total_equals_current_plus_carryover' && c.status !== 'skipped');
    expect(tail.map((c) => [c.table, c.status, c.expected, c.actual])).toEqual([
      ['income_expenditure_summary', 'pass', 4684.3, 4684.3],
      ['fiscal_appropriation_summary', 'pass', 4684.3, 4684.3],
    ]);
  });

  test('第七部分 重点项目预算绩效情况说明: 二级预算单位名称 | 一级项目名称 | 预算数（万元） | 绩效目标, a list of key projects under no title', () => {
    const p = doc().projects.find((x) => x.project_name === '社工服务项目');
    expect([p?.budget, p?.unit_name, p?.goals[0]?.startsWith('通过预算投入，采购大厅纠纷调解社工23名')]).toEqual([498.82, '深圳市信访局', true]);
  });

  test('收入总表: 上年结余、结转 is the carry-over column (7.34)', () => {
    expect(row(doc().budget_lines, 'income_summary', '深圳市信访局')?.amounts).toMatchObject({ total: 4684.3, general_public_budget: 4676.96, prior_year_carryover: 7.34 });
  });

  test('支出总表: 预算单位 names the unit; 2026年政府采购项目 › 小计 and its two 其中 columns', () => {
    const unit = row(doc().budget_lines, 'expenditure_summary', '深圳市信访局');
    expect([unit?.is_total, unit?.amounts]).toEqual([true, expect.objectContaining({ total: 4684.3, basic: 3072.01, project: 1612.29, procurement: 1100.3, sme_reserved: 156.69, small_micro_reserved: 0 })]);
    const item = doc().budget_lines.find((l) => l.table === 'expenditure_summary' && l.code === '2014004');
    expect([item?.name, item?.attributes['unit_name'], item?.amounts['procurement'], item?.amounts['sme_reserved']]).toEqual(['信访业务', '深圳市信访局', 947.95, 7.34]);
  });

  test('三公 (表9): items across, each with its funds under it, the years down the side', () => {
    const three = doc().budget_lines.filter((l) => l.table === 'three_public_expenses');
    expect(three.map((l) => [l.item, l.amounts['general_public_budget'], l.amounts['last_year_total_general_public_budget'], l.amounts['change_general_public_budget']])).toEqual([
      ['three_public_total', 5.58, 5.58, 0],
      ['overseas_travel', 0, 0, 0],
      ['reception', 2.98, 2.98, 0],
      ['vehicle_total', 2.6, 2.6, 0],
      ['vehicle_purchase', 0, 0, 0],
      ['vehicle_operation', 2.6, 2.6, 0],
    ]);
  });
});

describe('深圳市人力资源和社会保障局 2026: 支出总表 printed unit by unit (pp. 61–)', () => {
  const doc = reading('shenzhen-renshe-2026.pdf');

  test("each unit's rows add up under the unit's row, across page breaks", () => {
    const exam = row(doc().budget_lines, 'expenditure_summary', '深圳市考试院');
    expect([exam?.is_total, exam?.amounts['total'], exam?.amounts['basic'], exam?.amounts['project']]).toEqual([true, 15368.5, 2401.78, 12966.72]);
    const education = doc().budget_lines.find((l) => l.table === 'expenditure_summary' && l.code === '205' && l.attributes['unit_name'] === '深圳市考试院');
    expect(education?.amounts['total']).toBe(0.5);
    const hierarchy = doc().checks.filter((c) => c.check === 'hierarchy_sum');
    expect(hierarchy.length).toBeGreaterThan(100);
    expect(hierarchy.filter((c) => c.status === 'fail')).toEqual([]);
  });

  test("the 收支总表's 一、教育支出 113,716.97 is the sum of the units' 205 rows", () => {
    const education = doc().checks.find((c) => c.check === 'summary_expenditure_matches_expenditure_summary' && c.expected === 113716.97);
    expect(education?.status).toBe('pass');
    expect(education?.actual).toBeCloseTo(113716.97, 1);
    expect(doc().checks.filter((c) => c.check === 'summary_expenditure_matches_expenditure_summary' && c.status === 'fail')).toEqual([]);
  });

  test("a unit's figure in the 说明 (深圳市社会保险基金管理局龙华分局部门预算收入5,127.91万元, p. 24) is the unit's, not the department's 571,347.93; every check passes", () => {
    expect(doc().figures.find((f) => f.amount === 5127.91)?.label).toBe('income_total');
    expect(doc().checks.filter((c) => c.check === 'narrative_figure_matches_table' && c.actual === 5127.91)).toEqual([]);
    expect(failing(doc().checks)).toEqual([]);
  });
});

test('杭州市气象局 2026 支出预算总表: 基本支出 › 人员支出 | 日常公用支出 (合计 5,876.67 = 2,906.80 + 838.27 + 2,131.61); every check passes', async () => {
  const out = await read('hangzhou-qixiang-2026.pdf');
  expect(row(out.budget_lines, 'expenditure_summary', '合计')?.amounts).toMatchObject({ total: 5876.67, personnel: 2906.8, public: 838.27, project: 2131.61 });
  expect(out.budget_lines.find((l) => l.table === 'expenditure_summary' && l.name === '行政运行')?.amounts).toMatchObject({ total: 2617.19, personnel: 1907.01, public: 710.18 });
  expect(out.document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
  expect(failing(out.checks)).toEqual([]);
}, 120_000);

test('泉州市人民政府办公室 2026: titles under their numbered headings, the 部门整体 targets apart from the projects', async () => {
  const out = await read('quanzhou-zhengfu-2026.pdf');
  expect(out.document.tables_missing).toEqual([]);
  expect(out.tables.filter((t) => t.table === 'income_expenditure_summary').map((t) => [t.title, t.pages])).toEqual([['一、收支预算总表2026年度收支预算总表', [13]]]);
  expect(out.projects.map((p) => [p.project_name, p.budget, p.department_wide ?? false])).toEqual([
    ['市级机关保留公务用车委托管理费项目', 1778.31, false],
    ['市行政中心保安服务项目', 4200, false],
    ['市行政中心钢结构修缮项目', 121.6, false],
    ['96196电梯应急处置服务平台项目', 57, false],
    ['话务场地租赁费用项目', 175.09, false],
    ['“泉州政务”新媒体号运营资金项目', 85.5, false],
    ['泉州城市形象专题宣传经费项目', 47.5, false],
    ['驻沪办房屋修缮经费项目', 28.5, false],
    ['泉州市人民政府办公室', 8200.95, true],
  ]);
  // the eight projects' 6,493.50 within the 项目支出 9,269.43; the department's 8,200.95 is not a project
  const sum = out.checks.find((c) => c.check === 'projects_sum_matches_project_expenditure');
  expect([sum?.status, sum?.actual, sum?.expected]).toEqual(['pass', 9269.43, 6493.5]);
  expect(failing(out.checks)).toEqual([]);
}, 120_000);

describe('烟台市民政局 2026: 部门 and 政府 economic classes side by side; 政府采购 by function class', () => {
  const doc = reading('yantai-minzheng-2026.pdf');

  test('项目资金 › 年度预算资金总额： (pp. 34–53): twenty projects adding up to the 项目支出 2,385.28; the 专项资金绩效目标表 (p. 33: 专项资金名称 | 惠民殡葬补助资金, 年度预算资金（万元） | 2149.09) a fund it administers, outside that sum', () => {
    const fund = doc().projects.filter((p) => p.special_fund);
    expect(fund.map((p) => [p.project_name, p.budget])).toEqual([['惠民殡葬补助资金', 2149.09]]);
    expect(doc().projects.find((p) => p.project_name === '民政业务工作经费')).toMatchObject({ budget: 176, fiscal_funds: 174 });
    expect(doc().projects.filter((p) => !p.special_fund)).toHaveLength(20);
    const sum = doc().checks.find((c) => c.check === 'projects_sum_matches_project_expenditure');
    expect([sum?.status, sum?.expected, sum?.actual]).toEqual(['pass', 2385.28, 2385.28]);
  });

  test('301 工资福利支出 printed under 501 and again under 505, each with its own rows', () => {
    const basic = doc().budget_lines.filter((l) => l.table === 'general_budget_basic_expenditure' && l.code === '301');
    expect(basic.map((l) => [l.attributes['government_economic_code'], l.attributes['government_economic_name'], l.amounts['total']])).toEqual([
      ['501', '机关工资福利支出', 767.54],
      ['505', '对事业单位经常性补助', 1708.95],
    ]);
    const wage = doc().budget_lines.find((l) => l.table === 'general_budget_basic_expenditure' && l.code === '30101' && l.attributes['government_economic_code'] === '50501');
    expect([wage?.name, wage?.attributes['government_economic_name'], wage?.amounts['total']]).toEqual(['基本工资', '工资福利支出', 478.49]);
    expect(doc().checks.filter((c) => c.check === 'hierarchy_sum' && c.status === 'fail')).toEqual([]);
  });

  test('政府采购预算表 by 类/款/项: 合计 623.63 = 208 49.75 + 229 573.88, the 款 and 项 rows under them', () => {
    const procurement = doc().budget_lines.filter((l) => l.table === 'government_procurement');
    expect(procurement.map((l) => [l.code, l.amounts['total']])).toEqual([
      [null, 623.63],
      ['208', 49.75],
      ['20802', 9.44],
      ['2080201', 9.44],
      ['20810', 1.6],
      ['2081001', 1.6],
      ['20820', 38.71],
      ['2082002', 38.71],
      ['229', 573.88],
      ['22960', 573.88],
      ['2296002', 573.88],
    ]);
    const total = doc().checks.filter((c) => c.check === 'procurement_subtotals_sum' && c.status === 'pass').map((c) => c.actual);
    expect(total).toContain(623.63);
  });

  test('the only failing check is the source\'s own: 基本支出预算情况表 302 11 差旅费 财政拨款 › 小计 4.50 beside 一般公共预算 5.50', () => {
    expect(doc().document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
    expect(doc().checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.table, c.expected, c.actual])).toEqual([
      ['row_total_equals_components', 'basic_expenditure', 5.5, 4.5],
    ]);
  });
});

describe('西安市信访局 2026 (陕西 部门综合预算, amounts in 元)', () => {
  const doc = reading('xian-xinfang-2026.pdf');

  test('表3 支出总表 by source: 部门预算 › 合计 = 一般公共预算拨款 › 小计 28,384,234.71 元, 其中：专项资金列入部门预算项目 550,000.00', () => {
    expect(row(doc().budget_lines, 'expenditure_summary', '合计')?.amounts).toMatchObject({ total: 2838.423471, general_public_budget: 2838.423471, special_funds_in_projects: 55 });
    // its three rows (合计, the department, its one unit) by source; the identity by use finds no column to add,
    // and writes no skipped record where the form by source ran
    const rows = doc().checks.filter((c) => c.check === 'row_total_equals_components' && c.table === 'expenditure_summary');
    expect(rows.map((c) => c.status).sort()).toEqual(['pass', 'pass', 'pass']);
  });

  test('表13 三公: 上年 › … | 当年 › … | 增减变化情况 › …, this year\'s 小计 101,000.00 元 as the 说明 states (三公经费预算支出10.10万元), the change of each item on its line', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'three_public_expenses');
    const three = (item: string) => lines.find((l) => l.item === item)?.amounts;
    expect([three('three_public_total'), three('reception'), three('vehicle_operation'), three('training')]).toEqual([
      { last_year_total: 12, total: 10.1, change: -1.9 },
      { last_year_total: 2, total: 1, change: -1 },
      { last_year_total: 10, total: 9.1, change: -0.9 },
      { last_year_total: 12.2, total: 21.98, change: 9.78 },
    ]);
    // 9 items on each of its 3 rows (合计, 121, 121001); 合计, merged over 单位编码 | 单位名称, is no unit's code
    expect([lines.length, lines.filter((l) => l.attributes['unit_code'] === undefined).length]).toEqual([27, 9]);
    expect(doc().checks.filter((c) => c.check === 'narrative_figure_matches_table' && c.status === 'fail')).toEqual([]);
  });

  test('表12 政府采购（资产配置、购买服务）预算表: 预算金额 read, the row\'s 规格型号 and 实施采购时间 kept', () => {
    const service = doc().budget_lines.find((l) => l.table === 'government_procurement' && l.attributes['project_name'] === '物业管理服务');
    expect([service?.amounts['total'], service?.attributes['specification'], service?.attributes['procurement_time'], service?.attributes['quantity']]).toEqual([89.7, '详见合同', '2026-04-30 08:00:00', 1]);
    expect(row(doc().budget_lines, 'government_procurement', '合计')?.amounts['total']).toBe(378.65);
  });

  test('the lists of its units (序号 | 单位名称 | 拟变动情况) and of its tables (报表 | 报表名称 | 是否空表) hold no money: in tables.jsonl by kind, no warning', () => {
    const kinds = doc().tables.filter((t) => t.table === null).map((t) => [t.table_index, t.kind ?? null, t.title]);
    expect(kinds).toEqual([
      [0, 'unit_list', null],
      [2, 'table_list', null],
    ]);
    expect(doc().document.warnings.filter((w) => w.code === 'UNLOCATED_TABLE')).toEqual([]);
  });

  test('绩效目标表 (pp. 33–42): 9 projects budgeted by 实施期资金总额, the only money their 资金金额 prints; 表16 专项资金总体绩效目标表 printed blank (总体目标 | 实施期总目标 | 年度总目标 and no text) is no project', () => {
    const projects = doc().projects.map((p) => [p.project_name, p.budget]);
    expect(projects.length).toBe(10);
    expect(projects.slice(0, 2)).toEqual([
      ['接待中心安保服务', 50],
      ['接待中心人员办公事务', 24.7],
    ]);
    // 部门整体支出绩效目标表: 金额合计 | 2838.42 | 2838.42 under 总额 | 财政拨款 | 其他资金
    expect(doc().projects.find((p) => p.project_name === '西安市信访局')).toMatchObject({ budget: 2838.42, fiscal_funds: 2838.42 });
  });

  test('培训费明细表 (pp. 14–15, its header printed again over the page break): 4 trainings, 7.28 + 1.50 + 1.20 + 12.00 = 表13\'s 培训费 219,800.00 元', () => {
    expect(doc().tables.find((t) => t.title === '培训费明细表')?.table).toBe('training_details');
    const listed = doc().budget_lines.filter((l) => l.table === 'training_details');
    expect(listed.map((l) => [l.name, l.attributes['time'], l.attributes['attendance'], l.amounts['total']])).toEqual([
      ['巡察整改、党务干部培训', '不晚于2026年10月31日', 44, 7.28],
      ['人事干部培训', '不晚于2026年12月10日', 5, 1.5],
      ['党风廉政培训', '不晚于2026年11月30日', 120, 1.2],
      ['联合学院非法集资案善后工作会议', '不晚于2026年12月10日', 70, 12],
    ]);
    const check = doc().checks.find((c) => c.check === 'training_details_match_three_public');
    expect([check?.status, check?.actual, check?.expected]).toEqual(['pass', 21.98, 21.98]);
    // it prints no 会议费明细表 (its 会议费 is 0.00): that check writes nothing
    expect(doc().checks.filter((c) => c.check === 'meeting_details_match_three_public')).toEqual([]);
    // a training listed at 11.00 instead of 12.00 no longer adds up to 表13's 培训费
    const doctored = doc().budget_lines.map((l) => (l.table === 'training_details' && l.amounts['total'] === 12 ? { ...l, amounts: { total: 11 } } : l));
    const rerun = runChecks({ doc_id: 'doctored', lines: doctored, projects: [], narrative: [] }).find((c) => c.check === 'training_details_match_three_public');
    expect([rerun?.status, rerun?.actual, rerun?.expected]).toEqual(['fail', 21.98, 20.98]);
  });

  test('表9 政府性基金收支表 and 表11 财政拨款上年结转资金支出表 are tables of their own, printed empty (目录: 是否空表 是, 不涉及): found, no lines; every check passes', () => {
    const carried = doc().tables.find((t) => t.title === '部门综合预算财政拨款上年结转资金支出表');
    const fund = doc().tables.find((t) => t.title === '部门综合预算政府性基金收支表');
    expect([carried?.table, fund?.table, doc().tables.filter((t) => t.table === 'expenditure_summary').length]).toEqual(['fiscal_carryover_expenditure', 'government_fund_income_expenditure', 1]);
    expect(doc().budget_lines.filter((l) => l.table === 'fiscal_carryover_expenditure' || l.table === 'government_fund_income_expenditure')).toEqual([]);
    expect(failing(doc().checks)).toEqual([]);
  });

  test('表1 收支总表: three expenditure blocks, by function, 部门预算 and 政府预算 economic class (headed "…科目（按大类）"), each adding up to 本年支出合计 28,384,234.71 元', () => {
    expect(doc().document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
    const ies = doc().budget_lines.filter((l) => l.table === 'income_expenditure_summary');
    const at = (name: string, block?: string) => ies.find((l) => l.name === name && (block === undefined || l.attributes['block'] === block));
    const department = '部门预算支出经济分类科目（按大类）';
    const government = '政府预算支出经济分类科目（按大类）';
    // "28,384,234.71 一、部门预算" is one text item over two cells: cut at its blank, not a digit early
    expect(ies.find((l) => l.side === 'income' && l.name === '一、部门预算')?.amounts['budget']).toBe(2838.423471);
    expect([at('20、住房保障支出')?.side, at('20、住房保障支出')?.amounts['budget']]).toEqual(['expenditure', 195.477361]);
    expect([at('1、人员经费和公用经费支出', department)?.side, at('1、人员经费和公用经费支出', department)?.amounts['budget']]).toEqual(['expenditure_by_economic_class', 1932.811471]);
    // (1) under 1、: its part, not the block's item
    expect([at('(3)对个人和家庭的补助', department)?.attributes['group'], at('(3)对个人和家庭的补助', department)?.amounts['budget']]).toEqual(['1、人员经费和公用经费支出', 41.597]);
    expect(at('9、对个人和家庭的补助', government)?.amounts['budget']).toBe(126.597);
    const blocks = doc().checks.filter((c) => c.check === 'expenditure_by_economic_class_equals_current_year_expenditure' && c.table === 'income_expenditure_summary');
    expect(blocks.map((c) => [c.status, c.expected])).toEqual([
      ['pass', 2838.423471],
      ['pass', 2838.423471],
    ]);
  });
});

describe('西安市安全生产监督管理局 2019 (陕西 部门综合预算 of 2019, filed in the collection as 应急管理局 2026)', () => {
  const doc = reading('xian-anjian-2019.pdf');
  const ies = () => doc().budget_lines.filter((l) => l.table === 'income_expenditure_summary');

  test('表1: a label drawn wider than its cell and clipped to it is that cell\'s, whole (部门预算支出经济分类科目（按大类）, 1、人员经费和公用经费支出 | 2,022.39)', () => {
    const t = doc().tables.find((x) => x.table === 'income_expenditure_summary');
    expect(t?.header.at(-1)).toEqual(['项目', '预算数', '支出功能分类科目（按大类）', '预算数', '部门预算支出经济分类科目（按大类）', '预算数', '政府预算支出经济分类科目（按大类）', '预算数']);
    const at = (name: string) => ies().find((l) => l.name === name)?.amounts['budget'];
    expect([at('1、人员经费和公用经费支出'), at('(3)对个人和家庭的补助'), at('3、机关资本性支出（一）'), at('5、对事业单位经常性补助')]).toEqual([2022.39, 4.82, 104.31, 730.29]);
    expect(doc().document.warnings.filter((w) => w.code === 'NOT_A_NUMBER' && w.message.includes('table 1 '))).toEqual([]);
  });

  test('表1: 一、部门预算 prints no amount over its parts: 本年收入合计 3,643.37 = 1、财政拨款 3,643.37', () => {
    const income = doc().checks.find((c) => c.check === 'current_year_income_equals_items' && c.table === 'income_expenditure_summary');
    expect([income?.status, income?.expected, income?.actual]).toEqual(['pass', 3643.37, 3643.37]);
  });

  test('表5 by function: 125001 | 西安市安全生产监督管理局 is its unit\'s subtotal, 05 under 208 is 20805, each unit\'s tree adds up', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'general_budget_expenditure');
    const unit = lines.find((l) => l.name === '西安市安全生产监督管理局');
    expect([unit?.is_total, unit?.attributes['unit_code']]).toEqual([true, '125001']);
    expect(unit?.amounts).toMatchObject({ total: 2080.32, personnel: 972.99, public: 98.88, project: 1008.45 });
    const kuan = lines.find((l) => l.code === '20805' && l.attributes['unit_name'] === '西安市安全生产监督管理局');
    expect([kuan?.name, kuan?.amounts['total'], kuan?.amounts['personnel'], kuan?.amounts['public']]).toEqual(['行政事业单位离退休', 113.28, 81.23, 32.05]);
    const tree = doc().checks.filter((c) => c.check === 'hierarchy_sum' && c.table === 'general_budget_expenditure');
    expect(tree.length).toBeGreaterThan(20);
    expect(tree.filter((c) => c.status === 'fail')).toEqual([]);
  });

  test('表11 (p. 29): its number and title ruled inside the table above its header; two projects, no 合计, added up against 表4', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'fiscal_carryover_expenditure');
    expect(lines.map((l) => [l.name, l.amounts['total'], l.attributes['unit_code'], l.attributes['function_classification'], l.attributes['economic_classification']])).toEqual([
      ['拨付2017年度省级工业转型升级资金', 9, '125001', '2150510', '50299'],
      ['省级安全生产专项', 2.61, '125001', '2150605', '50299'],
    ]);
    // 表4 财政拨款收支总表 prints its 上年结转 blank (the 收支总表: 其中：财政拨款资金结转 11.61): the source's
    const check = doc().checks.find((c) => c.check === 'carryover_table_matches_fiscal_summary');
    expect([check?.status, check?.expected, check?.actual]).toEqual(['fail', 11.61, 0]);
  });
});

test('西安市人力资源和社会保障局 2020 表5 (pp. 33–34): the part on p. 34 prints no header; tables.jsonl gives it the columns it was read with, the header\'s on p. 33', async () => {
  const out = await read('xian-renshe-2020.pdf');
  const parts = out.tables.filter((t) => t.table === 'general_budget_expenditure');
  expect(parts.map((t) => [t.pages, t.match.by, t.header.length, t.rows[0]?.[1]])).toEqual([
    [[33], ['title'], 1, '功能科目名称'],
    [[34], ['continuation'], 0, '死亡抚恤'],
  ]);
  const keys = ['code', 'name', 'total', 'personnel', 'public', 'project', 'remark'];
  expect(parts.map((t) => t.columns?.map((c) => c?.key ?? null))).toEqual([keys, keys]);
  // 2080801 死亡抚恤 | 6000 | 0 | 0 | 6000 (万元), the p. 34 part's first row
  expect(out.budget_lines.find((l) => l.table === 'general_budget_expenditure' && l.code === '2080801')?.amounts).toMatchObject({ total: 6000, personnel: 0, public: 0, project: 6000 });
});

test('国家信访局 2026 (中央部门 template): 2025年执行数 and 扣除中央基建投资 columns of their own; a project\'s 上年结转 is no department figure', async () => {
  const out = await read('guojia-xinfang-2026.pdf');
  // 一般公共预算支出表 (p. 10), 201 一般公共服务支出
  const general = out.budget_lines.find((l) => l.table === 'general_budget_expenditure' && l.code === '201');
  expect([general?.amounts, general?.attributes]).toEqual([
    {
      last_year_actual: 33586.67,
      last_year_actual_excluding_capital_investment: 10044.47,
      total: 13144.37,
      basic: 6668.44,
      project: 6475.93,
      total_excluding_capital_investment: 13144.37,
      change: -20442.3,
      change_excluding_capital_investment: 3099.9,
    },
    { change_rate: '-60.86%', change_rate_excluding_capital_investment: '30.86%' },
  ]);
  expect(out.document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN' || w.code === 'COLUMN_KEY_REPEATED')).toEqual([]);
  // a project's text: 2026年拟安排该项目一般公共预算2,134.87万元（含上年结转750.00万元）: the project's, not the 收支总表's 上年结转 2,254.12
  expect(out.figures.find((f) => f.amount === 750)?.label).toBeNull();
  expect(failing(out.checks)).toEqual([]);
}, 120_000);

test('长沙市财政项目支出绩效评价报告 (filed in the collection as 国资委 2026年部门预算): a report on past spending, refused with its reason, its 预算批复 | 实际执行 table not read as a 项目支出表', async () => {
  const file = 'test/fixtures/unseen/changsha-guozi-evaluation-2020.pdf';
  const r = await processDocument({ bytes: new Uint8Array(readFileSync(file)), source: file });
  expect(r.kind === 'error' && [r.error.code, r.error.message.includes('绩效评价报告')]).toEqual(['NOT_A_BUDGET_DOCUMENT', true]);
}, 120_000);

test('杭州市公安局 2026 收入总表 (pp. 21–22): a row the page break cut, its amount too (12,437.3 | 6), read as one row', async () => {
  const out = await read('hangzhou-gongan-2026.pdf');
  const unit = out.budget_lines.find((l) => l.table === 'income_summary' && l.name === '杭州市机动车驾驶员考试服务中心');
  expect(unit?.amounts).toMatchObject({ total: 14549.64, current_year_subtotal: 14549.64, business_income: 12437.36, other_income: 2112.28 });
  expect(out.budget_lines.some((l) => l.name === '杭州市机动' || l.name === '车驾驶员考试服务中心')).toBe(false);
  expect(failing(out.checks)).toEqual([]);
}, 120_000);

test('西安市气象局 2022 (pp. 19–22): labels clipped to their cells read whole there, the amounts beside them kept', async () => {
  const out = await read('xian-qixiang-2022.pdf');
  // 表5: 2080506 | 机关事业单位职业年金缴费支出 runs under the 合计 column's 43608.96 (元), clipped to its own cell
  const pension = out.budget_lines.find((l) => l.table === 'general_budget_expenditure' && l.code === '2080506');
  expect([pension?.name, pension?.amounts['total'], pension?.amounts['personnel']]).toEqual(['机关事业单位职业年金缴费支出', 4.360896, 4.360896]);
  // 表4: "    其中：专项资金列入部门预算的项目" (its text item starts after its blanks) over the 预算数 column's 0.00
  const special = out.budget_lines.find((l) => l.table === 'fiscal_appropriation_summary' && l.name === '其中：专项资金列入部门预算的项目');
  expect(special?.amounts['budget']).toBe(0);
  // 表2: a unit's name wider than its cell, the 合计 right of it on the same baseline still read
  const unit = out.budget_lines.find((l) => l.table === 'income_summary' && l.name === '西安市人工影响天气服务保障中心');
  expect([unit?.amounts['total'], unit?.amounts['general_public_budget']]).toEqual([183.931166, 183.931166]);
  expect(out.document.warnings.filter((w) => w.code === 'NOT_A_NUMBER' || w.code === 'UNMAPPED_COLUMN')).toEqual([]);
}, 120_000);

describe('长春市信访局 2026 (吉林: every figure split 本年预算 = 编制预算 + 上年结转, pp. 6–15)', () => {
  const doc = reading('changchun-xinfang-2026.pdf');
  const columns = (table: string): string[] => [...new Set(doc().budget_lines.filter((l) => l.table === table).flatMap((l) => Object.keys(l.amounts)))];

  test('国有资本经营预算支出明细表 (预算表10, p. 15, printed empty): 国库拨款资金 › 基本支出国库集中支付资金 | 项目支出 › 政府采购资金 | 其他国库集中支付资金, how the money is paid, are columns of their own; no column unmapped', () => {
    const keys = doc().tables.find((t) => t.table === 'state_capital_expenditure')?.columns?.map((c) => c?.key ?? null);
    expect(keys?.slice(4, 12)).toEqual(['total', 'basic', 'personnel', 'public', 'project', 'treasury_basic', 'treasury_procurement', 'treasury_other']);
    expect(doc().document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
  });

  test('收支总表: 本年预算 | 编制预算 | 上年结转 on each side (一、财政拨款收入 1682.76 | 1682.76 | 0.00)', () => {
    const income = doc().budget_lines.find((l) => l.table === 'income_expenditure_summary' && l.name === '一、财政拨款收入');
    expect(income?.amounts).toEqual({ budget: 1682.76, current_year_subtotal: 1682.76, prior_year_carryover: 0 });
    const spending = doc().budget_lines.find((l) => l.table === 'income_expenditure_summary' && l.name === '一、一般公共服务支出');
    expect([spending?.side, spending?.amounts]).toEqual(['expenditure', { budget: 1378.41, current_year_subtotal: 1378.41, prior_year_carryover: 0 }]);
  });

  test('本年一般公共预算支出表: 当年预算 › 基本支出 › 人员经费 and 上年结转结余 › 基本支出 › 人员经费 are two columns (201: 1378.41 | 1378.41 | 903.85 | 692.85 | 211.00 | 474.56)', () => {
    expect(columns('general_budget_expenditure')).toEqual([
      'total',
      'current_year_subtotal',
      'basic',
      'personnel',
      'public',
      'project',
      'prior_year_carryover',
      'prior_year_carryover_basic',
      'prior_year_carryover_personnel',
      'prior_year_carryover_public',
      'prior_year_carryover_project',
    ]);
    const gps = doc().budget_lines.find((l) => l.table === 'general_budget_expenditure' && l.code === '201');
    expect(gps?.amounts).toMatchObject({ total: 1378.41, current_year_subtotal: 1378.41, basic: 903.85, personnel: 692.85, public: 211, project: 474.56, prior_year_carryover: 0 });
  });

  test('三公 table printed across, split 当年预算 | 上年结转结余: “三公”经费合计 7.61 one line with both halves, each item its halves', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'three_public_expenses');
    const total = lines.filter((l) => l.item === 'three_public_total');
    expect(total.map((l) => [l.name, l.amounts])).toEqual([['“三公”经费合计', { total: 7.61, current_year_subtotal: 7.61, prior_year_carryover: 0 }]]);
    expect(lines.find((l) => l.item === 'vehicle_operation')?.amounts).toEqual({ current_year_subtotal: 6.75, prior_year_carryover: 0 });
    expect(lines.find((l) => l.item === 'reception')?.amounts).toEqual({ current_year_subtotal: 0.86, prior_year_carryover: 0 });
    expect(lines.some((l) => l.item === 'grand_total')).toBe(false);
    // 因公出国（境）费 › 小计 | 因公出国（境）费 | 科研因公出国（境）费用: the whole, the rest, the research part
    expect(lines.filter((l) => l.item?.startsWith('overseas')).map((l) => [l.item, l.name])).toEqual([
      ['overseas_travel', '因公出国（境）费小计'],
      ['overseas_travel_other', '因公出国（境）费'],
      ['overseas_travel_research', '科研因公出国（境）费用'],
    ]);
    // the 说明's 公务用车购置及运行费6.75万元 and 公务接待费为0.86万元: this year's and the carry-over together
    const said = doc().checks.filter((c) => c.check === 'narrative_figure_matches_table' && c.table === 'three_public_expenses');
    expect(said.map((c) => [c.status, c.actual])).toEqual([
      ['pass', 7.61],
      ['pass', 6.75],
      ['pass', 0.86],
    ]);
  });

  test('财政拨款收支总表: 一、本年支出 over its classes numbered from 一 again, then 二、结转下年支出', () => {
    const classes = doc().budget_lines.filter((l) => l.table === 'fiscal_appropriation_summary' && l.attributes['group'] === '一、本年支出');
    expect(classes.map((l) => l.name)).toEqual(['一、一般公共服务支出', '二、社会保障和就业支出', '三、卫生健康支出', '四、住房保障支出']);
    const grand = doc().checks.filter((c) => c.check === 'expenditure_grand_total_equals_current_plus_carryover' && c.table === 'fiscal_appropriation_summary');
    expect(grand.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  test('项目支出表: 类型 printed once, merged down, and 一级项目 综合管理 over its 二级项目: each row the subtotal of the rows under it', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'project_expenditure');
    expect(lines.map((l) => [l.name, l.is_total, l.amounts['total'], l.attributes['group'] ?? null, l.attributes['subtotal_of'] ?? null])).toEqual([
      ['部门特定目标类项目', true, 474.56, null, 'project_category'],
      ['综合管理', true, 474.56, null, 'group'],
      ['2026信访专项经费', false, 30, '综合管理', null],
      ['2026信访接待中心运行费', false, 116, '综合管理', null],
      ['2026驻京经费', false, 312, '综合管理', null],
      ['信访局临聘人员经费', false, 16.56, '综合管理', null],
    ]);
    expect(lines.filter((l) => !l.is_total).every((l) => l.attributes['project_category'] === '部门特定目标类项目' && l.attributes['unit_name'] === '长春市信访局')).toBe(true);
  });

  test('说明 p. 17: an amount whose 万元 the line ran onto the next (基本支出合计为1208.20 | 万元，项目支出合计为474.56万元) is one figure of one paragraph, checked and passing', () => {
    const stated = doc().figures.filter((f) => f.sentence === '其中:基本支出合计为1208.20万元,项目支出合计为474.56万元。');
    expect(stated.map((f) => [f.label, f.amount])).toEqual([
      ['basic_expenditure', 1208.2],
      ['project_expenditure', 474.56],
    ]);
    const checked = doc().checks.filter((c) => c.check === 'narrative_figure_matches_table' && c.message.includes('合计为1208.20万元'));
    expect(checked.map((c) => [c.status, c.expected])).toEqual([['pass', 1208.2]]);
  });

  test('预算表11 (p. 16): 单位名称 | 项目名称 | 年度资金总额(万元) | …, one row per indicator: four projects (474.56, its 项目支出), each the unit\'s printed beside it (105001长春市信访局)', () => {
    expect(doc().projects.map((p) => [p.project_name, p.budget, p.unit_name])).toEqual([
      ['2026年信访专项经费', 30, '长春市信访局'],
      ['2026年信访接待中心运行费', 116, '长春市信访局'],
      ['2026年驻京经费', 312, '长春市信访局'],
      ['信访局临聘人员经费', 16.56, '长春市信访局'],
    ]);
  });

  test('the 说明 of the projects: 信访局临聘人员经费15.56万元 is a project, not the 人员经费 of the 基本支出 (997.20)', () => {
    expect(doc().figures.find((f) => f.amount === 15.56)?.label).toBeNull();
  });

  test('its failing checks are the figures it prints that do not add up, and only those', () => {
    // 支出总表 2014002 一般行政管理事务: 合计 458.00 | 当年预算 › 小计 0.00 | 基本支出 0.00 | 项目支出 458.00 (2014099 the same, 16.56);
    // 基本支出表 301 911.21 over 款 rows adding to 920.96, 302 211.00 over 221.37; 说明: 预算支出1682.76元 (not 万元)
    const failed = doc().checks.filter((c) => c.status === 'fail').map((c) => [c.check, c.table, c.message.split(' ').slice(1, 3).join(' ')]);
    expect(failed).toEqual([
      ['hierarchy_sum', 'expenditure_summary', '20140 current_year_subtotal'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '301 total'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '301 current_year_subtotal'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '301 personnel'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '302 total'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '302 current_year_subtotal'],
      ['hierarchy_sum', 'general_budget_basic_expenditure', '302 public'],
      ['row_total_equals_components', 'expenditure_summary', '2014002 current_year_subtotal'],
      ['row_total_equals_components', 'expenditure_summary', '2014099 current_year_subtotal'],
      ['row_total_equals_components', 'expenditure_summary', '2014002 total'],
      ['row_total_equals_components', 'expenditure_summary', '2014099 total'],
      ['narrative_figure_matches_table', 'income_expenditure_summary', 'expenditure_total "预算支出1682.76元"'],
    ]);
    // the carry-over's own identities ran: 上年结转结余 › 小计 = its 基本支出 + 项目支出
    expect(doc().checks.filter((c) => c.status === 'pass' && c.message.includes('prior_year_carryover ') && c.message.includes('prior_year_carryover_basic')).length).toBeGreaterThan(10);
  });
});

describe('西安市自然资源和规划局 2022 (陕西 部门综合预算, amounts in 元; filed in the collection as 规划和自然资源局 2026)', () => {
  const doc = reading('xian-ziran-2022.pdf');

  test('its year and department are the document\'s, not the file name\'s', () => {
    expect([doc().document.fiscal_year, doc().document.department_name]).toEqual([2022, '西安市自然资源和规划局']);
  });

  test('表9 政府性基金收支表（不含上年结转）: the fund\'s 收支总表, each expenditure block adding up to 3,031,779,608.00 元', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'government_fund_income_expenditure');
    expect(lines.find((l) => l.name === '一、政府性基金拨款')?.amounts['budget']).toBe(303177.9608);
    expect(lines.find((l) => l.name === '五、城乡社区支出')?.amounts['budget']).toBe(303177.9608);
    expect(lines.find((l) => l.name === '三、机关资本性支出（一）')?.amounts['budget']).toBe(32.45);
    const checks = doc().checks.filter((c) => c.table === 'government_fund_income_expenditure' && c.status !== 'skipped');
    expect(checks.map((c) => [c.check, c.status])).toEqual([
      ['current_year_income_equals_items', 'pass'],
      ['current_year_expenditure_equals_items', 'pass'],
      ['expenditure_by_economic_class_equals_current_year_expenditure', 'pass'],
      ['expenditure_by_economic_class_equals_current_year_expenditure', 'pass'],
    ]);
    // and the fund's income is the 财政拨款收支总表's 2、政府性基金拨款 (under 一、财政拨款)
    const fas = doc().checks.find((c) => c.check === 'fiscal_summary_matches_government_fund_table' && c.status !== 'skipped');
    expect([fas?.status, fas?.actual]).toEqual(['pass', 303177.9608]);
  });

  test('表12 政府采购: 220 01 04 | 1 | 全额 at a page\'s foot, its unit and items on the next page under it; every subtotal adds up', () => {
    const item = doc().budget_lines.find((l) => l.table === 'government_procurement' && l.amounts['total'] === 22.51);
    expect([item?.name, item?.attributes['project_name'], item?.attributes['unit_name'], item?.attributes['funding_type']]).toEqual([
      'C0908其他专业技术服务',
      '西安市规划专项资金',
      '西安市自然资源和规划局',
      '全额',
    ]);
    const sums = doc().checks.filter((c) => c.check === 'procurement_subtotals_sum');
    expect([sums.length > 60, sums.every((c) => c.status === 'pass')]).toEqual([true, true]);
  });

  test('every check passes', () => {
    expect(failing(doc().checks)).toEqual([]);
  });
});

describe('西安市公安局 2026 (陕西 部门综合预算, amounts in 元)', () => {
  const doc = reading('xian-gongan-2026.pdf');

  test('表11 财政拨款上年结转资金支出表: 16 projects under 1 | 全额 and their units, 合计 131,027,041.73 元, the 财政拨款收支总表\'s 上年结转', () => {
    const lines = doc().budget_lines.filter((l) => l.table === 'fiscal_carryover_expenditure');
    expect(lines.filter((l) => !l.is_total).length).toBe(16);
    const bond = lines.find((l) => l.name === '警航基地建设项目');
    expect([bond?.amounts['total'], bond?.attributes['unit_name'], bond?.attributes['function_classification'], bond?.attributes['fund_nature']]).toEqual([1194.281689, '西安市公安局', '2040299', '一般债券']);
    const checks = doc().checks.filter((c) => c.check === 'carryover_subtotals_sum' || c.check === 'carryover_table_matches_fiscal_summary');
    expect(checks.map((c) => [c.check, c.status, c.actual])).toEqual([
      ['carryover_subtotals_sum', 'pass', 13102.704173],
      ['carryover_subtotals_sum', 'pass', 13102.704173],
      ['carryover_table_matches_fiscal_summary', 'pass', 13102.704173],
    ]);
  });

  test('表12 政府采购: 公安其他业务经费（内容涉密） rows, what they buy withheld, are items of their unit; 39,132.83 万元 = its 224 items and more', () => {
    const secret = doc().budget_lines.filter((l) => l.table === 'government_procurement' && l.name === '公安其他业务经费（内容涉密）');
    expect([secret.length > 5, secret.every((l) => !l.is_total && l.attributes['subtotal_of'] === undefined)]).toEqual([true, true]);
    const first = secret.find((l) => l.amounts['total'] === 2369);
    expect([first?.attributes['unit_name'], first?.attributes['funding_type']]).toEqual(['西安市公安局', '全额']);
    const total = doc().checks.find((c) => c.check === 'procurement_subtotals_sum');
    expect([total?.status, total?.actual]).toEqual(['pass', 39132.830213]);
  });

  test('the 说明\'s 当年预算收入344,447.70万元 is the 收支总表\'s 收入总计 (陕西\'s 综合预算 counts the carry-overs in it); every check passes', () => {
    const said = doc().checks.find((c) => c.check === 'narrative_figure_matches_table' && c.actual === 344447.7);
    expect(said?.status).toBe('pass');
    expect(failing(doc().checks)).toEqual([]);
  });
});

describe('福州市科学技术局(本级) 2026 单位预算 (filed in the collection as 科技创新局 2026年部门预算)', () => {
  const doc = reading('fuzhou-keji-2026.pdf');

  test('a unit\'s own budget: the title\'s unit and scope, not the 主管部门 of its 绩效目标表s', () => {
    const d = doc().document;
    expect([d.department_name, d.scope, d.disclosure_kind, d.metadata_sources['department']]).toEqual(['福州市科学技术局', 'own_level', 'unit_budget', 'title']);
  });

  test('市级科技创新专项（转移支付）项目绩效目标表: money passed on (2,000.00 in none of its tables), left out of the projects\' sum, which is the 项目支出 68,957.85', () => {
    const transfer = doc().projects.filter((p) => p.transfer_payment);
    expect(transfer.map((p) => [p.project_name, p.budget])).toEqual([['市级科技创新专项（转移支付）', 2000]]);
    const sum = doc().checks.find((c) => c.check === 'projects_sum_matches_project_expenditure');
    expect([sum?.status, sum?.expected, sum?.actual]).toEqual(['pass', 68957.85, 68957.85]);
    expect(failing(doc().checks)).toEqual([]);
  });
});

describe('宁德市人民政府办公室 部门整体绩效自评表（2024年度） (filed in the collection as 政府办公厅 2026年部门预算)', () => {
  const doc = reading('ningde-zhengfuban-ziping-2024.pdf');

  test('a 决算 self-evaluation: the year on the line under its title (2024, not the file name\'s 2026); department and code from their cells (部门（单位）名称 | 宁德市人民政府办公室 | 部门预算编码 | 127)', () => {
    const d = doc().document;
    expect([d.disclosure_kind, d.fiscal_year, d.department_name, d.department_code, d.metadata_sources]).toEqual([
      'department_final_account',
      2024,
      '宁德市人民政府办公室',
      '127',
      { department: 'table_preamble', fiscal_year: 'title', region_code: 'department_name' },
    ]);
  });

  test('the money printed as columns over a 合计 row (年初部门预算安排金额（含历年结余结转）① | 年中调整金额② | 小计③ = ①+② | 年度拨付金额④: 9209.55 | 790.22 | 9999.77 | 8874.74)', () => {
    expect(doc().projects.map((p) => [p.budget, p.full_year_budget, p.executed])).toEqual([[9209.55, 9999.77, 8874.74]]);
  });

  test('年度总体目标 | 预期目标 | 目标实际完成情况: the goal is the text under 预期目标, not the columns\' labels nor what was achieved', () => {
    expect(doc().projects.map((p) => [p.department_wide, p.goals])).toEqual([
      [true, ['经宁德市委市政府批准，设立各项经费项目，按照年度工作计划，有序开展工作，保障本办各项工作顺利开展。']],
    ]);
    const seats = doc().indicators.find((i) => i.name === '12345平台座席满意率');
    expect([seats?.level1, seats?.level2, seats?.operator, seats?.value, seats?.value_unit]).toEqual(['满意度指标', '服务对象满意度', '>=', 95, '%']);
  });

  test('each indicator\'s 实际完成值 | 指标分值 | 自评得分; 总分值、评价总分 (S) 92.33 and 评价等级 are the evaluation\'s, no indicator (17 indicators)', () => {
    const at = (name: string) => doc().indicators.find((i) => i.name === name);
    expect([at('“三公”经费控制率'), at('基本经费投入成本'), at('市政府常务会议场次')].map((i) => [i?.target_text, i?.achieved, i?.weight, i?.score])).toEqual([
      ['≤100%', '93.47', 2, 2],
      ['≤3843.67万元', '4262.96', 4, 0],
      ['≥30次', '20', 2, 1.33],
    ]);
    expect(doc().indicators.length).toBe(17);
  });
});
