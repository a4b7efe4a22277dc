// The accounting identities the checks apply, as data. Each entry names a stable check id
// (the `check` field of checks.jsonl), the tables, and how its rows and columns are
// picked; the evaluators (evaluators/*) are generic. Order here is output order.
import { TABLES, tableDef } from '../../catalogue/index.js';
import type { Side, TableId } from '../../schema/records.js';
import type { FigureKey } from '../narrative/labels.js';
import { CARRYOVER, CARRYOVER_GROUP, FISCAL_APPROPRIATION, FISCAL_SPECIAL_ACCOUNT, FUND, UNIT_FUNDS, YEAR_END_CARRYOVER } from './row-names.js';
import { FINAL_IDENTITIES, FINAL_NARRATIVE_TARGETS, FINAL_TABLES_WITH_HIERARCHY } from './final-identities.js';
import { BASIC_AND_PROJECT, carryoverPart, carryoverParts, halves, inCarryover, THIS_YEAR, PERSONNEL_OR_CLASSES, PUBLIC_OR_CLASSES, equal, FUNDS, item, itemSum, listed, named, row, sideTotal, totalRow, twoSided } from './ref-builders.js';
import type { Component, Condition, Identity, NarrativeTarget, Ref, RowIdentity, SumIdentity } from './types.js';

const IES = 'income_expenditure_summary';
const FAS = 'fiscal_appropriation_summary';
const GFIE = 'government_fund_income_expenditure';
const FCE = 'fiscal_carryover_expenditure';

// ---- 1. within a table ------------------------------------------------------------------

const LINE_ITEM_TABLES: TableId[] = [
  'income_summary',
  'expenditure_summary',
  'expenditure_summary_economic',
  'general_budget_expenditure',
  'general_budget_expenditure_economic',
  'general_budget_basic_expenditure',
  'general_budget_basic_expenditure_function',
  'general_budget_project_expenditure',
  'government_fund_expenditure',
  'state_capital_expenditure',
  'fiscal_appropriation_expenditure',
  'fiscal_appropriation_expenditure_economic',
  'fiscal_appropriation_basic_expenditure',
  'office_operation_expenditure',
];

/** 本年收入 sources; 财政拨款 and 单位资金 stand for their parts where printed (no double count). */
const INCOME_SOURCES: Component[] = [
  { key: 'fiscal_appropriation', else: FUNDS },
  { key: 'fiscal_special_account', else: ['education_fees', 'other_special_account'] },
  {
    key: 'unit_funds',
    else: [{ key: 'other_funds', else: ['business_income', 'operating_income', 'superior_subsidy', 'subordinate_remittance', 'other_income', 'other_level_appropriation'] }],
  },
];


/** Money of past years spent this year, beside the year's income (a 事业单位's reserve too: 用事业基金弥补收支差额). */
const PAST_YEARS: Component[] = [
  // the carry-over, or its parts by source where only they are printed (吉林 项目支出表: 财政拨款结转 › 一般公共预算 …)
  { key: 'prior_year_carryover', else: INCOME_SOURCES.map(carryoverPart) },
  'prior_year_account_balance',
  'non_fiscal_balance_used',
  'business_fund_offset',
];

const SPENDING_TABLES = ['general_budget_expenditure', 'government_fund_expenditure', 'state_capital_expenditure', 'fiscal_appropriation_expenditure'] as const;
const BASIC_TABLES = ['general_budget_basic_expenditure', 'fiscal_appropriation_basic_expenditure'] as const;

/** Identities of this year's money, which hold in the carry-over's columns too (inCarryover). */
const THIS_YEAR_ROWS: RowIdentity[] = [
  row('income_summary', 'current_year_subtotal', INCOME_SOURCES),
  row('expenditure_summary', THIS_YEAR, [
    ...BASIC_AND_PROJECT,
    'operating',
    'remittance_to_superior',
    'subsidy_to_subordinate',
    'transfer_to_lower_level',
    'reserved',
    'carryover_to_next_year',
  ]),
  ...SPENDING_TABLES.map((t) => row(t, THIS_YEAR, BASIC_AND_PROJECT)),
  ...BASIC_TABLES.map((t) => row(t, THIS_YEAR, [PERSONNEL_OR_CLASSES, PUBLIC_OR_CLASSES])),
];

