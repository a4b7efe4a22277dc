// The ingest run behind the CLI: collect inputs, process each, write the output folder,
// decide the exit code. Printing is left to the caller.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectInputs } from '../input/collect.js';
import { IngestError } from '../pipeline/errors.js';
import type { ToolInfo } from '../sink/manifest.js';
import type { InputOutcome } from '../sink/render.js';
import { OutputWriter } from '../sink/writer.js';
import type { WriteResult } from '../sink/writer.js';
import { processAll } from './process-all.js';
import { failed } from './process-input.js';
import type { Processor } from './process-input.js';

export interface IngestOptions {
  paths: string[];
  outDir: string;
  /** fail the run (exit 2) when any input or check failed. */
  strict?: boolean;
  /** debug output per input: the reader's views and the raw pipeline result, in <debugDir>/<doc_id>/. */
  debugDir?: string;
  tool: ToolInfo;
  /** defaults to the real pipeline; tests pass a fake. */
  processor?: Processor;
  /** false leaves the run's time out of manifest.json (for byte-identical test output). */
  recordRunTime?: boolean;
  /** called as each input is done, for progress output. */
  onOutcome?: (outcome: InputOutcome, done: number, total: number) => void;
}

export interface IngestReport extends WriteResult {
  exitCode: number;
}

export const EXIT_OK = 0;
/** no input could be processed, or the output could not be written. */
export const EXIT_NOTHING_PROCESSED = 1;
/** --strict and some input or check failed. */
export const EXIT_STRICT_FAILURE = 2;

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date();
  // loaded on demand: the pipeline pulls in pdf.js, which --help and tests with a fake do not need
  const processor = options.processor ?? (await import('../pipeline/process.js')).processDocument;
  const exclude = [options.outDir, ...(options.debugDir ? [options.debugDir] : [])];
  const { inputs, missing } = await collectInputs(options.paths, { exclude });
  const total = inputs.length + missing.length;
  const writer = new OutputWriter();
  let done = 0;
  const record = async (outcome: InputOutcome): Promise<void> => {
    writer.add(outcome);
    if (options.debugDir) await dumpResult(options.debugDir, outcome);
    options.onOutcome?.(outcome, ++done, total);
  };

  for (const miss of missing) {
    await record(failed(miss.source, null, new IngestError('READ_FAILED', 'read', miss.message)));
  }
  for await (const outcome of processAll(inputs, processor, { debugDir: options.debugDir })) await record(outcome);

  const run =
    options.recordRunTime === false
      ? undefined
      : { started_at: startedAt.toISOString(), finished_at: new Date().toISOString() };
  const result = await writer.write(options.outDir, { tool: options.tool, run });
  return { ...result, exitCode: exitCodeFor(result, options.strict ?? false) };
}

export function exitCodeFor(result: WriteResult, strict: boolean): number {
  if (!result.manifest.inputs.some((input) => input.outcome === 'document')) return EXIT_NOTHING_PROCESSED;
  if (strict && (result.errors.length > 0 || result.checks.some((check) => check.status === 'fail'))) {
    return EXIT_STRICT_FAILURE;
  }
  return EXIT_OK;
}

// The result before validation and ordering: what to look at when a record is rejected.
// An input that could not be read has nothing worth dumping.
async function dumpResult(debugDir: string, outcome: InputOutcome): Promise<void> {
  if (outcome.doc_id === null) return;
  const dir = join(debugDir, outcome.doc_id);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'result.json'), `${JSON.stringify(outcome, null, 2)}\n`);
}
