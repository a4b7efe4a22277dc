// Expected records: one JSONL file per document, the contract's records minus doc_id and
// provenance. Line 1 is the document (its `source` relative to the file's folder, plus
// `checked_tables`: the tables whose lines the file holds completely, and `checked_projects`:
// true when it holds every project and indicator), then its budget lines, then its projects
// and indicators, told apart by `"record": "project" | "indicator"` (budget lines have none,
// so files written before projects were scored read as they did).
// Shared by the accuracy command, the golden tests and the variant generator.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { BudgetLine, DocumentRecord, IndicatorRecord, ProjectRecord, TableId } from '../schema/records.js';

export type ExpectedDocument = Pick<
  DocumentRecord,
  | 'schema_version'
  | 'source'
  | 'format'
  | 'disclosure_kind'
  | 'fiscal_year'
  | 'department_code'
  | 'department_name'
  | 'region_code'
  | 'unit'
  | 'pages'
  | 'tables_found'
  | 'tables_missing'
> & {
  checked_tables: TableId[];
  /** the file holds the document's projects and indicators completely: only then are they scored. */
  checked_projects?: boolean;
};

export type ExpectedLine = Omit<BudgetLine, 'doc_id' | 'provenance'>;
export type ExpectedProject = Omit<ProjectRecord, 'doc_id' | 'provenance'>;
export type ExpectedIndicator = Omit<IndicatorRecord, 'doc_id' | 'provenance'>;

/** A document's projects and indicators, in printed order (the contract's records fit too). */
export interface ProjectRecords {
  projects: readonly ExpectedProject[];
  indicators: readonly ExpectedIndicator[];
}

export interface Expected {
  /** the expected file. */
  file: string;
  /** the input document, resolved. */
  input: string;
  document: ExpectedDocument;
  lines: ExpectedLine[];
  /** empty unless the file holds them (`checked_projects`). */
  projects: ExpectedProject[];
  indicators: ExpectedIndicator[];
}

export function parseExpected(file: string, text: string): Expected {
  const [head, ...rest] = text.split('\n').filter((l) => l.trim() !== '');
  if (!head) throw new Error(`${file}: empty expected file`);
  const document = JSON.parse(head) as ExpectedDocument;
  if (!document.source || !Array.isArray(document.checked_tables)) throw new Error(`${file}: line 1 is not an expected document (source, checked_tables)`);
  const out: Expected = { file, input: resolve(dirname(file), document.source), document, lines: [], projects: [], indicators: [] };
  rest.forEach((text, i) => {
    const { record, ...r } = JSON.parse(text) as { record?: unknown };
    if (record === undefined) out.lines.push(r as ExpectedLine);
    else if (record === 'project') out.projects.push(r as ExpectedProject);
    else if (record === 'indicator') out.indicators.push(r as ExpectedIndicator);
    else throw new Error(`${file}: line ${i + 2}: unknown record ${JSON.stringify(record)} (project or indicator)`);
  });
  if (!document.checked_projects && out.projects.length + out.indicators.length > 0) {
    throw new Error(`${file}: projects or indicators without checked_projects on line 1`);
  }
  return out;
}

export function readExpected(file: string): Expected {
  return parseExpected(file, readFileSync(file, 'utf8'));
}

/** Every *.jsonl below the given files or folders, sorted. */
export function findExpectedFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else if (p.endsWith('.jsonl')) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

/** The document fields an expected file stores, in the contract's order. */
export const DOCUMENT_KEYS = [
  'schema_version',
  'source',
  'format',
  'disclosure_kind',
  'fiscal_year',
  'department_code',
  'department_name',
  'region_code',
  'unit',
  'pages',
  'tables_found',
  'tables_missing',
] as const;

/** The expected form of a document record; `input` is made relative to the expected file's folder. */
export function expectedDocument(doc: DocumentRecord, input: string, expectedFile: string, checked: TableId[]): ExpectedDocument {
  const out = Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, doc[k]])) as Omit<ExpectedDocument, 'checked_tables' | 'checked_projects'>;
  return { ...out, source: relative(dirname(expectedFile), input).split('\\').join('/'), checked_tables: checked };
}

/** A budget line without doc_id and provenance, its fields in the contract's order. */
export function expectedLine(l: BudgetLine | ExpectedLine): ExpectedLine {
  const { schema_version, table, side, item, code, name, level, is_total, amounts, attributes, source_unit } = l;
  return { schema_version, table, side, item, code, name, level, is_total, amounts, attributes, source_unit };
}

/** A record without doc_id and provenance (projects and indicators as an expected file holds them). */
function withoutIdentity<T extends object>(r: T): Omit<T, 'doc_id' | 'provenance'> {
  const { doc_id: _id, provenance: _p, ...rest } = r as T & { doc_id?: unknown; provenance?: unknown };
  return rest;
}

/** The expected file's text; projects and indicators, when given, follow the budget lines, and the document says it holds them (`checked_projects`). */
export function formatExpected(document: ExpectedDocument, lines: ExpectedLine[], records?: ProjectRecords): string {
  const rows: object[] = [records ? { ...document, checked_projects: true } : document, ...lines.map(expectedLine)];
  if (records) {
    rows.push(...records.projects.map((p) => ({ record: 'project', ...withoutIdentity(p) })));
    rows.push(...records.indicators.map((i) => ({ record: 'indicator', ...withoutIdentity(i) })));
  }
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
