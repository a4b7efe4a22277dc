// worker: takes jobs from the queue and runs each through the same per-document pipeline
// as a local batch (the thread pool, then rendering), storing the rendered entry in Redis
// before the job completes. A job whose document timed out, crashed its thread or could
// not be read is retried with backoff; after its last attempt the error is its result,
// as in a local run. A worker killed outright loses nothing: its jobs' locks expire and
// BullMQ's stalled-job check gives them to another worker.
import { hostname } from 'node:os';
import { WaitingError, Worker } from 'bullmq';
import type { Queue } from 'bullmq';
import type { Job } from 'bullmq';
import { RETRY_CODES } from '../batch/cache.js';
import { batchFingerprint } from '../batch/fingerprint.js';
import { createPool } from '../batch/pool.js';
import { loadInput } from '../batch/process-input.js';
import type { Processor } from '../batch/process-input.js';
import { processLoaded } from '../batch/run-batch.js';
import type { InputFile } from '../input/collect.js';
import type { ToolInfo } from '../sink/manifest.js';
import { renderOutcome } from '../sink/render.js';
import type { RenderedEntry } from '../sink/render.js';
import { connect, showUrl, watchConnection, whenReady, openQueue } from './connection.js';
import { describe } from './enqueue.js';
import { fetchInput } from './fetch-input.js';
import { isUrl, QueueState } from './queue-state.js';
import type { JobData, QueueMeta } from './queue-state.js';

export interface WorkerOptions {
  redis: string;
  queue: string;
  tool: ToolInfo;
  /** jobs at once: threads in the pool. */
  workers: number;
  timeoutMs: number;
  /** added to a document's time limit per page or picture read by OCR (the pool's default when left out). */
  ocrPageTimeoutMs?: number;
  workerMemoryMb: number;
  /** how long a job's lock lasts: a dead worker's jobs go to another after about this long. */
  lockMs: number;
  /** Redis unreachable this long: the worker stops (its jobs are not lost). */
  redisTimeoutMs: number;
  /** stop once nothing is waiting, delayed or running in the queue. */
  exitWhenEmpty?: boolean;
  /** the pipeline in this thread instead of a pool (tests). */
  processor?: Processor;
  /** one line per event (started, job done, stopping). */
  log?: (line: string) => void;
}

export interface RunningWorker {
  /** resolves when the worker has stopped: the jobs it finished and why it stopped. */
  done: Promise<WorkerReport>;
  /** first call: finish the jobs in hand, take no more; second call: give them back to the queue at once. */
  stop(): void;
}

export interface WorkerReport {
  processed: number;
  /** set when the worker stopped on an error (Redis gone, another pipeline's queue). */
  error?: string;
}

/** Entries with these codes are tried again while the job has attempts left. */
const retryable = (entry: RenderedEntry): boolean => entry.errors.some((error) => RETRY_CODES.has(error.code));

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => undefined);
  const redis = connect(options.redis);
  try {
    await whenReady(redis, options.redis, options.redisTimeoutMs);
    const state = new QueueState(redis, options.queue);
    const meta = await waitForMeta(state, options, log);
    const fingerprint = await batchFingerprint(options.tool, meta.settings.limits, meta.settings.maxPages);
    if (fingerprint !== meta.fingerprint) throw new Error(mismatch(options, meta, fingerprint));
    return run(redis, state, meta, options, log);
  } catch (err) {
    redis.disconnect();
    throw err;
  }
}

