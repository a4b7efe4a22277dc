// Header texts → column keys, shared by several tables. Labels are compared by
// headerKey (matchKey without a leading year or a trailing unit note).
import type { ColumnDef, ColumnRole } from './types.js';

export const SEQ: ColumnDef = { key: 'seq', role: 'ignore', labels: ['序号', '栏次', '行次', '编号'] };
export const CODE: ColumnDef = {
  key: 'code',
  role: 'code',
  labels: [
    '科目编码',
    '功能分类科目编码',
    '支出功能分类科目编码',
    '经济分类科目编码',
    '科目代码',
    '功能科目代码',
    '功能科目编码',
    '经济科目代码',
    '经济科目编码',
    '编码',
    '代码',
  ],
  endings: ['科目编码', '科目代码', '分类编码', '分类代码'],
};
export const NAME: ColumnDef = {
  key: 'name',
  role: 'name',
  labels: [
    '科目名称',
    '项目',
    '项目名称',
    '功能分类科目名称',
    '经济分类科目名称',
    '支出功能分类科目名称',
    '功能科目名称',
    '经济科目名称',
    '科目',
    '单位名称',
    '部门名称',
  ],
  endings: ['科目名称'],
};
/**
 * Classification columns printing "code-name" in one cell (北京: "2050803-培训支出",
 * "30216-培训费"); over separate 编码 | 名称 columns the same text is only a group header,
 * and the lower 科目编码 / 科目名称 labels name the columns.
 */
export const CLASSIFICATIONS: ColumnDef[] = [
  { key: 'function_class', role: 'code', scheme: 'function', labels: ['支出功能分类科目', '功能分类科目', '功能科目'] },
  { key: 'economic_class', role: 'code', scheme: 'economic', labels: ['部门支出经济分类科目', '部门预算支出经济分类科目', '部门预算支出经济科目', '支出经济分类科目', '经济分类科目', '部门经济分类科目'] },
  { key: 'government_economic_class', role: 'code', scheme: 'government_economic', labels: ['政府支出经济分类科目', '政府预算支出经济分类科目'] },
];
/** Tables of units (无锡's 收入总表 lists each unit): the unit's code is an attribute, its name the row's. */
export const UNIT_CODE: ColumnDef = { key: 'unit_code', role: 'attr', labels: ['单位代码', '部门代码', '单位编码', '部门编码', '预算单位代码', '预算单位编码'] };
/**
 * The unit a row belongs to, in tables printed unit by unit (深圳: 预算单位 | 科目编码 | 科目名称 …,
 * each unit's row then its codes): a grouping column; a row printing only it is the unit's total.
 */
export const UNIT_NAME: ColumnDef = { key: 'unit_name', role: 'attr', groups: true, labels: ['预算单位', '预算单位名称'] };
/** How a unit is funded (经费形式), 陕西's level over its units (1 | 全额): a grouping column known by its values. */
export const FUNDING_TYPE: ColumnDef = { key: 'funding_type', role: 'attr', groups: true, labels: ['经费形式'], values: /^(?:全额|差额|定额|自收自支)(?:拨款|补助)?(?:单位)?$/ };
/**
 * A project's kind (烟台, 西安: 一般性项目, 专项资金 …; 吉林: 类型 › 部门特定目标类项目, printed once over
 * its projects, merged down): a grouping column, a row printing only it their subtotal.
 */
export const PROJECT_CATEGORY: ColumnDef = { key: 'project_category', role: 'attr', groups: true, labels: ['项目类别', '项目类型', '类型'] };
/** 资金性质 of a project's money (西安: 一般公共预算资金, 一般债券). */
export const FUND_NATURE: ColumnDef = { key: 'fund_nature', role: 'attr', labels: ['资金性质'] };
/** A remarks column: text, never money. */
export const REMARK: ColumnDef = { key: 'remark', role: 'attr', labels: ['备注', '说明'] };

/**
 * The left of two label columns under one name header (Jiangsu's vertical 收入预算总表:
 * 一般公共预算资金 | 小计): a merged group label (attributes.group). Assigned by layout, never by
 * a header text.
 */
export const GROUP: ColumnDef = { key: 'group', role: 'group', labels: [] };
/** Roles of the columns that label a row (a table without any prints only totals). */
export const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set(['name', 'code', 'code_part', 'group']);
export const CODE_PARTS: ColumnDef[] = [
  { key: 'lei', role: 'code_part', part: 'lei', labels: ['类'] },
  { key: 'kuan', role: 'code_part', part: 'kuan', labels: ['款'] },
  { key: 'xiang', role: 'code_part', part: 'xiang', labels: ['项'] },
];
/**
 * Under a label, these mean the money the label names (资金来源 › 一般公共预算资金 › 小计,
 * 事业收入 › 金额), also after the label repeated (项目支出 › 项目支出总数, 北京); alone, the row's total.
 */
