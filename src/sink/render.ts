// Turns one input's outcome into the exact text it contributes to every .jsonl file:
// validated, keys in schema order. Pure, so determinism can be tested without a disk, and
// small enough to cache: the output folder is assembled from these entries alone.
import type { z } from 'zod';
import { fillFromMeta } from '../input/metadata.js';
import type { InputMeta } from '../input/metadata.js';
import type { DocumentOutput, ProcessResult } from '../pipeline/process.js';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { ErrorRecord, RecordFile } from '../schema/records.js';
import { compareByKeys } from './compare.js';
import type { InputSeen } from './manifest.js';
import { orderKeys } from './order-keys.js';

/** One input of the run and what became of it. */
export interface InputOutcome {
  /** the path as given to the run. */
  source: string;
  /** sha256 of the input bytes; null when they could not be read. */
  doc_id: string | null;
  result: ProcessResult;
  /** metadata from a manifest, filling what the document lacks. */
  meta?: InputMeta;
}

/** The files whose lines an entry carries as text; errors.jsonl is sorted across inputs, so it keeps records. */
export const ENTRY_FILES = [
  'documents.jsonl',
  'tables.jsonl',
  'budget_lines.jsonl',
  'projects.jsonl',
  'indicators.jsonl',
  'figures.jsonl',
  'checks.jsonl',
] as const satisfies readonly RecordFile[];
export type EntryFile = (typeof ENTRY_FILES)[number];

/** What one input contributes to the output folder. */
export interface RenderedEntry {
  input: InputSeen;
  /** lines (each ending in \n) per file. */
  text: Record<EntryFile, string>;
  /** errors.jsonl records, valid, unsorted. */
  errors: ErrorRecord[];
  /** ids of the checks that failed. */
  failed_checks: string[];
}

// The per-document record arrays and the file each one goes to, in file order.
const DOCUMENT_ARRAYS = [
  ['tables.jsonl', 'tables'],
  ['budget_lines.jsonl', 'budget_lines'],
  ['projects.jsonl', 'projects'],
  ['indicators.jsonl', 'indicators'],
  ['figures.jsonl', 'figures'],
  ['checks.jsonl', 'checks'],
] as const satisfies readonly (readonly [EntryFile, keyof DocumentOutput])[];

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** Inputs in output order: by source, then doc_id. */
export const compareInputs = compareByKeys<{ source: string; doc_id: string | null }>(
  (o) => o.source,
  (o) => o.doc_id,
);

// source, stage, code as the contract says; doc_id and message only break ties, so a
// worker pool finishing in another order still writes the same bytes
export const compareErrors = compareByKeys<ErrorRecord>(
  (e) => e.source,
  (e) => e.stage,
  (e) => e.code,
  (e) => e.doc_id,
  (e) => e.message,
);

export function renderOutcome(outcome: InputOutcome): RenderedEntry {
  const lines = Object.fromEntries(ENTRY_FILES.map((file) => [file, [] as string[]])) as Record<EntryFile, string[]>;
  const errors: ErrorRecord[] = [];
  const failed_checks: string[] = [];
  const seen = (kind: InputSeen['outcome']): InputSeen => ({
    source: outcome.source,
    doc_id: outcome.doc_id,
    outcome: kind,
    ...(outcome.meta?.source_url !== undefined ? { source_url: outcome.meta.source_url } : {}),
  });
  const finish = (input: InputSeen): RenderedEntry => ({
    input,
    text: Object.fromEntries(ENTRY_FILES.map((file) => [file, lines[file].join('')])) as Record<EntryFile, string>,
    errors,
    failed_checks,
  });

  const accept = (file: EntryFile, record: unknown, index: number): boolean => {
    const parsed = RECORD_FILES[file].safeParse(record);
    if (!parsed.success) {
      errors.push(rejection(outcome, file, index, parsed.error));
      return false;
    }
    lines[file].push(serialize(RECORD_FILES[file], parsed.data));
    if (file === 'checks.jsonl' && (parsed.data as { status: string }).status === 'fail') {
      failed_checks.push((parsed.data as { check: string }).check);
    }
    return true;
  };
  const acceptError = (record: ErrorRecord, index: number): void => {
    const parsed = RECORD_FILES['errors.jsonl'].safeParse(record);
    errors.push(parsed.success ? parsed.data : rejection(outcome, 'errors.jsonl', index, parsed.error));
  };

  if (outcome.result.kind === 'error') {
    acceptError(outcome.result.error, 0);
    return finish(seen('error'));
  }
  const output = outcome.result.output;
  const documentWritten = accept('documents.jsonl', fillFromMeta(output.document, outcome.meta), 0);
  for (const [file, key] of DOCUMENT_ARRAYS) output[key].forEach((record, i) => accept(file, record, i));
  output.errors.forEach(acceptError);
  return finish(seen(documentWritten ? 'document' : 'error'));
}

/** One line of a record file, keys in schema order (the record must be valid). */
export function renderLine(file: RecordFile, record: unknown): string {
  return serialize(RECORD_FILES[file], RECORD_FILES[file].parse(record));
}

/** One errors.jsonl line. */
export function serializeError(error: ErrorRecord): string {
  return serialize(RECORD_FILES['errors.jsonl'], error);
}

function serialize(schema: z.ZodType, record: unknown): string {
  return `${JSON.stringify(orderKeys(schema, record))}\n`;
}

/** The errors.jsonl record that replaces a record failing its schema. */
function rejection(outcome: InputOutcome, file: RecordFile, index: number, error: z.ZodError): ErrorRecord {
  const fields = error.issues
    .slice(0, 5)
    .map((issue) => `field "${issue.path.join('.') || '(record)'}": ${issue.message}`)
    .join('; ');
  const more = error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '';
  return {
    schema_version: SCHEMA_VERSION,
    source: outcome.source,
    doc_id: outcome.doc_id !== null && HEX_SHA256.test(outcome.doc_id) ? outcome.doc_id : null,
    stage: 'validate',
    code: 'INTERNAL_ERROR',
    message:
      `${file} record ${index} of this input was not written: it does not match the schema: ${fields}${more}. ` +
      'This is a bug in budget-ingest; please report it with the input file',
  };
}
