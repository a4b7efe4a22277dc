// What budget-ingest keeps in Redis beside BullMQ's jobs: the queue's pipeline (fingerprint,
// tool, settings), its inputs by source, and each job's result, gzipped. Job data is small
// (where to read the input, its metadata); results never travel through BullMQ, so completed
// jobs may be trimmed without losing output.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Redis } from 'ioredis';
import type { InputMeta } from '../input/metadata.js';
import type { InputLimits } from '../input/limits.js';
import type { ToolInfo } from '../sink/manifest.js';
import type { RenderedEntry } from '../sink/render.js';
import type { Queue } from 'bullmq';
import { connect, openQueue, queueKeys, whenReady } from './connection.js';

/** Settings that change results: every worker of a queue applies the enqueuer's. */
export interface QueueSettings {
  limits: InputLimits;
  maxPages: number;
}

export interface QueueMeta {
  fingerprint: string;
  tool: ToolInfo;
  settings: QueueSettings;
}

/** A job's data: where every worker can read the input, and what the enqueuer saw. */
export interface JobData {
  /** the path or URL as given to enqueue: what records call `source`. */
  source: string;
  /** an absolute path on the shared file system, or an http(s) URL. */
  location: string;
  meta?: InputMeta;
  /** sha256 of the bytes at enqueue time; null for a URL. */
  doc_id: string | null;
  /** the enqueuer's pipeline: a worker of another refuses the job. */
  fingerprint: string;
}

/** One input of the queue, by source: its job and the doc_id enqueue saw. */
export interface QueuedInput {
  source: string;
  job: string;
  doc_id: string | null;
}

export const isUrl = (location: string): boolean => /^https?:\/\//i.test(location);

export class QueueState {
  private readonly keys;

  constructor(
    private readonly redis: Redis,
    queue: string,
  ) {
    this.keys = queueKeys(queue);
  }

  async meta(): Promise<QueueMeta | null> {
    const fields = await this.redis.hgetall(this.keys.meta);
    if (!fields.fingerprint || !fields.tool || !fields.settings) return null;
    return {
      fingerprint: fields.fingerprint,
      tool: JSON.parse(fields.tool) as ToolInfo,
      settings: JSON.parse(fields.settings) as QueueSettings,
    };
  }

  async setMeta(meta: QueueMeta): Promise<void> {
    await this.redis.hset(this.keys.meta, {
      fingerprint: meta.fingerprint,
      tool: JSON.stringify(meta.tool),
      settings: JSON.stringify(meta.settings),
    });
  }

  async addInput(input: QueuedInput): Promise<void> {
    await this.redis.hset(this.keys.inputs, input.source, JSON.stringify({ job: input.job, doc_id: input.doc_id }));
  }

  async inputs(): Promise<QueuedInput[]> {
    const fields = await this.redis.hgetall(this.keys.inputs);
    return Object.entries(fields).map(([source, value]) => ({ source, ...(JSON.parse(value) as Omit<QueuedInput, 'source'>) }));
  }

  async inputCount(): Promise<number> {
    return this.redis.hlen(this.keys.inputs);
  }

  /** Stored before the job completes: a worker killed after this point only repeats work. */
  async putResult(job: string, entry: RenderedEntry): Promise<void> {
    await this.redis.hset(this.keys.results, job, gzipSync(JSON.stringify(entry), { level: 1 }));
  }

  async result(job: string): Promise<RenderedEntry | null> {
    const stored = await this.redis.hgetBuffer(this.keys.results, job);
    return stored ? (JSON.parse(gunzipSync(stored).toString('utf8')) as RenderedEntry) : null;
  }

  async resultJobs(): Promise<Set<string>> {
    return new Set(await this.redis.hkeys(this.keys.results));
  }

  async resultCount(): Promise<number> {
    return this.redis.hlen(this.keys.results);
  }

  async clear(): Promise<void> {
    await this.redis.del(this.keys.meta, this.keys.inputs, this.keys.results);
  }
}

/** how long enqueue, collect and status wait for Redis at start. */
export const CONNECT_TIMEOUT_MS = 5000;

/** Runs `use` with the queue and its state on a fresh connection, closed afterwards. */
export async function withQueue<T>(
  url: string,
  name: string,
  connectTimeoutMs: number | undefined,
  use: (session: { queue: Queue<JobData>; state: QueueState }) => Promise<T>,
): Promise<T> {
  const redis = connect(url);
  const queue = openQueue(name, redis);
  try {
    await whenReady(redis, url, connectTimeoutMs ?? CONNECT_TIMEOUT_MS);
    return await use({ queue, state: new QueueState(redis, name) });
  } finally {
    // a connection that never came up would keep retrying (and the process alive): stop it first
    if (redis.status !== 'ready') redis.disconnect();
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}