export const SUBTOTAL_LABELS = ['小计', '合计', '总计', '金额', '预算数', '总数', '总额'];
/** 其中 ("of which"): as a prefix (其中：基本支出) it is dropped; as a header cell of its own, the columns below it are parts of the total. */
export const OF_WHICH = /^其中[:：]?/;
export const OF_WHICH_HEADER = /^其中[:：]?$/;
/** A header label that is a year alone (2026年, 2021年度): this year's figures, or a group over them naming no column. */
export const YEAR_ALONE = /^20\d{2}年度?$/;

const amount = (key: string, labels: string[], under?: string[]): ColumnDef =>
  under ? { key, role: 'amount', labels, under } : { key, role: 'amount', labels };

/** Last year's figures printed beside this year's (上年预算数 | 本年预算数): a column under one is last year's too. */
export const LAST_YEAR_LABELS = ['上年预算数', '上年预算', '上年数', '上年预算金额', '上年执行数', '上年决算数', '上年预计执行数'];
const CAPITAL_INVESTMENT = '扣除中央基建投资';
/** A group header over last year's columns, never a column of its own (西安 三公: 上年 › 合计 … | 当年 › 合计 …). */
export const LAST_YEAR_GROUP_LABELS = ['上年', '上年度'];
const CHANGE_RATE_LABELS = ['增减率', '增长率', '增减幅度', '增减比例', '增减%', '增长%', '增幅', '变动率', '增减(%)', '增减率(%)', '增长率(%)'];
const CHANGE_LABELS = ['增减', '增减额', '增减金额', '增减数', '比上年增减', '较上年增减', '增减变化', '增减变化情况', '增减变化金额', '增减变动'];
/**
 * Columns that compare with last year (湖北, 四川, 河南: 上年预算数 | 本年预算数 | 增减额 | 增减率):
 * last year's figures (`last_year_total`, `last_year_actual` for 上年执行数) and the change
 * (`change`) are kept under keys of their own, never as this year's; a rate is no money.
 */
export const COMPARISON: ColumnDef[] = [
  amount('last_year_total', LAST_YEAR_LABELS.slice(0, 4)),
  amount('last_year_actual', LAST_YEAR_LABELS.slice(4)),
  amount('change', CHANGE_LABELS),
  { key: 'change_rate', role: 'attr', labels: CHANGE_RATE_LABELS },
  // 中央部门 (国家信访局): 2025年执行数 › 执行数 | 扣除中央基建投资后执行数, beside 2026年预算数 › … |
  // 扣除中央基建投资后预算数; under an earlier year's header they are last year's (last_year_actual …)
  amount('actual', ['执行数', '预计执行数']),
  amount('actual_excluding_capital_investment', ['扣除中央基建投资后执行数']),
  amount('total_excluding_capital_investment', ['扣除中央基建投资后预算数']),
  // … and the change computed without it: 2026年预算数比2025年执行数（扣除中央基建投资） › 增减额 | 增减(%)
  { ...amount('change_excluding_capital_investment', CHANGE_LABELS), underContaining: [CAPITAL_INVESTMENT] },
  { key: 'change_rate_excluding_capital_investment', role: 'attr', labels: CHANGE_RATE_LABELS, underContaining: [CAPITAL_INVESTMENT] },
  { key: 'change_rate', role: 'attr', labels: ['比例', '比率', '百分比', '%', '幅度'], under: CHANGE_LABELS },
];

/** Columns every line-item table may print. */
export const COMMON: ColumnDef[] = [SEQ, CODE, NAME, ...CODE_PARTS, ...CLASSIFICATIONS, UNIT_CODE, UNIT_NAME, REMARK, ...COMPARISON];

