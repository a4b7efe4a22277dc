// manifest.json: what a run saw and wrote. Everything but `run` is a function of the
// inputs, so two runs over the same files produce the same manifest apart from `run`.
import { z } from 'zod';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { RecordFile } from '../schema/records.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ToolInfo = z
  .object({ name: z.string(), version: z.string() })
  .strict()
  .describe('the program that wrote the folder, from its package.json');
export type ToolInfo = z.infer<typeof ToolInfo>;

export const InputSeen = z
  .object({
    source: z.string().describe('the path as given to the run'),
    doc_id: Sha256.nullable().describe('sha256 of the bytes; null when they could not be read'),
    outcome: z
      .enum(['document', 'error'])
      .describe('document: in documents.jsonl (maybe with errors too); error: only in errors.jsonl'),
    source_url: z.string().optional().describe('where the file was downloaded from, as given by the input manifest'),
  })
  .strict();
export type InputSeen = z.infer<typeof InputSeen>;

export const OutputFileInfo = z
  .object({
    records: z.number().int().nonnegative().describe('lines in the file'),
    bytes: z.number().int().nonnegative(),
    sha256: Sha256.describe('sha256 of the file as written'),
  })
  .strict();
export type OutputFileInfo = z.infer<typeof OutputFileInfo>;

export const RunInfo = z
  .object({
    started_at: z.iso.datetime(),
    finished_at: z.iso.datetime(),
    workers: z.number().int().nonnegative().optional().describe('worker threads (0: processed in the main thread)'),
    processed: z.number().int().nonnegative().optional().describe('inputs processed by this run'),
    cached: z.number().int().nonnegative().optional().describe('inputs whose result came from the cache of an earlier run'),
    peak_rss_bytes: z.number().int().nonnegative().optional().describe('peak resident memory of the process, workers included'),
    cpu_seconds: z.number().nonnegative().optional().describe('CPU time (user + system) of the process, workers included'),
  })
  .strict()
  .describe('how the run went: the only part of the folder that differs between runs of the same inputs');
export type RunInfo = z.infer<typeof RunInfo>;

const RECORD_FILE_NAMES = Object.keys(RECORD_FILES) as [RecordFile, ...RecordFile[]];

export const Manifest = z
  .object({
    tool: ToolInfo,
    schema_version: z.literal(SCHEMA_VERSION),
    inputs: z.array(InputSeen).describe('every input given to the run, sorted by source then doc_id'),
    files: z.record(z.enum(RECORD_FILE_NAMES), OutputFileInfo).describe('each .jsonl file written'),
    run: RunInfo.optional(),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;