const ROW_IDENTITIES: RowIdentity[] = [
  row('income_summary', 'total', [{ key: 'current_year_subtotal', else: INCOME_SOURCES }, ...PAST_YEARS]),
  row('income_summary', 'fiscal_appropriation', [...FUNDS]),
  ...THIS_YEAR_ROWS,
  ...THIS_YEAR_ROWS.map(inCarryover),
  // a 支出总表 by source (西安), or split into this year's and the carry-over (吉林)
  row('expenditure_summary', 'total', [{ key: 'current_year_subtotal', else: INCOME_SOURCES }, ...PAST_YEARS]),
  ...[...SPENDING_TABLES, ...BASIC_TABLES].map((t) => halves(t, 'total')),
  ...([IES, FAS] as const).flatMap((t) => (['income', 'expenditure'] as const).map((side) => halves(t, 'budget', side))),
  row(FAS, 'total', [...FUNDS], 'expenditure'),
  // 收支总表 expenditure printed by fund (四川) or by use (上海 单位预算)
  row('income_expenditure_summary', 'budget', [{ key: 'fiscal_appropriation', else: FUNDS }, 'fiscal_special_account', 'unit_funds'], 'expenditure'),
  row('income_expenditure_summary', 'budget', BASIC_AND_PROJECT, 'expenditure'),
  row('three_public_expenses', 'total', [...FUNDS]),
  ...(['basic_expenditure', 'project_expenditure'] as const).flatMap((t) => [
    row(t, 'total', [...INCOME_SOURCES, ...PAST_YEARS]),
    row(t, 'fiscal_appropriation', [...FUNDS]),
  ]),
];

/** The 三公 table's items, paid by the general budget or (四川 表4-1) a government fund. */
const THREE_PUBLIC: SumIdentity[] = (['three_public_expenses', 'government_fund_three_public_expenses'] as const).flatMap((table) => [
  itemSum('three_public_total_equals_items', 'three_public_total', ['overseas_travel', 'vehicle_total', 'reception'], table),
  itemSum('vehicle_total_equals_purchase_and_operation', 'vehicle_total', ['vehicle_purchase', 'vehicle_operation'], table),
  itemSum('overseas_travel_equals_subitems', 'overseas_travel', ['overseas_travel_research', 'overseas_travel_other'], table),
  // Jiangsu's “三公”经费、会议费、培训费 table
  itemSum('three_public_grand_total_equals_items', 'grand_total', ['three_public_total', 'meeting', 'training'], table),
]);

/**
 * 基本支出表: 人员经费 is 工资福利支出 (301) + 对个人和家庭的补助 (303); 公用经费 every other 类.
 * Some templates count parts of other 类 as 人员经费 and print that share on the rows (长沙 302,
 * 重庆): there the per-row columns' hierarchy checks the split, and these do not apply.
 */
const GBB = 'general_budget_basic_expenditure';
const SPLIT_BY_CLASS: Condition = {
  every: [
    { empty: { table: GBB, rows: { by: 'classes', except: ['301', '303'] }, column: 'personnel' } },
    { empty: { table: GBB, rows: { by: 'classes', only: ['301', '303'] }, column: 'public' } },
  ],
};
const ECONOMIC_SPLIT: SumIdentity[] = [
  {
    kind: 'sum',
    id: 'personnel_equals_classes_301_303',
    target: totalRow(GBB, 'personnel'),
    terms: [{ table: GBB, rows: { by: 'classes', only: ['301', '303'] }, column: 'total' }],
    what: 'total of 类 rows 301, 303',
    when: [SPLIT_BY_CLASS],
    exclusive: true,
  },
  {
    kind: 'sum',
    id: 'public_equals_other_classes',
    target: totalRow(GBB, 'public'),
    terms: [{ table: GBB, rows: { by: 'classes', except: ['301', '303'] }, column: 'total' }],
    what: 'total of 类 rows other than 301, 303',
    when: [SPLIT_BY_CLASS],
    exclusive: true,
  },
];

// ---- 2. two-sided tables ------------------------------------------------------------------

/**
 * 财政拨款收支总表, per fund: this year's appropriation + its carry-over = the fund's column
 * of 支出总计. Applies when the carry-over is split by fund (or there is none).
 */
const FUND_BALANCE: SumIdentity[] = FUNDS.map((fund) => ({
  kind: 'sum',
  id: 'fund_income_equals_fund_expenditure',
  target: sideTotal(FAS, 'expenditure', 'grand', fund),
  terms: [named(FAS, 'income', FUND[fund]), named(FAS, 'income', FUND[fund], CARRYOVER_GROUP)],
  what: `${fund} appropriation and carry-over`,
  when: [{ has: named(FAS, 'income', [/./], CARRYOVER_GROUP) }, { empty: named(FAS, 'income', CARRYOVER) }],
}));

// ---- 3. across tables ---------------------------------------------------------------------


