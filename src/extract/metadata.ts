// Document metadata: department, fiscal year, unit, region, kind of disclosure. Each field
// records where it came from (documents.jsonl metadata_sources) so users can judge it.
import { basename } from 'node:path';
import { areaByCode, regionCodeByName } from '../catalogue/divisions.js';
import { accountOf } from '../catalogue/index.js';
import {
  DEPARTMENT_CODE_NAME,
  CODED_VALUE,
  DEPARTMENT_CODE_LABEL,
  DEPARTMENT_FIELD_LABEL,
  DEPARTMENT_IN_PROSE,
  FIELD_LABEL,
  DEPARTMENT_NAME_LINE,
  DEPARTMENT_TITLE,
  DISCLOSURE_KINDS,
  UNIT_DISCLOSURE,
  ORGANIZATION_KIND,
  ORGANIZATION_WITH_SCOPE,
  scopeQualifier,
  SUPERVISOR_LABEL,
  TITLE_PREFIX_NOISE,
  YEAR_FIELD_PATTERN,
  YEAR_LINE,
  YEAR_DEPARTMENT_TITLE,
  YEAR_TITLE_PATTERN,
} from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import { readTitle } from '../locate/titles.js';
import { DEPARTMENT_WIDE_WORD, PROJECT_WORD } from '../catalogue/title-words.js';
import type { DocumentModel, Warning } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { cleanText } from '../normalize/text.js';
import { mostCommon } from '../util/most-common.js';
import type { BudgetLine, DocumentRecord, ProjectRecord, Unit } from '../schema/records.js';

export type DocumentMetadata = Pick<
  DocumentRecord,
  'fiscal_year' | 'department_code' | 'department_name' | 'scope' | 'region_code' | 'disclosure_kind' | 'unit' | 'metadata_sources'
> & { warnings: Warning[] };

const compact = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** A document's head as the patterns read it: compact, a year written in Chinese numerals (二〇二四年) in digits. */
const headText = (t: string) =>
  compact(t).replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => `${[...y].map((c) => CHINESE_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')}年`);

/** Texts printed above each located table and in its first rows, where the department/year/unit line is ("341-湖州市财政局 单位：万元"). */
function tableTopTexts(sections: Section[]): string[] {
  // field labels in cells of their own and their values in the next (部门（单位）名称 | 宁德市…室 | 部门预算编码 | 127)
  // read as one line of "label：value" fields, after the row's first label
  const isLabel = (t: string) => DEPARTMENT_FIELD_LABEL.test(compact(t)) || DEPARTMENT_CODE_LABEL.test(compact(t));
  const joined = (texts: string[]) => {
    const first = texts.findIndex((t, i) => isLabel(t) && texts[i + 1]);
    if (first < 0) return texts;
    const fields = texts.flatMap((t, i) => (isLabel(t) && texts[i + 1] ? [`${t}：${texts[i + 1]}`] : []));
    return [...texts.slice(0, first + 1), fields.join(' '), ...texts.slice(first + 1)];
  };
  return sections.flatMap((s) => [...s.preamble, ...s.tables.flatMap((t) => t.rows.slice(0, 3).flatMap((row) => joined(distinctTexts(row))))]);
}

/** The cover and contents: where titles, department and year are printed. */
const HEAD_BLOCKS = 12;
/** How far into the text a 说明's opening sentence on the department is looked for (past its contents). */
const PROSE_BLOCKS = 60;

interface Department {
  code: string | null;
  name: string;
  source: string;
}

/** The name without a scope qualifier, and the scope it names. */
function withScope(name: string): { name: string; scope: DocumentRecord['scope'] } {
  const q = scopeQualifier(name);
  return q ? { name: q.base, scope: q.scope } : { name, scope: null };
}

// with its scope or its other name (预算单位：上海市统计和大数据研究院（上海市统计数据管理中心）)
const isOrganization = (name: string): boolean => ORGANIZATION_WITH_SCOPE.test(name) && !ORGANIZATION_KIND.test(withScope(name).name);

/** A line's fields, label and value (部门编码：101001 部门名称：南宁市…局 金额单位：万元). */
function lineFields(text: string): { label: string; value: string }[] {
  const labels = [...text.matchAll(FIELD_LABEL)];
  return labels.map((m, i) => ({ label: m[1]!, value: text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length).trim() }));
}

/**
 * The department a line's fields name, with its code where printed: in a code field of its own
 * or before the name (部门编码：101001 部门名称：…; 单位：[101001]南宁市…局; 编制单位：… 金额单位：万元).
 */
