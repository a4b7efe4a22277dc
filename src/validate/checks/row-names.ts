// Row labels of the two-sided tables (收支总表, 财政拨款收支总表) and of line-item totals, as
// data. Patterns apply to the canonical label without its ordinal prefix (text.ts), so
// "一、一般公共预算拨款收入", "1. 一般公共预算" and "收 入 总 计" all reach them.
// Add a province's wording here.
import type { Side } from '../../schema/records.js';

/** The 合计 row of a line-item table (a code-less total line). */
export const TABLE_TOTAL_ROW = [/^合计$/, /^总计$/];

interface SideTotals {
  /** 本年收入合计: the current year's total, above the carry-overs. */
  current: readonly RegExp[];
  /** 收入总计: the grand total, the last matching row of the side. */
  grand: readonly RegExp[];
}

const EXPENDITURE_TOTALS: SideTotals = {
  // 重庆, 长沙 print "一、本年支出" above its parts ((一)一般公共服务支出 …)
  current: [/^(本年|当年)支出(合计|小计)?$/, /^支出合计$/],
  grand: [/^支出总计$/, /^支出合计$/, /^(总计|合计)$/],
};

export const SIDE_TOTALS: Readonly<Record<Side, SideTotals>> = {
  income: {
    current: [/^(本年|当年)收入(合计|小计)?$/, /^收入合计$/],
    // Jiangsu prints 当年收入小计, 上年结转资金, then 收入合计 as its grand total.
    grand: [/^收入总计$/, /^收入合计$/, /^(总计|合计)$/],
  },
  expenditure: EXPENDITURE_TOTALS,
  expenditure_by_use: EXPENDITURE_TOTALS,
  expenditure_by_economic_class: EXPENDITURE_TOTALS,
};

/** Rows that are never income or expenditure items, wherever they are printed. */
export const NOT_AN_ITEM = [/结转/, /结余/, /弥补/];

/** Carry-over rows (上年结转结余, 年初财政拨款结转和结余, 上年结转资金). */
export const CARRYOVER = [/^(上年|年初)(财政拨款)?结转(和|及)?(结余)?(资金)?$/, /^上年结余$/];
/** What is carried to next year, on the expenditure side (年终结转结余, 结转下年, 年末结转和结余). */
export const YEAR_END_CARRYOVER = [
  /^(年终|年末)结转(和|及)?(结余)?(资金)?$/,
  /^结转(结余)?下年(资金)?$/,
  // 西安: what the units' own accounts hold and this year does not spend, kept beside 结转下年
  // (收入总计 1,059,464,715.06 = 本年支出合计 1,055,907,667.43 + 165,000.00 + 3,392,047.63)
  /^未安排支出的实户资金(余额)?$/,
];
/** attributes.group of the per-fund rows nested under a carry-over row. */
export const CARRYOVER_GROUP = /结转|结余/;

export const FUND = {
  general_public_budget: [/^一般公共预算(财政)?(拨款)?(收入|资金)?$/],
  government_fund: [/^政府性基金(预算)?(财政)?(拨款)?(收入|资金)?$/],
  state_capital: [/^国有资本经营(预算)?(财政)?(拨款)?(收入|资金)?$/],
} as const;
/** The 财政拨款 subtotal some templates print above the three funds. */
export const FISCAL_APPROPRIATION = [/^财政拨款(收入|资金)?(\(补助\))?$/];
export const FISCAL_SPECIAL_ACCOUNT = [/^财政专户(管理资金|核拨)?(收入|资金)?$/];
export const UNIT_FUNDS = [/^单位资金(收入)?$/];

/** Column read where an identity names none: line-item tables print `total`, two-sided ones `budget`. */
export const MAIN_COLUMN = ['total', 'budget', 'actual'] as const;

/** Level names for messages: 类/款/项 by code level. */
export const LEVEL_NAMES: Readonly<Record<number, string>> = { 1: '类', 2: '款', 3: '项' };