const ACROSS: Identity[] = [
  equal('summary_income_matches_income_summary', totalRow('income_summary', 'total'), sideTotal(IES, 'income', 'grand')),
  equal('summary_income_matches_income_summary', totalRow('income_summary', 'current_year_subtotal'), sideTotal(IES, 'income', 'current')),
  equal('summary_income_matches_income_summary', totalRow('income_summary', 'prior_year_carryover'), named(IES, 'income', CARRYOVER)),
  {
    kind: 'sum',
    id: 'summary_income_matches_income_summary',
    target: totalRow('income_summary', 'fiscal_appropriation'),
    terms: [named(IES, 'income', [...FUND.general_public_budget, ...FUND.government_fund, ...FUND.state_capital])],
    what: 'sum of fund income rows',
    when: [{ empty: named(IES, 'income', FISCAL_APPROPRIATION) }],
  },
  equal('summary_income_matches_income_summary', totalRow('income_summary', 'fiscal_appropriation'), named(IES, 'income', FISCAL_APPROPRIATION)),
  equal('summary_expenditure_matches_expenditure_summary', totalRow('expenditure_summary', 'total'), sideTotal(IES, 'expenditure', 'current_or_grand')),
  {
    kind: 'per_class',
    id: 'summary_expenditure_matches_expenditure_summary',
    left: { table: 'expenditure_summary', column: 'total' },
    right: { table: IES, side: 'expenditure' },
  },
  { ...equal('income_summary_matches_expenditure_summary', totalRow('expenditure_summary', 'total'), totalRow('income_summary', 'total')), when: [{ has: totalRow('expenditure_summary', 'carryover_to_next_year') }], exclusive: true },
  {
    // a 支出总表 without a 结转下年 column totals this year's spending; the 收入总表's 合计 also
    // holds what is carried to next year, which the 收支总表 prints (北京: 年终结转结余)
    kind: 'sum',
    id: 'income_summary_matches_expenditure_summary',
    target: totalRow('income_summary', 'total'),
    terms: [totalRow('expenditure_summary', 'total'), named(IES, 'expenditure', YEAR_END_CARRYOVER)],
    what: 'expenditure_summary 合计 and the year-end carry-over',
    when: [{ absent: totalRow('expenditure_summary', 'carryover_to_next_year') }],
    exclusive: true,
  },
  {
    // what is carried to next year (西南大学: 结转下年 88,480.06, all in 205) is in the income
    // but in no 类 of a 支出总表 without a 结转下年 column
    kind: 'per_class',
    id: 'income_summary_matches_expenditure_summary',
    left: { table: 'expenditure_summary', column: 'total' },
    right: { table: 'income_summary', column: 'total' },
    when: [{ has: totalRow('expenditure_summary', 'carryover_to_next_year') }, { empty: named(IES, 'expenditure', YEAR_END_CARRYOVER) }],
  },
  ...(
    [
      ['fiscal_summary_matches_general_budget_table', 'general_budget_expenditure', 'general_public_budget'],
      ['fiscal_summary_matches_government_fund_table', 'government_fund_expenditure', 'government_fund'],
      ['fiscal_summary_matches_state_capital_table', 'state_capital_expenditure', 'state_capital'],
    ] as const
  ).flatMap(([id, table, fund]): Identity[] => [
    equal(id, totalRow(table, 'total'), sideTotal(FAS, 'expenditure', 'current_or_grand', fund)),
    { kind: 'per_class', id, left: { table, column: 'total' }, right: { table: FAS, side: 'expenditure', column: fund } },
  ]),
  // 陕西's 财政拨款上年结转资金支出表: the projects spend the carry-over the 财政拨款收支总表 takes in,
  // added up where the table prints no 合计 (2019, 2020: two projects, no total row)
  { ...equal('carryover_table_matches_fiscal_summary', totalRow(FCE, 'total'), named(FAS, 'income', CARRYOVER)), when: [{ has: totalRow(FCE, 'total') }], exclusive: true },
  {
    kind: 'sum',
    id: 'carryover_table_matches_fiscal_summary',
    target: named(FAS, 'income', CARRYOVER),
    terms: [{ table: FCE, rows: { by: 'entries' }, column: 'total' }],
    what: 'sum of the projects listed',
    when: [{ absent: totalRow(FCE, 'total') }],
    exclusive: true,
  },
  // 陕西's 政府性基金收支表: the fund's income is the 财政拨款收支总表's
  equal('fiscal_summary_matches_government_fund_table', sideTotal(GFIE, 'income', 'current_or_grand'), named(FAS, 'income', FUND.government_fund)),
  ...FUNDS.flatMap((fund): SumIdentity[] => [
    {
      ...equal('fiscal_summary_income_matches_summary_income', named(FAS, 'income', FUND[fund]), named(IES, 'income', FUND[fund])),
      when: [{ has: named(IES, 'income', CARRYOVER) }],
      exclusive: true,
    },
    {
      // a 收支总表 printing no carry-over row counts it in its fund rows (重庆:
      // "结转金额已纳入相应性质的资金收入中"): the fund's appropriation and its carry-over
      kind: 'sum',
      id: 'fiscal_summary_income_matches_summary_income',
      target: named(IES, 'income', FUND[fund]),
      terms: [named(FAS, 'income', FUND[fund]), named(FAS, 'income', FUND[fund], CARRYOVER_GROUP)],
      what: `${fund} appropriation and carry-over`,
      when: [{ absent: named(IES, 'income', CARRYOVER) }],
      exclusive: true,
    },
  ]),
  equal('general_budget_basic_matches_basic_table', totalRow('general_budget_basic_expenditure', 'total'), totalRow('general_budget_expenditure', 'basic')),
  equal('general_budget_project_matches_project_table', totalRow('general_budget_project_expenditure', 'total'), totalRow('general_budget_expenditure', 'project')),
  // the same spending by the other classification (陕西, 四川): the same total
  ...TABLES.filter((d) => d.classOf).map((d) => equal('other_classification_matches_table', totalRow(d.id, 'total'), totalRow(d.classOf!, 'total'))),
  equal('basic_table_matches_expenditure_summary', totalRow('basic_expenditure', 'total'), totalRow('expenditure_summary', 'basic')),
  {
    // the 项目支出预算表 lists the 事业单位经营 projects too (湖州 交通运输局: 171,462.41 = 项目支出
    // 171,262.41 + 经营支出 200.00); where the 支出总表 prints no 经营 column the term is absent
    kind: 'sum',
    id: 'project_table_matches_expenditure_summary',
    target: totalRow('project_expenditure', 'total'),
    terms: [totalRow('expenditure_summary', 'project'), totalRow('expenditure_summary', 'operating')],
    what: '支出总表 合计 project + operating',
  },
  {
    // 30231 is the basic expenditure's; the 三公 figure also counts what projects spend on
    // vehicles (重庆, 北京, 广州 print more there): the first can never exceed the second
    ...equal(
      'vehicle_operation_matches_economic_30231',
      { table: 'general_budget_basic_expenditure', rows: { by: 'code', code: '30231' }, column: 'total' },
      { ...item('vehicle_operation'), column: ['general_public_budget', 'total'] },
    ),
    atMost: true,
  },
  // 陕西: the meetings and trainings listed (会议费明细表, 培训费明细表) are the 三公 table's 会议费 and 培训费
  listed('meeting_details_match_three_public', 'meeting_details', 'meeting'),
  listed('training_details_match_three_public', 'training_details', 'training'),
  {
    // the 绩效目标表 of every project (the sample) add up to the 项目支出; a document may print
    // them for some only (西南大学 2023: 24 专项, 30,243.02 of 92,759.19), and says nothing of
    // which: the projects can never add up to more
    kind: 'sum',
    id: 'projects_sum_matches_project_expenditure',
    target: totalRow('expenditure_summary', 'project'),
    terms: [{ projects: 'budget' }],
    what: 'sum of project budgets',
    atLeast: true,
  },
];

