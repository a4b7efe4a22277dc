import { CheckRecord } from '../../src/schema/records.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { countById, failures, ran } from './doctor.js';
import { SEED_DOC_ID, SEED_LINES, SEED_PROJECTS } from './seed-lines.js';
import { SEED_NARRATIVE } from './seed-narrative.js';

const seed = { doc_id: SEED_DOC_ID, lines: [...SEED_LINES], projects: [...SEED_PROJECTS], narrative: [...SEED_NARRATIVE] };

/** Where each identity applies on the untouched seed (tables 1–9, 12 projects, 说明 text). */
const SEED_COUNTS = {
  hierarchy_sum: 111,
  row_total_equals_components: 120,
  three_public_total_equals_items: 2,
  vehicle_total_equals_purchase_and_operation: 2,
  personnel_equals_classes_301_303: 1,
  public_equals_other_classes: 1,
  current_year_income_equals_items: 2,
  current_year_expenditure_equals_items: 4,
  income_grand_total_equals_current_plus_carryover: 2,
  expenditure_grand_total_equals_current_plus_carryover: 4,
  income_total_equals_expenditure_total: 2,
  fund_income_equals_fund_expenditure: 2,
  summary_income_matches_income_summary: 4,
  summary_expenditure_matches_expenditure_summary: 7,
  income_summary_matches_expenditure_summary: 7,
  fiscal_summary_matches_general_budget_table: 6,
  fiscal_summary_matches_government_fund_table: 2,
  fiscal_summary_income_matches_summary_income: 2,
  general_budget_basic_matches_basic_table: 1,
  vehicle_operation_matches_economic_30231: 1,
  projects_sum_matches_project_expenditure: 1,
  carryover_equals_fund_parts: 1,
  narrative_figure_matches_table: 19,
};

