// Labels of the 项目绩效目标表: the project block fields and the indicator columns.
// Compared by headerKey (no spaces, NFKC).

export const PROJECT_FIELDS = {
  project_code: ['项目编码', '项目代码', '项目编号'],
  // a 部门整体 table's targets are the department's (北京 部门名称 | X; 长沙 单位名称 per unit)
  // a 转移支付 table's targets are the transfer's (北京 预算14表: 转移支付名称 | X; 年度金额：)
  // 四川 部门预算项目绩效目标表: 单位名称（项目名称）, the unit's row over its projects
  // 陕西 2019–2020: 专项（项目）名称
  // 烟台 专项资金绩效目标表: 专项资金名称 | X; 年度预算资金（万元） | Y
  project_name: ['项目名称', '部门名称', '部门(单位)名称', '转移支付名称', '单位名称(项目名称)', '项目名称(单位名称)', '专项(项目)名称', '项目(专项)名称', '专项资金名称'],
  // 预算支出总额: a 部门整体 table's money (北京 预算13表: 总体资金情况 › 预算支出总额 | 财政拨款 › 合计 …)
  // 重庆: 当年预算 (a 专项资金's block), 当年财政拨款预算金额 (the one money column of its 一般性项目 list)
  // 金额合计: the total of a 部门整体 table's 年度主要任务 (the national template)
  // 烟台: 年度预算资金总额：
  budget: ['预算数', '项目预算', '预算金额', '年度预算数', '资金总额', '项目资金', '项目总额', '年度资金总额', '年度预算资金总额', '年度预算资金', '年度金额', '预算支出总额', '当年预算', '当年财政拨款预算金额', '金额合计'],
  fiscal_funds: ['其中:财政资金', '财政资金', '其中财政资金', '财政拨款'],
  other_funds: ['其他资金', '其中:其他资金'],
} as const;
export type ProjectField = keyof typeof PROJECT_FIELDS;
/**
 * The money of a project's whole term (实施期资金总额: 陕西 prints it alone under 资金金额（万元）):
 * its budget only where the year's is not printed beside it (the national template prints both).
 */
export const TERM_BUDGET_LABELS = ['实施期资金总额'];

/** The name column of a list of key projects (广州: 项目 | 预算数（单位：万元） | 绩效目标). */
export const KEY_PROJECT_LIST = ['项目', '项目名称', '重点项目', '重点项目名称'];
/** The unit a list of projects names beside each (湖州: 单位名称 | 项目名称 | 金额 | 项目总体绩效目标). */
export const LIST_UNIT = ['单位名称', '资金使用单位', '预算单位', '预算单位名称'];
/** A level a list's label names before a field (深圳: 二级预算单位名称 | 一级项目名称 | 预算数（万元） | 绩效目标): the field's label all the same. */
export const LIST_LEVEL_PREFIX = /^[一二三四]级/;
/** Money columns a list of projects prints that no project field holds (广州: 财政专户拨款). */
export const LIST_OTHER_MONEY = ['财政专户拨款', '财政专户管理资金'];

/** The label over the purpose text (资金用途) and the budget figures. */
export const PURPOSE_LABELS = ['预算规模及资金用途', '资金用途', '项目概况', '项目内容'];
export const SPENDING_PLAN_LABELS = ['资金支出计划(%)', '资金支出计划', '支出计划(%)', '资金支出进度'];
/**
 * A 决算's 绩效自评表 prints the year's money in columns (年初预算数 | 全年预算数（A） | 全年执行数（B） |
 * 分值 | 执行率（B/A） | 得分): the budget is the first, read beside its label; these are the others.
 */
export const SELF_EVALUATION_MONEY = {
  // 福建's 部门整体绩效自评表 prints the money as columns over a 合计 row: 预算安排 › 年初部门预算安排金额
  // （含历年结余结转）① | 年中调整金额② | 小计③ = ①+② | 拨付情况 › 年度拨付金额④ (what was paid out, the
  // numerator of its 支出实现率⑤=④/③)
  budget: ['年初部门预算安排金额', '年初预算安排金额'],
  full_year_budget: ['全年预算数', '全年预算', '小计③=①+②'],
  executed: ['全年执行数', '全年执行', '年度拨付金额'],
} as const;
/** The row of a self-evaluation's money columns that holds the whole's figures (合计 over 财政资金小计 …). */
export const SELF_EVALUATION_TOTAL = ['合计', '总计'];
export type SelfEvaluationMoney = keyof typeof SELF_EVALUATION_MONEY;
/** Columns only a 决算's 绩效自评表 prints (what was achieved, the score): its projects are final_project_performance's. */
export const SELF_EVALUATION_LABELS = ['实际完成值', '全年执行数', '得分', '分值', '偏差原因分析及改进措施'];
// 泉州: 项目实施期目标 over a one-year project's goals, 总体目标 over a 部门整体 table's
export const GOALS_LABELS = [
  '绩效目标',
  '年度绩效目标',
  '项目绩效目标',
  '年度目标',
  '项目年度目标',
  '项目年度绩效目标',
  '年度总体目标',
  '整体绩效目标',
  '总体绩效目标',
  '当年绩效目标',
  '当年整体绩效目标',
  '项目总体绩效目标',
  '项目实施期目标',
  '总体目标',
];
/**
 * A self-evaluation's goals row names its columns (年度总体目标 | 预期目标 | 目标实际完成情况): the
 * goals are in the row below, under the first; the second is what was achieved, not a goal.
 */
