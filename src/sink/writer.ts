// Writes one output folder: every contract file (even when empty), then manifest.json last,
// so a folder whose manifest is current holds a complete run.
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { CheckRecord, ErrorRecord, RecordFile } from '../schema/records.js';
import { syncDir, writeFileAtomic } from './atomic-write.js';
import { Manifest } from './manifest.js';
import type { OutputFileInfo, RunTimes, ToolInfo } from './manifest.js';
import { orderKeys } from './order-keys.js';
import { renderOutput } from './render.js';
import type { InputOutcome } from './render.js';

export interface WriteOptions {
  tool: ToolInfo;
  /** the run's times; leave out (tests) for a manifest that is identical across runs. */
  run?: RunTimes;
}

export interface WriteResult {
  manifest: Manifest;
  /** errors.jsonl records as written, including records rejected by validation. */
  errors: ErrorRecord[];
  /** checks.jsonl records as written. */
  checks: CheckRecord[];
}

/** Collects the outcomes of a run, in any order, and writes them as one output folder. */
export class OutputWriter {
  private readonly outcomes: InputOutcome[] = [];

  add(outcome: InputOutcome): void {
    this.outcomes.push(outcome);
  }

  async write(dir: string, options: WriteOptions): Promise<WriteResult> {
    const rendered = renderOutput(this.outcomes);
    await mkdir(dir, { recursive: true });
    const files = {} as Record<RecordFile, OutputFileInfo>;
    for (const file of Object.keys(RECORD_FILES) as RecordFile[]) {
      const { text, records } = rendered.files[file];
      await writeFileAtomic(join(dir, file), text);
      files[file] = { records, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
    }
    const manifest = Manifest.parse({
      tool: options.tool,
      schema_version: SCHEMA_VERSION,
      inputs: rendered.inputs,
      files,
      ...(options.run ? { run: options.run } : {}),
    });
    await writeFileAtomic(join(dir, 'manifest.json'), `${JSON.stringify(orderKeys(Manifest, manifest), null, 2)}\n`);
    await syncDir(dir);
    return { manifest, errors: rendered.errors, checks: rendered.checks };
  }
}