// A single 金额 column (Jiangsu's 财政拨款支出预算表, the vertical 收入预算总表) is the row's total.
// 小计 under a label that names a column is that column (resolveColumn); alone it is the row's total.
// 预算 / 预算数 alone over the amounts (广州 基本支出表: 部门预算支出经济科目 | 预算) is the total too.
export const TOTAL = amount('total', ['合计', '总计', '小计', '预算数合计', '金额合计', '金额', '本年支出合计', '支出合计', '收入合计', '支出总计', '收入总计', '预算', '预算数', '本年预算数', '本年预算']);
export const BASIC = amount('basic', ['基本支出']);
// 专项业务经费: 陕西's name for project spending (专项业务经费支出 beside 人员经费和公用经费支出)
export const PROJECT = amount('project', ['项目支出', '专项业务经费支出', '专项业务经费']);
/** 项目支出 › 扣除基建项目后预算数 (北京 05表): the project money without capital construction, a part of project. */
export const PROJECT_EXCLUDING_CAPITAL = amount('project_excluding_capital_construction', ['扣除基建项目后预算数', '扣除基建项目后'], ['项目支出']);
/** The two parts of 基本支出, printed as its sub-columns in some 支出总表 (湖州: 基本支出 › 人员支出 | 公用经费). */
export const PERSONNEL = amount('personnel', ['人员经费', '人员经费支出', '人员支出', '人员类', '人员类项目']);
export const PUBLIC = amount('public', ['公用经费', '日常公用经费', '日常公用支出', '公用经费支出', '公用支出', '公用类', '公用经费类项目']);
/**
 * The kinds of project of 预算管理一体化 (2021 on): 人员类 and 运转类 (its 公用经费) make 基本支出,
 * 其他运转类 and 特定目标类 make 项目支出. Under 基本支出, 运转类项目 is 公用经费; printed beside
 * 人员类 and 特定目标类 with no parent, it is both kinds of 运转类 (`operation_projects`).
 */
const PROJECT_KINDS: ColumnDef[] = [
  amount('public', ['运转类项目', '运转类'], ['基本支出']),
  amount('operation_projects', ['运转类项目', '运转类']),
  amount('project_other_operation', ['其他运转类项目', '其他运转类']),
  amount('project_specific_purpose', ['特定目标类项目', '特定目标类']),
];
/**
 * 基本支出 by economic class (湖南: 基本支出 › 工资福利支出 | 商品和服务支出 | 对个人和家庭的补助).
 * Printed without the class that completes it, 工资福利支出 is the table's 人员经费 and 商品和服务支出
 * its 公用经费.
 */
export const BASIC_BY_CLASS: ColumnDef[] = [
  { ...amount('salaries_welfare', ['工资福利支出', '工资福利']), alone: { key: 'personnel', without: ['household_subsidies'] } },
  { ...amount('goods_services', ['商品和服务支出', '商品服务支出']), alone: { key: 'public', without: ['capital_expenditure'] } },
  amount('household_subsidies', ['对个人和家庭的补助', '对个人和家庭补助', '对个人和家庭的补助支出']),
  amount('capital_expenditure', ['资本性支出']),
];
export const GENERAL_PUBLIC_BUDGET = amount('general_public_budget', [
  '一般公共预算',
  '一般公共预算拨款',
  '一般公共预算拨款收入',
  '一般公共预算财政拨款',
  '一般公共预算财政拨款收入',
  '一般公共预算资金',
  '一般公共预算收入',
  '一般公共预算支出',
  // its names before 2015 (桂林 2015: 其中：公共预算财政拨款; 西安 2022: 公共预算拨款)
  '公共预算财政拨款',
  '公共预算拨款',
  '公共财政预算拨款',
  '公共财政拨款',
]);
export const GOVERNMENT_FUND = amount('government_fund', [
  '政府性基金预算',
  '政府性基金预算拨款',
  '政府性基金预算拨款收入',
  '政府性基金预算财政拨款',
  '基金预算拨款',
  '政府性基金',
  '政府性基金预算资金',
  '政府性基金预算收入',
  '政府性基金收入',
  '政府性基金预算支出',
  // 西安: 政府性基金拨款 beside 一般公共预算拨款
  '政府性基金拨款',
  '政府性基金拨款收入',
]);
export const STATE_CAPITAL = amount('state_capital', [
  '国有资本经营预算',
  '国有资本经营预算拨款',
  '国有资本经营预算拨款收入',
  '国有资本经营预算财政拨款',
  '国有资本经营预算资金',
  '国有资本经营预算收入',
  '国有资本经营收入',
  '国有资本经营预算支出',
  '国有资本经营',
]);
export const FISCAL_SPECIAL_ACCOUNT = amount('fiscal_special_account', [
  '财政专户收入',
  '财政专户管理资金收入',
  '财政专户管理资金',
  '纳入财政专户管理的收入',
  // the non-tax income a unit collects into the special account (湖南, 江西)
  '纳入专户管理的非税收入',
  '纳入财政专户管理的非税收入',
  '纳入专户管理的非税收入拨款',
  '财政专户核拨',
  '财政专户拨款',
  '财政专户拨款收入',
  '财政专户管理事业收入',
  '财政专户管理资金拨款',
  '财政专户管理',
  '专户资金',
]);
export const PRIOR_YEAR_CARRYOVER: ColumnDef = { ...amount('prior_year_carryover', [
  '上年结转',
  '上年结余',
  '上年结转结余',
  '上年结转和结余',
  '上年结转资金',
  '上年结转和结余资金',
  '上年结转结余资金',
  // 深圳: 上年结余、结转
  '上年结余结转',
  '上年结余、结转',
  // 吉林 项目支出表: 本年财政拨款 › 一般公共预算 … | 财政拨款结转 › 一般公共预算 …
  '财政拨款结转',
  '上年财政拨款结转',
]), qualifiesParts: true };
/**
 * This year's new money beside the carry-over, where a table splits every figure in two (吉林:
 * 本年预算 = 编制预算 + 上年结转; 合计 | 当年预算 › 小计 | 基本支出 … | 上年结转结余 › 小计 | 基本支出 …):
 * its parts keep their own keys, the carry-over's are prefixed (PRIOR_YEAR_CARRYOVER).
 */
