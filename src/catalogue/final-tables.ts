// The 决算 (final accounts) tables: the nine every 部门决算/单位决算 prints, with the columns
// their templates share (central ministries, universities, city bureaus). Their titles are
// the budget tables' content words plus 决算, so the two catalogues never compete.
import {
  amount,
  BASIC,
  BASIC_BY_CLASS,
  COMMON,
  GENERAL_PUBLIC_BUDGET,
  GOVERNMENT_FUND,
  NAME,
  PERSONNEL,
  PROJECT,
  PUBLIC,
  SEQ,
  SPENDING_BY_USE,
  STATE_CAPITAL,
  UNIT_INCOME,
} from './columns.js';
import { TWO_SIDES } from './sides.js';
import { THREE_PUBLIC_ITEMS } from './three-public.js';
import type { ColumnDef, TableDef } from './types.js';

/** 决算数: what was spent or received. 合计 is its total where fund columns follow (财政拨款 总表). */
const ACTUAL = amount('actual', ['决算数', '决算金额', '金额', '合计', '小计', '总计', '本年决算数']);
/** 年初预算数 / 调整预算数 / 全年预算数: the budget the accounts are set against. */
const ADJUSTED_BUDGET = amount('adjusted_budget', ['年初预算数', '调整预算数', '全年预算数', '调整后预算数', '预算数']);
/** 合计 of a line-item 决算 table: this year's total (本年收入合计, 本年支出合计, 本年支出 › 小计). */
const TOTAL = amount('total', ['合计', '小计', '总计', '本年收入合计', '本年支出合计', '收入合计', '支出合计', '决算数', '金额']);
/** Carry-overs and this year's income, the columns of the 收入支出决算表 by fund. */
const BALANCE: ColumnDef[] = [
  amount('year_start_carryover', ['年初结转和结余', '年初结转结余', '年初财政拨款结转和结余']),
  amount('income', ['本年收入']),
  amount('year_end_carryover', ['年末结转和结余', '年末结转结余', '年末财政拨款结转和结余']),
  ADJUSTED_BUDGET,
];
/** 项目支出 › 其中：基本建设资金支出 (西南大学). */
const CAPITAL_CONSTRUCTION = amount('project_capital_construction', ['基本建设资金支出', '基本建设支出'], ['项目支出']);
const FUND_TABLE_COLUMNS: ColumnDef[] = [...COMMON, TOTAL, BASIC, PROJECT, CAPITAL_CONSTRUCTION, ...BALANCE];
/** words a 决算 table's title may add to its own (收入支出决算表 by fund, 财政拨款 …). */
const FUND_TITLE_ALSO = ['财政拨款', '收支', '收入', '支出', '功能分类', '预算'];

const FINAL = { account: 'final_account' } as const;

/** A 三公 决算 table's columns and items, whichever fund pays it. */
const THREE_PUBLIC_FINAL = {
  columns: [SEQ, NAME, amount('budget', ['预算数', '全年预算数', '年初预算数']), amount('actual', ['决算数'])],
  items: THREE_PUBLIC_ITEMS,
};

