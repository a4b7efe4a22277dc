// The table catalogue: every table id of the contract with its title variants, columns
// and items. Adding a province's wording is an edit here, not in code
// (docs/adding-a-table-variant.md).
import {
  amount,
  BASIC,
  BASIC_BY_CLASS,
  BUSINESS_FUND_OFFSET,
  CODE_PARTS,
  COMMON,
  COMPARISON,
  CURRENT_AND_CARRYOVER,
  CURRENT_YEAR_BUDGET,
  FUNDING_TYPE,
  FUND_NATURE,
  PROJECT_CATEGORY,
  SIDE_CURRENT_AND_CARRYOVER,
  FISCAL_SPECIAL_ACCOUNT,
  FISCAL_SPECIAL_ACCOUNT_PARTS,
  GENERAL_PUBLIC_BUDGET,
  GOVERNMENT_FUND,
  NAME,
  NON_FISCAL_BALANCE_USED,
  OPERATING_APPROPRIATION,
  GENERAL_BUDGET_REVENUE_KINDS,
  OTHER_FUNDS,
  PRIOR_YEAR_CARRYOVER,
  PRIOR_YEAR_ACCOUNT_BALANCE,
  SPECIAL_FUNDS_IN_PROJECTS,
  PERSONNEL,
  PROJECT,
  PUBLIC,
  REMARK,
  SEQ,
  SOURCES,
  SPENDING_BY_USE,
  STATE_CAPITAL,
  TOTAL,
  TOTAL_BASIC_PROJECT,
  UNIT_CODE,
  UNIT_FUNDS,
  UNIT_NAME,
  UNIT_INCOME,
} from './columns.js';
import { ORGANIZATION_WITH_SCOPE } from './metadata.js';
import { TWO_SIDES } from './sides.js';
import { FINAL_TABLES } from './final-tables.js';
import { THREE_PUBLIC_ITEMS } from './three-public.js';
import { CLASS_WORD } from './title-words.js';
import type { ColumnDef, TableDef } from './types.js';
import type { TableId } from '../schema/records.js';

export { THREE_PUBLIC_ITEMS };

const BUDGET = amount('budget', ['预算数', '金额', '预算金额', '本年预算', '预算', '本年预算数']);

/**
 * A table's total column named by what the table holds (一般公共预算支出 over a 一般公共预算支出表's
 * amounts, 基本支出 in a 基本支出表, 收入总计 in a 收入总表), also with 本年 before it or 合计 after it.
 */
const ownTotal = (...labels: string[]): ColumnDef => amount('total', labels.flatMap((l) => [l, `本年${l}`, `${l}合计`]));

/** A 三公 table, whichever fund pays it. */
const THREE_PUBLIC_TABLE = {
  family: 'line_items',
  // printed by unit in many provinces (四川, 河南: 单位编码 | 单位名称 | 合计 | 因公出国（境）费 …)
  // 深圳: 预算单位 | 年度 (2025年, 2026年, 增减变化金额) | 总计 › 一般公共预算 | 政府性基金预算 … | 因公出国(境)费 › …
  columns: [SEQ, NAME, { key: 'name', role: 'name', labels: ['年度', '年份'] }, UNIT_CODE, UNIT_NAME, TOTAL, GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, ...COMPARISON, ...CURRENT_AND_CARRYOVER],
  items: THREE_PUBLIC_ITEMS,
  // Jiangsu's “三公”经费、会议费、培训费 table: 合计 = “三公”经费小计 + 会议费 + 培训费
  outerTotal: { item: 'grand_total', inner: 'three_public_total' },
} satisfies Partial<TableDef>;

/** Header texts that group columns without naming one (they only help to recognise header rows). */
export const GROUP_HEADERS = [
  '功能分类科目',
  '支出功能分类科目',
  '经济分类科目',
  '支出经济分类科目',
  '支出部门经济分类科目',
  '部门预算支出经济分类科目',
  '政府预算支出经济分类科目',
  '资金性质',
  '本年收入',
  '本年支出',
  '财政拨款(补助)',
  '政府采购项目来源',
  '政府采购金额(当年部门预算安排资金)',
  '一般公共预算基本支出',
  '预算数',
  '项目',
  '资金来源',
];

