// The output data contract (../shared/spec/records.md) as zod schemas: one source for the
// TypeScript types, run-time validation of every record, and the published JSON Schema
// (scripts/gen-json-schema.ts → docs/schema/).
import { z } from 'zod';
import { NON_FISCAL_KINDS } from '../catalogue/non-fiscal.js';

export const SCHEMA_VERSION = '1' as const;

export const TABLE_IDS = [
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'expenditure_summary_economic',
  'fiscal_appropriation_summary',
  'general_budget_expenditure',
  'general_budget_expenditure_economic',
  'general_budget_basic_expenditure',
  'general_budget_basic_expenditure_function',
  'general_budget_project_expenditure',
  'basic_expenditure',
  'project_expenditure',
  'government_fund_expenditure',
  'government_fund_income_expenditure',
  'fiscal_carryover_expenditure',
  'state_capital_expenditure',
  'three_public_expenses',
  'government_fund_three_public_expenses',
  'government_procurement',
  'government_purchase_services',
  'fixed_assets',
  'meeting_details',
  'training_details',
  'project_performance',
  'fiscal_appropriation_expenditure',
  'fiscal_appropriation_expenditure_economic',
  'fiscal_appropriation_basic_expenditure',
  'fiscal_appropriation_project_expenditure',
  'office_operation_expenditure',
  'final_income_expenditure_summary',
  'final_income',
  'final_expenditure',
  'final_fiscal_appropriation_summary',
  'final_general_budget_expenditure',
  'final_general_budget_basic_expenditure',
  'final_government_fund',
  'final_state_capital',
  'final_three_public_expenses',
  'final_government_fund_three_public_expenses',
  'final_fiscal_appropriation_expenditure',
  'final_general_budget_project_expenditure',
  'final_office_operation_expenditure',
  'final_project_performance',
] as const;
export const TableId = z.enum(TABLE_IDS).describe('table id from the catalogue');
export type TableId = z.infer<typeof TableId>;