export const FINAL_TABLES: TableDef[] = [
  {
    ...FINAL,
    id: 'final_income_expenditure_summary',
    family: 'two_sided',
    mandated: true,
    title: { all: ['收支', '决算'] },
    sides: TWO_SIDES,
    columns: [SEQ, NAME, ACTUAL, ADJUSTED_BUDGET],
  },
  {
    ...FINAL,
    id: 'final_income',
    family: 'line_items',
    mandated: true,
    title: { all: ['收入', '决算'] },
    columns: [
      ...COMMON,
      TOTAL,
      amount('fiscal_appropriation', ['财政拨款收入', '财政拨款', '财政补助收入']),
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
      ...UNIT_INCOME,
      // 西南大学: 事业收入 › 其中：教育收费
      amount('education_fees', ['教育收费'], ['事业收入']),
    ],
  },
  {
    ...FINAL,
    id: 'final_expenditure',
    family: 'line_items',
    mandated: true,
    title: { all: ['支出', '决算'] },
    columns: [...COMMON, TOTAL, ...SPENDING_BY_USE],
  },
  {
    ...FINAL,
    id: 'final_fiscal_appropriation_summary',
    family: 'two_sided',
    mandated: true,
    title: { all: ['财政拨款', '收支', '决算'] },
    sides: TWO_SIDES,
    columns: [SEQ, NAME, ACTUAL, GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, ADJUSTED_BUDGET],
  },
  {
    ...FINAL,
    id: 'final_general_budget_expenditure',
    family: 'line_items',
    mandated: true,
    // 支出决算表, or 收入支出决算表 (its carry-overs and income beside the spending)
    title: { all: ['一般公共预算', '决算'], also: ['财政拨款', '功能分类', '收支', '收入', '支出'] },
    columns: FUND_TABLE_COLUMNS,
  },
  {
    ...FINAL,
    id: 'final_general_budget_basic_expenditure',
    family: 'line_items',
    codeScheme: 'economic',
    mandated: true,
    title: { all: ['一般公共预算', '基本支出', '决算'], also: ['财政拨款', '经济分类'] },
    columns: [...COMMON, TOTAL, PERSONNEL, PUBLIC, ...BASIC_BY_CLASS],
  },
  {
    ...FINAL,
    id: 'final_government_fund',
    family: 'line_items',
    mandated: true,
    title: { all: ['政府性基金', '决算'], also: FUND_TITLE_ALSO },
    columns: FUND_TABLE_COLUMNS,
  },
  {
    ...FINAL,
    id: 'final_state_capital',
    family: 'line_items',
    mandated: true,
    title: { all: ['国有资本经营', '决算'], also: FUND_TITLE_ALSO },
    columns: FUND_TABLE_COLUMNS,
  },
  {
    ...FINAL,
    id: 'final_three_public_expenses',
    family: 'line_items',
    mandated: true,
    // 陕西: "三公"经费及会议费、培训费支出决算表
    title: { all: ['三公', '决算'], also: ['财政拨款', '一般公共预算', '支出', '机关运行经费', '行政经费', '会议费', '培训费'] },
    ...THREE_PUBLIC_FINAL,
  },
  {
    // 四川: 政府性基金预算财政拨款“三公”经费支出决算表 (most print it empty)
    ...FINAL,
    id: 'final_government_fund_three_public_expenses',
    family: 'line_items',
    mandated: false,
    title: { all: ['政府性基金', '三公', '决算'], also: ['财政拨款', '支出', '会议费', '培训费'] },
    ...THREE_PUBLIC_FINAL,
  },
  {
    ...FINAL,
    id: 'final_fiscal_appropriation_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['财政拨款', '支出', '决算'], also: ['功能分类'] },
    columns: [...FUND_TABLE_COLUMNS, GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL],
  },
  {
    ...FINAL,
    id: 'final_general_budget_project_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['一般公共预算', '项目支出', '决算'], also: ['财政拨款', '经济分类', '功能分类', '支出'] },
    columns: [...COMMON, TOTAL],
  },
  {
    ...FINAL,
    id: 'final_office_operation_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['机关运行经费', '决算'], also: ['一般公共预算', '财政拨款', '支出'] },
    columns: [...COMMON, amount('total', [...TOTAL.labels, '机关运行经费支出', '机关运行经费'])],
  },
  {
    // 项目支出绩效自评表 (国家信访局: one per project, titled "X项目绩效自评表"): read by labels like
    // the budget's 绩效目标表, into projects.jsonl / indicators.jsonl
    ...FINAL,
    id: 'final_project_performance',
    family: 'project_performance',
    mandated: false,
    title: { all: ['绩效目标', '自评'], also: ['项目', '项目支出', '专项资金', '部门整体', '支出', '决算'] },
    columns: [],
  },
];
