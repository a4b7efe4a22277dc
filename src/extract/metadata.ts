// Document metadata: department, fiscal year, unit, region, kind of disclosure. Each field
// records where it came from (documents.jsonl metadata_sources) so users can judge it.
import { basename } from 'node:path';
import { areaByCode, regionCodeByName } from '../catalogue/divisions.js';
import {
  DEPARTMENT_CODE_NAME,
  DEPARTMENT_FIELD,
  DEPARTMENT_NAME_LINE,
  DEPARTMENT_TITLE,
  DISCLOSURE_KINDS,
  YEAR_FIELD_PATTERN,
  YEAR_TITLE_PATTERN,
} from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import type { DocumentModel } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { cleanText } from '../normalize/text.js';
import { mostCommon } from '../util/most-common.js';
import type { BudgetLine, DocumentRecord, ProjectRecord, Unit } from '../schema/records.js';

export type DocumentMetadata = Pick<
  DocumentRecord,
  'fiscal_year' | 'department_code' | 'department_name' | 'region_code' | 'disclosure_kind' | 'unit' | 'metadata_sources'
>;

const compact = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** Texts of the rows above each located table's header, where the department/year/unit line is printed. */
function tableTopTexts(sections: Section[]): string[] {
  return sections.flatMap((s) => s.tables.flatMap((t) => t.rows.slice(0, 3).flatMap(distinctTexts)));
}

/** The cover and contents: where titles, department and year are printed. */
const HEAD_BLOCKS = 12;

interface Department {
  code: string | null;
  name: string;
  source: string;
}

/** The department, from the most explicit place that names it. */
function findDepartment(tops: string[], texts: string[]): Department | null {
  const coded = mostCommon(tops.map((t) => DEPARTMENT_CODE_NAME.exec(compact(t))).filter((m) => m !== null).map((m) => `${m[1]}\u0000${m[2]}`));
  if (coded) {
    const [code, name] = coded.split('\u0000') as [string, string];
    return { code, name, source: 'table_preamble' };
  }
  const field = (list: string[]) => mostCommon(list.map((t) => DEPARTMENT_FIELD.exec(compact(t))?.[1]).filter((v): v is string => !!v));
  const inTable = field(tops);
  if (inTable) return { code: null, name: inTable, source: 'table_preamble' };
  const head = texts.slice(0, HEAD_BLOCKS).map(compact);
  const inText = field(head);
  if (inText) return { code: null, name: inText, source: 'cover' };
  const titled = head.map((t) => DEPARTMENT_TITLE.exec(t)?.[1]).find((v) => !!v);
  if (titled) return { code: null, name: titled, source: 'title' };
  // A cover printing the name on its own line above "2018年部门预算".
  const line = head.find((t, i) => DEPARTMENT_NAME_LINE.test(t) && YEAR_TITLE_PATTERN.test(head[i + 1] ?? ''));
  return line ? { code: null, name: line, source: 'cover' } : null;
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

  const department = findDepartment(tops, texts);
  const department_code = department?.code ?? null;
  const department_name = department?.name ?? null;
  if (department) sources.department = department.source;

  // Fiscal year: "预算年度：2024" above the tables, else a title's year, else the file name's.
  let fiscal_year: number | null = null;
  const fieldYear = mostCommon(tops.map((t) => YEAR_FIELD_PATTERN.exec(compact(t))?.[1]).filter((v): v is string => !!v));
  const titleYear = texts.slice(0, HEAD_BLOCKS).map((t) => YEAR_TITLE_PATTERN.exec(compact(t))?.[1]).find((v) => !!v);
  const fileYear = /(20\d{2})/.exec(basename(source))?.[1];
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

  const head = texts.slice(0, HEAD_BLOCKS).join(' ');
  const disclosure_kind = DISCLOSURE_KINDS.find((k) => k.pattern.test(head))?.kind ?? (lines.length > 0 ? 'department_budget' : 'unknown');
  const unit: Unit | null = mostCommon(lines.filter((l) => l.table !== 'fixed_assets').map((l) => l.source_unit));

  return { fiscal_year, department_code, department_name, region_code, disclosure_kind, unit, metadata_sources: sources };
}
