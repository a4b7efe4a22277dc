// Re-runs: the cache serves unchanged inputs, processes new and changed ones, retries
// what may not fail again, and the output is the same bytes whichever way it was made.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIngest } from '../../src/cli/run.js';
import type { IngestOptions } from '../../src/cli/run.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from '../cli/helpers.js';

const TOOL = { name: 'budget-ingest', version: '0.0.0-test' };
const FILES = ['budget_lines.jsonl', 'checks.jsonl', 'documents.jsonl', 'errors.jsonl', 'figures.jsonl', 'indicators.jsonl', 'manifest.json', 'projects.jsonl', 'tables.jsonl'];
let root: string;
let inDir: string;
let outDir: string;

beforeEach(async () => {
  root = await tempDir('incremental-');
  inDir = join(root, 'in');
  outDir = join(root, 'out');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// as the CLI does: the cache in the output folder, pruned to each run's inputs
async function ingest(options: Partial<IngestOptions> = {}) {
  const calls: string[] = [];
  const out = options.outDir ?? outDir;
  const report = await runIngest({
    paths: [inDir],
    outDir: out,
    tool: TOOL,
    processor: fakeProcessor(calls),
    recordRunTime: false,
    cache: { dir: join(out, '.cache'), prune: true },
    ...options,
  });
  return { report, calls: calls.map((source) => source.slice(inDir.length + 1)) };
}

async function snapshot(dir = outDir): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all(FILES.map(async (file) => [file, await readFile(join(dir, file))] as const)));
}

async function cacheEntries(dir = join(outDir, '.cache')): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

test('a second run processes nothing and writes the same bytes', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await put(join(inDir, 'b.pdf'), fakePdf('check-fail'));
  await put(join(inDir, 'scan.pdf'), fakePdf('ingest-error'));
  await put(join(inDir, 'empty.pdf'), '');
  const first = await ingest();
  expect(first.calls).toEqual(['a.pdf', 'b.pdf', 'empty.pdf', 'scan.pdf']);
  expect(first.report).toMatchObject({ processed: 4, cached: 0 });
  const before = await snapshot();

  const second = await ingest();
  expect(second.calls).toEqual([]);
  expect(second.report).toMatchObject({ processed: 0, cached: 4 });
  expect(await snapshot()).toEqual(before);
  expect(second.report.failedChecks.map((f) => f.source)).toEqual([join(inDir, 'b.pdf')]);
});

test('only new and changed inputs are processed; removed ones leave the output and the cache', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await put(join(inDir, 'b.pdf'), fakePdf('ok'));
  await put(join(inDir, 'c.pdf'), fakePdf('ok'));
  await ingest();
  await put(join(inDir, 'b.pdf'), fakePdf('check-fail'));
  await put(join(inDir, 'd.pdf'), fakePdf('ok'));
  await rm(join(inDir, 'c.pdf'));
  const { calls, report } = await ingest();
  expect(calls).toEqual(['b.pdf', 'd.pdf']);
  expect(report.manifest.inputs.map((i) => i.source.slice(inDir.length + 1))).toEqual(['a.pdf', 'b.pdf', 'd.pdf']);
  expect(await cacheEntries()).toHaveLength(3);

  // the same files processed from scratch give the same output
  const fresh = join(root, 'fresh');
  await ingest({ outDir: fresh });
  expect(await snapshot(fresh)).toEqual(await snapshot());
});

test('the same bytes under another name are processed again (names feed metadata)', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await ingest();
  await put(join(inDir, 'copy.pdf'), fakePdf('ok'));
  expect((await ingest()).calls).toEqual(['copy.pdf']);
});

test('TIMEOUT and INTERNAL_ERROR are retried on the next run; other errors are served from the cache', async () => {
  await put(join(inDir, 'slow.pdf'), fakePdf('timeout'));
  await put(join(inDir, 'bug.pdf'), fakePdf('throw'));
  await put(join(inDir, 'scan.pdf'), fakePdf('ingest-error'));
  await ingest();
  const { calls, report } = await ingest();
  expect(calls).toEqual(['bug.pdf', 'slow.pdf']);
  expect(report.errors.map((e) => e.code).sort()).toEqual(['INTERNAL_ERROR', 'NO_TEXT_LAYER', 'TIMEOUT']);
});

test('a new tool version, --reprocess and --debug-dir process everything again', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await ingest();
  expect((await ingest({ tool: { ...TOOL, version: '0.0.1-test' } })).calls).toEqual(['a.pdf']);
  expect((await ingest({ reprocess: true })).calls).toEqual(['a.pdf']);
  expect((await ingest({ debugDir: join(root, 'debug') })).calls).toEqual(['a.pdf']);
  expect((await ingest()).calls).toEqual([]);
});

test('changed limits process again: they decide which inputs are refused', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await ingest();
  expect((await ingest({ maxPages: 10 })).calls).toEqual(['a.pdf']);
  expect((await ingest({ maxPages: 10, limits: { zipMaxRatio: 20 } })).calls).toEqual(['a.pdf']);
});

test('a damaged cache entry is processed again, not fatal', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await ingest();
  const [shard] = await readdir(join(outDir, '.cache'));
  const [entry] = await readdir(join(outDir, '.cache', String(shard)));
  await writeFile(join(outDir, '.cache', String(shard), String(entry)), 'not gzip');
  expect((await ingest()).calls).toEqual(['a.pdf']);
});

test('a cache of its own (--cache-dir): shared by output folders and never pruned', async () => {
  const cache = { dir: join(root, 'cache'), prune: false };
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await put(join(inDir, 'b.pdf'), fakePdf('ok'));
  await ingest({ cache });
  expect((await ingest({ cache, outDir: join(root, 'other'), paths: [join(inDir, 'a.pdf')] })).calls).toEqual([]);
  expect(await cacheEntries(cache.dir)).toHaveLength(2);
  expect((await ingest({ cache })).calls).toEqual([]);
});

test('without a cache (library use), nothing is kept: the output folder holds only the contract files', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  const options = { cache: undefined } as const;
  await ingest(options);
  expect((await ingest(options)).calls).toEqual(['a.pdf']);
  expect((await readdir(outDir)).sort()).toEqual(FILES);
});

test('temp files of a killed run are removed from the output folder', async () => {
  await put(join(inDir, 'a.pdf'), fakePdf('ok'));
  await put(join(outDir, 'documents.jsonl.tmp-99999999'), '{"half":');
  await ingest();
  expect((await readdir(outDir)).filter((name) => !name.startsWith('.')).sort()).toEqual(FILES);
  expect(await readJsonl(join(outDir, 'documents.jsonl'))).toHaveLength(1);
});
