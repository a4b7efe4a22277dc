// Reads an output folder back, grouped by document, for the report. Only the files the
// pipeline wrote: the report never runs a stage itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from '../corpus/read-output.js';
import type { BudgetLine, CheckRecord, DocumentRecord, ErrorRecord, TableRecord } from '../schema/records.js';
import { groupBy } from '../util/group-by.js';

export interface OutputRecords {
  documents: DocumentRecord[];
  errors: ErrorRecord[];
  tables: Map<string, TableRecord[]>;
  lines: Map<string, BudgetLine[]>;
  checks: Map<string, CheckRecord[]>;
}

async function readIfThere<T>(dir: string, name: string): Promise<T[]> {
  const path = join(dir, name);
  return existsSync(path) ? readJsonl<T>(path) : [];
}

export async function readOutput(dir: string): Promise<OutputRecords> {
  if (!existsSync(join(dir, 'documents.jsonl')) && !existsSync(join(dir, 'errors.jsonl'))) {
    throw new Error(`${dir} is not an output folder: no documents.jsonl or errors.jsonl (run "budget-ingest ingest … --out ${dir}" first)`);
  }
  const byDoc = <T extends { doc_id: string }>(records: T[]): Map<string, T[]> => groupBy(records, (r) => r.doc_id);
  return {
    documents: await readIfThere<DocumentRecord>(dir, 'documents.jsonl'),
    errors: await readIfThere<ErrorRecord>(dir, 'errors.jsonl'),
    tables: byDoc(await readIfThere<TableRecord>(dir, 'tables.jsonl')),
    lines: byDoc(await readIfThere<BudgetLine>(dir, 'budget_lines.jsonl')),
    checks: byDoc(await readIfThere<CheckRecord>(dir, 'checks.jsonl')),
  };
}
