// The ingest run behind the CLI: collect inputs (paths and manifests), run the batch
// (cache, then pool or this thread), assemble the output folder from the per-input
// entries, decide the exit code. Printing is left to the caller.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultCache } from '../batch/cache.js';
import { batchFingerprint } from '../batch/fingerprint.js';
import { createPool } from '../batch/pool.js';
import { failed } from '../batch/process-input.js';
import type { Processor } from '../batch/process-input.js';
import { linkPackages, patched } from '../batch/packages.js';
import { runBatch, slotEntries } from '../batch/run-batch.js';
import type { DoneInput, Slot } from '../batch/run-batch.js';
import { collectInputs } from '../input/collect.js';
import type { InputFile, InputTarget, MissingInput } from '../input/collect.js';
import { readInputManifest } from '../input/input-manifest.js';
import { DEFAULT_LIMITS } from '../input/limits.js';
import type { InputLimits } from '../input/limits.js';
import { IngestError } from '../pipeline/errors.js';
import type { RunInfo, ToolInfo } from '../sink/manifest.js';
import { lockFolder } from '../sink/folder-lock.js';
import { compareInputs, renderOutcome } from '../sink/render.js';
import type { RenderedEntry } from '../sink/render.js';
import { writeOutputFolder } from '../sink/writer.js';
import type { WriteOptions, WriteResult } from '../sink/writer.js';

export interface IngestOptions {
  paths: string[];
  /** CSV or JSONL files listing inputs with metadata (see input-manifest.ts). */
  manifests?: string[];
  outDir: string;
  /** fail the run (exit 2) when any input or check failed. */
  strict?: boolean;
  /** debug output per input: the reader's views and the raw pipeline result, in <debugDir>/<doc_id>/. */
  debugDir?: string;
  tool: ToolInfo;
  /** the pipeline, run in this thread; tests pass a fake. The cache assumes one processor per cache folder. */
  processor?: Processor;
  /** worker threads; 0 (the default) processes in this thread, without a time limit. */
  workers?: number;
  /** per document, in a worker. */
  timeoutMs?: number;
  /** added to a document's time limit per page or picture read by OCR. */
  ocrPageTimeoutMs?: number;
  /** heap limit per worker, MB. */
  workerMemoryMb?: number;
  /** PDF: read at most this many pages (the rest is skipped with a warning). */
  maxPages?: number;
  limits?: Partial<InputLimits>;
  /**
   * where per-input results are kept between runs, and whether to prune it to this run's
   * inputs (only for a cache that belongs to one output folder). Without it, results are
   * kept in a temporary folder for this run only.
   */
  cache?: { dir: string; prune: boolean };
  /** process every input again, ignoring cached results. */
  reprocess?: boolean;
  /** false leaves the run block out of manifest.json (for byte-identical output across runs). */
  recordRunTime?: boolean;
  onStart?: (total: number, workers: number) => void;
  /** called as each input is done. */
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  done: number;
  total: number;
  source: string;
  doc_id: string | null;
  outcome: 'document' | 'error';
  /** the codes of the input's error records. */
  codes: string[];
  cached: boolean;
  ms: number;
}

export interface IngestReport extends WriteResult {
  exitCode: number;
  /** inputs processed by this run, and served from the cache. */
  processed: number;
  cached: number;
  elapsedMs: number;
  peakRssBytes: number;
}

export const EXIT_OK = 0;
/** no input could be processed, or the output could not be written. */
export const EXIT_NOTHING_PROCESSED = 1;
/** --strict and some input or check failed. */
export const EXIT_STRICT_FAILURE = 2;

export const DEFAULT_TIMEOUT_MS = 120_000;
// V8 grows a heap by a factor it scales down for heap limits under 2 GB (1.6 at 1 GB):
// at 1024 MB one DOCX worker took 41 CPU-seconds for 100 documents, at 2048 MB 26 (docs/architecture.md).
// The limit only stops runaway documents; resident memory is what the young-generation cap bounds.
export const DEFAULT_WORKER_MEMORY_MB = 2048;
export const DEFAULT_MAX_PAGES = 500;

export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date();
  await mkdir(options.outDir, { recursive: true });
  const lock = await lockFolder(options.outDir);
  try {
    return await ingestLocked(options, startedAt);
  } finally {
    await lock.release();
  }
}

