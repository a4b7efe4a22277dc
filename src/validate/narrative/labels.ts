// Figures the 说明 text states, as data: the label that introduces each figure. Labels
// apply to the canonical text (NFKC, no whitespace, no quotes: "“三公”经费" → "三公经费",
// "（境）" → "(境)"). Look-behinds keep a total's label from firing inside a fund's or
// a class's ("一般公共预算收入" is not 预算收入; "财政拨款基本支出" is not 基本支出).

import { OPTIONAL_SCOPE, ORGANIZATION_SUFFIX, SECTION_NUMBER } from '../../catalogue/metadata.js';

export { FIGURE_KEYS } from '../../schema/records.js';
import type { FIGURE_KEYS } from '../../schema/records.js';
export type FigureKey = (typeof FIGURE_KEYS)[number];

export interface FigureLabel {
  key: FigureKey;
  labels: readonly RegExp[];
  /** paragraphs where the label means something else (公务用车运行维护费 listed inside 机关运行经费) */
  notIn?: RegExp;
  /**
   * a figure of the department as a whole (its totals, its income by fund), named by a
   * clause's subject: what stands before the label, after the clause starts, may only be a
   * year, the department's name or filler (本年, 部门, 单位). Anything else qualifies the
   * label, and the figure is some other money: 公务用车购置预算支出 (a 三公 item),
   * 上年结转结余的一般公共预算收入 (a carry-over part), 教育支出预算数 (a class).
   */
  subject?: true;
}

const NOT_FUND = '(?<!公共|基金|经营|专户|核拨|资金|拨款|财政)';
// 云南: 部门财务总收入, 单位预算总支出; a fund's 预算 before 总收入 is that fund's (一般公共预算总支出)
const NOT_FUND_TOTAL = `${NOT_FUND}(?<!公共预算|基金预算|经营预算)`;
// 预算支出 / 支出预算 right after the name of an expense or a kind of spending is that
// expense's budget, not the department's total: 会议费预算支出, 培训费预算支出,
// 政府性基金支出预算支出, 政府采购支出预算总额.
const NOT_NAMED_EXPENSE = '(?<!费|支出|采购)';
const THREE_PUBLIC_ONLY = /机关运行经费/;
// 本年收入预算 is this year's income, not the total with carry-overs
const NOT_CURRENT = '(?<!本年|当年)';