function fieldDepartment(text: string, ofUnit = false): { name: string; code: string | null } | null {
  const fields = lineFields(text);
  const code = fields.find((f) => DEPARTMENT_CODE_LABEL.test(f.label) && /^\d{3,12}$/.test(f.value))?.value ?? null;
  for (const f of fields) {
    if (!DEPARTMENT_FIELD_LABEL.test(f.label) && !/^(?:金额)?单位$/.test(f.label)) continue;
    // a unit's own disclosure names its 主管部门 in the 绩效目标表s: the department above it, not the unit
    if (ofUnit && SUPERVISOR_LABEL.test(f.label)) continue;
    const coded = CODED_VALUE.exec(f.value);
    const name = coded ? coded[2]! : f.value;
    if (isOrganization(name)) return { name, code: coded ? coded[1]! : code };
    const before = organizationBeforeField(name);
    if (before) return { name: before, code: coded ? coded[1]! : code };
  }
  return null;
}

/**
 * The organization a value starts with when the next field follows with no break (a cover's
 * lines read as one: 部门名称：西安市安全生产监督管理局保密审查情况：不设密…): the longest name
 * before that field's label.
 */
function organizationBeforeField(value: string): string | null {
  const next = value.search(/[:：]/);
  if (next < 0) return null;
  const text = value.slice(0, next);
  for (let end = text.length; end >= 3; end--) if (isOrganization(text.slice(0, end))) return text.slice(0, end);
  return null;
}

/** The department named before the year in a text: 青龙…中心2024年部门预算, 附件2：北京市审计局2026年度部门预算报表. */
function titled(text: string): string | undefined {
  return DEPARTMENT_TITLE.exec(text.replace(/^.*[:：_]/, ''))?.[1];
}

/** The year and the department a title names after it (2024年四川省某某县财政局部门预算), an organization's only. */
function yearThenDepartment(text: string): { year: string; name: string } | null {
  const m = YEAR_DEPARTMENT_TITLE.exec(text);
  return m && isOrganization(m[2]!) ? { year: m[1]!, name: m[2]! } : null;
}

/**
 * Every place that names the department, most explicit first: the coded line above the
 * tables (430青龙…), 部门名称：/编制单位： fields above the tables and on the cover, a title
 * naming it before the year, the prefix of table titles (2018年度XX省XX院收支预算总表), a cover
 * line, the file name. Only organization names count.
 */
function departmentCandidates(tops: string[], texts: string[], tableTitles: string[], source: string, ofUnit = false): Department[] {
  const out: Department[] = [];
  const add = (name: string | undefined, source: string, code: string | null = null) => {
    if (name && isOrganization(name)) out.push({ code, name, source });
  };
  for (const t of tops) {
    const m = DEPARTMENT_CODE_NAME.exec(compact(t));
    if (m) add(m[2], 'table_preamble', m[1]);
  }
  for (const t of tops) {
    const f = fieldDepartment(compact(t), ofUnit);
    if (f) add(f.name, 'table_preamble', f.code);
  }
  const head = texts.slice(0, HEAD_BLOCKS).map(headText);
  for (const t of head) {
    const f = fieldDepartment(t, ofUnit);
    if (f) add(f.name, 'cover', f.code);
  }
  for (const t of head) add(titled(t) ?? yearThenDepartment(t)?.name, 'title');
  for (const t of tableTitles) {
    const reading = readTitle(t);
    // a project's 绩效目标表 is prefixed by the project's name (西安市级市九院沿线卫生所补助项目绩效自评表), a 部门整体 one by the department's
    if (!reading || (reading.words.includes(PROJECT_WORD) && !reading.words.includes(DEPARTMENT_WIDE_WORD))) continue;
    add(reading.prefix.replace(TITLE_PREFIX_NOISE, ''), 'table_title');
  }
  // a cover's name line, over or under its "2024年部门预算" line
  head.forEach((t, i) => DEPARTMENT_NAME_LINE.test(t) && [head[i + 1], head[i - 1]].some((y) => YEAR_TITLE_PATTERN.test(y ?? '')) && add(t, 'cover'));
  // the file's own name, after what a collection puts before it (北京-北京-fcf1d639-2026年北京市人民政府办公厅部门预算)
  const fileName = basename(source).replace(/\.[a-z]+$/i, '').replace(/^.*[-_:：]/, '');
  add(titled(fileName) ?? yearThenDepartment(fileName)?.name, 'file_name');
  // nowhere else: the first sentence of the text opening on an organization (北京 气象局's 情况说明)
  if (out.length === 0) add(texts.slice(0, PROSE_BLOCKS).map((t) => DEPARTMENT_IN_PROSE.exec(compact(t))?.[1]).find(Boolean), 'text');
  return out;
}

