// The distributed run for real: a redis-server, the built CLI's enqueue, two worker
// processes, one killed with SIGKILL while it holds a job, collect; the output folder is
// compared byte for byte with a local ingest of the same inputs.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { tempDir } from '../cli/helpers.js';
import { buildDist } from '../batch/build.js';
import { cli, spawnWorker } from './cli-worker.js';
import { startRedis } from '../../scripts/redis-server.js';
import type { RedisServer } from '../../scripts/redis-server.js';

const FILES = ['budget_lines.jsonl', 'checks.jsonl', 'documents.jsonl', 'errors.jsonl', 'indicators.jsonl', 'manifest.json', 'projects.jsonl', 'tables.jsonl'];
// the bundled samples (DOCX, two PDFs) and the six real PDFs with a CSV beside them
const INPUTS = ['samples', '../shared/real'];
const QUEUE = 'kill-test';
let redis: RedisServer;
let root: string;

beforeAll(async () => {
  await buildDist();
  redis = await startRedis();
  root = await tempDir('queue-');
}, 180_000);
afterAll(async () => {
  await redis?.stop();
  await rm(root, { recursive: true, force: true });
});

test('kill -9 of a worker holding a job loses nothing: collect writes the bytes of a local run', async () => {
  const local = join(root, 'local');
  const localRun = cli(['ingest', ...INPUTS, '--out', local, '--no-run-time', '--quiet', '--workers', '1']);

  const enqueued = await cli(['enqueue', ...INPUTS, '--redis', redis.url, '--queue', QUEUE]);
  expect(enqueued.stdout).toContain('enqueued 10 input(s) in kill-test: 10 new job(s), 0 already there');
  const again = await cli(['enqueue', ...INPUTS, '--redis', redis.url, '--queue', QUEUE]);
  expect(again.stdout).toContain('10 input(s) in kill-test: 0 new job(s), 10 already there');

  const queueArgs = ['--redis', redis.url, '--queue', QUEUE, '--workers', '1', '--lock-duration', '2s'];
  const doomed = spawnWorker(queueArgs);
  const survivor = spawnWorker([...queueArgs, '--exit-when-empty']);
  // a worker takes its next job as it completes one: after its first, it holds another
  await doomed.waitFor((event) => event.event === 'job');
  doomed.child.kill('SIGKILL');
  expect((await doomed.exit).signal).toBe('SIGKILL');
  const survived = await survivor.exit;
  expect([survived.code, survivor.stderr()]).toEqual([0, expect.stringContaining('"event":"job"')]);

  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE, { connection });
  const jobs = await queue.getJobs(['completed']);
  await queue.close();
  connection.disconnect();
  expect(jobs).toHaveLength(10);
  // the job the killed worker held was recovered by the stalled-job check and run again
  expect(jobs.filter((job) => job.stalledCounter > 0)).toHaveLength(1);
  // the survivor did the rest, the recovered job included (the killed one may have stored that job's result already)
  expect(survivor.events.filter((event) => event.event === 'job').length).toBeGreaterThanOrEqual(10 - doomed.events.filter((e) => e.event === 'job').length);

  const collected = join(root, 'collected');
  const collect = await cli(['collect', '--redis', redis.url, '--queue', QUEUE, '--out', collected]);
  expect(collect.stdout).toContain('read 10 input(s): 9 document(s), 1 failed');
  await localRun;
  const files = (await readdir(local)).filter((name) => !name.startsWith('.')).sort();
  expect(files).toEqual(expect.arrayContaining(FILES));
  expect((await readdir(collected)).filter((name) => !name.startsWith('.')).sort()).toEqual(files);
  for (const file of files) {
    expect([file, await readFile(join(collected, file))]).toEqual([file, await readFile(join(local, file))]);
  }
  const documents = (await readFile(join(collected, 'documents.jsonl'), 'utf8')).trim().split('\n');
  expect(documents).toHaveLength(9);
  expect(JSON.parse(await readFile(join(collected, 'errors.jsonl'), 'utf8'))).toMatchObject({
    source: '../shared/real/jiangsu/江苏省人大办公厅-收支预算总表-2017-2019.csv',
    code: 'NOT_A_BUDGET_DOCUMENT',
  });
}, 300_000);

test('Redis gone mid-run: the worker retries, then stops with a clear message; after a restart no job is lost', async () => {
  const queue = ['--redis', redis.url, '--queue', 'outage'];
  await cli(['enqueue', 'samples', ...queue]);
  const worker = spawnWorker([...queue, '--workers', '1', '--lock-duration', '2s', '--redis-timeout', '2s']);
  await worker.waitFor((event) => event.event === 'job');
  await redis.kill();
  const exited = await worker.exit;
  expect([exited.code, worker.stderr()]).toEqual([1, expect.stringContaining(`budget-ingest worker: Redis at ${redis.url} unreachable for 2 s`)]);
  expect(worker.stderr()).toContain('No job is lost');

  await redis.restart();
  const again = spawnWorker([...queue, '--workers', '1', '--lock-duration', '2s', '--exit-when-empty']);
  expect((await again.exit).code).toBe(0);
  const out = join(root, 'outage');
  const collect = await cli(['collect', ...queue, '--out', out]);
  expect(collect.stdout).toContain('read 3 input(s): 3 document(s), 0 failed');
  const sources = (await readFile(join(out, 'documents.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { source: string }).source);
  expect(sources).toEqual(['samples/qinglong-2024.chromium.pdf', 'samples/qinglong-2024.docx', 'samples/qinglong-2024.libreoffice.pdf']);
}, 120_000);
