// Writes one output folder from rendered entries, streaming: every contract file (even
// when empty) goes to a temp file, all are renamed into place, then manifest.json last,
// so a folder whose manifest is current holds a complete run. Memory stays flat however
// many inputs there are: only the manifest's input list and the error records are kept.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { ErrorRecord, RecordFile } from '../schema/records.js';
import { removeStaleTempFiles, syncDir, writeFileAtomic } from './atomic-write.js';
import { FileSink } from './file-sink.js';
import { Manifest } from './manifest.js';
import type { InputSeen, OutputFileInfo, RunInfo, ToolInfo } from './manifest.js';
import { orderKeys } from './order-keys.js';
import { compareErrors, compareInputs, ENTRY_FILES, renderOutcome, serializeError } from './render.js';
import type { InputOutcome, RenderedEntry } from './render.js';

export interface WriteOptions {
  tool: ToolInfo;
  /** how the run went; leave out (tests) for a manifest that is identical across runs. */
  run?: RunInfo;
}

export interface FailedChecks {
  source: string;
  doc_id: string | null;
  checks: string[];
}

export interface WriteResult {
  manifest: Manifest;
  /** errors.jsonl records as written, including records rejected by validation. */
  errors: ErrorRecord[];
  /** the documents with failing checks, in output order. */
  failedChecks: FailedChecks[];
}

/**
 * Writes the folder from entries given in output order (by source, then doc_id: see
 * compareInputs). Errors are sorted within each source, which makes them sorted overall.
 */
export async function writeOutputFolder(
  dir: string,
  entries: AsyncIterable<RenderedEntry> | Iterable<RenderedEntry>,
  options: WriteOptions,
): Promise<WriteResult> {
  await mkdir(dir, { recursive: true });
  await removeStaleTempFiles(dir);
  const files = Object.keys(RECORD_FILES) as RecordFile[];
  const sinks = new Map<RecordFile, FileSink>();
  try {
    for (const file of files) sinks.set(file, await FileSink.open(join(dir, file)));
    const sink = (file: RecordFile): FileSink => sinks.get(file) as FileSink;

    const inputs: InputSeen[] = [];
    const errors: ErrorRecord[] = [];
    const failedChecks: FailedChecks[] = [];
    let group: ErrorRecord[] = [];
    const flushErrors = async (): Promise<void> => {
      group.sort(compareErrors);
      errors.push(...group);
      await sink('errors.jsonl').write(group.map(serializeError).join(''));
      group = [];
    };

    let previous: InputSeen | undefined;
    for await (const entry of entries) {
      if (previous && compareInputs(previous, entry.input) > 0) {
        throw new Error(`output entries out of order: ${entry.input.source} after ${previous.source}`);
      }
      if (previous && previous.source !== entry.input.source) await flushErrors();
      previous = entry.input;
      inputs.push(entry.input);
      for (const file of ENTRY_FILES) await sink(file).write(entry.text[file]);
      group.push(...entry.errors);
      if (entry.failed_checks.length > 0) {
        failedChecks.push({ source: entry.input.source, doc_id: entry.input.doc_id, checks: entry.failed_checks });
      }
    }
    await flushErrors();

    const info = {} as Record<RecordFile, OutputFileInfo>;
    for (const file of files) info[file] = await sink(file).finish();
    for (const file of files) await sink(file).commit();
    sinks.clear();

    const manifest = Manifest.parse({
      tool: options.tool,
      schema_version: SCHEMA_VERSION,
      inputs,
      files: info,
      ...(options.run ? { run: options.run } : {}),
    });
    await writeFileAtomic(join(dir, 'manifest.json'), `${JSON.stringify(orderKeys(Manifest, manifest), null, 2)}\n`);
    await syncDir(dir);
    return { manifest, errors, failedChecks };
  } finally {
    for (const sink of sinks.values()) await sink.discard();
  }
}

/** Collects the outcomes of a small run in memory, in any order, and writes them as one folder. */
export class OutputWriter {
  private readonly outcomes: InputOutcome[] = [];

  add(outcome: InputOutcome): void {
    this.outcomes.push(outcome);
  }

  async write(dir: string, options: WriteOptions): Promise<WriteResult> {
    const sorted = [...this.outcomes].sort(compareInputs);
    return writeOutputFolder(dir, sorted.map(renderOutcome), options);
  }
}
