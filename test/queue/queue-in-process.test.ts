// enqueue, worker and collect in this process with a stand-in pipeline, on a real
// redis-server: URL inputs, retries with backoff before an error record, idempotent
// re-enqueueing, and the refusal of a queue enqueued by another pipeline.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { runCli } from '../../src/cli/program.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from '../cli/helpers.js';
import { startRedis } from '../../scripts/redis-server.js';
import type { RedisServer } from '../../scripts/redis-server.js';

let redis: RedisServer;
let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  redis = await startRedis();
  root = await tempDir('queue-io-');
  server = createServer((request, response) => {
    // other bytes than the local a.pdf: inputs with one doc_id are one document to package linking
    if (request.url === '/ok.pdf') response.end(`${fakePdf('ok')}served\n`);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await redis?.stop();
  await rm(root, { recursive: true, force: true });
});

async function cli(args: string[], calls: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), processor: fakeProcessor(calls) });
  return { code, out, err };
}

test('URLs and files: transient failures are retried with backoff, then become error records; collect writes every input', async () => {
  const dir = join(root, 'in');
  await put(join(dir, 'a.pdf'), fakePdf('ok'));
  await put(join(dir, 'b.pdf'), fakePdf('timeout'));
  await put(join(dir, 'c.pdf'), fakePdf('check-fail'));
  const queue = ['--redis', redis.url, '--queue', 'mixed'];
  const inputs = [dir, `${base}/ok.pdf`, `${base}/gone.pdf`];
  expect((await cli(['enqueue', ...inputs, ...queue, '--attempts', '2'])).out).toContain('5 input(s) in mixed: 5 new job(s)');

  const calls: string[] = [];
  const worker = await cli(['worker', ...queue, '--workers', '2', '--exit-when-empty', '--quiet'], calls);
  expect(worker.code).toBe(0);
  // the time-out was tried twice (attempts 2), the others once; the 404 never reached the pipeline
  expect(calls.filter((source) => source.endsWith('b.pdf'))).toHaveLength(2);
  expect(calls.filter((source) => !source.endsWith('b.pdf')).sort()).toEqual([join(dir, 'a.pdf'), join(dir, 'c.pdf'), `${base}/ok.pdf`].sort());

  const out = join(root, 'out-mixed');
  const collected = await cli(['collect', ...queue, '--out', out]);
  expect(collected.code).toBe(0);
  expect(collected.out).toContain('read 5 input(s): 3 document(s), 2 failed');
  const errors = await readJsonl(join(out, 'errors.jsonl'));
  expect(errors.map((e) => [e.source, e.code])).toEqual([
    [join(dir, 'b.pdf'), 'TIMEOUT'],
    [`${base}/gone.pdf`, 'READ_FAILED'],
  ]);
  expect(String(errors[1]?.message)).toContain('the server answered 404');
  const documents = await readJsonl(join(out, 'documents.jsonl'));
  expect(documents.map((d) => d.source)).toEqual([join(dir, 'a.pdf'), join(dir, 'c.pdf'), `${base}/ok.pdf`]);

  // the same inputs again: nothing new to do
  expect((await cli(['enqueue', ...inputs, ...queue, '--attempts', '2'])).out).toContain('0 new job(s), 5 already there');
  const status = await cli(['status', ...queue, '--json']);
  expect(JSON.parse(status.out)).toMatchObject({ inputs: 5, results: 5, waiting: 0, active: 0, done: 5, failed: 0 });
}, 60_000);

test('collect without --wait reports pending jobs and writes nothing', async () => {
  const dir = join(root, 'pending');
  await put(join(dir, 'a.pdf'), fakePdf('ok'));
  const queue = ['--redis', redis.url, '--queue', 'pending'];
  await cli(['enqueue', dir, ...queue]);
  const out = join(root, 'out-pending');
  const collected = await cli(['collect', ...queue, '--out', out]);
  expect(collected.code).toBe(1);
  expect(collected.err).toContain('1 of 1 input(s) still waiting or running in pending: nothing written');
  await expect(readJsonl(join(out, 'documents.jsonl'))).rejects.toThrow('ENOENT');
});

test('a queue enqueued by another pipeline (version, build or settings) is refused by enqueue and by workers', async () => {
  const connection = new Redis(redis.url);
  const settings = JSON.stringify({ limits: {}, maxPages: 500 });
  await connection.hset('budget-ingest:older:meta', { fingerprint: 'f'.repeat(64), tool: JSON.stringify({ name: 'budget-ingest', version: '0.0.9' }), settings });
  connection.disconnect();
  const queue = ['--redis', redis.url, '--queue', 'older'];

  const worker = await cli(['worker', ...queue, '--exit-when-empty']);
  expect(worker.code).toBe(1);
  expect(worker.err).toContain('queue "older" holds jobs of another pipeline (budget-ingest 0.0.9, pipeline ffffffffffff)');
  expect(worker.err).toContain('Run the same release (same build) on every worker');

  const dir = join(root, 'older');
  await put(join(dir, 'a.pdf'), fakePdf('ok'));
  const enqueued = await cli(['enqueue', dir, ...queue]);
  expect(enqueued.code).toBe(1);
  expect(enqueued.err).toContain('pass --replace');
  expect((await cli(['enqueue', dir, ...queue, '--replace'])).out).toContain('1 new job(s)');
});

test('an unreachable Redis is a clear error, not a hang', async () => {
  const closed = await cli(['status', '--redis', 'redis://127.0.0.1:1', '--queue', 'x']);
  expect(closed.code).toBe(1);
  expect(closed.err).toContain('cannot reach Redis at redis://127.0.0.1:1 within 5 s');
  expect((await cli(['status', '--redis', 'localhost:6379', '--queue', 'x'])).err).toContain('expected a URL such as redis://host:6379');
}, 30_000);

test('stop (SIGTERM) finishes the jobs in hand and takes no more; a second stop hands them back at once', async () => {
  const dir = join(root, 'stopping');
  for (const name of ['a', 'b', 'c', 'd']) await put(join(dir, `${name}.pdf`), fakePdf('ok'));
  const queue = ['--redis', redis.url, '--queue', 'stopping'];
  await cli(['enqueue', dir, ...queue]);
  const { startWorker } = await import('../../src/queue/index.js');
  const { readToolInfo } = await import('../../src/cli/package-info.js');
  const started: string[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const slow = fakeProcessor();
  const options = { redis: redis.url, queue: 'stopping', tool: readToolInfo(), workers: 1, timeoutMs: 10_000, workerMemoryMb: 512, lockMs: 2000, redisTimeoutMs: 5000 };

  // first stop while a.pdf is in hand: it is finished, nothing else is taken
  const first = await startWorker({ ...options, processor: async (input) => (started.push(input.source), await held, slow(input)) });
  while (started.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  first.stop();
  release();
  expect(await first.done).toEqual({ processed: 1 });
  expect(started).toEqual([join(dir, 'a.pdf')]);

  // second stop: the job in hand goes back to the queue unfinished
  const second = await startWorker({ ...options, processor: () => new Promise(() => undefined) });
  let status = JSON.parse((await cli(['status', ...queue, '--json'])).out) as { active: number; waiting: number };
  while (status.active === 0) status = JSON.parse((await cli(['status', ...queue, '--json'])).out) as typeof status;
  second.stop();
  second.stop();
  expect(await second.done).toEqual({ processed: 0 });
  expect(JSON.parse((await cli(['status', ...queue, '--json'])).out)).toMatchObject({ waiting: 3, active: 0, done: 1, results: 1 });
}, 30_000);
