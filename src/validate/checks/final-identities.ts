// The identities of a 决算 (final accounts), as data: the budget's shapes over the final_
// tables, plus what only accounts print (carry-overs per row, 预算数 vs 决算数).
import type { TableId } from '../../schema/records.js';
import type { FigureKey } from '../narrative/labels.js';
import { BASIC_AND_PROJECT, BASIC_OR_PARTS, carryoverParts, equal, FUNDS, item, itemSum, named, row, sideTotal, totalRow, twoSided } from './ref-builders.js';
import { CARRYOVER, CARRYOVER_GROUP, FUND } from './row-names.js';
import type { Identity, NarrativeTarget } from './types.js';

const FIES = 'final_income_expenditure_summary';
const FFAS = 'final_fiscal_appropriation_summary';
const FI = 'final_income';
const FE = 'final_expenditure';
const FGB = 'final_general_budget_expenditure';
const FBASIC = 'final_general_budget_basic_expenditure';
const F3 = 'final_three_public_expenses';
/** Tables by fund: 本年支出 = 基本 + 项目, and 年初结转 + 本年收入 − 年末结转 = 本年支出 where printed. */
const BY_FUND: TableId[] = [FGB, 'final_government_fund', 'final_state_capital', 'final_fiscal_appropriation_expenditure'];

export const FINAL_TABLES_WITH_HIERARCHY: TableId[] = [FI, FE, FBASIC, ...BY_FUND];

/** The 基本支出决算表's block totals. */
const PERSONNEL_TOTAL = [/^人员经费(合计|小计)?$/];
const PUBLIC_TOTAL = [/^公用经费(合计|小计)?$/];
const FUND_TABLES = [
  ['fiscal_summary_matches_general_budget_table', FGB, 'general_public_budget'],
  ['fiscal_summary_matches_government_fund_table', 'final_government_fund', 'government_fund'],
  ['fiscal_summary_matches_state_capital_table', 'final_state_capital', 'state_capital'],
] as const;

export const FINAL_IDENTITIES: Identity[] = [
  row(FI, 'total', [{ key: 'fiscal_appropriation', else: FUNDS }, 'superior_subsidy', 'business_income', 'operating_income', 'subordinate_remittance', 'other_income']),
  row(FE, 'total', [...BASIC_AND_PROJECT, 'operating', 'remittance_to_superior', 'subsidy_to_subordinate']),
  ...BY_FUND.map((t) => row(t, 'total', [BASIC_OR_PARTS, 'project'])),
  ...BY_FUND.map((t) => row(t, 'total', ['year_start_carryover', 'income'], undefined, ['year_end_carryover'])),
  row(FFAS, 'actual', [...FUNDS], 'expenditure'),
  // the 三公 paid by the general budget or (四川) a government fund
  ...([F3, 'final_government_fund_three_public_expenses'] as const).flatMap((table) => [
    itemSum('three_public_total_equals_items', 'three_public_total', ['overseas_travel', 'vehicle_total', 'reception'], table),
    itemSum('vehicle_total_equals_purchase_and_operation', 'vehicle_total', ['vehicle_purchase', 'vehicle_operation'], table),
  ]),
  {
    kind: 'sum',
    id: 'personnel_equals_classes_301_303',
    target: named(FBASIC, null, PERSONNEL_TOTAL),
    terms: [{ table: FBASIC, rows: { by: 'classes', only: ['301', '303'] }, column: 'total' }],
    what: 'total of 类 rows 301, 303',
  },
  {
    kind: 'sum',
    id: 'public_equals_other_classes',
    target: named(FBASIC, null, PUBLIC_TOTAL),
    terms: [{ table: FBASIC, rows: { by: 'classes', except: ['301', '303'] }, column: 'total' }],
    what: 'total of 类 rows other than 301, 303',
  },
  ...twoSided(FIES),
  ...twoSided(FFAS),
  carryoverParts(FFAS, CARRYOVER, CARRYOVER_GROUP),
  equal('summary_income_matches_income_table', totalRow(FI, 'total'), sideTotal(FIES, 'income', 'current')),
  equal('summary_expenditure_matches_expenditure_table', totalRow(FE, 'total'), sideTotal(FIES, 'expenditure', 'current')),
  { kind: 'per_class', id: 'summary_expenditure_matches_expenditure_table', left: { table: FE, column: 'total' }, right: { table: FIES, side: 'expenditure' } },
  ...FUND_TABLES.flatMap(([id, table, fund]): Identity[] => [
    equal(id, totalRow(table, 'total'), sideTotal(FFAS, 'expenditure', 'current', fund)),
    { kind: 'per_class', id, left: { table, column: 'total' }, right: { table: FFAS, side: 'expenditure', column: fund } },
  ]),
  ...FUNDS.map((fund) => equal('fiscal_summary_income_matches_summary_income', named(FFAS, 'income', FUND[fund]), named(FIES, 'income', FUND[fund]))),
  {
    kind: 'sum',
    id: 'general_budget_basic_matches_basic_table',
    target: totalRow(FGB, 'basic'),
    terms: [named(FBASIC, null, PERSONNEL_TOTAL), named(FBASIC, null, PUBLIC_TOTAL)],
    what: '人员经费合计 and 公用经费合计',
  },
];

/** Where a 决算's 说明 figures are printed in its tables (added to the budget's targets). */
export const FINAL_NARRATIVE_TARGETS: Partial<Record<FigureKey, readonly NarrativeTarget[]>> = {
  income_expenditure_total: [sideTotal(FIES, 'income', 'grand'), sideTotal(FIES, 'expenditure', 'grand'), sideTotal(FFAS, 'income', 'grand')],
  income_total: [sideTotal(FIES, 'income', 'current'), totalRow(FI, 'total'), sideTotal(FIES, 'income', 'grand')],
  current_year_income: [sideTotal(FIES, 'income', 'current'), totalRow(FI, 'total')],
  expenditure_total: [sideTotal(FIES, 'expenditure', 'current'), totalRow(FE, 'total'), sideTotal(FIES, 'expenditure', 'grand')],
  current_year_expenditure: [sideTotal(FIES, 'expenditure', 'current'), totalRow(FE, 'total')],
  general_public_budget_income: [named(FIES, 'income', FUND.general_public_budget), named(FFAS, 'income', FUND.general_public_budget)],
  government_fund_income: [named(FIES, 'income', FUND.government_fund), named(FFAS, 'income', FUND.government_fund)],
  state_capital_income: [named(FIES, 'income', FUND.state_capital), named(FFAS, 'income', FUND.state_capital)],
  basic_expenditure: [totalRow(FE, 'basic')],
  project_expenditure: [totalRow(FE, 'project')],
  fiscal_basic_expenditure: [totalRow(FGB, 'basic')],
  fiscal_project_expenditure: [totalRow(FGB, 'project')],
  personnel_expenses: [named(FBASIC, null, PERSONNEL_TOTAL)],
  public_expenses: [named(FBASIC, null, PUBLIC_TOTAL)],
  ...Object.fromEntries(
    (['three_public_total', 'overseas_travel', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception'] as const).map((k) => [
      k,
      [item(k, 'actual', F3), item(k, 'budget', F3)],
    ]),
  ),
};
