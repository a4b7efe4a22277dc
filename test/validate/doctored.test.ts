// One changed amount per case: the identity it targets fails with the exact figures, and
// so do the identities that share the amount (predicted, listed in `fails`).
import type { BudgetLine, ProjectRecord } from '../../src/schema/records.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { CASES } from './cases.js';
import { failures, withAmount } from './doctor.js';
import { SEED_DOC_ID, SEED_LINES, SEED_PROJECTS } from './seed-lines.js';
import { SEED_NARRATIVE } from './seed-narrative.js';

const run = (lines: BudgetLine[], projects: readonly ProjectRecord[] = SEED_PROJECTS, narrative: readonly string[] = SEED_NARRATIVE) =>
  runChecks({ doc_id: SEED_DOC_ID, lines, projects: [...projects], narrative: [...narrative] });

describe.each(CASES)('doctored for $check', ({ check, change, fails, first }) => {
  const checks = run(withAmount(SEED_LINES, ...change));

  test('fails that check and the predicted related ones, nothing else', () => {
    expect(failures(checks)).toEqual(fails);
  });

  test('with the exact expected and actual', () => {
    expect(checks.find((c) => c.check === check && c.status === 'fail')).toMatchObject(first);
  });
});

test('doctored hierarchy: the message names the table, rows and gap', () => {
  const checks = run(withAmount(SEED_LINES, { table: 'income_summary', code: '20103' }, 'total', 1364.98));
  expect(checks.filter((c) => c.status === 'fail').map((c) => c.message)).toEqual([
    'income_summary 201 total 1354.98 ≠ sum of 款 rows 1364.98 (20103) [difference -10.00, tolerance ±0.01]',
    'income_summary 20103 total 1364.98 ≠ sum of 项 rows 1354.98 (2010303, 2010305, 2010399) [difference +10.00, tolerance ±0.03]',
    'income_summary 20103 total 1364.98 ≠ current_year_subtotal + prior_year_carryover 1354.98 (963.49 + 391.49) [difference +10.00, tolerance ±0.02]',
  ]);
});

test('doctored projects: one budget raised, so the projects add up to more than the 项目支出', () => {
  const projects = SEED_PROJECTS.map((p) => (p.project_name === '物业费欠款项目经费' ? { ...p, budget: 110 } : p));
  const checks = run([...SEED_LINES], projects);
  expect(failures(checks)).toEqual({ projects_sum_matches_project_expenditure: 1 });
  expect(checks.find((c) => c.status === 'fail')).toMatchObject({ table: ['expenditure_summary', 'project_performance'], actual: 336.11, expected: 346.11, difference: -10 });
});

test('projects that add up to less than the 项目支出 may be a selection (西南大学 2023 prints 24 of its projects): the check passes, saying ≥', () => {
  const projects = SEED_PROJECTS.filter((p) => p.project_name !== '物业费欠款项目经费');
  const sum = run([...SEED_LINES], projects).filter((c) => c.check === 'projects_sum_matches_project_expenditure');
  expect(sum.map((c) => [c.status, c.actual, c.expected])).toEqual([['pass', 336.11, 236.11]]);
  expect(sum[0]!.message).toMatch(/^expenditure_summary 合计 project 336\.11 ≥ sum of project budgets 236\.11/);
});

test('doctored narrative: 人员经费275.61 against the 基本支出表 275.16', () => {
  const narrative = SEED_NARRATIVE.map((p) => p.replace('人员经费275.16万元', '人员经费275.61万元'));
  const checks = run([...SEED_LINES], SEED_PROJECTS, narrative);
  expect(failures(checks)).toEqual({ narrative_figure_matches_table: 1 });
  expect(checks.find((c) => c.status === 'fail')).toMatchObject({
    table: 'general_budget_basic_expenditure',
    actual: 275.61,
    expected: 275.16,
    difference: 0.45,
    message: 'narrative personnel_expenses "人员经费275.61万元" 275.61 ≠ general_budget_basic_expenditure 合计 personnel 275.16 [difference +0.45, tolerance ±0.01]',
  });
});

test('a figure in whole 万元 agrees when rounded or cut off, not otherwise (上海 单位预算: 收入预算1,361万元 for 1,361.6271)', () => {
  const stated = (text: string) => {
    const narrative = SEED_NARRATIVE.map((p) => p.replace('人员经费275.16万元', text));
    return run([...SEED_LINES], SEED_PROJECTS, narrative).find((c) => c.check === 'narrative_figure_matches_table' && c.table === 'general_budget_basic_expenditure' && c.message.includes('personnel'));
  };
  expect(stated('人员经费275万元')).toMatchObject({ status: 'pass', difference: -0.16 });
  expect(stated('人员经费276万元')).toMatchObject({ status: 'fail', difference: 0.84 });
  expect(stated('人员经费274万元')).toMatchObject({ status: 'fail', difference: -1.16 });
});

test('tolerance is 0.01 per summand and configurable', () => {
  // 合计 against 6 类 rows: ±0.06
  const within = run(withAmount(SEED_LINES, { table: 'expenditure_summary', code: '201' }, 'total', 1355.04));
  expect(within.find((c) => c.message.startsWith('expenditure_summary 合计 total'))).toMatchObject({ status: 'pass', difference: -0.06 });
  const beyond = run(withAmount(SEED_LINES, { table: 'expenditure_summary', code: '201' }, 'total', 1355.05));
  expect(beyond.find((c) => c.message.startsWith('expenditure_summary 合计 total'))).toMatchObject({ status: 'fail', difference: -0.07 });
  const loose = runChecks({ doc_id: SEED_DOC_ID, lines: withAmount(SEED_LINES, { table: 'expenditure_summary', code: '201' }, 'total', 1355.05), projects: [], narrative: [], tolerance: 0.02 });
  expect(loose.find((c) => c.message.startsWith('expenditure_summary 合计 total'))).toMatchObject({ status: 'pass' });
});