/** The most explicit source's most common name; a different name elsewhere is a warning. */
function findDepartment(candidates: Department[]): { department: Department | null; warnings: Warning[] } {
  const first = candidates[0];
  if (!first) return { department: null, warnings: [] };
  const same = candidates.filter((c) => c.source === first.source);
  const common = mostCommon(same.map((c) => c.name))!;
  const found = same.find((c) => c.name === common)!;
  const base = withScope(common).name;
  // the name with the place it leaves out, where another source prints it (湖州: 511-退役军人事务局 over
  // each table, 湖州市退役军人事务局 in the title): the dataset's name is the full one
  const placedName = (c: Department): string | null => {
    const n = withScope(c.name).name;
    return n !== base && n.endsWith(base) && regionCodeByName(n) !== null ? n : null;
  };
  const placed = regionCodeByName(base) === null ? candidates.find(placedName) : undefined;
  const department = placed ? { ...found, name: common.replace(base, placedName(placed)!), source: `${found.source}+${placed.source}` } : found;
  const { name } = department;
  // a shorter or longer form of the same name (上海市审计局 / 审计局) is no disagreement
  const other = candidates.find((c) => !withScope(c.name).name.includes(base) && !base.includes(withScope(c.name).name));
  const warnings = other
    ? [{ code: 'METADATA_DISAGREES', message: `department "${name}" (${department.source}) but "${other.name}" in the ${other.source}: kept the first` }]
    : [];
  return { department, warnings };
}

/** The department a set of tables names over and in its own tables (a package's unit's set), or null. */
export function tablesDepartment(sections: Section[]): string | null {
  const { department } = findDepartment(departmentCandidates(tableTopTexts(sections).map(cleanText), [], sections.map((s) => s.title), ''));
  return department ? withScope(department.name).name : null;
}

/** The account the text names first (a 预算 情况说明 may speak of last year's 决算 further on). */
function firstNamed(head: string): 'budget' | 'final_account' | null {
  const at = DISCLOSURE_KINDS.map((k) => ({ kind: k.kind, index: head.search(k.pattern) })).filter((k) => k.index >= 0);
  return at.sort((a, b) => a.index - b.index)[0]?.kind ?? null;
}

export function extractMetadata(
  model: DocumentModel,
  source: string,
  sections: Section[],
  lines: BudgetLine[],
  projects: ProjectRecord[],
): DocumentMetadata {
  const sources: Record<string, string> = {};
  const tops = tableTopTexts(sections).map(cleanText);
  const texts = model.blocks.filter((b) => b.kind !== 'table').map((b) => cleanText((b as { text: string }).text));

  const tableTitles = sections.map((s) => s.title);
  const head = texts.slice(0, HEAD_BLOCKS).join(' ');
  const ofUnit = UNIT_DISCLOSURE.exec(head)?.[1] !== undefined;
  const { department, warnings } = findDepartment(departmentCandidates(tops, texts, tableTitles, source, ofUnit));
  const department_code = department?.code ?? null;
  const { name: department_name, scope } = department ? withScope(department.name) : { name: null, scope: null };
  if (department) sources.department = department.source;

  // Fiscal year: "预算年度：2024" above the tables, else a title's year, else the file name's.
  let fiscal_year: number | null = null;
  const fieldYear = mostCommon(tops.map((t) => YEAR_FIELD_PATTERN.exec(compact(t))?.[1]).filter((v): v is string => !!v));
  const headLines = texts.slice(0, HEAD_BLOCKS).map(headText);
  // a year line alone under a title (（2024年度）) where no title names its year with the account
  const titleYear =
    headLines.map((t) => YEAR_TITLE_PATTERN.exec(t)?.[1] ?? yearThenDepartment(t)?.year).find((v) => !!v) ??
    headLines.map((t) => YEAR_LINE.exec(t)?.[1]).find((v) => !!v);
  // a year standing alone in the name, not digits inside a hash (北京-北京-5420417d-… is not 2041)
  const fileYear = /(?<![0-9a-f])(20\d{2})(?!\d)/i.exec(basename(source))?.[1];
  for (const [value, from] of [[fieldYear, 'table_preamble'], [titleYear, 'title'], [fileYear, 'file_name']] as const) {
    if (value) {
      fiscal_year = Number(value);
      sources.fiscal_year = from;
      break;
    }
  }

  // Region: the county code that starts the project codes, else the region the department name names.
  let region_code: string | null = null;
  const prefix = mostCommon(projects.map((p) => p.project_code?.slice(0, 6)).filter((c): c is string => !!c && /^\d{6}$/.test(c)));
  if (prefix && areaByCode(prefix)) {
    region_code = prefix;
    sources.region_code = 'project_code';
  } else if (department_name) {
    region_code = regionCodeByName(department_name);
    if (region_code) sources.region_code = 'department_name';
  }

  // the tables say which account this is (佛山 files a 决算 under a budget's name); the title where none is located
  const account = sections.length > 0 ? accountOf(sections.map((s) => s.def)) : firstNamed(head);
  const disclosure_kind = account ? (`${ofUnit ? 'unit' : 'department'}_${account}` as const) : 'unknown';
  const unit: Unit | null = mostCommon(lines.filter((l) => l.table !== 'fixed_assets').map((l) => l.source_unit));

  return { fiscal_year, department_code, department_name, scope, region_code, disclosure_kind, unit, metadata_sources: sources, warnings };
}
