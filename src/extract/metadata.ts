// Document metadata: department, fiscal year, unit, region, kind of disclosure. Each field
// records where it came from (documents.jsonl metadata_sources) so users can judge it.
import { areaByCode, areaByName } from '../catalogue/divisions.js';
import {
  DEPARTMENT_CODE_NAME,
  DEPARTMENT_FIELD,
  DISCLOSURE_KINDS,
  YEAR_FIELD_PATTERN,
  YEAR_TITLE_PATTERN,
} from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import type { DocumentModel } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { cleanText } from '../normalize/text.js';
import type { BudgetLine, DocumentRecord, ProjectRecord, Unit } from '../schema/records.js';

export type DocumentMetadata = Pick<
  DocumentRecord,
  'fiscal_year' | 'department_code' | 'department_name' | 'region_code' | 'disclosure_kind' | 'unit' | 'metadata_sources'
>;

/** The most frequent value (ties: the first seen), or null. */
function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

const compact = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** Texts of the rows above each located table's header, where the department/year/unit line is printed. */
function tableTopTexts(sections: Section[]): string[] {
  return sections.flatMap((s) => s.tables.flatMap((t) => t.rows.slice(0, 3).flatMap(distinctTexts)));
}

export function extractMetadata(
  model: DocumentModel,
  sections: Section[],
  lines: BudgetLine[],
  projects: ProjectRecord[],
): DocumentMetadata {
  const sources: Record<string, string> = {};
  const tops = tableTopTexts(sections).map(cleanText);
  const texts = model.blocks.filter((b) => b.kind !== 'table').map((b) => cleanText((b as { text: string }).text));

  // Department: "430青龙…中心" above the tables, else "单位名称：…", else a title's prefix.
  let department_code: string | null = null;
  let department_name: string | null = null;
  const coded = mostCommon(tops.map((t) => DEPARTMENT_CODE_NAME.exec(compact(t))).filter((m) => m !== null).map((m) => `${m[1]}\u0000${m[2]}`));
  if (coded) {
    [department_code, department_name] = coded.split('\u0000') as [string, string];
    sources.department = 'table_preamble';
  } else {
    const field = mostCommon(tops.map((t) => DEPARTMENT_FIELD.exec(compact(t))?.[1]).filter((v): v is string => !!v));
    const titled = texts.map((t) => /^(.{2,40}?)(20\d{2})年度?(?:部门|单位)?(?:预算|决算)/.exec(compact(t))?.[1]).find((v) => !!v);
    department_name = field ?? titled ?? null;
    if (department_name) sources.department = field ? 'table_preamble' : 'title';
  }

  // Fiscal year: "预算年度：2024" above the tables, else "2024年部门预算" in a title.
  let fiscal_year: number | null = null;
  const fieldYear = mostCommon(tops.map((t) => YEAR_FIELD_PATTERN.exec(compact(t))?.[1]).filter((v): v is string => !!v));
  const titleYear = texts.map((t) => YEAR_TITLE_PATTERN.exec(compact(t))?.[1]).find((v) => !!v);
  if (fieldYear) {
    fiscal_year = Number(fieldYear);
    sources.fiscal_year = 'table_preamble';
  } else if (titleYear) {
    fiscal_year = Number(titleYear);
    sources.fiscal_year = 'title';
  }

  // Region: the county code that starts the project codes, else a county named in the department name.
  let region_code: string | null = null;
  const prefix = mostCommon(projects.map((p) => p.project_code?.slice(0, 6)).filter((c): c is string => !!c && /^\d{6}$/.test(c)));
  if (prefix && areaByCode(prefix)) {
    region_code = prefix;
    sources.region_code = 'project_code';
  } else if (department_name) {
    const area = areaByName(department_name);
    if (area) {
      region_code = area.code;
      sources.region_code = 'department_name';
    }
  }

  const head = texts.slice(0, 10).join(' ');
  const disclosure_kind = DISCLOSURE_KINDS.find((k) => k.pattern.test(head))?.kind ?? (lines.length > 0 ? 'department_budget' : 'unknown');
  const unit: Unit | null = mostCommon(lines.filter((l) => l.table !== 'fixed_assets').map((l) => l.source_unit));

  return { fiscal_year, department_code, department_name, region_code, disclosure_kind, unit, metadata_sources: sources };
}
