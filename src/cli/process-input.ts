// One input from path to outcome: read, hash, process. Never throws, so one bad file
// cannot stop a batch: every failure becomes an errors.jsonl record.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docId } from '../input/doc-id.js';
import type { InputFile } from '../input/collect.js';
import { asIngestError, errorRecord, IngestError } from '../pipeline/errors.js';
import type { ProcessInput, ProcessResult } from '../pipeline/process.js';
import type { InputOutcome } from '../sink/render.js';

export type Processor = (input: ProcessInput) => Promise<ProcessResult>;

export interface ProcessSettings {
  /** each input's debug output goes to <debugDir>/<doc_id>/. */
  debugDir?: string;
}

export async function processInput(
  input: InputFile,
  processor: Processor,
  settings: ProcessSettings = {},
): Promise<InputOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (err) {
    return failed(input.source, null, new IngestError('READ_FAILED', 'read', `cannot read the file: ${messageOf(err)}`));
  }
  const doc_id = docId(bytes);
  const options = settings.debugDir ? { options: { debugDir: join(settings.debugDir, doc_id) } } : {};
  try {
    return { source: input.source, doc_id, result: await processor({ bytes, source: input.source, ...options }) };
  } catch (err) {
    return failed(input.source, doc_id, asIngestError(err));
  }
}

export function failed(source: string, doc_id: string | null, error: IngestError): InputOutcome {
  return { source, doc_id, result: { kind: 'error', error: errorRecord(source, doc_id, error) } };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