// ---- 4. narrative ↔ tables ----------------------------------------------------------------

const ies = (side: Side, patterns: readonly RegExp[]): Ref => named(IES, side, patterns);

/** A fund's income as the text states it: its appropriation, or that plus its carry-over (北京 国资委). */
const fundIncome = (fund: readonly RegExp[]): NarrativeTarget[] => [
  ies('income', fund),
  named(FAS, 'income', fund),
  ...([IES, FAS] as const).map((t): NarrativeTarget => ({ plus: [named(t, 'income', fund), named(t, 'income', fund, CARRYOVER_GROUP)] })),
];

/** A 三公 item's money: its total, or this year's and the carry-over where it is printed split (吉林). */
const wholeItem = (key: string): NarrativeTarget[] => [item(key), { plus: [item(key, 'current_year_subtotal'), item(key, 'prior_year_carryover')] }];

const NARRATIVE_TARGETS: Record<FigureKey, readonly NarrativeTarget[]> = {
  income_expenditure_total: [sideTotal(IES, 'income', 'grand'), sideTotal(IES, 'expenditure', 'grand')],
  income_total: [sideTotal(IES, 'income', 'grand'), totalRow('income_summary', 'total')],
  // 陕西's 综合预算 counts the carry-overs in 当年预算收入 (公安局: 344,447.70 = 收入总计, 本年收入合计 328,082.50)
  current_year_income: [sideTotal(IES, 'income', 'current_or_grand'), totalRow('income_summary', 'current_year_subtotal'), sideTotal(IES, 'income', 'grand')],
  expenditure_total: [sideTotal(IES, 'expenditure', 'grand'), totalRow('expenditure_summary', 'total')],
  current_year_expenditure: [sideTotal(IES, 'expenditure', 'current_or_grand'), totalRow('expenditure_summary', 'total')],
  general_public_budget_income: fundIncome(FUND.general_public_budget),
  government_fund_income: fundIncome(FUND.government_fund),
  state_capital_income: fundIncome(FUND.state_capital),
  fiscal_special_account_income: [ies('income', FISCAL_SPECIAL_ACCOUNT), totalRow('income_summary', 'fiscal_special_account')],
  unit_funds_income: [ies('income', UNIT_FUNDS), totalRow('income_summary', 'unit_funds')],
  prior_year_carryover: [ies('income', CARRYOVER), totalRow('income_summary', 'prior_year_carryover')],
  basic_expenditure: [totalRow('expenditure_summary', 'basic')],
  fiscal_basic_expenditure: [totalRow('general_budget_basic_expenditure', 'total'), totalRow('general_budget_expenditure', 'basic')],
  project_expenditure: [totalRow('expenditure_summary', 'project')],
  fiscal_project_expenditure: [totalRow('general_budget_expenditure', 'project')],
  personnel_expenses: [totalRow('general_budget_basic_expenditure', 'personnel')],
  public_expenses: [totalRow('general_budget_basic_expenditure', 'public')],
  // 机关运行经费 only against where it is printed as such: its definition varies (北京 信访办 states
  // 1,698.15 against a 公用经费 of 583.77), so the 基本支出表's 公用经费 is no bound for it
  office_operation: [item('office_operation'), totalRow('office_operation_expenditure', 'total')],
  three_public_total: wholeItem('three_public_total'),
  overseas_travel: wholeItem('overseas_travel'),
  vehicle_total: wholeItem('vehicle_total'),
  vehicle_purchase: wholeItem('vehicle_purchase'),
  vehicle_operation: wholeItem('vehicle_operation'),
  meeting: wholeItem('meeting'),
  training: wholeItem('training'),
  reception: wholeItem('reception'),
};