function run(redis: ReturnType<typeof connect>, state: QueueState, meta: QueueMeta, options: WorkerOptions, log: (line: string) => void): RunningWorker {
  const pool = options.processor ? undefined : createPool({ workers: options.workers, timeoutMs: options.timeoutMs, ...(options.ocrPageTimeoutMs !== undefined ? { ocrPageTimeoutMs: options.ocrPageTimeoutMs } : {}), memoryMb: options.workerMemoryMb });
  const processor = options.processor ?? (pool as NonNullable<typeof pool>).process;
  const report: WorkerReport = { processed: 0 };
  const active = new Map<string, { job: Job<JobData>; token: string }>();
  let stopping: 'finish' | 'return' | undefined;

  const processJob = async (job: Job<JobData>, token?: string): Promise<{ outcome: string; codes: string[] }> => {
    const id = job.id as string;
    if (job.data.fingerprint !== meta.fingerprint) {
      // enqueued by another pipeline after this worker started (enqueue --replace): not ours to run
      finish(mismatch(options, { ...meta, fingerprint: job.data.fingerprint }, meta.fingerprint));
      await job.moveToWait(token);
      throw new WaitingError();
    }
    active.set(id, { job, token: token ?? '' });
    const started = performance.now();
    try {
      const entry = await processJobData(job.data, processor, meta);
      if (retryable(entry) && job.attemptsMade + 1 < (job.opts.attempts ?? 1)) {
        const error = entry.errors.find((e) => RETRY_CODES.has(e.code));
        throw new Error(`${error?.code}: ${error?.message}`); // BullMQ retries it after the backoff
      }
      // handed back by a second stop: another worker runs it; an entry cut short by the pool's end is no result
      if (stopping === 'return') throw new Error('handed back to the queue: the worker is stopping');
      await state.putResult(id, entry);
      const codes = entry.errors.map((error) => error.code);
      report.processed++;
      log(JSON.stringify({ event: 'job', job: id, source: job.data.source, outcome: entry.input.outcome, codes, ms: Math.round(performance.now() - started) }));
      return { outcome: entry.input.outcome, codes };
    } finally {
      active.delete(id);
    }
  };

  const queue = openQueue(options.queue, redis);
  const worker = new Worker<JobData>(options.queue, processJob, {
    connection: redis,
    name: `${hostname()}:${process.pid}`,
    concurrency: Math.max(1, options.workers),
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    // a job whose worker died twice more goes to failed (collect reports it) rather than killing workers forever
    maxStalledCount: 2,
    autorun: false,
  });
  worker.on('error', () => undefined); // connection errors: watched below; job errors: retried by BullMQ

  let resolveDone: (report: WorkerReport) => void;
  const done = new Promise<WorkerReport>((resolve) => (resolveDone = resolve));
  let closing: Promise<void> | undefined;
  // resolved by a second stop once the jobs in hand are back in the queue: closing waits for them no longer
  let handBack: () => void = () => undefined;
  const handedBack = new Promise<void>((resolve) => (handBack = resolve));
  const finish = (error?: string): void => {
    if (error !== undefined && report.error === undefined) report.error = error;
    if (closing) return;
    stopping ??= 'finish';
    closing = (async () => {
      unwatch();
      clearInterval(emptyCheck);
      // with Redis gone, closing cannot tell Redis anything: do not wait for it
      const force = stopping === 'return' || error !== undefined;
      await Promise.race([worker.close(force).catch(() => undefined), handedBack, ...(force ? [delay(2000)] : [])]);
      await queue.close().catch(() => undefined);
      await pool?.close();
      redis.disconnect();
      resolveDone(report);
    })();
  };

  const unwatch = watchConnection(redis, options.redisTimeoutMs, (reason) => {
    finish(
      `Redis at ${showUrl(options.redis)} unreachable for ${options.redisTimeoutMs / 1000} s (${reason}): the worker stopped. ` +
        'No job is lost: jobs in hand go back to the queue (stalled-job recovery) once Redis is back; start the workers again then',
    );
  });
  const emptyCheck = setInterval(() => {
    if (!options.exitWhenEmpty || closing) return;
    void pendingJobs(queue).then((pending) => pending === 0 && active.size === 0 && finish(), () => undefined);
  }, 1000);

  void worker.run().catch((err: unknown) => finish(err instanceof Error ? err.message : String(err)));
  log(JSON.stringify({ event: 'start', queue: options.queue, pipeline: describe(meta), workers: options.workers }));

  return {
    done,
    stop: () => {
      if (stopping === undefined) {
        stopping = 'finish';
        log(JSON.stringify({ event: 'stopping', finishing: active.size }));
        finish();
        return;
      }
      // asked again: hand the jobs back now instead of waiting for them
      stopping = 'return';
      log(JSON.stringify({ event: 'stopping', returning: active.size }));
      void Promise.all([...active.values()].map(({ job, token }) => job.moveToWait(token).catch(() => undefined))).then(() => {
        void worker.close(true).catch(() => undefined);
        handBack(); // the pool is closed next: the documents in hand are abandoned, their jobs are back in the queue
      });
    },
  };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One job's input read (file or URL) and run through the pipeline, rendered. */
async function processJobData(data: JobData, processor: Processor, meta: QueueMeta): Promise<RenderedEntry> {
  const { limits, maxPages } = meta.settings;
  const input: InputFile = { path: data.location, source: data.source, ...(data.meta ? { meta: data.meta } : {}) };
  const loaded = isUrl(data.location) ? await fetchInput(input, limits.maxFileBytes) : await loadInput(input, limits.maxFileBytes);
  if (loaded.kind === 'failed') return renderOutcome(loaded.outcome);
  return processLoaded(input, loaded.doc_id, loaded.bytes, { processor, limits, maxPages });
}

async function waitForMeta(state: QueueState, options: WorkerOptions, log: (line: string) => void): Promise<QueueMeta> {
  for (let waited = false; ; waited = true) {
    const meta = await state.meta();
    if (meta) return meta;
    if (!waited) log(JSON.stringify({ event: 'waiting', message: `nothing enqueued in "${options.queue}" yet` }));
    await delay(1000);
  }
}

/** Jobs not finished: waiting, delayed (a retry's backoff), running. */
export async function pendingJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function mismatch(options: WorkerOptions, meta: QueueMeta, own: string): string {
  return (
    `queue "${options.queue}" holds jobs of another pipeline (${describe(meta)}); this worker is ${options.tool.name} ` +
    `${options.tool.version}, pipeline ${own.slice(0, 12)}. Run the same release (same build) on every worker, ` +
    'or enqueue again into a new --queue with this one'
  );
}
