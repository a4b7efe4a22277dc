// What each column of a release means, in Chinese (and in English where the zod schema has
// no description). Keyed by column name, or by "<resource>.<column>" where a name means
// something else in one resource. Fields the contract adds later (figures.jsonl, package
// parts, OCR) are here already: an entry for a column not (yet) written is harmless.

export interface FieldDoc {
  zh: string;
  /** used where the zod schema has no description. */
  en?: string;
}

export const FIELD_DOCS: Record<string, FieldDoc> = {
  schema_version: { zh: '输出数据契约版本', en: 'version of the output contract the record was written under' },
  doc_id: { zh: '输入文件字节的 sha256（小写十六进制），文档标识' },
  record_index: {
    zh: '该记录在本文档同类记录中的序号（从 0 起）',
    en: "0-based position of the record among its document's records of this type (release key)",
  },
  'errors.record_index': { zh: '该错误在本文件中的序号（从 0 起）', en: '0-based position of the error in this file (release key)' },
  quality: {
    zh: '质量标记：ok 完整且校验通过；checks_failed 有校验未通过；partial 缺表或部分未读出',
    en: 'release quality flag: ok (complete, every check passed), checks_failed (a reconciliation check failed), partial (a mandated table missing, no financial table, or a read error)',
  },
  source: { zh: '运行时给出的文件路径（或网址）' },
  source_url: { zh: '文件的下载地址（来自输入清单）；无清单时为空' },
  format: { zh: '文件格式', en: 'file format the document was read from' },
  disclosure_kind: { zh: '公开类型：部门预算、单位预算、部门决算、单位决算或未知', en: 'kind of disclosure: department or unit budget, department or unit final account, or unknown' },
  fiscal_year: { zh: '预算年度', en: 'fiscal year the disclosure is for' },
  department_code: { zh: '部门编码（表头所印）', en: 'department code printed above the tables' },
  department_name: { zh: '部门（单位）名称，不含（汇总）/（本级）', en: 'department or unit name, without the （汇总）/（本级） qualifier' },
  scope: { zh: '范围：consolidated 汇总（含下属单位）；own_level 本级' },
  region_code: { zh: '6 位行政区划代码（可推得时）', en: '6-digit administrative division code, where derivable' },
  region_name: { zh: '行政区划名称（按区划代码查得）', en: 'name of the administrative division region_code names (county, else city, else province)' },
  unit: { zh: '表上所印金额单位' },
  pages: { zh: 'PDF 页数', en: 'PDF pages (null for DOCX)' },
  tables_found: { zh: '找到的表（目录表标识，按文档顺序）', en: 'table ids found, in the order the document prints them' },
  tables_missing: { zh: '缺少的法定公开表（1–9 表）' },
  tables_not_printed: { zh: '缺少的表中，文档未印出的表' },
  status: { zh: '读取状态：ok 完整；partial 缺表或校验未通过；failed 无财务表', en: 'ok: complete; partial: a mandated table missing or a check failed; failed: no financial table read' },
  'checks.status': { zh: '校验结果：pass 通过；fail 未通过；skipped 缺少所需数据而跳过' },
  checks_failed: { zh: '未通过的校验数', en: 'number of failing reconciliation checks' },
  notes: { zh: '表旁所印说明，如空表原因' },
  warnings: { zh: '读取和提取中发现的问题（代码与说明）' },
  metadata_sources: { zh: '各元数据字段的来源' },
  package_part: { zh: '公开材料的组成部分：完整、文字说明、表格、绩效目标表', en: 'part of a split disclosure: complete, narrative, tables or performance_targets' },
  package_id: { zh: '同一公开材料各部分共用的标识（地区、部门、年度、类型）', en: 'identifier shared by the parts of one disclosure (region, department, year, kind)' },
  package_partners: { zh: '同一公开材料的其他部分（doc_id）', en: 'doc_ids of the other parts of the same disclosure' },
  text_source: { zh: '文字来源：文字层、OCR 或二者兼有', en: 'where the text came from: the text layer, OCR, or both' },
  converted_by: { zh: '转换旧格式文件所用的程序', en: 'the program that converted a legacy file before it was read' },
  table_index: { zh: '表在文档中的顺序（从 0 起）' },
  table: { zh: '目录表标识', en: 'table id from the catalogue' },
  'checks.table': { zh: '校验所涉及的表（一个或多个）', en: 'table id, or JSON array of table ids, the check compares' },
  title: { zh: '表上所印标题' },
  kind: {
    zh: '未定位、不含金额的表之类别：unit_list 单位构成；table_list 报表目录；graphic 无文字的框线区域（图表等）',
    en: 'an unplaced table holding no money: unit_list (the units making up the department), table_list (the disclosure\'s list of tables) or graphic (a ruled area holding no word: a chart read as a grid)',
  },
  match_by: { zh: '表的定位方式：title 按标题；continuation 为上一表的续表' },
  match_score: { zh: '标题匹配程度：1 完全匹配；0 未定位' },
  match_runner_up: { zh: '标题亦可匹配的另一张表，或未定位表最接近的目录表' },
  'tables.pages': { zh: '表所在的 PDF 页（DOCX 为空数组）' },
  'tables.unit': { zh: '表上所印金额单位' },
  header: { zh: '表头各行文字' },
  'tables.columns': { zh: '各列的表头路径与所映射的列键', en: 'each grid column: its header path and the column key it was mapped to' },
  geometry: { zh: '表在 PDF 页面上的位置（点）', en: "the table's boxes on its PDF pages, in points (for the review report)" },
  cells: { zh: '校验所比较的单元格（表序、行序、栏、列键）', en: 'the cells the check compares: table_index, row_index, side, column key and role' },
  rows: { zh: '读出的表格网格（合并单元格带跨行跨列）' },
  side: { zh: '收支总表的栏：income 收入；expenditure 支出（功能分类）；expenditure_by_use 支出（按用途）；expenditure_by_economic_class 支出（按经济分类）', en: 'side of a two-sided table: income, expenditure (by function), expenditure_by_use or expenditure_by_economic_class' },
  item: { zh: '目录定义的项目键（三公经费各项），否则为空' },
  code: { zh: '科目编码（完整数字）', en: 'full classification code as digits, or null' },
  name: { zh: '行名称（科目名称）', en: 'row label, whitespace-normalized' },
  'indicators.name': { zh: '三级指标名称', en: 'third-level indicator (三级指标)' },
  level: { zh: '科目级次：1 类、2 款、3 项', en: 'classification level from the code: 1 类, 2 款, 3 项' },
  is_total: { zh: '是否合计、小计、总计行', en: 'true for 合计 / 小计 / 总计 rows and group subtotals' },
  amounts_unlisted: { zh: '目录未定义列的金额（JSON，万元）', en: 'amounts under keys the catalogue does not define (JSON object, 万元)' },
  attributes_unlisted: {
    zh: '其他非金额单元格（JSON），含未映射的列“unmapped:表头”与计数行之数“count:列”',
    en: 'other non-money cells as a JSON object, such as unmapped columns ("unmapped:<header path>"), a counting row\'s counts ("count:<column key>") and values not of their column\'s type',
  },
  source_unit: { zh: '表上所印单位；金额一律为万元', en: 'unit printed on the table; amounts are always 万元' },
  provenance_page: { zh: '所在 PDF 页（从 1 起；DOCX 为空）' },
  provenance_table_index: { zh: '所在表在文档中的顺序（从 0 起）' },
  provenance_row_index: { zh: '在表中的行号（从 0 起，含表头行）' },
  provenance_source_text: { zh: '该行各单元格所印文字（JSON 数组）' },
  'projects.provenance': { zh: '出处（JSON）：项目绩效目标表的行，或以文字叙述项目的段落' },
  printed_as: { zh: '项目的印出方式：table 表格；prose 文字叙述' },
  key_projects_only: { zh: '为 true 时：表只列重点项目，不是全部项目支出（北京 预算12表按指标逐行印出；广州 项目 | 预算数 | 绩效目标）' },
  department_wide: { zh: '为 true 时：部门整体支出绩效目标表的记录，预算为整个部门的预算，不是项目支出中的项目' },
  transfer_payment: {
    zh: '为 true 时：转移支付绩效目标表的项目，为对下级政府的转移支付，部门各表不一定包含',
    en: 'true for a project of a 转移支付 绩效目标表: money passed to lower governments, which the department\'s tables may not hold',
  },
  special_fund: {
    zh: '为 true 时：专项资金绩效目标表的项目，为部门管理的专项资金，项目支出不一定包含',
    en: "true for a project of a 专项资金 绩效目标表: a fund the department administers, which its 项目支出 may not hold",
  },
  unit_name: { zh: '项目所属单位（按单位列出项目的表，如湖州“单位名称”列）' },
  part: {
    zh: '所属的表组（文件多次印出整套表时，如部门表后接各单位表：1、2、…；否则为空）',
    en: 'the set of tables it is from, where a document prints its tables more than once (a department\'s, then each unit\'s): 1, 2, …; empty otherwise',
  },
  project_code: { zh: '项目编码', en: 'project code as printed' },
  project_name: { zh: '项目名称', en: 'project name' },
  budget: { zh: '项目预算数（万元）', en: 'project budget, 万元' },
  fiscal_funds: { zh: '其中：财政资金（万元）', en: 'of which fiscal funds, 万元' },
  other_funds: { zh: '其中：其他资金（万元）', en: 'of which other funds, 万元' },
  purpose: { zh: '资金用途', en: 'the 资金用途 text' },
  spending_plan: { zh: '资金支出计划（JSON：节点 → 累计百分比）', en: 'spending plan: printed milestone -> cumulative percentage (JSON object)' },
  goals: { zh: '绩效目标（JSON 数组）', en: 'numbered performance goals (JSON array)' },
  level1: { zh: '一级指标', en: 'first-level indicator (一级指标)' },
  level2: { zh: '二级指标', en: 'second-level indicator (二级指标)' },
  description: { zh: '指标解释', en: 'indicator description' },
  target_text: { zh: '指标值（原文）', en: 'target as printed, e.g. ≥95%' },
  operator: { zh: '指标值的比较符', en: 'comparison of the target: >=, <=, =, >, < or null when qualitative' },
  value: { zh: '指标值的数值', en: 'numeric target value' },
  value_unit: { zh: '指标值的计量单位', en: 'unit of the target value, e.g. %' },
  basis: { zh: '指标值确定依据', en: 'basis of the target value (指标值确定依据)' },
  activity: { zh: '部门整体绩效指标所属的活动（北京 预算13表）', en: 'the activity (活动) a department-wide indicator serves (北京 预算13表)' },
  achieved: { zh: '绩效自评表的实际完成值（原文）', en: 'what was achieved, as printed (实际完成值), in a 决算 绩效自评表' },
  weight: { zh: '绩效自评表的指标分值，或绩效目标表所印的指标权重', en: "the indicator's weight: 分值 in a 绩效自评表, 权重 in a 绩效目标表" },
  score: { zh: '绩效自评表的自评得分', en: 'the self-assessed score (得分) in a 绩效自评表' },
  block: { zh: '项目分块序号（同一项目按块分列金额与目标时）', en: "which block of its project the record is, where one project is printed in blocks with money of their own (the project's budget is their sum)" },
  level1_weight: { zh: '一级指标所印的分值（产出指标（50分））', en: 'the share of the score printed with the 一级指标 (产出指标（50分） → 50)' },
  full_year_budget: { zh: '绩效自评表的全年预算数（万元）', en: "the project's 全年预算数 in a 决算 绩效自评表, 万元" },
  executed: { zh: '绩效自评表的全年执行数（福建：年度拨付金额；万元）', en: "the project's 全年执行数 (what was spent; 福建: 年度拨付金额, what was paid out) in a 决算 绩效自评表, 万元" },
  core: { zh: '是否核心指标（是 / 否）', en: 'whether the table marks it a core indicator (是否核心)' },
  check: { zh: '校验标识', en: 'stable id of the reconciliation check' },
  expected: { zh: '期望值（万元）', en: 'expected value, 万元' },
  actual: { zh: '实际值（万元）', en: 'actual value, 万元' },
  difference: { zh: '差额：实际值 − 期望值（万元）' },
  message: { zh: '说明', en: 'what happened and what to do' },
  stage: { zh: '出错环节', en: 'pipeline stage that failed' },
  'errors.code': { zh: '稳定的错误代码', en: 'stable error code' },
  'errors.source': { zh: '运行时给出的文件路径', en: 'the path as given to the run' },
  'errors.doc_id': { zh: '输入文件字节的 sha256；无法读取时为空', en: 'sha256 of the input bytes; null when they could not be read' },
  label: { zh: '正文数字的规范化标签（含义不明时为空）', en: 'normalized key of a figure stated in the text, null when ambiguous' },
  amount: { zh: '金额（万元）', en: 'amount, 万元' },
  amount_text: { zh: '金额原文', en: 'the amount as printed' },
  sentence: { zh: '所在句子原文', en: 'the sentence as printed' },
  page: { zh: '所在 PDF 页', en: '1-based PDF page' },
  block_index: { zh: '所在文字块的顺序', en: 'order of the text block in the document' },
  ocr_confidence: { zh: 'OCR 置信度（0–1）', en: 'OCR confidence, 0-1' },
  ocr_corrected: { zh: '依校验更正的 OCR 读数：列、原读数 → 采用的读数', en: 'an OCR reading corrected by a check: column, as read → applied' },
};