export const CURRENT_YEAR_BUDGET = amount('current_year_subtotal', ['当年预算', '编制预算']);
/** Both halves of such a split; no evidence of a table (any table may be split so). */
export const CURRENT_AND_CARRYOVER: ColumnDef[] = [CURRENT_YEAR_BUDGET, PRIOR_YEAR_CARRYOVER].map((c) => ({ ...c, evidence: false }));
/**
 * The split in a two-sided table (收支总表: 项目 | 本年预算 | 编制预算 | 上年结转 on each side), whose
 * rows are named 上年结转 too: the carry-over column is known by its label's ending only, never a
 * header label, so a 上年结转结余 row printed alone is not taken for a header.
 */
export const SIDE_CURRENT_AND_CARRYOVER: ColumnDef[] = [
  { ...CURRENT_YEAR_BUDGET, evidence: false },
  { ...PRIOR_YEAR_CARRYOVER, labels: [], endings: ['上年结转'], evidence: false },
];
/** Parts of the special account's money where printed under it (广州 收入总表: 财政专户拨款收入 › 教育收费 | 其他专户收入拨款). */
export const FISCAL_SPECIAL_ACCOUNT_PARTS: ColumnDef[] = [
  // 广州: 财政专户拨款收入 › 教育收费; 西南大学: 事业收入 › 其中：教育收费
  amount('education_fees', ['教育收费', '教育收费收入'], [...FISCAL_SPECIAL_ACCOUNT.labels, '事业收入']),
  amount('other_special_account', ['其他专户收入拨款', '其他专户收入'], FISCAL_SPECIAL_ACCOUNT.labels),
];
/** 湖南: 本级财政拨款 › 其中：经费拨款, the part of the appropriation for running costs (长沙公安局 50,370.61 of 68,632.12). */
export const OPERATING_APPROPRIATION = amount('operating_appropriation', ['经费拨款']);
/**
 * The general budget's money by kind of revenue, printed under 一般公共预算 beside 经费拨款 in
 * some 收入总表 (一般公共预算 › 小计 | 经费拨款 | 纳入一般公共预算管理的非税收入拨款 | 专项收入 |
 * 行政事业性收费收入 …): parts of `general_public_budget`.
 */