describe('the untouched seed', () => {
  const checks = runChecks(seed);

  test('passes every check', () => {
    expect(failures(checks)).toEqual({});
    // the only gap is a rounding one (see below)
    expect(Math.max(...checks.map((c) => Math.abs(c.difference!)))).toBe(0.01);
  });

  test('applies each identity where it is printed, exact counts', () => {
    expect(countById(checks)).toEqual(SEED_COUNTS);
    expect(ran(checks)).toHaveLength(304);
  });

  test('writes valid check records', () => {
    for (const c of checks) expect(CheckRecord.parse(c)).toEqual(c);
    expect(checks.every((c) => c.doc_id === SEED_DOC_ID && c.schema_version === '1')).toBe(true);
  });

  test('messages name the table and rows', () => {
    const byMessage = (prefix: string) => checks.find((c) => c.message.startsWith(prefix))!;
    expect(byMessage('income_summary 合计 total').message).toBe(
      'income_summary 合计 total 1630.30 = sum of 类 rows 1630.30 (201, 208, 210, 212, 213, 221)',
    );
    expect(checks.find((c) => c.check === 'fund_income_equals_fund_expenditure')!.message).toBe(
      'fiscal_appropriation_summary expenditure 支出总计 general_public_budget 1430.30 = general_public_budget appropriation and carry-over 1430.30 (一、一般公共预算拨款, 年初财政拨款结转和结余 › 一、一般公共预算拨款)',
    );
    // the seed's 支出总表 prints no 结转下年 column: its 合计 and the 收支总表's 年终结转结余 (blank) make the 收入总表's
    expect(checks.find((c) => c.check === 'income_summary_matches_expenditure_summary')).toMatchObject({
      table: ['income_summary', 'expenditure_summary', 'income_expenditure_summary'],
      message: 'income_summary 合计 total 1630.30 = expenditure_summary 合计 and the year-end carry-over 1630.30 (expenditure_summary: 合计)',
    });
  });

  test('西安 prints 未安排支出的实户资金 beside 结转下年: money the 收入总表 counts and no 支出总表 row spends', () => {
    // 工业和信息化局 2022: 收入总计 1,059,464,715.06 = 本年支出合计 1,055,907,667.43 + 结转下年 165,000.00 + 未安排支出的实户资金 3,392,047.63
    const lines = SEED_LINES.map((l) => {
      if (l.table === 'income_summary' && l.name === '合计') return { ...l, amounts: { ...l.amounts, total: 1730.3 } };
      if (l.table === 'income_expenditure_summary' && l.name === '年终结转结余') return { ...l, name: '未安排支出的实户资金', amounts: { budget: 100 } };
      return l;
    });
    const c = runChecks({ ...seed, lines }).find((r) => r.check === 'income_summary_matches_expenditure_summary');
    expect(c).toMatchObject({ status: 'pass', actual: 1730.3, expected: 1730.3 });
  });

  test('陕西\'s 当年预算收入 counts the carry-overs (综合预算: 西安市公安局 344,447.70 = 收入总计): a figure of the 收支总表 either way', () => {
    const said = (text: string) => runChecks({ ...seed, narrative: [text] }).find((c) => c.check === 'narrative_figure_matches_table');
    expect(said('本部门当年预算收入1630.30万元。')).toMatchObject({ status: 'pass', actual: 1630.3 });
    expect(said('本部门当年预算收入1238.81万元。')).toMatchObject({ status: 'pass', actual: 1238.81 });
    expect(said('本部门当年预算收入1500.00万元。')).toMatchObject({ status: 'fail', actual: 1500 });
  });

  test('a subject naming its own level ((本级), 深圳\'s 说明) is the document where its tables list no other unit, a unit where they do', () => {
    const said = (lines: typeof seed.lines) =>
      runChecks({ ...seed, lines, narrative: ['2024年青龙满族自治县机关事务服务中心(本级)部门预算收入1630.30万元,较2023年年初预算增加18.25万元。'] }).filter((c) => c.check === 'narrative_figure_matches_table');
    expect(said(seed.lines).map((c) => [c.status, c.actual])).toEqual([['pass', 1630.3]]);
    // the tables print the department's own row and another unit's (深圳: 预算单位 | 深圳市…局（本级） | 深圳市…中心)
    const row = seed.lines.find((l) => l.table === 'expenditure_summary')!;
    const units = ['青龙满族自治县机关事务服务中心（本级）', '青龙满族自治县公务用车服务中心'].map((unit_name) => ({ ...row, attributes: { ...row.attributes, unit_name } }));
    expect(said([...seed.lines, ...units]).map((c) => [c.status, c.actual])).toEqual([['skipped', null]]);
  });

  test('the seed rounds: 301 工资福利支出 267.41 against its 款 rows 267.42, within 8 × 0.01', () => {
    const c = checks.find((r) => r.message.startsWith('general_budget_basic_expenditure 301 total'))!;
    expect(c).toMatchObject({ status: 'pass', actual: 267.41, expected: 267.42, difference: -0.01 });
    expect(failures(runChecks({ ...seed, tolerance: 0 }))).toEqual({ hierarchy_sum: 2 });
  });

  test('the same document gives the same records, whatever the order of its lines', () => {
    const shuffled = runChecks({ ...seed, lines: [...SEED_LINES].reverse() });
    expect(shuffled).toEqual(checks);
  });

  test('an identity whose table or row is not printed runs on nothing: one skipped record saying what is absent', () => {
    const touches = (c: CheckRecord, t: string) => JSON.stringify(c.table).includes(t);
    // the seed's 国有资本 table is printed empty: no line, so nothing compared with it ran
    expect(ran(checks).some((c) => touches(c, 'state_capital_expenditure'))).toBe(false);
    expect(checks.find((c) => c.check === 'fiscal_summary_matches_state_capital_table')).toMatchObject({
      status: 'skipped',
      expected: null,
      actual: null,
      difference: null,
      message: 'fiscal_summary_matches_state_capital_table skipped: not printed: state_capital_expenditure',
    });
    const without = runChecks({ ...seed, lines: SEED_LINES.filter((l) => l.table !== 'three_public_expenses') });
    expect(ran(without).filter((c) => touches(c, 'three_public_expenses'))).toEqual([]);
    expect(without.filter((c) => touches(c, 'three_public_expenses')).every((c) => c.status === 'skipped')).toBe(true);
    const budgetless = runChecks({ ...seed, projects: SEED_PROJECTS.map((p, i) => (i === 0 ? { ...p, budget: null } : p)) });
    expect(budgetless.filter((c) => c.check === 'projects_sum_matches_project_expenditure').map((c) => c.status)).toEqual(['skipped']);
    // nothing printed: every identity once, all skipped
    const empty = runChecks({ doc_id: SEED_DOC_ID, lines: [], projects: [], narrative: [] });
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((c) => c.status === 'skipped')).toBe(true);
  });
});
