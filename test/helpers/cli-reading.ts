// Documents read by one run of the built CLI, as a user reads them, for the OCR suites: OCR code
// runs 3-4× slower inside jest (test/readers/docx/pictures.test.ts), where scans.test.ts's four
// scans took 454 s and pictures.test.ts's twelve pictures 296 s of a 1,092-s run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import { BIN, buildDist } from '../batch/build.js';
import { readJsonl } from '../cli/helpers.js';

export type Reading = Pick<DocumentOutput, 'document' | 'budget_lines' | 'checks' | 'projects' | 'indicators'>;

const FILES = { budget_lines: 'budget_lines', checks: 'checks', projects: 'projects', indicators: 'indicators' } as const;

/** Each input's records, by its path as given; one worker, as the other jest worker is busy. */
export async function readByCli(inputs: readonly string[], out: string): Promise<Map<string, Reading>> {
  await buildDist();
  // exit code 2: some document has a failing check or was not read (errors.jsonl; the tests say which may)
  await promisify(execFile)(process.execPath, [BIN, 'ingest', ...inputs, '--out', out, '--workers', '1', '--no-run-time', '--quiet'], { timeout: 1_500_000 }).catch((e: { code?: number }) => {
    if (e.code !== 2) throw e;
  });
  const records = Object.fromEntries(await Promise.all(Object.entries(FILES).map(async ([k, f]) => [k, await readJsonl(join(out, `${f}.jsonl`))] as const)));
  const read = new Map<string, Reading>();
  for (const document of await readJsonl(join(out, 'documents.jsonl'))) {
    const of = (k: keyof typeof FILES) => records[k]!.filter((r) => r['doc_id'] === document['doc_id']);
    read.set(String(document['source']), { document, budget_lines: of('budget_lines'), checks: of('checks'), projects: of('projects'), indicators: of('indicators') } as unknown as Reading);
  }
  return read;
}

/** What the run read of `input`; an error naming the output folder when it read nothing. */
export function readingOf(read: ReadonlyMap<string, Reading>, input: string, out: string): Reading {
  const r = read.get(input);
  if (!r) throw new Error(`${input} was not read (see ${join(out, 'errors.jsonl')})`);
  return r;
}