export const GENERAL_BUDGET_REVENUE_KINDS: ColumnDef[] = [
  amount('non_tax_appropriation', ['纳入一般公共预算管理的非税收入拨款', '纳入预算管理的非税收入拨款', '非税收入拨款', '非税收入']),
  amount('special_revenue', ['专项收入']),
  amount('administrative_fees', ['行政事业性收费收入', '行政事业性收费']),
  amount('fines_confiscations', ['罚没收入']),
  amount('state_resource_income', ['国有资源(资产)有偿使用收入', '国有资源有偿使用收入', '国有资产有偿使用收入']),
];
export const UNIT_FUNDS = amount('unit_funds', ['单位资金', '单位自有资金', '单位自有资金收入']);
/** 使用非财政拨款结余 (西南大学 收入预算表): last years' own balances used this year, an addend of the total. */
export const NON_FISCAL_BALANCE_USED = amount('non_fiscal_balance_used', ['使用非财政拨款结余', '使用非财政拨款结余(含专用结余)']);
/** The sources of a unit's own income (单位资金), where printed one by one. */
export const UNIT_INCOME: ColumnDef[] = [
  amount('business_income', ['事业收入']),
  amount('operating_income', ['经营收入', '事业单位经营收入', '事业单位经营服务收入', '经营服务收入']),
  amount('superior_subsidy', ['上级补助收入']),
  amount('subordinate_remittance', ['附属单位上缴收入', '下级单位上缴收入', '对附属单位上缴收入']),
  amount('other_income', ['其他收入']),
  // 云南: appropriations from a government of another level
  amount('other_level_appropriation', ['非同级财政拨款', '非同级财政拨款收入']),
];
/** 其他资金: money other than the appropriations and the special account (广州, 无锡); its parts where printed. */
export const OTHER_FUNDS = amount('other_funds', ['其他资金', '其他资金收入']);
/** 上年实户资金余额 (西安): what the unit's own bank account held at the end of last year, spent this year; an addend of the total. */
export const PRIOR_YEAR_ACCOUNT_BALANCE = amount('prior_year_account_balance', ['上年实户资金余额', '实户资金余额']);
/** 一般公共预算拨款 › 其中：专项资金列入部门预算项目 (西安): the part of the appropriation that funds special projects. */
export const SPECIAL_FUNDS_IN_PROJECTS = amount('special_funds_in_projects', ['专项资金列入部门预算项目', '专项资金列入部门预算的项目'], GENERAL_PUBLIC_BUDGET.labels);
/** 用事业基金弥补收支差额 (陕西): a 事业单位's reserve spent to cover this year's gap; an addend of the total. */
export const BUSINESS_FUND_OFFSET = amount('business_fund_offset', ['用事业基金弥补收支差额']);
/**
 * The income sources a table by source prints (收入总表; 支出总表, 基本支出表 and 项目支出表 by source:
 * 深圳, 西安, 广州), after its total; the identities add them up (INCOME_SOURCES).
 */
export const SOURCES: ColumnDef[] = [
  amount('fiscal_appropriation', ['财政拨款', '本年财政拨款']),
  GENERAL_PUBLIC_BUDGET,
  SPECIAL_FUNDS_IN_PROJECTS,
  GOVERNMENT_FUND,
  STATE_CAPITAL,
  FISCAL_SPECIAL_ACCOUNT,
  UNIT_FUNDS,
  ...UNIT_INCOME,
  OTHER_FUNDS,
  PRIOR_YEAR_CARRYOVER,
  PRIOR_YEAR_ACCOUNT_BALANCE,
  NON_FISCAL_BALANCE_USED,
  BUSINESS_FUND_OFFSET,
];

/** What a 支出总表 / 支出决算表 splits its spending into, after its total. */
export const SPENDING_BY_USE: ColumnDef[] = [
  BASIC,
  PROJECT,
  PERSONNEL,
  PUBLIC,
  ...PROJECT_KINDS,
  ...BASIC_BY_CLASS,
  amount('operating', ['经营支出', '事业单位经营支出']),
  amount('remittance_to_superior', ['上缴上级支出', '上解上级支出']),
  amount('subsidy_to_subordinate', ['对附属单位补助支出', '对下级单位补助支出', '对附属单位补助', '对下级补助', '对下级补助支出']),
  // a department passing transfers to lower governments (财政, 教育 …) prints them beside its own spending
  amount('transfer_to_lower_level', ['对下级转移支付', '对下级转移支付支出', '转移支付支出']),
];

/**
 * How the money is paid, beside what it is spent on (吉林 国有资本经营预算支出明细表: 国库拨款资金 ›
 * 基本支出国库集中支付资金 | 项目支出 › 政府采购资金 | 其他国库集中支付资金): not this year's parts again.
 */
const TREASURY_PAYMENT: ColumnDef[] = [
  amount('treasury_basic', ['基本支出国库集中支付资金']),
  amount('treasury_procurement', ['政府采购资金'], ['国库拨款资金']),
  amount('treasury_other', ['其他国库集中支付资金']),
].map((c) => ({ ...c, evidence: false }));

/** total / basic / project, the columns of the 一般公共预算/政府性基金/国有资本 expenditure tables. */
export const TOTAL_BASIC_PROJECT: ColumnDef[] = [
  ...COMMON,
  TOTAL,
  BASIC,
  PROJECT,
  PROJECT_EXCLUDING_CAPITAL,
  PERSONNEL,
  PUBLIC,
  ...PROJECT_KINDS,
  ...BASIC_BY_CLASS,
  ...CURRENT_AND_CARRYOVER,
  ...TREASURY_PAYMENT,
];

export { amount };