export const ERROR_CODES = [
  'EMPTY_FILE',
  'CORRUPT_ZIP',
  'CORRUPT_DOCX',
  'CORRUPT_PDF',
  'ENCRYPTED_PDF',
  'ENCRYPTED_DOCUMENT',
  'CORRUPT_DOCUMENT',
  'UNSUPPORTED_FORMAT',
  'NOT_A_BUDGET_DOCUMENT',
  'NO_TEXT_LAYER',
  'GARBLED_TEXT',
  'OCR_UNAVAILABLE',
  'TIMEOUT',
  'TOO_LARGE',
  'ZIP_BOMB',
  'READ_FAILED',
  'INTERNAL_ERROR',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

const base = {
  schema_version: z.literal(SCHEMA_VERSION),
  doc_id: z.string().regex(/^[0-9a-f]{64}$/).describe('lower-case hex sha256 of the input bytes'),
};

/** What a figure of the 说明 text states (the narrative checks compare it with its tables). */
export const FIGURE_KEYS = [
  'income_expenditure_total',
  'income_total',
  'current_year_income',
  'expenditure_total',
  'current_year_expenditure',
  'general_public_budget_income',
  'government_fund_income',
  'state_capital_income',
  'fiscal_special_account_income',
  'unit_funds_income',
  'prior_year_carryover',
  'basic_expenditure',
  'fiscal_basic_expenditure',
  'project_expenditure',
  'fiscal_project_expenditure',
  'personnel_expenses',
  'public_expenses',
  'office_operation',
  'three_public_total',
  'overseas_travel',
  'vehicle_total',
  'vehicle_purchase',
  'vehicle_operation',
  'reception',
  'meeting',
  'training',
] as const;
/**
 * What the bytes are (never the file name): .et and .wps name the workbook and Word 97
 * containers WPS Office writes; png and jpeg a scanned page published as a picture; rtf, odt
 * (converted by LibreOffice) and ods the other document formats office suites save; mhtml a
 * page Word or Excel saved as one file, wordml and spreadsheetml their 2003 XML formats
 * (systems export these under .doc and .xls names).
 */
export const DOCUMENT_FORMATS = ['docx', 'pdf', 'doc', 'wps', 'xlsx', 'xls', 'et', 'html', 'png', 'jpeg', 'rtf', 'odt', 'ods', 'mhtml', 'wordml', 'spreadsheetml', 'csv'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const Provenance = z
  .object({
    page: z.number().int().positive().nullable().describe('1-based PDF page; null for DOCX'),
    table_index: z.number().int().nonnegative().describe('0-based order of the table in the document'),
    row_index: z.number().int().nonnegative().describe('0-based row inside the table, header rows counted'),
    source_text: z.array(z.string()).describe("the row's cell texts as printed"),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

/** Where a record read from the text (not a table) was printed: a key project described in prose. */
export const BlockProvenance = z
  .object({
    page: z.number().int().positive().nullable().describe('1-based PDF page; null for DOCX'),
    block_index: z.number().int().nonnegative().describe('0-based index of the paragraph or heading that starts it'),
    source_text: z.array(z.string()).describe('the paragraphs it was read from, as printed'),
  })
  .strict();
export type BlockProvenance = z.infer<typeof BlockProvenance>;

export const Side = z.enum(['income', 'expenditure', 'expenditure_by_use', 'expenditure_by_economic_class']);
export type Side = z.infer<typeof Side>;

// 千元 (thousands of 元): printed by some templates; read as the others, amounts always 万元
export const Unit = z.enum(['万元', '元', '千元', '亿元']);
export type Unit = z.infer<typeof Unit>;

export const DocumentRecord = z
  .object({
    ...base,
    source: z.string().describe('the path (or URL) as given to the run'),
    source_url: z.string().nullable().describe('where the file was downloaded from, as the input manifest gives it; null without one'),
    format: z.enum(DOCUMENT_FORMATS).describe('what the bytes are: doc/wps (Word 97 binary, read through LibreOffice), xlsx/xls/et (workbooks), html (a web page, or tables saved as HTML under an Office name), whatever the extension says'),
    text_source: z
      .enum(['text_layer', 'ocr', 'mixed'])
      .describe('where the text came from: the text layer, OCR of page images (scans, garbled fonts), or both'),
    disclosure_kind: z.enum(['department_budget', 'unit_budget', 'department_final_account', 'unit_final_account', 'unknown']),
    fiscal_year: z.number().int().nullable(),
    department_code: z.string().nullable(),
    department_name: z.string().nullable(),
    scope: z
      .enum(['consolidated', 'own_level'])
      .nullable()
      .describe('（汇总）: the department and its units; （本级）, （机关） or 机关 after its name: its own level; null when the title says neither'),
    region_code: z.string().regex(/^\d{6}$/).nullable(),
    unit: Unit.nullable().describe('unit printed on the financial tables'),
    pages: z.number().int().nonnegative().nullable(),
    tables_found: z.array(TableId),
    tables_missing: z.array(TableId).describe('mandated tables (1-9) not found'),
    tables_not_printed: z
      .array(TableId)
      .describe('of tables_missing, those the document shows no sign of printing: no title names them (not even its contents list) and no table it prints that could not be placed resembles them'),
    status: z.enum(['ok', 'partial', 'failed']),
    checks_failed: z.number().int().nonnegative(),
    // additions beyond the v1 contract
    notes: z.array(z.string()).describe('notes printed with tables, e.g. why a table is empty'),
    warnings: z
      .array(z.object({ code: z.string(), message: z.string() }).strict())
      .describe('what the reader and extractors noticed: unmapped columns, reader messages'),
    metadata_sources: z
      .record(z.string(), z.string())
      .describe('where each derived metadata field came from, e.g. region_code: project_code'),
    package_part: z
      .enum(['complete', 'narrative', 'tables', 'performance_targets'])
      .describe('which part of a disclosure the file is: complete (tables and 说明), narrative only (情况说明, 附件1), tables only (报表, 附件2), or only 绩效目标表'),
    package_id: z
      .string()
      .nullable()
      .describe('the same for the parts of one disclosure: region, department, fiscal year and kind joined by "/"; null when the department or year is unknown'),
    package_partners: z
      .array(z.string().regex(/^[0-9a-f]{64}$/))
      .describe('doc_ids of the other parts of the same disclosure read in the same run (same package_id); the narrative checks run across them'),
    converted_by: z
      .string()
      .nullable()
      .describe('the converter that turned the file into what was read, e.g. "LibreOffice 7.4.7.2" for .doc/.wps; null when read directly'),
  })
  .strict();
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const Amounts = z.record(z.string(), z.number().nullable());

export const BudgetLine = z
  .object({
    ...base,
    table: TableId,
    side: Side.nullable(),
    item: z.string().nullable().describe('canonical item key (三公 items), else null'),
    code: z.string().nullable(),
    name: z.string(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    is_total: z.boolean(),
    amounts: Amounts.describe('column key -> amount in 万元, null where the cell is empty'),
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    source_unit: Unit,
    provenance: Provenance,
  })
  .strict();
export type BudgetLine = z.infer<typeof BudgetLine>;

// addition: a document printing its tables more than once (a department's, then each unit's)
const Part = z
  .number()
  .int()
  .positive()
  .describe('the set of tables it is from, where a document prints its tables more than once (warning TABLES_PRINTED_AGAIN; budget lines say it in attributes.part); absent otherwise');

export const ProjectRecord = z
  .object({
    ...base,
    project_code: z.string().nullable(),
    project_name: z.string(),
    budget: z.number().nullable(),
    fiscal_funds: z.number().nullable(),
    other_funds: z.number().nullable(),
    purpose: z.string().nullable(),
    spending_plan: z.record(z.string(), z.number().nullable()),
    goals: z.array(z.string()),
    source_unit: Unit,
    provenance: z.union([Provenance, BlockProvenance]).describe('the table row (项目绩效目标表), or the paragraphs of a project described in prose'),
    printed_as: z
      .enum(['table', 'prose'])
      .describe('table: a row of a 项目绩效目标表 (all projects); prose: a key project described in the text (上海: 项目概述 … 年度预算安排), selected, not all'),
    // addition: some 绩效目标表 list key projects, not all
    key_projects_only: z
      .boolean()
      .optional()
      .describe('true for a project of a table listing the key projects, not all of the 项目支出: a 绩效目标表 printed one row per indicator (北京 预算12表), or a list of name | budget | goals alone (广州 重点项目)'),
    // addition: a list of projects by unit names the unit beside each (湖州 单位名称 | 项目名称 | 金额)
    unit_name: z.string().optional().describe('the unit whose project it is, where a list of projects names one beside each (湖州: 单位名称 | 项目名称 | 金额 | 项目总体绩效目标) or a row of its own above them (四川: 单位名称（项目名称）), or a 单位名称 column beside 项目名称 in a table printed one row per indicator (长春: 105001长春市信访局, the code dropped)'),
    // addition: a 部门整体支出绩效目标表's record holds the department's targets and whole budget
    department_wide: z
      .boolean()
      .optional()
      .describe("true for the department's own targets (部门整体支出绩效目标表): its budget is the department's whole budget, not a project of the 项目支出"),
    // addition: a 转移支付 绩效目标表's project is money passed to lower governments
    transfer_payment: z
      .boolean()
      .optional()
      .describe('true for a project of a 转移支付 绩效目标表 (福州: 市级科技创新专项（转移支付）项目绩效目标表): money passed to lower governments, which the 项目支出 may not hold'),
    // addition: a 专项资金 绩效目标表's project is a fund the department administers
    special_fund: z
      .boolean()
      .optional()
      .describe('true for a project of a 专项资金 绩效目标表 (by the table title, not the project name; 烟台: 专项资金绩效目标表, 惠民殡葬补助资金 2,149.09 beside a 项目支出 of 2,385.28): a fund the department administers, which its 项目支出 may not hold'),
    // addition: one project printed in blocks with money of their own (北京 水务局: one per 管理处)
    block: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("which block of its project the record is (1, 2, …), where the table prints one project's code and name merged down beside several blocks, each with its own 项目总额, 绩效目标 and indicators (北京 水务局: 水利工程日常维修养护费, one block per 管理处); the project's budget is its blocks' sum"),
    // addition: a 决算's 绩效自评表 prints what the year's budget became and what was spent
    full_year_budget: z
      .number()
      .optional()
      .describe("a 决算's 绩效自评表: the project's 全年预算数 (万元), the year's budget as adjusted, beside `budget` (年初预算数, null where printed -)"),
    executed: z.number().optional().describe("a 决算's 绩效自评表: the project's 全年执行数 (万元), what was spent (福建: 年度拨付金额, what was paid out)"),
    part: Part.optional(),
  })
  .strict();
export type ProjectRecord = z.infer<typeof ProjectRecord>;

export const Operator = z.enum(['>=', '<=', '=', '>', '<']);
export type Operator = z.infer<typeof Operator>;

export const IndicatorRecord = z
  .object({
    ...base,
    project_code: z.string().nullable(),
    // addition: joins the indicators of a project printed with no code (lists, 部门整体 tables) to it
    project_name: z.string().optional().describe("the name of its project, as on the project's record (present wherever a project is printed with it)"),
    level1: z.string().nullable(),
    // addition: the block of its project it is printed in (see ProjectRecord.block)
    block: z.number().int().min(1).optional().describe("the block of its project it is printed in, where the project is printed in blocks with money of their own (its project record's `block`)"),
    // addition: 西安's 绩效自评表 print each 一级指标 with its share of the score (产出指标（50分）)
    level1_weight: z.number().optional().describe('the share of the score its 一级指标 carries, where printed with the level (产出指标（50分） → level1 产出指标, 50)'),
    level2: z.string().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    target_text: z.string().nullable(),
    operator: Operator.nullable(),
    value: z.number().nullable(),
    value_unit: z.string().nullable(),
    basis: z.string().nullable(),
    // addition: the activity a department-wide indicator serves (北京 部门整体支出绩效目标表: 活动)
    activity: z.string().optional().describe('the 活动 a 部门整体 indicator serves, where the table prints one (北京)'),
    // additions: a 决算's 绩效自评表 (实际完成值 | 分值 | 得分)
    achieved: z.string().optional().describe('what was achieved against the target, as printed (实际完成值: "93.47", "123 人"), in a 绩效自评表'),
    weight: z.number().optional().describe("the indicator's weight in the self-evaluation (分值 / 指标分值), or as a budget's 绩效目标表 prints it (权重, 指标权重(%))"),
    score: z.number().optional().describe('the score the self-evaluation gives it (得分 / 自评得分)'),
    // addition: 重庆 marks each 部门整体 and 专项资金 indicator 是否核心
    core: z.boolean().optional().describe('whether the table marks it a core indicator (是否核心: 是 → true, 否 → false), where printed (重庆)'),
    provenance: Provenance,
  })
  .strict();
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

const GridCell = z.union([
  z.string(),
  z.object({ text: z.string(), row_span: z.number().int().positive(), col_span: z.number().int().positive() }).strict(),
  z.null(),
]);

const PdfBox = z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[x0, y0, x1, y1] in PDF points, y up');

export const TableGeometry = z
  .object({
    pages: z
      .array(
        z
          .object({
            page: z.number().int().positive(),
            bbox: PdfBox.describe("the table's box on this page"),
            columns: z
              .array(z.tuple([z.number(), z.number()]).nullable())
              .describe('per grid column, its [x0, x1] on this page; null where only merged cells cover it'),
          })
          .strict(),
      )
      .describe('one entry per page the table is printed on'),
    rows: z
      .array(z.tuple([z.number().int().positive(), z.number(), z.number()]).nullable())
      .describe('per grid row, [page, y0, y1]; null where only merged cells cover it'),
  })
  .strict();
export type TableGeometry = z.infer<typeof TableGeometry>;

export const TableRecord = z
  .object({
    ...base,
    table_index: z.number().int().nonnegative().describe('0-based order of the table in the document'),
    table: TableId.nullable().describe('catalogue id, or null when no catalogue table fits'),
    kind: z
      .enum(NON_FISCAL_KINDS)
      .optional()
      .describe('an unplaced table holding no money, known by its header or its empty cells: unit_list (序号 | 单位名称: the units making up the department), table_list (报表 | 报表名称 | 是否空表: the tables the disclosure prints), graphic (a ruled area whose cells hold no word: a chart read as a grid, an empty box)'),
    title: z.string().nullable().describe('the title printed over the table (or over the table it continues), or null'),
    match: z
      .object({
        by: z
          .array(z.enum(['title', 'continuation', 'columns', 'header']))
          .describe(
            'title: its own title; continuation: an untitled table continuing the one before; columns: the columns of the table before that did not fit its page (the title printed again over them); header: no title, placed by its header labels and body codes',
          ),
        score: z.number().min(0).max(1).describe('1: the title fits the table; placed by its header, the share of its number columns the header names (only 1 is placed); 0: not placed'),
        runner_up: TableId.nullable().describe('another table the title also fits; for an unplaced table, the nearest catalogue table'),
      })
      .strict(),
    pages: z.array(z.number().int().positive()).describe('PDF pages the table is printed on (empty for DOCX)'),
    unit: Unit.nullable().describe('unit printed on the table, where it was extracted'),
    header: z.array(z.array(z.string())).describe("the header rows' texts (one merged cell once), where the table was extracted"),
    rows: z
      .array(z.array(GridCell))
      .describe('the grid as read: a cell text, or {text,row_span,col_span} where a merged cell starts, null where one covers'),
    provenance: Provenance,
    // additions beyond the v2 contract: where the table is printed and what each column was read as
    columns: z
      .array(z.object({ key: z.string(), role: z.string(), side: Side.nullable() }).strict().nullable())
      .optional()
      .describe('per grid column, the key the extractor read it as (amount key, code, name …), its role and side; null for a column it did not map; [] where the table was not extracted; a part printing no header, the columns of the header above it that it was read with'),
    geometry: TableGeometry.nullable()
      .optional()
      .describe('where the table is printed on its PDF pages, in PDF points (user space, y up); null for DOCX'),
  })
  .strict();
export type TableRecord = z.infer<typeof TableRecord>;

export const FigureRecord = z
  .object({
    ...base,
    label: z.enum(FIGURE_KEYS).nullable().describe('what the figure is, where the text names it unambiguously; null otherwise (never checked)'),
    amount: z.number().describe('万元'),
    amount_text: z.string().describe('the amount as printed, with its unit ("1,630.30万元"): its decimals are the text\'s own rounding'),
    sentence: z.string().describe('the sentence stating it (NFKC, whitespace removed)'),
    page: z.number().int().positive().nullable().describe('1-based PDF page; null for DOCX'),
    block_index: z.number().int().nonnegative().describe('0-based index of the paragraph or heading in the document'),
  })
  .strict();
export type FigureRecord = z.infer<typeof FigureRecord>;
export const CheckCell = z
  .object({
    table_index: z.number().int().nonnegative().describe('as in provenance'),
    row_index: z.number().int().nonnegative().describe('as in provenance'),
    side: Side.nullable().describe("the line's side, for rows that print both sides"),
    column: z.string().describe('amount key'),
    role: z.enum(['actual', 'expected']),
  })
  .strict();
export type CheckCell = z.infer<typeof CheckCell>;

export const CheckRecord = z
  .object({
    ...base,
    check: z.string(),
    table: z.union([TableId, z.array(TableId)]).nullable(),
    status: z.enum(['pass', 'fail', 'skipped']).describe('skipped: an input the check needs (a table, a column, a figure) is not printed'),
    expected: z.number().nullable(),
    actual: z.number().nullable(),
    difference: z.number().nullable().describe('actual - expected, 万元'),
    message: z.string(),
    // addition beyond the v2 contract
    cells: z
      .array(CheckCell)
      .optional()
      .describe('the printed cells compared: the figure under test (actual) and those it is compared with (expected)'),
    part: Part.optional(),
  })
  .strict();
export type CheckRecord = z.infer<typeof CheckRecord>;

export const ErrorRecord = z
  .object({
    schema_version: z.literal(SCHEMA_VERSION),
    source: z.string(),
    doc_id: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    stage: z.enum(['read', 'detect', 'parse', 'extract', 'validate', 'write']),
    code: ErrorCode,
    message: z.string(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** Output files and the schema of their lines, in the order they are written. */
export const RECORD_FILES = {
  'documents.jsonl': DocumentRecord,
  'tables.jsonl': TableRecord,
  'budget_lines.jsonl': BudgetLine,
  'projects.jsonl': ProjectRecord,
  'indicators.jsonl': IndicatorRecord,
  'figures.jsonl': FigureRecord,
  'checks.jsonl': CheckRecord,
  'errors.jsonl': ErrorRecord,
} as const;
export type RecordFile = keyof typeof RECORD_FILES;
