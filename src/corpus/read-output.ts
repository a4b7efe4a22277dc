// Reads the records the corpus report needs back from an output folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckRecord, DocumentRecord, ErrorRecord } from '../schema/records.js';
import type { CorpusRecords } from './report.js';

export async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);
}

export async function readCorpusRecords(outDir: string): Promise<CorpusRecords> {
  return {
    documents: await readJsonl<DocumentRecord>(join(outDir, 'documents.jsonl')),
    checks: await readJsonl<CheckRecord>(join(outDir, 'checks.jsonl')),
    errors: await readJsonl<ErrorRecord>(join(outDir, 'errors.jsonl')),
  };
}