/** A list of planned events of one kind (会议, 培训), each with its cost: titled by the cost's word. */
function eventList(id: TableId, word: string, event: string): TableDef {
  return {
    id,
    family: 'line_items',
    mandated: false,
    title: { all: [word] },
    columns: [
      SEQ,
      { key: 'name', role: 'name', labels: [`${event}名称`, `${event}项目`, `${event}内容`, '名称', '项目名称'] },
      { key: 'category', role: 'attr', labels: [`${event}类别`, `${event}类型`, '类别'] },
      { key: 'time', role: 'attr', labels: ['时间', `${event}时间`, '举办时间', '计划时间'] },
      { key: 'place', role: 'attr', labels: ['地点', `${event}地点`] },
      { key: 'attendance', role: 'attr', numeric: true, labels: ['人数', `${event}人数`, '参会人数', '参训人数'] },
      { key: 'days', role: 'attr', numeric: true, labels: ['天数', `${event}天数`] },
      amount('total', ['金额', '预算金额', '预算数', '合计', word, `${word}预算`]),
      REMARK,
    ],
  };
}

/**
 * `def`'s spending listed by the other classification: its title words and the other
 * classification's word, its columns, codes of that classification.
 */
function byOtherClass(def: TableDef, id: TableId, scheme: 'function' | 'economic'): TableDef {
  const other = CLASS_WORD[scheme === 'economic' ? 'function' : 'economic'];
  const also = (def.title.also ?? []).filter((w) => w !== other && w !== CLASS_WORD[scheme]);
  return { ...def, id, mandated: false, codeScheme: scheme, classOf: def.id, title: { all: [...def.title.all, CLASS_WORD[scheme]], also } };
}

const GENERAL_BUDGET_EXPENDITURE: TableDef = {
  id: 'general_budget_expenditure',
  family: 'line_items',
  mandated: true,
  title: { all: ['一般公共预算', '支出'], also: ['财政拨款', '功能分类'] },
  columns: [...TOTAL_BASIC_PROJECT, ownTotal('一般公共预算支出', '一般公共预算拨款支出')],
};

const GENERAL_BUDGET_BASIC_EXPENDITURE: TableDef = {
  id: 'general_budget_basic_expenditure',
  family: 'line_items',
  codeScheme: 'economic',
  mandated: true,
  title: { all: ['一般公共预算', '基本支出'], also: ['财政拨款', '经济分类'] },
  columns: [...COMMON, TOTAL, ownTotal('基本支出', '一般公共预算基本支出'), PERSONNEL, PUBLIC, ...BASIC_BY_CLASS, ...CURRENT_AND_CARRYOVER],
};

const FISCAL_APPROPRIATION_EXPENDITURE: TableDef = {
  id: 'fiscal_appropriation_expenditure',
  family: 'line_items',
  mandated: false,
  title: { all: ['财政拨款', '支出'], also: ['功能分类'] },
  // 西南大学: 财政拨款支出 | 基本支出 | 项目支出
  columns: [...TOTAL_BASIC_PROJECT, amount('total', ['财政拨款支出']), GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL],
};

const EXPENDITURE_SUMMARY: TableDef = {
  id: 'expenditure_summary',
  family: 'line_items',
  mandated: true,
  title: { all: ['支出'] },
  columns: [
    ...COMMON,
    TOTAL,
    ownTotal('支出总计'),
    ...SPENDING_BY_USE,
    amount('reserved', ['单位预留机动经费']),
    amount('carryover_to_next_year', ['结转下年', '结转下年资金']),
    ...CURRENT_AND_CARRYOVER,
    // 西安 prints its 支出总表 by unit and source, as a 收入总表 (一般公共预算拨款 › 小计 | 政府性基金拨款 …):
    // by its header alone such a table is the 收入总表
    ...SOURCES.map((c): ColumnDef => ({ ...c, evidence: false })),
    // 深圳: 2026年政府采购项目 › 小计 | 其中：…预留给中小企业的 | 其中：…预留给小型、微型企业的项目资金规模
    amount('procurement', ['政府采购项目', '政府采购预算', '政府采购']),
    amount('sme_reserved', ['政府采购项目中预留给中小企业的项目资金规模', '预留给中小企业的项目资金规模']),
    amount('small_micro_reserved', ['政府采购项目中预留给小型、微型企业的项目资金规模', '预留给小型、微型企业的项目资金规模']),
  ],
};

