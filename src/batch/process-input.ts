// One input from path to outcome: read (within the size limit), hash, process. Never
// throws, so one bad file cannot stop a batch: every failure becomes an error record.
import { open } from 'node:fs/promises';
import { docId } from '../input/doc-id.js';
import type { InputFile } from '../input/collect.js';
import { formatBytes } from '../input/limits.js';
import { asIngestError, errorRecord, IngestError } from '../pipeline/errors.js';
import type { ProcessInput, ProcessResult } from '../pipeline/process.js';
import type { InputOutcome } from '../sink/render.js';

/** The pipeline, in this thread or in a pool. */
export type Processor = (input: ProcessInput) => Promise<ProcessResult>;

export type LoadedInput = { kind: 'loaded'; bytes: Uint8Array; doc_id: string } | { kind: 'failed'; outcome: InputOutcome };

/** Reads the bytes, refusing a file above `maxFileBytes` before reading it (TOO_LARGE). */
export async function loadInput(input: InputFile, maxFileBytes: number): Promise<LoadedInput> {
  const fail = (error: IngestError): LoadedInput => ({ kind: 'failed', outcome: failed(input, null, error) });
  let buffer: Buffer;
  try {
    const handle = await open(input.path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxFileBytes) return fail(tooLarge(size, maxFileBytes));
      buffer = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return fail(new IngestError('READ_FAILED', 'read', `cannot read the file: ${err instanceof Error ? err.message : String(err)}`));
  }
  // a plain Uint8Array view: pdf.js refuses Buffers
  return checkSize(input, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), maxFileBytes);
}

/** Bytes already in memory (a zip's entry) under the same size limit as a file. */
export function checkSize(input: InputFile, bytes: Uint8Array, maxFileBytes: number): LoadedInput {
  if (bytes.byteLength > maxFileBytes) return { kind: 'failed', outcome: failed(input, null, tooLarge(bytes.byteLength, maxFileBytes)) };
  return { kind: 'loaded', bytes, doc_id: docId(bytes) };
}

const tooLarge = (size: number, maxFileBytes: number): IngestError =>
  new IngestError(
    'TOO_LARGE',
    'read',
    `the file is ${formatBytes(size)}, above the limit of ${formatBytes(maxFileBytes)}: check that it is a single disclosure; to read it anyway, re-run with a larger --max-file-size`,
  );

/** Runs the processor; whatever it throws becomes the input's error record. */
export async function runProcessor(input: InputFile, doc_id: string, processor: Processor, task: ProcessInput): Promise<InputOutcome> {
  try {
    return { source: input.source, doc_id, result: await processor(task), ...meta(input) };
  } catch (err) {
    return failed(input, doc_id, asIngestError(err));
  }
}

export function failed(input: Pick<InputFile, 'source' | 'meta'>, doc_id: string | null, error: IngestError): InputOutcome {
  return { source: input.source, doc_id, result: { kind: 'error', error: errorRecord(input.source, doc_id, error) }, ...meta(input) };
}

const meta = (input: Pick<InputFile, 'meta'>): Pick<InputOutcome, 'meta'> => (input.meta ? { meta: input.meta } : {});
