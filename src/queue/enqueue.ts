// enqueue: one BullMQ job per input, its id the input's identity under the pipeline
// (content hash, source, metadata, fingerprint: the cache key), so enqueueing the same
// files again adds nothing, and a job that failed for good is retried. Inputs that cannot
// be read here (missing, over the size limit) get their error entry at once, as a local
// run gives them; everything else is read by the workers from the path (or URL) given.
import { resolve } from 'node:path';
import { entryKey } from '../batch/cache.js';
import { batchFingerprint } from '../batch/fingerprint.js';
import { loadInput } from '../batch/process-input.js';
import { collectRunInputs, missingEntry } from '../cli/run.js';
import type { InputLimits } from '../input/limits.js';
import type { ToolInfo } from '../sink/manifest.js';
import { renderOutcome } from '../sink/render.js';
import type { RenderedEntry } from '../sink/render.js';
import { showUrl } from './connection.js';
import { isUrl, withQueue } from './queue-state.js';
import type { QueueState } from './queue-state.js';
import type { JobData, QueueMeta } from './queue-state.js';

export interface EnqueueOptions {
  redis: string;
  queue: string;
  /** files, folders and http(s) URLs. */
  paths: string[];
  manifests?: string[];
  tool: ToolInfo;
  limits: InputLimits;
  maxPages: number;
  /** tries per job before TIMEOUT, INTERNAL_ERROR or READ_FAILED become its error record. */
  attempts: number;
  /** remove the queue's jobs and results first (a queue holding another pipeline's jobs). */
  replace?: boolean;
  connectTimeoutMs?: number;
}

export interface EnqueueReport {
  inputs: number;
  /** new jobs. */
  added: number;
  /** jobs already there (waiting, running or done). */
  present: number;
  /** jobs that had failed for good, sent back to the queue. */
  retried: number;
  /** inputs whose entry enqueue wrote itself (missing, too large). */
  settled: number;
}

const BACKOFF_MS = 2000;

export async function enqueue(options: EnqueueOptions): Promise<EnqueueReport> {
  return withQueue(options.redis, options.queue, options.connectTimeoutMs, async ({ queue, state }) => {
    if (options.replace) {
      await queue.obliterate({ force: true });
      await state.clear();
    }
    const meta: QueueMeta = {
      fingerprint: await batchFingerprint(options.tool, options.limits, options.maxPages),
      tool: options.tool,
      settings: { limits: options.limits, maxPages: options.maxPages },
    };
    await claimQueue(state, meta, options);

    const report: EnqueueReport = { inputs: 0, added: 0, present: 0, retried: 0, settled: 0 };
    const settle = async (source: string, job: string, entry: RenderedEntry): Promise<void> => {
      await state.putResult(job, entry);
      await state.addInput({ source, job, doc_id: entry.input.doc_id });
      report.settled++;
    };
    const addJob = async (data: JobData): Promise<void> => {
      const job = entryKey(meta.fingerprint, { doc_id: data.doc_id ?? 'url', source: data.source, meta: data.meta });
      const known = await queue.getJobState(job);
      if (known === 'unknown') {
        await queue.add('document', data, {
          jobId: job,
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: BACKOFF_MS },
        });
        report.added++;
      } else if (known === 'failed') {
        await (await queue.getJob(job))?.retry('failed');
        report.retried++;
      } else report.present++;
      await state.addInput({ source: data.source, job, doc_id: data.doc_id });
    };

    const urls = options.paths.filter(isUrl);
    const { inputs, missing } = await collectRunInputs(
      options.paths.filter((path) => !isUrl(path)),
      options.manifests ?? [],
    );
    report.inputs = urls.length + inputs.length + missing.length;
    for (const miss of missing) await settle(miss.source, entryKey(meta.fingerprint, { doc_id: 'missing', source: miss.source }), missingEntry(miss));
    for (const url of urls) await addJob({ source: url, location: url, doc_id: null, fingerprint: meta.fingerprint });
    for (const input of inputs) {
      // read here only for the content hash (one file at a time); workers read it again
      const loaded = await loadInput(input, options.limits.maxFileBytes);
      if (loaded.kind === 'failed') {
        const entry = renderOutcome(loaded.outcome);
        await settle(input.source, entryKey(meta.fingerprint, { doc_id: 'unread', source: input.source, meta: input.meta }), entry);
        continue;
      }
      await addJob({
        source: input.source,
        location: resolve(input.path),
        ...(input.meta ? { meta: input.meta } : {}),
        doc_id: loaded.doc_id,
        fingerprint: meta.fingerprint,
      });
    }
    return report;
  });
}

/** The first enqueue sets the queue's pipeline; another pipeline's enqueue is refused. */
async function claimQueue(state: QueueState, meta: QueueMeta, options: EnqueueOptions): Promise<void> {
  const current = await state.meta();
  if (current === null) return state.setMeta(meta);
  if (current.fingerprint === meta.fingerprint) return;
  throw new Error(
    `queue "${options.queue}" on ${showUrl(options.redis)} holds jobs of another pipeline ` +
      `(${describe(current)}; this one is ${describe(meta)}): a different version, build or --max-pages/--zip-* setting. ` +
      'Enqueue into a new --queue, or pass --replace to drop that queue\'s jobs and results',
  );
}

export function describe(meta: QueueMeta): string {
  return `${meta.tool.name} ${meta.tool.version}, pipeline ${meta.fingerprint.slice(0, 12)}`;
}
