// status: where a queue stands: inputs, jobs by state, the rate of the last minute, the
// workers connected, and an estimate of the time left.
import { describe } from './enqueue.js';
import { withQueue } from './queue-state.js';

export interface QueueStatus {
  queue: string;
  /** the pipeline that enqueued (null: nothing enqueued yet). */
  pipeline: string | null;
  inputs: number;
  /** entries stored: documents processed, and inputs settled at enqueue. */
  results: number;
  waiting: number;
  active: number;
  /** waiting for a retry after a backoff. */
  delayed: number;
  done: number;
  failed: number;
  workers: number;
  /** jobs finished per second over the last minute. */
  rate: number;
  /** seconds left at that rate (null when nothing is left or nothing finished in the last minute). */
  eta_seconds: number | null;
}

const RATE_WINDOW_MS = 60_000;
/** the newest finished jobs looked at for the rate. */
const RATE_SAMPLE = 2000;

export async function queueStatus(url: string, name: string, connectTimeoutMs?: number): Promise<QueueStatus> {
  return withQueue(url, name, connectTimeoutMs, async ({ queue, state }) => {
    const meta = await state.meta();
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const since = Date.now() - RATE_WINDOW_MS;
    const recent = await queue.getJobs(['completed'], 0, RATE_SAMPLE - 1, false);
    const finished = recent.filter((job) => (job.finishedOn ?? 0) >= since).length;
    const rate = finished / (RATE_WINDOW_MS / 1000);
    const left = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0);
    return {
      queue: name,
      pipeline: meta ? describe(meta) : null,
      inputs: await state.inputCount(),
      results: await state.resultCount(),
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      workers: await queue.getWorkersCount(),
      rate: Math.round(rate * 100) / 100,
      eta_seconds: rate > 0 && left > 0 ? Math.round(left / rate) : null,
    };
  });
}

export function formatStatus(status: QueueStatus): string[] {
  if (status.pipeline === null) return [`queue ${status.queue}: nothing enqueued`];
  const eta = status.eta_seconds === null ? '' : `, about ${formatDuration(status.eta_seconds)} left`;
  return [
    `queue ${status.queue} (${status.pipeline}): ${status.inputs} input(s), ${status.results} settled`,
    `  waiting ${status.waiting}, active ${status.active}, retrying ${status.delayed}, done ${status.done}, failed ${status.failed}`,
    `  ${status.workers} worker connection(s), ${status.rate} job(s)/s over the last minute${eta}`,
  ];
}

function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