export const FIGURE_LABELS: readonly FigureLabel[] = [
  { key: 'income_expenditure_total', subject: true, labels: [/(?<!拨款|财政)(预算收支|收支预算|收、?支总预算)/, /(?<!拨款|财政)收、?支(预算)?总(额|计)/] },
  { key: 'income_total', subject: true, labels: [new RegExp(`${NOT_FUND}${NOT_CURRENT}(预算收入|收入预算)`), new RegExp(`${NOT_FUND}收入总(额|计)`), new RegExp(`${NOT_FUND_TOTAL}(财务|预算)?总收入`)] },
  { key: 'current_year_income', subject: true, labels: [/(本年|当年)收入(预算)?(合计|小计)/, /(本年|当年)(预算收入|收入预算)/] },
  {
    key: 'expenditure_total',
    subject: true,
    labels: [
      new RegExp(`${NOT_FUND}${NOT_NAMED_EXPENSE}${NOT_CURRENT}(?<!基本|项目)(支出预算|预算支出)`),
      new RegExp(`${NOT_FUND}支出总(额|计)`),
      new RegExp(`${NOT_FUND_TOTAL}(财务|预算)?总支出`),
    ],
  },
  { key: 'current_year_expenditure', subject: true, labels: [/(本年|当年)支出(预算)?(合计|小计)/, /(本年|当年)(预算支出|支出预算)/] },
  { key: 'general_public_budget_income', subject: true, labels: [/一般公共预算(财政)?(拨款)?收入/] },
  { key: 'government_fund_income', subject: true, labels: [/(政府性)?基金(预算)?(财政)?(拨款)?收入/] },
  { key: 'state_capital_income', subject: true, labels: [/国有资本经营预算(财政)?(拨款)?收入/] },
  { key: 'fiscal_special_account_income', subject: true, labels: [/财政专户(管理资金|核拨)?收入/] },
  { key: 'unit_funds_income', subject: true, labels: [/单位资金收入/] },
  { key: 'prior_year_carryover', labels: [/上年结转(和|及)?(结余)?(资金)?|上年结余/] },
  { key: 'basic_expenditure', labels: [/(?<!拨款|财政|预算)基本支出/] },
  { key: 'fiscal_basic_expenditure', labels: [/(财政)?拨款基本支出/] },
  // a named project's spending is no figure of the department's (深圳: 其中，深圳机场T2项目…评审项目支出304.16万元)
  { key: 'project_expenditure', subject: true, labels: [/(?<!拨款|财政|预算)项目支出/] },
  // 在职人员经费 and 离退休人员经费 are its parts (深圳: (一)在职人员经费7,557.83万元)
  { key: 'personnel_expenses', labels: [/(?<!在职|离退休|退休)人员经费/] },
  // 物业管理（非公用经费部分） names what is not 公用经费
  { key: 'public_expenses', labels: [/(?<!非)公用经费/] },
  { key: 'office_operation', labels: [/机关运行经费/] },
  { key: 'three_public_total', labels: [/三公经费/] },
  { key: 'overseas_travel', labels: [/因公出国\(境\)费/], notIn: THREE_PUBLIC_ONLY },
  { key: 'vehicle_total', labels: [/公务用车购置及运(行)?(维护|维)?费/], notIn: THREE_PUBLIC_ONLY },
  { key: 'vehicle_purchase', labels: [/公务用车购置费/], notIn: THREE_PUBLIC_ONLY },
  { key: 'vehicle_operation', labels: [/公务用车运(行)?(维护|维)?费/], notIn: THREE_PUBLIC_ONLY },
  { key: 'reception', labels: [/公务接待费/], notIn: THREE_PUBLIC_ONLY },
  // Jiangsu's “三公”经费、会议费、培训费 table and its 说明 (会议费预算支出1305.25万元)
  { key: 'meeting', labels: [/会议费/], notIn: THREE_PUBLIC_ONLY },
  { key: 'training', labels: [/培训费/], notIn: THREE_PUBLIC_ONLY },
];

/**
 * Words between a label and its amount that make the amount something other than this
 * year's figure: a change (同比减少0.2万元, 增加137.25万元), a comparison (较2023年), a share.
 */
export const NOT_THIS_YEAR = /增|减|降|较|比|上年|去年|持平|变化|占|执行/;

/** The verbs of a change. */
const CHANGE_VERBS = '增加|减少|增长|下降|降低|调增|调减|压减|节约|新增';

/**
 * Words right before a label that make the amount a change of that figure, not the figure:
 * "增加基本支出844.15万元" (the year's increase of 基本支出), "减少了项目支出…".
 */
export const CHANGE_BEFORE_LABEL = new RegExp(`(${CHANGE_VERBS}|增|减)了?$`);

/**
 * A clause starting with a change verb (减少西安市社会科学院日常公用经费65.56万元): its amount is
 * the change, whatever stands between the verb and the label.
 */
export const CHANGE_CLAUSE = new RegExp(`^(${CHANGE_VERBS})`);

/**
 * A sentence explaining a change (培训费预算支出21.39万元，较上年增加…，增加的主要原因是…师资培训费
 * 今年预算10.19万元): the amounts after its 原因 are parts of the reason, not the department's figures.
 */
export const REASON_CLAUSE = /原因(?:是|为|在于|主要是|:)/;

/**
 * A label right after 比 / 较 and a year names what the figure is compared with ("比2025年预算收入
 * 执行数483,923.17万元"), never this year's figure.
 */
