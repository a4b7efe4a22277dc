// The Redis side of a queue: one ioredis connection per role, and the keys budget-ingest
// keeps beside BullMQ's own (the queue's settings, its inputs, the results).
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobData } from './queue-state.js';

/** Keys of one queue; BullMQ keeps its own under bull:<queue>:… */
export interface QueueKeys {
  /** hash: fingerprint, tool, settings, as the first enqueue set them. */
  meta: string;
  /** hash: source → the input's job (see QueuedInput). */
  inputs: string;
  /** hash: job id → gzip of the input's rendered entry. */
  results: string;
}

export function queueKeys(queue: string): QueueKeys {
  const base = `budget-ingest:${queue}`;
  return { meta: `${base}:meta`, inputs: `${base}:inputs`, results: `${base}:results` };
}

export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`queue name "${name}": use letters, digits, dot, dash and underscore`);
  return name;
}

/**
 * A connection for BullMQ (which needs maxRetriesPerRequest: null: commands wait for a
 * reconnect instead of failing). Reconnects every second at most; what to do when Redis
 * stays away is the caller's choice (see watchConnection).
 */
export function connect(url: string): Redis {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`--redis ${url}: expected a URL such as redis://host:6379 or rediss://user:password@host:6380/0`);
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 1000),
    lazyConnect: false,
  });
  redis.on('error', () => undefined); // reported through watchConnection; unlistened, ioredis logs every retry
  return redis;
}

/** The URL without its password, for messages. */
export function showUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/**
 * Calls `onLost` once when the connection has been down for `graceMs` without coming back;
 * returns a function that stops watching.
 */
export function watchConnection(redis: Redis, graceMs: number, onLost: (error: string) => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let lastError = 'connection closed';
  const down = (): void => {
    timer ??= setTimeout(() => onLost(lastError), graceMs);
  };
  const up = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const error = (err: Error): void => {
    lastError = err.message;
  };
  redis.on('close', down);
  redis.on('ready', up);
  redis.on('error', error);
  if (redis.status !== 'ready') down();
  return () => {
    up();
    redis.off('close', down);
    redis.off('ready', up);
    redis.off('error', error);
  };
}

/** Waits until the connection is ready, or fails with a clear message after `timeoutMs`. */
export async function whenReady(redis: Redis, url: string, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    let lastError = '';
    const onError = (err: Error): void => {
      lastError = `: ${err.message}`;
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      redis.off('error', onError);
      reject(new Error(`cannot reach Redis at ${showUrl(url)} within ${timeoutMs / 1000} s${lastError}: check that redis-server runs there and the URL`));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      redis.off('error', onError);
      resolve();
    };
    redis.once('ready', onReady);
    redis.on('error', onError);
  });
}

/** A BullMQ queue on `redis`; connection errors are the caller's to report (whenReady, watchConnection). */
export function openQueue(name: string, redis: Redis): Queue<JobData> {
  const queue = new Queue<JobData>(name, { connection: redis });
  queue.on('error', () => undefined);
  return queue;
}
