// The batch loop: every input through cache or processor, as many at once as there are
// workers (p-queue admits the next input only when one finishes, so memory holds at most
// that many documents), each result rendered and stored in the cache as it arrives. What
// it returns is small, one slot per document, in finishing order (an input that is a zip of
// documents gives a slot per document inside it); the output folder is then
// assembled from the slots in source order, so the order in which documents finish never
// shows.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { InputFile } from '../input/collect.js';
import type { InputLimits } from '../input/limits.js';
import type { ProcessInput } from '../pipeline/process.js';
import type { ReadOptions } from '../readers/index.js';
import { renderOutcome } from '../sink/render.js';
import type { InputOutcome, RenderedEntry } from '../sink/render.js';
import type { ResultCache } from './cache.js';
import { openArchive } from '../input/archive.js';
import { IngestError } from '../pipeline/errors.js';
import { checkSize, failed, loadInput, runProcessor } from './process-input.js';
import type { Processor } from './process-input.js';

export interface BatchOptions {
  processor: Processor;
  /** inputs in flight at once: the number of workers. */
  concurrency: number;
  cache: ResultCache;
  /** false: process every input again (the cache is still written). */
  reuse: boolean;
  limits: InputLimits;
  maxPages?: number;
  /** per input, <debugDir>/<doc_id>/: the reader's debug views and the raw result. Implies reuse: false. */
  debugDir?: string;
  onDone?: (done: DoneInput) => void;
  /** an input was a zip of this many documents: each is done on its own. */
  onArchive?: (documents: number) => void;
}

export interface DoneInput {
  entry: RenderedEntry;
  /** served from the cache of an earlier run. */
  cached: boolean;
  ms: number;
}

/** Where one input's entry is: in the cache (path) or, for inputs without a doc_id, in memory. */
export interface Slot {
  source: string;
  doc_id: string | null;
  path?: string;
  entry?: RenderedEntry;
}

export async function runBatch(inputs: readonly InputFile[], options: BatchOptions): Promise<Slot[]> {
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  const slots: Slot[] = [];
  let fatal: unknown;
  for (const input of inputs) {
    if (fatal !== undefined) break;
    // admission: at most `concurrency` inputs wait; each is read only when a worker is about to be free
    await queue.onSizeLessThan(queue.concurrency);
    queue
      .add(async () => slots.push(...(await handle(input, options))))
      .catch((err: unknown) => {
        fatal ??= err; // the cache cannot be written: stop admitting, report after the in-flight ones
      });
  }
  await queue.onIdle();
  if (fatal !== undefined) throw fatal;
  return slots;
}

/** The entries of the slots, loaded one at a time in the slots' order (sort them first: compareInputs). */
export async function* slotEntries(slots: readonly Slot[], cache: ResultCache): AsyncGenerator<RenderedEntry> {
  for (const slot of slots) yield slot.entry ?? (await cache.load(slot.path as string));
}

// an archive inside an archive is opened; one more level down it is read as a file (and refused)
const MAX_ARCHIVE_DEPTH = 2;

async function handle(input: InputFile, options: BatchOptions): Promise<Slot[]> {
  const started = performance.now();
  const loaded = await loadInput(input, options.limits.maxFileBytes);
  if (loaded.kind === 'failed') return [done(renderOutcome(loaded.outcome), input.source, null, started, options)];
  return handleBytes(input, loaded.bytes, loaded.doc_id, started, options, 0);
}

async function handleBytes(input: InputFile, bytes: Uint8Array, doc_id: string, started: number, options: BatchOptions, depth: number): Promise<Slot[]> {
  const archive = depth < MAX_ARCHIVE_DEPTH ? await openArchive(bytes, options.limits) : ({ kind: 'document' } as const);
  if (archive.kind === 'error') return [done(renderOutcome(failed(input, doc_id, archive.error)), input.source, doc_id, started, options)];
  if (archive.kind === 'archive') {
    if (archive.entries.length === 0) {
      const error = new IngestError('EMPTY_FILE', 'read', 'archive (zip or RAR) without any file in it: the download probably failed; download it again');
      return [done(renderOutcome(failed(input, doc_id, error)), input.source, doc_id, started, options)];
    }
    options.onArchive?.(archive.entries.length);
    const slots: Slot[] = [];
    for (const entry of archive.entries) {
      const member: InputFile = { ...input, source: `${input.source}/${entry.name}` };
      const loaded = checkSize(member, entry.bytes, options.limits.maxFileBytes);
      if (loaded.kind === 'failed') slots.push(done(renderOutcome(loaded.outcome), member.source, null, performance.now(), options));
      else slots.push(...(await handleBytes(member, loaded.bytes, loaded.doc_id, performance.now(), options, depth + 1)));
    }
    return slots;
  }
  const key = options.cache.key({ doc_id, source: input.source, meta: input.meta });
  const cached = options.reuse && options.debugDir === undefined ? await options.cache.get(doc_id, key) : null;
  const entry = cached ?? (await processLoaded(input, doc_id, bytes, options));
  // stored before it counts as done: a run killed after this point will not process it again
  const path = cached ? options.cache.entryPath(doc_id, key) : await options.cache.put(doc_id, key, entry);
  options.onDone?.({ entry, cached: cached !== null, ms: performance.now() - started });
  return [{ source: input.source, doc_id, path }];
}

/** A slot held in memory (an input that failed before processing). */
function done(entry: RenderedEntry, source: string, doc_id: string | null, started: number, options: BatchOptions): Slot {
  options.onDone?.({ entry, cached: false, ms: performance.now() - started });
  return { source, doc_id, entry };
}

/** The options one document needs, in a batch or in a queue worker. */
export type DocumentOptions = Pick<BatchOptions, 'processor' | 'limits' | 'maxPages' | 'debugDir'>;

/** One read input through the processor, rendered: what a batch and a queue worker do with each document. */
export async function processLoaded(input: InputFile, doc_id: string, bytes: Uint8Array, options: DocumentOptions): Promise<RenderedEntry> {
  const outcome = await runProcessor(input, doc_id, options.processor, task(input, bytes, doc_id, options));
  if (options.debugDir !== undefined) await dumpResult(options.debugDir, outcome);
  return renderOutcome(outcome);
}

function task(input: InputFile, bytes: Uint8Array, doc_id: string, options: DocumentOptions): ProcessInput {
  const read: ReadOptions = {
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.debugDir !== undefined ? { debugDir: join(options.debugDir, doc_id) } : {}),
  };
  const { zipMaxEntries, zipMaxInflatedBytes, zipMaxRatio } = options.limits;
  return {
    bytes,
    source: input.source,
    zipLimits: { zipMaxEntries, zipMaxInflatedBytes, zipMaxRatio },
    ...(Object.keys(read).length > 0 ? { options: read } : {}),
  };
}

// The result before validation and ordering: what to look at when a record is rejected.
async function dumpResult(debugDir: string, outcome: InputOutcome): Promise<void> {
  const dir = join(debugDir, outcome.doc_id as string);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'result.json'), `${JSON.stringify(outcome, null, 2)}\n`);
}