export const TABLES: TableDef[] = [
  {
    id: 'income_expenditure_summary',
    family: 'two_sided',
    mandated: true,
    title: { all: ['收支'] },
    sides: TWO_SIDES,
    // 上海 单位预算: 预算数 › 合计 | 基本支出 › 人员经费 | 公用经费 | 项目支出 on the expenditure side;
    // 四川: 支出 › 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 财政专户管理资金 | 单位资金
    columns: [
      SEQ,
      NAME,
      { ...BUDGET, labels: [...BUDGET.labels, '合计', '小计'] },
      BASIC,
      PROJECT,
      PERSONNEL,
      PUBLIC,
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
      FISCAL_SPECIAL_ACCOUNT,
      UNIT_FUNDS,
      ...COMPARISON,
      ...SIDE_CURRENT_AND_CARRYOVER,
    ],
  },
  {
    id: 'income_summary',
    family: 'line_items',
    mandated: true,
    title: { all: ['收入'] },
    columns: [
      ...COMMON,
      TOTAL,
      ownTotal('收入总计'),
      amount('current_year_subtotal', ['小计', '合计'], ['本年收入']),
      amount('current_year_subtotal', ['本年收入', '本年收入合计']),
      CURRENT_YEAR_BUDGET,
      amount('fiscal_appropriation', ['财政拨款收入', '财政拨款', '财政拨款(补助)收入', '财政拨款小计', '本级财政拨款']),
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
      FISCAL_SPECIAL_ACCOUNT,
      ...FISCAL_SPECIAL_ACCOUNT_PARTS,
      OPERATING_APPROPRIATION,
      ...GENERAL_BUDGET_REVENUE_KINDS,
      SPECIAL_FUNDS_IN_PROJECTS,
      ...UNIT_INCOME,
      BUSINESS_FUND_OFFSET,
      PRIOR_YEAR_ACCOUNT_BALANCE,
      UNIT_FUNDS,
      OTHER_FUNDS,
      PRIOR_YEAR_CARRYOVER,
      NON_FISCAL_BALANCE_USED,
    ],
  },
  EXPENDITURE_SUMMARY,
  // 部门预算支出经济分类汇总表, 部门支出总表（按经济分类）: all the department's spending by economic class
  byOtherClass(EXPENDITURE_SUMMARY, 'expenditure_summary_economic', 'economic'),
  {
    id: 'fiscal_appropriation_summary',
    family: 'two_sided',
    mandated: true,
    title: { all: ['财政拨款', '收支'] },
    sides: TWO_SIDES,
    columns: [
      SEQ,
      NAME,
      // 预算数 › 总计 | 一般公共预算 | … (烟台): the money split by fund, its 总计 the side's total
      { ...BUDGET, subtotal: 'total' },
      amount('total', ['合计', '小计', '总计']),
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
      ...COMPARISON,
      ...SIDE_CURRENT_AND_CARRYOVER,
    ],
  },
  GENERAL_BUDGET_EXPENDITURE,
  byOtherClass(GENERAL_BUDGET_EXPENDITURE, 'general_budget_expenditure_economic', 'economic'),
  GENERAL_BUDGET_BASIC_EXPENDITURE,
  // 陕西: 一般公共预算基本支出明细表（按支出功能分类科目）
  byOtherClass(GENERAL_BUDGET_BASIC_EXPENDITURE, 'general_budget_basic_expenditure_function', 'function'),
  {
    // 一般公共预算项目支出情况表（按经济分类科目） (广州): the project spending by economic class
    id: 'general_budget_project_expenditure',
    family: 'line_items',
    codeScheme: 'economic',
    mandated: false,
    title: { all: ['一般公共预算', '项目支出'], also: ['财政拨款', '经济分类'] },
    columns: [...COMMON, TOTAL],
  },
  ...(['basic_expenditure', 'project_expenditure'] as const).map(
    (id): TableDef => ({
      // 部门预算基本支出预算表 / 项目支出预算表 (广州, 湖州): all the department's money by fund
      // source, rows by unit (资金使用单位) and by class or project
      id,
      family: 'line_items',
      mandated: false,
      title: { all: [id === 'basic_expenditure' ? '基本支出' : '项目支出'], also: ['支出'] },
      columns: [
        ...COMMON,
        { key: 'name', role: 'name', labels: ['支出项目类别', '资金使用单位', '支出项目类别(资金使用单位)'] },
        TOTAL,
        // 西安 专项业务经费支出表: 项目名称 | 项目金额 | 项目简介
        amount('total', ['项目金额', '项目预算金额']),
        ...SOURCES,
        { key: 'goals', role: 'attr', labels: ['绩效目标'] },
        { key: 'description', role: 'attr', labels: ['项目简介', '项目概述'] },
        PROJECT_CATEGORY,
        // 吉林: 类型 | 项目名称 › 一级项目 | 二级项目 | 项目单位
        { key: 'unit_name', role: 'attr', labels: ['项目单位'] },
        FUND_NATURE,
      ],
    }),
  ),
  {
    id: 'government_fund_expenditure',
    family: 'line_items',
    mandated: true,
    title: { all: ['政府性基金', '支出'], also: ['财政拨款', '功能分类'] },
    columns: [...TOTAL_BASIC_PROJECT, ownTotal('政府性基金预算支出', '政府性基金支出', '政府性基金预算拨款支出')],
  },
  {
    // 陕西 部门综合预算政府性基金收支表（不含上年结转）: the fund's income and its spending, as the
    // 收支总表 prints the department's (收入 | 支出 by function and by both economic classes)
    id: 'government_fund_income_expenditure',
    family: 'two_sided',
    mandated: false,
    title: { all: ['政府性基金', '收支'] },
    sides: TWO_SIDES,
    columns: [SEQ, NAME, BUDGET, amount('total', ['合计', '小计']), ...COMPARISON],
  },
  {
    // 陕西 部门综合预算财政拨款上年结转资金支出表: last year's appropriations spent this year, project
    // by project (预算单位代码 | 预算单位名称 | 预算项目名称 | 金额 | its classes, 项目类别, 资金性质),
    // under 1 | 全额 and each unit
    id: 'fiscal_carryover_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['结转', '支出'], also: ['财政拨款'] },
    columns: [
      SEQ,
      UNIT_CODE,
      FUNDING_TYPE,
      { ...UNIT_NAME, values: ORGANIZATION_WITH_SCOPE },
      { key: 'name', role: 'name', labels: ['预算项目名称', '项目名称'] },
      amount('total', ['金额', '合计', '结转金额']),
      { key: 'function_classification', role: 'attr', labels: ['功能分类科目代码', '功能分类科目编码'] },
      { key: 'function_classification_name', role: 'attr', labels: ['功能分类科目名称'] },
      { key: 'economic_classification', role: 'attr', labels: ['政府经济分类科目代码', '政府预算支出经济分类科目代码', '经济分类科目代码'] },
      { key: 'economic_classification_name', role: 'attr', labels: ['政府经济分类科目名称', '政府预算支出经济分类科目名称', '经济分类科目名称'] },
      PROJECT_CATEGORY,
      FUND_NATURE,
      REMARK,
    ],
  },
  {
    id: 'state_capital_expenditure',
    family: 'line_items',
    mandated: true,
    title: { all: ['国有资本经营', '支出'], also: ['财政拨款', '功能分类'] },
    columns: [...TOTAL_BASIC_PROJECT, ownTotal('国有资本经营预算支出', '国有资本经营预算拨款支出')],
  },
  {
    id: 'three_public_expenses',
    mandated: true,
    title: { all: ['三公'], also: ['财政拨款', '一般公共预算', '支出', '机关运行经费', '行政经费', '会议费', '培训费'] },
    ...THREE_PUBLIC_TABLE,
  },
  {
    // 四川 表4-1 政府性基金预算“三公”经费支出预算表 (most departments print it empty)
    id: 'government_fund_three_public_expenses',
    mandated: false,
    title: { all: ['政府性基金', '三公'], also: ['财政拨款', '支出', '会议费', '培训费'] },
    ...THREE_PUBLIC_TABLE,
  },
  {
    id: 'government_procurement',
    family: 'line_items',
    mandated: false,
    title: { all: ['政府采购'], also: ['支出'], bare: true },
    columns: [
      SEQ,
      { key: 'category', role: 'attr', groups: true, labels: ['采购品目大类', '采购类别', '品目大类'] },
      // 陕西: 1 | 全额 over the units of a 功能科目, printed in the 单位编码 | 采购项目 columns
      FUNDING_TYPE,
      // 湖北, 河南, 云南: 预算单位 / 单位名称 | 采购项目 | 采购品目 / 采购目录 | 采购数量 | 采购金额 › 财政拨款 …
      { key: 'unit_name', role: 'attr', groups: true, labels: ['预算单位', '预算单位名称', '单位名称', '采购单位'], values: ORGANIZATION_WITH_SCOPE },
      { key: 'project_name', role: 'attr', groups: true, labels: ['项目名称', '政府采购项目名称', '专项名称', '项目', '采购项目'] },
      { key: 'project_code', role: 'attr', labels: ['项目编号', '项目编码', '项目代码'] },
      { key: 'economic_classification', role: 'attr', groups: true, labels: ['经济科目', '支出经济分类科目', '部门经济分类科目'] },
      { key: 'function_classification', role: 'attr', labels: ['预算科目', '功能科目', '支出功能分类科目'] },
      amount('project_budget', ['预算资金', '项目预算', '项目预算资金']),
      { key: 'name', role: 'name', labels: ['采购物品名称', '采购品目名称', '采购项目名称', '采购品目', '采购目录', '品目名称', '科目名称'] },
      // 烟台: the procurement budget by function class (科目编码 › 类 | 款 | 项 | 科目名称)
      ...CODE_PARTS,
      { key: 'procurement_method', role: 'attr', labels: ['采购组织形式', '采购方式'] },
      { key: 'code', role: 'code', raw: true, labels: ['政府采购目录序号', '采购目录序号', '政府采购品目编码', '采购品目编码', '采购目录编码'] },
      { key: 'measure_unit', role: 'attr', labels: ['计量单位'] },
      // 陕西 政府采购（资产配置、购买服务）预算表: 单位编码 | 采购项目 | 采购目录 | 购买服务内容 | 规格型号 | 数量 | 实施采购时间 | 预算金额 | 说明
      UNIT_CODE,
      { key: 'service_content', role: 'attr', labels: ['购买服务内容', '购买服务的内容'] },
      { key: 'specification', role: 'attr', labels: ['规格型号', '规格'] },
      { key: 'procurement_time', role: 'attr', labels: ['实施采购时间', '采购时间'] },
      REMARK,
      { key: 'quantity', role: 'attr', labels: ['数量', '采购数量'], numeric: true },
      amount('unit_price', ['单价']),
      amount('total', ['合计', '总计', '政府采购金额', '采购金额', '金额', '预算金额']),
      amount('fiscal_appropriation', ['财政拨款', '财政拨款资金']),
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
      FISCAL_SPECIAL_ACCOUNT,
      UNIT_FUNDS,
      OTHER_FUNDS,
      ...UNIT_INCOME,
      PRIOR_YEAR_CARRYOVER,
      NON_FISCAL_BALANCE_USED,
      amount('sme_reserved', ['预留中小微企业份额', '预留中小企业份额']),
    ],
  },
  {
    // 政府购买服务预算表 (北京 预算11表 财政拨款政府购买服务明细表: 指导性目录 一级 | 二级 | 三级 | 预算金额)
    id: 'government_purchase_services',
    family: 'line_items',
    mandated: false,
    title: { all: ['政府购买服务'], also: ['财政拨款', '支出', '项目'] },
    columns: [
      SEQ,
      { key: 'catalogue_level1', role: 'attr', groups: true, labels: ['一级', '一级目录'] },
      { key: 'catalogue_level2', role: 'attr', groups: true, labels: ['二级', '二级目录'] },
      { key: 'name', role: 'name', labels: ['三级', '三级目录', '购买服务项目', '服务项目', '项目名称'] },
      amount('total', ['预算金额', '金额', '合计', '预算数']),
      GENERAL_PUBLIC_BUDGET,
      GOVERNMENT_FUND,
      STATE_CAPITAL,
    ],
  },
  {
    id: 'fixed_assets',
    family: 'line_items',
    mandated: false,
    title: { all: ['资产'], also: ['占用'] },
    columns: [
      SEQ,
      NAME,
      { key: 'quantity', role: 'attr', labels: ['数量'], numeric: true },
      amount('value', ['价值', '金额', '账面价值']),
    ],
    unitFromLabel: 'quantity_unit',
  },
  // 陕西 prints each planned meeting and training under its 三公 table (会议费明细表 / 培训费明细表:
  // 序号 | 会议名称 | 时间 | 人数 | 金额 | 备注): they add up to the 三公 table's 会议费 and 培训费
  eventList('meeting_details', '会议费', '会议'),
  eventList('training_details', '培训费', '培训'),
  {
    id: 'project_performance',
    family: 'project_performance',
    mandated: false,
    // 部门整体绩效目标(申报)表: the department's own targets, indicators with no project code
    // (部门整体支出绩效目标表: 北京 预算13表, 长沙); the account the projects are paid from may be
    // named too (一般公共预算项目支出绩效目标表, 政府性基金预算项目支出绩效目标表)
    title: {
      all: ['绩效目标'],
      also: ['项目支出', '项目', '专项资金', '转移支付', '部门整体', '支出', '一般公共预算', '政府性基金', '国有资本经营', '财政拨款'],
    },
    columns: [],
  },
  FISCAL_APPROPRIATION_EXPENDITURE,
  // 四川: 财政拨款支出预算表（部门经济分类科目）
  byOtherClass(FISCAL_APPROPRIATION_EXPENDITURE, 'fiscal_appropriation_expenditure_economic', 'economic'),
  {
    id: 'fiscal_appropriation_basic_expenditure',
    family: 'line_items',
    codeScheme: 'economic',
    mandated: false,
    title: { all: ['财政拨款', '基本支出'], also: ['经济分类'] },
    columns: [...COMMON, TOTAL, ownTotal('基本支出', '一般公共预算基本支出'), PERSONNEL, PUBLIC, ...BASIC_BY_CLASS, ...CURRENT_AND_CARRYOVER],
  },
  {
    // 上海 单位预算: 财政拨款项目支出预算表, the function classes and each project under its 项
    // (功能分类科目编码 › 类 | 款 | 项 | 功能分类科目名称 | 序号 | 项目名称 | 预算数)
    id: 'fiscal_appropriation_project_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['财政拨款', '项目支出'], also: ['功能分类'] },
    columns: [...COMMON, TOTAL],
  },
  {
    id: 'office_operation_expenditure',
    family: 'line_items',
    mandated: false,
    title: { all: ['机关运行经费'], also: ['一般公共预算', '财政拨款', '支出'] },
    columns: [...COMMON, amount('total', [...TOTAL.labels, '机关运行经费支出', '机关运行经费'])],
  },
  ...FINAL_TABLES,
];

