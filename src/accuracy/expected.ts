// Expected records: one JSONL file per document, the contract's records minus doc_id and
// provenance. Line 1 is the document (its `source` relative to the file's folder, plus
// `checked_tables`: the tables whose lines the file holds completely), then its budget lines.
// Shared by the accuracy command, the golden tests and the variant generator.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { BudgetLine, DocumentRecord, TableId } from '../schema/records.js';

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
> & { checked_tables: TableId[] };

export type ExpectedLine = Omit<BudgetLine, 'doc_id' | 'provenance'>;

export interface Expected {
  /** the expected file. */
  file: string;
  /** the input document, resolved. */
  input: string;
  document: ExpectedDocument;
  lines: ExpectedLine[];
}

export function parseExpected(file: string, text: string): Expected {
  const [head, ...rest] = text.split('\n').filter((l) => l.trim() !== '');
  if (!head) throw new Error(`${file}: empty expected file`);
  const document = JSON.parse(head) as ExpectedDocument;
  if (!document.source || !Array.isArray(document.checked_tables)) throw new Error(`${file}: line 1 is not an expected document (source, checked_tables)`);
  return { file, input: resolve(dirname(file), document.source), document, lines: rest.map((l) => JSON.parse(l) as ExpectedLine) };
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
  const out = Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, doc[k]])) as Omit<ExpectedDocument, 'checked_tables'>;
  return { ...out, source: relative(dirname(expectedFile), input).split('\\').join('/'), checked_tables: checked };
}

/** A budget line without doc_id and provenance, its fields in the contract's order. */
export function expectedLine(l: BudgetLine | ExpectedLine): ExpectedLine {
  const { schema_version, table, side, item, code, name, level, is_total, amounts, attributes, source_unit } = l;
  return { schema_version, table, side, item, code, name, level, is_total, amounts, attributes, source_unit };
}

export function formatExpected(document: ExpectedDocument, lines: ExpectedLine[]): string {
  return [document, ...lines.map(expectedLine)].map((r) => JSON.stringify(r)).join('\n') + '\n';
}