export const EXPECTED_GOALS_LABELS = ['预期目标', '年度预期目标'];
export const ACHIEVED_GOALS_LABELS = ['目标实际完成情况', '实际完成情况', '年度总体目标完成情况', '总体目标完成情况'];
/**
 * A goals row naming the term's and the year's goals as its columns (西安 专项资金总体绩效目标表:
 * 总体目标 | 实施期总目标 | 年度总目标): the goals are the year's, below its label.
 */
export const TERM_GOALS_LABELS = ['实施期总目标', '实施期目标'];
export const YEAR_GOALS_LABELS = ['年度总目标'];
/** A 部门整体 table's name from its title alone (2026年部门整体绩效目标表 → 2026年部门整体): the department's own targets. */
export const WHOLE_DEPARTMENT_NAME = /^(?:20\d{2}年度?)?(?:部门|单位)(?:[(（]单位[)）])?整体(?:支出|预算)?$/;
/** Other labels of a project's block, never a field's value (重庆: 项目名称 | X | 主管部门 | Y; 当年预算 | … | 市级支出 | …). */
export const OTHER_BLOCK_LABELS = ['主管部门', '主管部门及代码', '实施单位', '市级支出', '补助区县', '项目属性', '项目类型', '项目期'];

/**
 * A one-row-per-indicator 部门整体 table (长沙) names its units where a project table names
 * projects: 单位编码 | 单位名称 | 资金总额 …, read like 项目编码 | 项目名称 | 项目总额.
 */
export const UNIT_FIELDS = { project_code: ['单位编码', '部门编码'], project_name: ['单位名称', '单位(项目)名称'] } as const;

export const INDICATOR_COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称'],
  // 北京 部门整体支出绩效目标表: one cell "产出指标数量指标协调推进…" (一级, 二级 and the name run together)
  indicator: ['绩效指标'],
  // …and the activity the indicator serves (活动: 重大项目建设综合协调服务)
  activity: ['活动'],
  description: ['绩效指标描述', '指标解释', '指标说明', '指标内容', '指标值内容'],
  // 部门整体 targets print 实施周期指标值 | 年度指标值: the year's is the target
  target_text: ['指标值', '目标值', '绩效指标值', '指标目标值', '年度指标值', '本年绩效指标值', '本年指标值'],
  // 北京 prints the target in three cells: 绩效指标性质 (≥, 定性) | 本年绩效指标值 | 绩效度量单位
  nature: ['绩效指标性质', '指标性质', '指标值类型'],
  measure_unit: ['绩效度量单位', '度量单位', '计量单位'],
  basis: ['指标值确定依据', '确定依据', '指标值设定依据'],
  // a 决算's 绩效自评表: what was achieved, the indicator's weight and its self-assessed score
  achieved: ['实际完成值', '全年实际完成值', '实际完成指标值'],
  // …and a budget's 绩效目标表 the weight it gives each indicator (长春 权重, 重庆 指标权重(%), 西安 分值权重（90分）;
  // a scale in brackets after a label is read without it)
  weight: ['分值', '指标分值', '权重', '指标权重', '分值权重'],
  score: ['得分', '自评得分', '指标得分'],
  // 重庆's 部门整体 and 专项资金 targets mark each indicator 是 or 否
  core: ['是否核心', '是否核心指标'],
} as const;
/** What a 是否核心 cell says. */
export const CORE_VALUES: Readonly<Record<string, boolean>> = { 是: true, 否: false };
export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/** A 绩效自评表's closing rows (总分 | … | 100 | 98; 总分值、评价总分(S); 评价等级 | 优): the evaluation's, no indicator (评价结果复核准确率 is one). */
export const SELF_EVALUATION_SUMMARY = /^(?:总分值?|评价总分|评价等级|自评等级|自评结果|评价结果)(?:[、,，(（].*)?$/;

/** The standard 一级 and 二级 indicator names (财政部 绩效指标体系), to split a cell that runs them into the name. */
export const INDICATOR_LEVEL1 = ['产出指标', '效益指标', '成本指标', '满意度指标'];
export const INDICATOR_LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
];

/**
 * The 一级 of the 二级 no framework puts elsewhere (成本 and 产出's move between 一级 over the years):
 * a blank 一级 cell beside one is its 一级, not the one above (西安: 社会效益指标 under a blank cell
 * below 产出指标's rows).
 */
export const LEVEL1_OF_LEVEL2: Readonly<Record<string, string>> = {
  // (and 产出's own, where the header prints no 一级 column: 西安 2022 工业和信息化局, its 一级指标 label missing)
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/**
 * A key project described in prose (上海: "人民调解项目经费情况说明" › 一、项目概述 … 六、年度预算安排
 * 795万元 … 七、绩效目标): its heading, and the numbered section headings that carry its fields.
 */
export const PROSE_PROJECT_HEADING = /^(.{2,60}?项目(?:经费)?)(?:情况)?说明$/;
export const PROSE_PROJECT_SECTIONS = {
  purpose: ['项目概述', '项目概况', '项目内容'],
  budget: ['年度预算安排', '预算安排', '项目预算', '预算金额'],
  goals: ['绩效目标', '项目绩效目标', '年度绩效目标'],
} as const;
/** Section headings a prose project prints that end it when another project starts or the text moves on. */
export const PROSE_PROJECT_OTHER_SECTIONS = ['立项依据', '实施主体', '实施方案', '实施周期'];
