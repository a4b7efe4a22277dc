// The tables of a release: one per record file (documents with its quality flag and region
// name), and budget_lines_wide, the lines with their document's metadata joined, which is
// what most users load first.
import { divisions } from '../catalogue/divisions.js';
import type { RecordFile } from '../schema/records.js';
import { RECORD_FILES } from '../schema/records.js';
import { compareErrors } from '../sink/render.js';
import { derivedColumn, recordColumns, resourceName } from './columns.js';
import type { Column } from './columns.js';
import type { MergedInputs, ReleaseDocument } from './merge.js';

export const QUALITY = ['ok', 'checks_failed', 'partial'] as const;
export type Quality = (typeof QUALITY)[number];

export interface ReleaseTable {
  name: string;
  description: string;
  columns: Column[];
  rows: Record<string, unknown>[];
  primaryKey: string[];
  /** rows name a document by doc_id that is in the documents table. */
  referencesDocuments: boolean;
}

/** checks_failed: a check failed; partial: a mandated table missing, no financial table, or a read error; else ok. */
export function qualityOf(doc: ReleaseDocument): Quality {
  if (doc.document.checks_failed > 0) return 'checks_failed';
  if (doc.document.status !== 'ok' || doc.errors.length > 0) return 'partial';
  return 'ok';
}

/** Document fields joined onto every line of budget_lines_wide. */
const WIDE_DOCUMENT_FIELDS = [
  'fiscal_year',
  'region_code',
  'region_name',
  'department_code',
  'department_name',
  'disclosure_kind',
  'scope',
  'quality',
  'source',
  'source_url',
];

const DESCRIPTIONS: Record<string, string> = {
  documents: 'One row per document read, with its release quality flag (documents.jsonl).',
  tables: 'One row per table of a document, placed in the catalogue or not: its grid as read (tables.jsonl).',
  budget_lines: 'One row per data row of a financial table; amounts in 万元, one column per catalogue column key (budget_lines.jsonl).',
  projects: 'One row per project of a 项目绩效目标表 (projects.jsonl).',
  indicators: 'One row per indicator row of a 绩效目标表 (indicators.jsonl).',
  checks: 'One row per reconciliation check run on a document, pass and fail alike (checks.jsonl).',
  errors: 'One row per input (or stage) that failed, with its stable code (errors.jsonl).',
  budget_lines_wide: 'budget_lines with the metadata of its document joined (year, region, department, kind, quality): load this one first.',
};

export function releaseTables(documents: ReleaseDocument[], merged: MergedInputs): ReleaseTable[] {
  const docColumns = documentColumns();
  const docRows = documents.map((doc) => ({ ...doc.document, quality: qualityOf(doc), region_name: regionName(doc.document.region_code) }));
  const tables: ReleaseTable[] = [table('documents', docColumns, docRows, ['doc_id'], false)];
  for (const file of Object.keys(RECORD_FILES) as RecordFile[]) {
    if (file === 'documents.jsonl') continue;
    if (file === 'errors.jsonl') {
      const errors = [...documents.flatMap((d) => d.errors), ...merged.failed].sort(compareErrors);
      tables.push(table('errors', recordColumns(file), errors.map((e, i) => ({ ...e, record_index: i })), ['record_index'], false));
      continue;
    }
    const rows = documents.flatMap((doc) => (doc.records.get(file) ?? []).map((r, i) => ({ ...(r as object), record_index: i })));
    tables.push(table(resourceName(file), recordColumns(file), rows, ['doc_id', 'record_index'], true));
  }
  tables.push(wideTable(docColumns, docRows, tables.find((t) => t.name === 'budget_lines')!));
  return tables;
}

function table(name: string, columns: Column[], rows: Record<string, unknown>[], primaryKey: string[], referencesDocuments: boolean): ReleaseTable {
  return { name, description: DESCRIPTIONS[name] ?? `One row per record of ${name}.jsonl.`, columns, rows, primaryKey, referencesDocuments };
}

function documentColumns(): Column[] {
  const columns = recordColumns('documents.jsonl');
  const after = (name: string, column: Column): void => {
    const at = columns.findIndex((c) => c.name === name);
    columns.splice(at === -1 ? columns.length : at + 1, 0, column);
  };
  after('region_code', derivedColumn('documents', 'region_name', 'string', { required: false }));
  after('checks_failed', derivedColumn('documents', 'quality', 'string', { required: true, enum: [...QUALITY] }));
  return columns;
}

function wideTable(docColumns: Column[], docRows: Record<string, unknown>[], lines: ReleaseTable): ReleaseTable {
  const byId = new Map(docRows.map((d) => [d['doc_id'] as string, d]));
  const joined = WIDE_DOCUMENT_FIELDS.map((name) => docColumns.find((c) => c.name === name)).filter((c): c is Column => c !== undefined);
  const lineColumns = lines.columns.filter((c) => c.name !== 'schema_version');
  const at = lineColumns.findIndex((c) => c.name === 'record_index') + 1;
  const columns = [...lineColumns.slice(0, at), ...joined, ...lineColumns.slice(at)];
  // line fields win: the document's own fields of the same name (none today) stay in documents
  const rows = lines.rows.map((line) => ({ ...byId.get(line['doc_id'] as string), ...line }));
  return table('budget_lines_wide', columns, rows, ['doc_id', 'record_index'], true);
}

/** The county, else city, else province a 6-digit code names; null when it names none. */
export function regionName(code: string | null): string | null {
  if (code === null) return null;
  const { areas, cityNames, provinceNames } = divisions();
  const city = cityNames.get(code.slice(0, 4));
  const province = provinceNames.get(code.slice(0, 2)) ?? null;
  if (code.endsWith('0000')) return province;
  if (code.endsWith('00')) return city && city !== '市辖区' ? city : province;
  return areas.get(code)?.name ?? null;
}
