// collect: the output folder of a queue, written by the same sink as a local run from the
// entries the workers stored, in source order: the same files and bytes as `ingest
// --no-run-time` over the same inputs. It writes only when every input is settled; a job
// that failed for good (its worker died on it every time) becomes an INTERNAL_ERROR
// record, so every input still ends in documents or errors.
import { mkdir } from 'node:fs/promises';
import type { Queue } from 'bullmq';
import type { JobData } from './queue-state.js';
import { failed } from '../batch/process-input.js';
import { exitCodeFor, writeLinkedFolder } from '../cli/run.js';
import type { InputMeta } from '../input/metadata.js';
import { IngestError } from '../pipeline/errors.js';
import { lockFolder } from '../sink/folder-lock.js';
import { compareInputs, renderOutcome } from '../sink/render.js';
import type { RenderedEntry } from '../sink/render.js';
import type { WriteResult } from '../sink/writer.js';
import { showUrl } from './connection.js';
import { withQueue } from './queue-state.js';
import type { QueueState } from './queue-state.js';
import type { QueuedInput } from './queue-state.js';

export interface CollectOptions {
  redis: string;
  queue: string;
  outDir: string;
  /** wait until every input is settled instead of reporting what is pending. */
  wait?: boolean;
  connectTimeoutMs?: number;
  /** while waiting: called with the pending count about every `pollMs`. */
  onPending?: (pending: Pending) => void;
  pollMs?: number;
}

export interface Pending {
  total: number;
  /** inputs whose job is waiting, delayed or running. */
  pending: QueuedInput[];
  /** inputs whose job failed for good, with BullMQ's reason. */
  failed: { input: QueuedInput; reason: string; meta?: InputMeta }[];
}

export type CollectReport = { written: false; status: Pending } | ({ written: true; status: Pending; exitCode: number } & WriteResult);

export async function collect(options: CollectOptions): Promise<CollectReport> {
  return withQueue(options.redis, options.queue, options.connectTimeoutMs, async ({ queue, state }) => {
    const meta = await state.meta();
    if (!meta) throw new Error(`queue "${options.queue}" on ${showUrl(options.redis)} has nothing enqueued: check --queue and --redis`);
    let status = await settle(state, queue);
    while (options.wait && status.pending.length > 0) {
      options.onPending?.(status);
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
      status = await settle(state, queue);
    }
    if (status.pending.length > 0) return { written: false, status };

    const failures = new Map(status.failed.map((failure) => [failure.input.job, failure]));
    const inputs = (await state.inputs()).sort(compareInputs);
    async function* entries(): AsyncGenerator<RenderedEntry> {
      for (const input of inputs) {
        const failure = failures.get(input.job);
        yield failure ? failedJobEntry(failure) : ((await state.result(input.job)) as RenderedEntry);
      }
    }
    await mkdir(options.outDir, { recursive: true });
    const lock = await lockFolder(options.outDir);
    try {
      const result = await writeLinkedFolder(options.outDir, entries, { tool: meta.tool });
      return { written: true, status, exitCode: exitCodeFor(result, false), ...result };
    } finally {
      await lock.release();
    }
  });
}

/** Which inputs have no result yet, and whether their job is still coming or failed for good. */
export async function settle(state: QueueState, queue: Queue<JobData>): Promise<Pending> {
  const inputs = await state.inputs();
  const done = await state.resultJobs();
  const status: Pending = { total: inputs.length, pending: [], failed: [] };
  for (const input of inputs) {
    if (done.has(input.job)) continue;
    const job = await queue.getJob(input.job);
    if (!job) status.failed.push({ input, reason: 'its job is no longer in the queue' });
    else if ((await job.getState()) === 'failed') status.failed.push({ input, reason: job.failedReason || 'unknown reason', meta: job.data.meta });
    else status.pending.push(input);
  }
  return status;
}

function failedJobEntry({ input, reason, meta }: Pending['failed'][number]): RenderedEntry {
  const error = new IngestError(
    'INTERNAL_ERROR',
    'parse',
    `every attempt at this file failed (${reason}): its worker may have run out of memory or crashed; enqueue it again to retry, and report it if it fails again`,
  );
  return renderOutcome(failed({ source: input.source, ...(meta ? { meta } : {}) }, input.doc_id, error));
}