export const COMPARED_WITH = /(比|较|同比|相比)(20\d{2}年度?|上年|去年)?(年初)?$/;

/** The clause start (punctuation) and the filler that may stand between a subject and its label. */
export const CLAUSE_BREAK = /[。;,:、]/;
/** What names no item before an amount: a year, 预算数 and the like (北京: 2026年预算数198.40万元，包括…). */
export const AMOUNT_FILLER = /20\d{2}年度?|预算数?|金额|合计|共计?|为|:/g;
/** A label listed before another with 、 (财政拨款收入总计、支出总计均为…): what precedes it is the subject of both. */
export const LISTED_LABEL = /(?:收入|支出|收支)(?:预算)?(?:总计|合计|总额|小计)?$/;
export const SUBJECT_FILLER = /(本年度?|当年|全年|年度|本部门|本单位|部门|单位|预算|共|合计|总计|其中)*$/;
/** What a clause's subject may end with: nothing, a year, or an organization's name, with its scope (深圳: 深圳市交通运输局(本级)). */
export const SUBJECT_END = new RegExp(`(^|20\\d{2}(?:年度?)?|年|${ORGANIZATION_SUFFIX}${OPTIONAL_SCOPE})$`);

/**
 * A section whose heading names its subject (三、财政拨款情况说明) changes what a bare label
 * means inside it: 基本支出 there is the appropriation's, not the department's.
 */
export const SECTION_SUBJECTS: readonly { heading: RegExp; means: Partial<Record<FigureKey, FigureKey | null>> }[] = [
  {
    // and a bare total there is the appropriation's (西安: （二）财政拨款收支情况 … 支出预算总计181807.13万元)
    heading: /财政拨款|一般公共预算/,
    means: {
      basic_expenditure: 'fiscal_basic_expenditure',
      project_expenditure: 'fiscal_project_expenditure',
      income_expenditure_total: null,
      income_total: null,
      expenditure_total: null,
    },
  },
  {
    // 人员经费 / 公用经费 in a section on the projects is a project's (长春: 八、项目支出情况说明 …
    // 信访局临聘人员经费15.56万元), never the 基本支出's split: such a figure stays unlabelled (null)
    heading: /项目/,
    means: { personnel_expenses: null, public_expenses: null },
  },
];
/** A section heading: numbered, short, no amount. */
export const SECTION_HEADING = new RegExp(`^${SECTION_NUMBER}[^\\d]{0,30}$`);

/**
 * A sentence about a fund (本部门财政拨款收入预算总计181807.13万元，…。): the next one, opening on a
 * total's label with no subject of its own (支出预算总计181807.13万元), goes on about that fund.
 */
export const FUND_SENTENCE = /^(?:本部门|本单位|20\d{2}年度?)*(?:财政拨款|一般公共预算|政府性基金|国有资本经营预算)/;

/** A clause about one project (国家信访局 2026: 该项目一般公共预算2,134.87万元（含上年结转750.00万元）), not about the department. */
export const PROJECT_CLAUSE = /(?:该|此|本)项目/;
/** A clause about one 类/款/项 (公共安全支出（204类）…, 行政事业单位养老支出（20805）…, 上海: 2.“农林水支出”科目83万元，主要用于人员经费18万元), not about the department's total. */
export const CLASSIFICATION_CLAUSE = /\(\d*[类款项]\)|\((?:\d{3}|\d{5}|\d{7})\)|科目(?:预算数?|支出)?为?[\d,.]+[万亿]?元/;
/**
 * A sentence going on about the one before it (陕西: 行政事业单位养老支出（20805）705.90万元…。
 * 具体为：人员经费675.90万元): its subject is that sentence's.
 */
export const CONTINUED_SENTENCE = /^(?:具体为|具体是|具体包括|分别为)[:：]?/;
