// Turns the outcomes of a run into the exact text of every .jsonl file: validated,
// sorted, keys in schema order. Pure, so determinism can be tested without a disk.
import type { z } from 'zod';
import type { DocumentOutput, ProcessResult } from '../pipeline/process.js';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { CheckRecord, ErrorRecord, RecordFile } from '../schema/records.js';
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
}

export interface RenderedOutput {
  /** file text (lines ending in \n) and line count for every contract file. */
  files: Record<RecordFile, { text: string; records: number }>;
  inputs: InputSeen[];
  /** errors.jsonl records as written. */
  errors: ErrorRecord[];
  /** checks.jsonl records as written. */
  checks: CheckRecord[];
}

// The per-document record arrays and the file each one goes to, in file order.
const DOCUMENT_ARRAYS = [
  ['budget_lines.jsonl', 'budget_lines'],
  ['projects.jsonl', 'projects'],
  ['indicators.jsonl', 'indicators'],
  ['checks.jsonl', 'checks'],
] as const satisfies readonly (readonly [RecordFile, keyof DocumentOutput])[];

const HEX_SHA256 = /^[0-9a-f]{64}$/;

const byInput = compareByKeys<InputOutcome>(
  (o) => o.source,
  (o) => o.doc_id,
);
// source, stage, code as the contract says; doc_id and message only break ties, so a
// worker pool finishing in another order still writes the same bytes
const byError = compareByKeys<ErrorRecord>(
  (e) => e.source,
  (e) => e.stage,
  (e) => e.code,
  (e) => e.doc_id,
  (e) => e.message,
);

export function renderOutput(outcomes: readonly InputOutcome[]): RenderedOutput {
  const lines = Object.fromEntries(Object.keys(RECORD_FILES).map((file) => [file, [] as string[]])) as Record<
    RecordFile,
    string[]
  >;
  const errors: ErrorRecord[] = [];
  const checks: CheckRecord[] = [];
  const inputs: InputSeen[] = [];

  for (const outcome of [...outcomes].sort(byInput)) {
    const accept = (file: RecordFile, record: unknown, index: number): boolean => {
      const parsed = RECORD_FILES[file].safeParse(record);
      if (!parsed.success) {
        errors.push(rejection(outcome, file, index, parsed.error));
        return false;
      }
      lines[file].push(serialize(RECORD_FILES[file], parsed.data));
      if (file === 'checks.jsonl') checks.push(parsed.data as CheckRecord);
      return true;
    };
    const acceptError = (record: ErrorRecord, index: number): void => {
      const parsed = RECORD_FILES['errors.jsonl'].safeParse(record);
      errors.push(parsed.success ? parsed.data : rejection(outcome, 'errors.jsonl', index, parsed.error));
    };

    if (outcome.result.kind === 'error') {
      acceptError(outcome.result.error, 0);
      inputs.push({ source: outcome.source, doc_id: outcome.doc_id, outcome: 'error' });
      continue;
    }
    const output = outcome.result.output;
    const documentWritten = accept('documents.jsonl', output.document, 0);
    for (const [file, key] of DOCUMENT_ARRAYS) output[key].forEach((record, i) => accept(file, record, i));
    output.errors.forEach(acceptError);
    inputs.push({ source: outcome.source, doc_id: outcome.doc_id, outcome: documentWritten ? 'document' : 'error' });
  }

  errors.sort(byError);
  lines['errors.jsonl'] = errors.map((e) => serialize(RECORD_FILES['errors.jsonl'], e));

  const files = Object.fromEntries(
    Object.entries(lines).map(([file, fileLines]) => [file, { text: fileLines.join(''), records: fileLines.length }]),
  ) as RenderedOutput['files'];
  return { files, inputs, errors, checks };
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