async function ingestLocked(options: IngestOptions, startedAt: Date): Promise<IngestReport> {
  // without a cache folder, results are spilled to a temporary one: the output is always assembled from disk
  const spill = options.cache ? undefined : await mkdtemp(join(tmpdir(), 'budget-ingest-'));
  const cacheDir = options.cache?.dir ?? (spill as string);
  try {
    const exclude = [options.outDir, cacheDir, ...(options.debugDir ? [options.debugDir] : [])];
    const { inputs, missing } = await collectRunInputs(options.paths, options.manifests ?? [], exclude);

    const { slots, cache, workers, cached } = await processInputs(inputs, missing, cacheDir, options);
    const processed = slots.length - cached;
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    const run: RunInfo | undefined =
      options.recordRunTime === false
        ? undefined
        : {
            started_at: startedAt.toISOString(),
            finished_at: new Date().toISOString(),
            workers,
            processed,
            cached,
            peak_rss_bytes: peakRssBytes,
            cpu_seconds: cpuSeconds(),
          };
    const result = await writeLinkedFolder(options.outDir, () => slotEntries(slots, cache), { tool: options.tool, run });
    if (options.cache?.prune) await cache.prune();
    return {
      ...result,
      exitCode: exitCodeFor(result, options.strict ?? false),
      processed,
      cached,
      elapsedMs: Date.now() - startedAt.getTime(),
      peakRssBytes: Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024),
    };
  } finally {
    if (spill) await rm(spill, { recursive: true, force: true });
  }
}

/**
 * The output folder from the entries in output order (a local batch's or a queue's):
 * the parts of one disclosure (情况说明 + 报表) link across documents before anything is
 * written. `entries` is read twice.
 */
export async function writeLinkedFolder(outDir: string, entries: () => AsyncIterable<RenderedEntry>, options: WriteOptions): Promise<WriteResult> {
  const patches = await linkPackages(entries);
  return writeOutputFolder(outDir, patched(entries(), patches), options);
}

/** The inputs of a run: manifest rows first, so a file also inside a folder argument keeps the manifest's metadata. */
export async function collectRunInputs(paths: readonly string[], manifests: readonly string[], exclude: readonly string[] = []) {
  const listed: InputTarget[] = [];
  for (const manifest of manifests) listed.push(...(await readInputManifest(manifest)));
  return collectInputs([...listed, ...paths], { exclude });
}

/** The entry of an input that could not be found or opened. */
export const missingEntry = (miss: MissingInput): RenderedEntry =>
  renderOutcome(failed(miss, null, new IngestError('READ_FAILED', 'read', miss.message)));

/** Every input through the batch (pool or this thread); the slots come back sorted for output. */
async function processInputs(inputs: InputFile[], missing: MissingInput[], cacheDir: string, options: IngestOptions) {
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const workers = options.processor ? 0 : (options.workers ?? 0);
  let total = inputs.length + missing.length;
  options.onStart?.(total, workers);

  const cache = new ResultCache(cacheDir, await batchFingerprint(options.tool, limits, maxPages));
  let done = 0;
  let cached = 0;
  const onDone = ({ entry, cached: hit, ms }: DoneInput): void => {
    if (hit) cached++;
    options.onProgress?.({
      done: ++done,
      total,
      source: entry.input.source,
      doc_id: entry.input.doc_id,
      outcome: entry.input.outcome,
      codes: entry.errors.map((error) => error.code),
      cached: hit,
      ms,
    });
  };

  const slots: Slot[] = missing.map((miss) => {
    const entry = missingEntry(miss);
    onDone({ entry, cached: false, ms: 0 });
    return { source: miss.source, doc_id: null, entry };
  });
  const pool =
    workers > 0
      ? createPool({
          workers,
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...(options.ocrPageTimeoutMs !== undefined ? { ocrPageTimeoutMs: options.ocrPageTimeoutMs } : {}),
          memoryMb: options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB,
        })
      : undefined;
  try {
    // loaded on demand: the pipeline pulls in pdf.js, which --help and tests with a fake do not need
    const processor = options.processor ?? pool?.process ?? (await import('../pipeline/process.js')).processDocument;
    const batch = await runBatch(inputs, {
      processor,
      concurrency: Math.max(1, workers),
      cache,
      reuse: options.reprocess !== true,
      limits,
      maxPages,
      ...(options.debugDir !== undefined ? { debugDir: options.debugDir } : {}),
      onDone,
      onArchive: (documents) => {
        total += documents - 1; // the zip's documents count instead of the zip
      },
    });
    slots.push(...batch);
  } finally {
    await pool?.close();
  }
  return { slots: slots.sort(compareInputs), cache, workers, cached };
}

// all threads of the process: the pool's workers included
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000) / 1000;
}

export function exitCodeFor(result: WriteResult, strict: boolean): number {
  if (!result.manifest.inputs.some((input) => input.outcome === 'document')) return EXIT_NOTHING_PROCESSED;
  if (strict && (result.errors.length > 0 || result.failedChecks.length > 0)) return EXIT_STRICT_FAILURE;
  return EXIT_OK;
}
