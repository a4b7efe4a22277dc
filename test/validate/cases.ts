// Doctored cases shared by the fixture test (doctored.test.ts) and the DOCX test
// (doctored-docx.test.ts): one changed amount, the identity it targets, and the
// identities that share the amount (predicted, listed in `fails`).
import type { Where } from './doctor.js';

export interface Case {
  check: string;
  change: [Where, string, number | null];
  fails: Record<string, number>;
  /** the first failing record of `check` */
  first: { actual: number; expected: number; difference: number };
}

const IES = 'income_expenditure_summary';
const FAS = 'fiscal_appropriation_summary';
const GBB = 'general_budget_basic_expenditure';
const ROW = 'row_total_equals_components';
const TREE = 'hierarchy_sum';

export const CASES: Case[] = [
  {
    check: TREE,
    change: [{ table: 'income_summary', code: '20103' }, 'total', 1364.98],
    fails: { [TREE]: 2, [ROW]: 1 },
    first: { actual: 1354.98, expected: 1364.98, difference: -10 },
  },
  {
    check: ROW,
    change: [{ table: FAS, side: 'expenditure', name: '八、社会保障和就业支出' }, 'total', 38.89],
    fails: { [ROW]: 1, current_year_expenditure_equals_items: 1 },
    first: { actual: 38.89, expected: 38.79, difference: 0.1 },
  },
  {
    check: 'three_public_total_equals_items',
    change: [{ table: 'three_public_expenses', item: 'reception' }, 'total', 0.2],
    fails: { three_public_total_equals_items: 1, [ROW]: 1, narrative_figure_matches_table: 1 },
    first: { actual: 1.3, expected: 1.5, difference: -0.2 },
  },
  {
    check: 'vehicle_total_equals_purchase_and_operation',
    change: [{ table: 'three_public_expenses', item: 'vehicle_purchase' }, 'total', 0.5],
    fails: { vehicle_total_equals_purchase_and_operation: 1, [ROW]: 1, narrative_figure_matches_table: 1 },
    first: { actual: 1.3, expected: 1.8, difference: -0.5 },
  },
  {
    check: 'overseas_travel_equals_subitems',
    change: [{ table: 'three_public_expenses', item: 'overseas_travel_research' }, 'total', 0.3],
    fails: { overseas_travel_equals_subitems: 1, [ROW]: 1 },
    first: { actual: 0, expected: 0.3, difference: -0.3 },
  },
  {
    check: 'personnel_equals_classes_301_303',
    change: [{ table: GBB, code: '303' }, 'total', 8.75],
    fails: { personnel_equals_classes_301_303: 1, [TREE]: 2, [ROW]: 1 },
    first: { actual: 275.16, expected: 276.16, difference: -1 },
  },
  {
    check: 'public_equals_other_classes',
    change: [{ table: GBB, code: '302' }, 'total', 1019.13],
    fails: { public_equals_other_classes: 1, [TREE]: 2, [ROW]: 1 },
    first: { actual: 1019.03, expected: 1019.13, difference: -0.1 },
  },
  {
    check: 'current_year_income_equals_items',
    change: [{ table: IES, side: 'income', name: '二、政府性基金预算拨款收入' }, 'budget', 210],
    // the 说明's 基金预算收入200.00 still agrees with the 财政拨款收支总表
    fails: { current_year_income_equals_items: 1, summary_income_matches_income_summary: 1, fiscal_summary_income_matches_summary_income: 1 },
    first: { actual: 1238.81, expected: 1248.81, difference: -10 },
  },
  {
    check: 'current_year_expenditure_equals_items',
    change: [{ table: IES, side: 'expenditure', name: '十、卫生健康支出' }, 'budget', 16.71],
    fails: { current_year_expenditure_equals_items: 1, summary_expenditure_matches_expenditure_summary: 1 },
    first: { actual: 1630.3, expected: 1630.4, difference: -0.1 },
  },
  {
    check: 'income_grand_total_equals_current_plus_carryover',
    change: [{ table: IES, side: 'income', name: '上年结转结余' }, 'budget', 391.59],
    fails: { income_grand_total_equals_current_plus_carryover: 1, summary_income_matches_income_summary: 1 },
    first: { actual: 1630.3, expected: 1630.4, difference: -0.1 },
  },
  {
    check: 'expenditure_grand_total_equals_current_plus_carryover',
    change: [{ table: IES, side: 'expenditure', name: '年终结转结余' }, 'budget', 5],
    // the 支出总表 prints no 结转下年: the 收入总表's 合计 is its 合计 plus this carry-over
    fails: { expenditure_grand_total_equals_current_plus_carryover: 1, income_summary_matches_expenditure_summary: 1 },
    first: { actual: 1630.3, expected: 1635.3, difference: -5 },
  },
  {
    check: 'income_total_equals_expenditure_total',
    change: [{ table: IES, side: 'expenditure', name: '支出总计' }, 'budget', 1640.3],
    fails: { income_total_equals_expenditure_total: 1, expenditure_grand_total_equals_current_plus_carryover: 1 },
    first: { actual: 1640.3, expected: 1630.3, difference: 10 },
  },
  {
    check: 'fund_income_equals_fund_expenditure',
    change: [{ table: FAS, side: 'income', seq: '34' }, 'budget', 381.49],
    // the fund's carry-over row is also a part of 年初财政拨款结转和结余
    fails: { fund_income_equals_fund_expenditure: 1, carryover_equals_fund_parts: 1 },
    first: { actual: 1430.3, expected: 1420.3, difference: 10 },
  },
  {
    check: 'summary_income_matches_income_summary',
    change: [{ table: 'income_summary', name: '合计' }, 'prior_year_carryover', 391.39],
    fails: { summary_income_matches_income_summary: 1, [ROW]: 1, [TREE]: 1 },
    first: { actual: 391.39, expected: 391.49, difference: -0.1 },
  },
  {
    check: 'summary_expenditure_matches_expenditure_summary',
    change: [{ table: 'expenditure_summary', name: '合计' }, 'total', 1630.4],
    fails: { summary_expenditure_matches_expenditure_summary: 1, income_summary_matches_expenditure_summary: 1, [TREE]: 1, [ROW]: 1 },
    first: { actual: 1630.4, expected: 1630.3, difference: 0.1 },
  },
  {
    check: 'income_summary_matches_expenditure_summary',
    change: [{ table: 'income_summary', code: '212' }, 'total', 210],
    fails: { income_summary_matches_expenditure_summary: 1, [TREE]: 2, [ROW]: 1 },
    first: { actual: 200, expected: 210, difference: -10 },
  },
  {
    check: 'fiscal_summary_matches_general_budget_table',
    change: [{ table: 'general_budget_expenditure', name: '合计' }, 'total', 1431.3],
    fails: { fiscal_summary_matches_general_budget_table: 1, [TREE]: 1, [ROW]: 1 },
    first: { actual: 1431.3, expected: 1430.3, difference: 1 },
  },
  {
    check: 'fiscal_summary_matches_government_fund_table',
    change: [{ table: 'government_fund_expenditure', code: '212' }, 'total', 201],
    fails: { fiscal_summary_matches_government_fund_table: 1, [TREE]: 2, [ROW]: 1 },
    first: { actual: 201, expected: 200, difference: 1 },
  },
  {
    check: 'fiscal_summary_income_matches_summary_income',
    change: [{ table: FAS, side: 'income', seq: '1' }, 'budget', 1048.81],
    fails: { fiscal_summary_income_matches_summary_income: 1, current_year_income_equals_items: 1, fund_income_equals_fund_expenditure: 1 },
    first: { actual: 1048.81, expected: 1038.81, difference: 10 },
  },
  {
    check: 'general_budget_basic_matches_basic_table',
    change: [{ table: 'general_budget_expenditure', name: '合计' }, 'basic', 1295.19],
    fails: { general_budget_basic_matches_basic_table: 1, [TREE]: 1, [ROW]: 1 },
    first: { actual: 1294.19, expected: 1295.19, difference: -1 },
  },
  {
    check: 'vehicle_operation_matches_economic_30231',
    change: [{ table: GBB, code: '30231' }, 'total', 1.4],
    fails: { vehicle_operation_matches_economic_30231: 1, [TREE]: 1, [ROW]: 1 },
    first: { actual: 1.4, expected: 1.3, difference: 0.1 },
  },
];

