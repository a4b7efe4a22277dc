// A small fuzz run (npm run fuzz does hundreds): mutants of small valid documents through
// the built CLI and real workers. Each must end in documents.jsonl or errors.jsonl; the
// run must neither crash nor hang.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mutants } from '../../scripts/fuzz.js';
import { packageRoot } from '../../src/util/package-root.js';
import { readJsonl, tempDir } from '../cli/helpers.js';
import { BIN, buildDist } from './build.js';

const run = promisify(execFile);
const COUNT = 30;
let root: string;

beforeAll(async () => {
  await buildDist();
  root = await tempDir('fuzz-');
}, 180_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test(`${COUNT} mutants: every one accounted for, no crash, no hang`, async () => {
  const fixtures = join(packageRoot(), 'test', 'fixtures', 'bad');
  const seeds = await Promise.all(
    ['notice.docx', 'notice.pdf', 'scanned.pdf'].map(async (name) => ({ name, bytes: await readFile(join(fixtures, name)) })),
  );
  const corpus = join(root, 'mutants');
  await mkdir(corpus);
  for await (const mutant of mutants(seeds, COUNT, 42)) await writeFile(join(corpus, mutant.name), mutant.bytes);

  const out = join(root, 'out');
  const exit = await run(process.execPath, [BIN, 'ingest', corpus, '--out', out, '--workers', '2', '--timeout', '20s', '--quiet']).then(
    () => 0,
    (e: { code: number }) => e.code,
  );
  expect([0, 1]).toContain(exit); // 1: no mutant was a budget document, which is expected here
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { inputs: { outcome: string }[] };
  expect(manifest.inputs).toHaveLength(COUNT);
  const errors = await readJsonl(join(out, 'errors.jsonl'));
  expect(errors.filter((e) => e.code === 'TIMEOUT' || e.code === 'INTERNAL_ERROR')).toEqual([]);
}, 120_000);