/** Each figure's budget targets, then its 决算 ones: a figure passes when any agrees. */
function withFinal(targets: Record<FigureKey, readonly NarrativeTarget[]>): Record<FigureKey, readonly NarrativeTarget[]> {
  const out = { ...targets };
  for (const k of Object.keys(out) as FigureKey[]) out[k] = [...out[k], ...(FINAL_NARRATIVE_TARGETS[k] ?? [])];
  return out;
}

export const IDENTITIES: readonly Identity[] = [
  { kind: 'hierarchy', id: 'hierarchy_sum', tables: [...LINE_ITEM_TABLES, ...FINAL_TABLES_WITH_HIERARCHY] },
  {
    kind: 'groups',
    id: 'procurement_subtotals_sum',
    table: 'government_procurement',
    levels: tableDef('government_procurement').columns.filter((c) => c.groups).map((c) => c.key),
    columns: ['total', ...FUNDS, 'fiscal_special_account', 'unit_funds', 'prior_year_carryover', 'sme_reserved'],
  },
  {
    kind: 'groups',
    id: 'purchase_services_subtotals_sum',
    table: 'government_purchase_services',
    levels: tableDef('government_purchase_services').columns.filter((c) => c.groups).map((c) => c.key),
    columns: ['total', ...FUNDS],
  },
  {
    kind: 'groups',
    id: 'carryover_subtotals_sum',
    table: FCE,
    levels: tableDef(FCE).columns.filter((c) => c.groups).map((c) => c.key),
    columns: ['total'],
  },
  ...ROW_IDENTITIES,
  ...THREE_PUBLIC,
  ...ECONOMIC_SPLIT,
  ...twoSided(IES),
  ...twoSided(FAS),
  ...twoSided(GFIE),
  ...FUND_BALANCE,
  carryoverParts(FAS, CARRYOVER, CARRYOVER_GROUP),
  ...ACROSS,
  ...FINAL_IDENTITIES,
  { kind: 'narrative', id: 'narrative_figure_matches_table', targets: withFinal(NARRATIVE_TARGETS) },
];