/** budget_lines attributes that extractors set by name rather than from a catalogue column. */
export const ATTRIBUTE_KEYS_SET_BY_EXTRACTORS: Record<string, { zh: string; numeric: boolean }> = {
  group: { zh: '所属分组（合并的上级标签）', numeric: false },
  unit_name: { zh: '单位名称（采购表中的分组）', numeric: false },
  subtotal_of: { zh: '小计行所合计的分组列', numeric: false },
  as_of: { zh: '数据时点', numeric: false },
  part: { zh: '所属的表组（文件多次印出整套表时：1、2、…）', numeric: true },
  part_department: { zh: '该表组各表所印的部门（单位）名称', numeric: false },
  ocr_confidence: { zh: 'OCR 置信度（0–1）', numeric: true },
  ocr_corrected: { zh: '依校验更正的 OCR 读数', numeric: false },
  count_unit: { zh: '计数行的计量单位（辆、个；其数在 count:<列>）', numeric: false },
};

/**
 * Number fields that are money in 万元: DECIMAL in Parquet, exact to 0.000001 万元 (0.01 元).
 * Amounts columns are money too.
 */
export const MONEY_FIELDS = new Set(['budget', 'fiscal_funds', 'other_funds', 'expected', 'actual', 'difference', 'amount']);

/** The doc for `column` of `resource`: its own entry, else the column's. */
export function fieldDoc(resource: string, column: string): FieldDoc | undefined {
  return FIELD_DOCS[`${resource}.${column}`] ?? FIELD_DOCS[column];
}
