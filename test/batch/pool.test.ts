// The worker pool with a stand-in worker module, so each way a worker can fail is
// reproducible: hang, exit, uncaught error, out of memory. After each, the pool goes on.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPool } from '../../src/batch/pool.js';
import type { WorkerPool } from '../../src/batch/pool.js';
import type { ProcessInput } from '../../src/pipeline/process.js';
import { tempDir } from '../cli/helpers.js';

// The task's source says what the worker does.
const WORKER = `
export async function run(input) {
  switch (input.source) {
    case 'hang': for (;;) {}
    case 'exit': process.exit(3);
    case 'throw-later': setTimeout(() => { throw new Error('thrown outside the task'); }); return new Promise(() => {});
    case 'oom': { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
    case 'bytes': return { kind: 'bytes', type: input.bytes.constructor.name, text: Buffer.from(input.bytes).toString() };
    default: return { kind: 'ok', source: input.source, thread: (await import('node:worker_threads')).threadId };
  }
}
`;

let dir: string;
let pool: WorkerPool;

beforeAll(async () => {
  dir = await tempDir('pool-');
  const file = join(dir, 'worker.mjs');
  await writeFile(file, WORKER);
  pool = createPool({ workers: 2, timeoutMs: 1500, memoryMb: 48, worker: { file: pathToFileURL(file).href, name: 'run' } });
});
afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

const task = (source: string, bytes: Uint8Array = new Uint8Array([1])): ProcessInput => ({ source, bytes });
const outcome = (source: string): Promise<unknown> =>
  pool.process(task(source)).then(
    (result) => result,
    (err: { code?: string; message?: string }) => ({ code: err.code, message: err.message }),
  );

test('a task runs in a worker thread', async () => {
  expect(await outcome('a')).toEqual({ kind: 'ok', source: 'a', thread: expect.any(Number) });
});

test('a hanging worker is stopped at the time limit: TIMEOUT, and the other worker keeps going', async () => {
  const [hang, ok] = await Promise.all([outcome('hang'), outcome('b')]);
  expect(hang).toEqual({ code: 'TIMEOUT', message: expect.stringMatching(/time limit \(1\.5 s\).*--timeout/) });
  expect(ok).toMatchObject({ kind: 'ok' });
  expect(await outcome('after-hang')).toMatchObject({ kind: 'ok' });
});

test('a worker that exits is replaced: INTERNAL_ERROR for its document only', async () => {
  expect(await outcome('exit')).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/worker .* crashed .*replaced/) });
  expect(await outcome('after-exit')).toMatchObject({ kind: 'ok' });
});

test('an error thrown outside the task crashes the worker: INTERNAL_ERROR naming it', async () => {
  expect(await outcome('throw-later')).toEqual({ code: 'INTERNAL_ERROR', message: expect.stringContaining('thrown outside the task') });
  expect(await outcome('after-throw')).toMatchObject({ kind: 'ok' });
});

test('a worker running out of its heap limit: TOO_LARGE, saying which limit', async () => {
  expect(await outcome('oom')).toEqual({ code: 'TOO_LARGE', message: expect.stringMatching(/more memory than the limit \(48 MB per worker\)/) });
  expect(await outcome('after-oom')).toMatchObject({ kind: 'ok' });
}, 30_000);

test('bytes arrive as a Uint8Array; a view into a shared buffer is copied, never moved away from its owner', async () => {
  const shared = Buffer.from('xxhelloyy');
  const view = shared.subarray(2, 7);
  expect(await pool.process(task('bytes', view))).toEqual({ kind: 'bytes', type: 'Uint8Array', text: 'hello' });
  expect(shared.toString()).toBe('xxhelloyy');
});
