// Temp input folders and a fake pipeline for the CLI tests.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Processor } from '../../src/batch/process-input.js';
import { docId } from '../../src/input/doc-id.js';
import { sniffFormat } from '../../src/input/sniff.js';
import { IngestError } from '../../src/pipeline/errors.js';
import { checkRecord, documentOutput } from '../sink/fixtures.js';

export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix));

export async function put(path: string, content: string | Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

/** A PDF as far as sniffing goes; the text after the header tells the fake pipeline what to do. */
export const fakePdf = (behaviour: string): string => `%PDF-1.7\n${behaviour}\n`;

/**
 * A pipeline stand-in. Like the real one it sniffs first; then "ok" → a document whose
 * checks pass, "check-fail" → two failing checks, "throw" → a plain Error,
 * "ingest-error" → an IngestError, "timeout" → a TIMEOUT IngestError (as the pool throws).
 */
export function fakeProcessor(calls: string[] = []): Processor {
  return async ({ bytes, source }) => {
    calls.push(source);
    const sniffed = await sniffFormat(bytes, source);
    if (sniffed.kind === 'error') throw sniffed.error;
    const behaviour = Buffer.from(bytes).toString('latin1').split('\n')[1];
    const doc_id = docId(bytes);
    if (behaviour === 'throw') throw new Error('table grid is ragged');
    if (behaviour === 'ingest-error') {
      throw new IngestError('NO_TEXT_LAYER', 'parse', 'the PDF has no text layer: it is a scan');
    }
    if (behaviour === 'timeout') throw new IngestError('TIMEOUT', 'parse', 'took too long');
    const checks =
      behaviour === 'check-fail'
        ? [checkRecord(doc_id, 'income_equals_expenditure', 'fail'), checkRecord(doc_id, 'totals_add_up', 'fail')]
        : [checkRecord(doc_id, 'income_equals_expenditure', 'pass')];
    return { kind: 'document', output: documentOutput(source, doc_id, { checks }) };
  };
}

export async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
