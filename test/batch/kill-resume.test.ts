// Crash safety, for real: the built CLI is killed with SIGKILL mid-batch, re-run, and its
// output folder compared byte for byte with an uninterrupted run's.
import { execFile, spawn } from 'node:child_process';
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/util/package-root.js';
import { tempDir } from '../cli/helpers.js';
import { BIN, buildDist } from './build.js';
import { sampleVariants } from './corpus.js';

const run = promisify(execFile);
const FILES = ['budget_lines.jsonl', 'checks.jsonl', 'documents.jsonl', 'errors.jsonl', 'indicators.jsonl', 'manifest.json', 'projects.jsonl'];
const BAD = ['empty.pdf', 'legacy.doc', 'notice.pdf', 'scanned.pdf'];
const DOCUMENTS = 6;
let root: string;
let corpus: string;

beforeAll(async () => {
  await buildDist();
  root = await tempDir('kill-');
  corpus = join(root, 'corpus');
  await sampleVariants(corpus, DOCUMENTS);
  for (const name of BAD) await copyFile(join(packageRoot(), 'test', 'fixtures', 'bad', name), join(corpus, `bad-${name}`));
}, 180_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const args = (out: string): string[] => [BIN, 'ingest', corpus, '--out', out, '--workers', '2', '--no-run-time', '--quiet'];

async function cachedEntries(out: string): Promise<number> {
  const entries = await readdir(join(out, '.cache'), { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith('.json.gz')).length;
}

test('kill -9 mid-batch, then a re-run: byte-identical to an uninterrupted run, finished documents not processed again', async () => {
  const whole = join(root, 'whole');
  await run(process.execPath, args(whole));

  const killed = join(root, 'killed');
  const child = spawn(process.execPath, args(killed), { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // the bad inputs finish first (sorted by name), then documents one by one
  while ((await cachedEntries(killed)) < BAD.length + 2) await new Promise((resolve) => setTimeout(resolve, 50));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const survived = await cachedEntries(killed);
  expect(survived).toBeLessThan(BAD.length + DOCUMENTS);
  expect(await readdir(killed)).not.toContain('manifest.json');

  const resumed = await run(process.execPath, args(killed).filter((arg) => arg !== '--quiet'));
  expect(resumed.stdout).toContain(`processed ${BAD.length + DOCUMENTS - survived}, from the cache ${survived},`);
  for (const file of FILES) {
    expect([file, await readFile(join(killed, file))]).toEqual([file, await readFile(join(whole, file))]);
  }
  expect((await readFile(join(whole, 'documents.jsonl'), 'utf8')).split('\n').filter(Boolean)).toHaveLength(DOCUMENTS);
  expect(await cachedEntries(killed)).toBe(BAD.length + DOCUMENTS);
}, 180_000);
