import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadInput } from '../../src/batch/process-input.js';
import type { Processor } from '../../src/batch/process-input.js';
import { runIngest } from '../../src/cli/run.js';
import type { IngestOptions } from '../../src/cli/run.js';
import { formatSummary } from '../../src/cli/summary.js';
import { docId } from '../../src/input/doc-id.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from './helpers.js';

const TOOL = { name: 'budget-ingest', version: '0.0.0-test' };
let root: string;
let inDir: string;
let outDir: string;

beforeEach(async () => {
  root = await tempDir('run-');
  inDir = join(root, 'in');
  outDir = join(root, 'out');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const ingest = (options: Partial<IngestOptions> = {}) =>
  runIngest({ paths: [inDir], outDir, tool: TOOL, processor: fakeProcessor(), recordRunTime: false, ...options });

describe('runIngest', () => {
  test('reads every input, writes the folder and exits 0 when a document was read', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    await put(join(inDir, 'b', 'c.pdf'), fakePdf('check-fail'));
    await put(join(inDir, 'empty.pdf'), '');
    const report = await ingest();
    expect(report.exitCode).toBe(0);
    expect(report.manifest.inputs.map((i) => [i.source, i.outcome])).toEqual([
      [join(inDir, 'a.pdf'), 'document'],
      [join(inDir, 'b', 'c.pdf'), 'document'],
      [join(inDir, 'empty.pdf'), 'error'],
    ]);
    expect(await readJsonl(join(outDir, 'errors.jsonl'))).toEqual([
      expect.objectContaining({ source: join(inDir, 'empty.pdf'), code: 'EMPTY_FILE', stage: 'detect' }),
    ]);
    expect((await readJsonl(join(outDir, 'documents.jsonl'))).length).toBe(2);
  });

  test('exits non-zero when no input could be processed', async () => {
    await put(join(inDir, 'empty.pdf'), '');
    await put(join(inDir, 'page.pdf'), '<!doctype html><html></html>');
    expect((await ingest()).exitCode).toBe(1);
  });

  test('exits non-zero when there is nothing to read', async () => {
    const report = await ingest({ paths: [join(root, 'nowhere')] });
    expect(report.exitCode).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ source: join(root, 'nowhere'), code: 'READ_FAILED', stage: 'read', doc_id: null }),
    ]);
  });

  test('--strict exits 2 when an input failed or a check failed, 0 when all is well', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    expect((await ingest({ strict: true })).exitCode).toBe(0);
    await put(join(inDir, 'b.pdf'), fakePdf('check-fail'));
    expect((await ingest({ strict: true })).exitCode).toBe(2);
    expect((await ingest({ strict: false })).exitCode).toBe(0);
    await rm(join(inDir, 'b.pdf'));
    await put(join(inDir, 'c.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect((await ingest({ strict: true })).exitCode).toBe(2);
  });

  test('a plain Error from the pipeline becomes INTERNAL_ERROR (stage parse) and the batch goes on', async () => {
    const bad = await put(join(inDir, 'a.pdf'), fakePdf('throw'));
    await put(join(inDir, 'b.pdf'), fakePdf('ok'));
    const calls: string[] = [];
    const report = await ingest({ processor: fakeProcessor(calls) });
    expect(calls).toEqual([join(inDir, 'a.pdf'), join(inDir, 'b.pdf')]);
    expect(report.exitCode).toBe(0);
    expect(report.errors).toEqual([
      {
        schema_version: '1',
        source: bad,
        doc_id: docId(await readFile(bad)),
        stage: 'parse',
        code: 'INTERNAL_ERROR',
        message: 'internal error: table grid is ragged; please report this with the input file',
      },
    ]);
  });

  test('an IngestError from the pipeline keeps its code and stage', async () => {
    await put(join(inDir, 'scan.pdf'), fakePdf('ingest-error'));
    const report = await ingest();
    expect(report.errors).toEqual([expect.objectContaining({ code: 'NO_TEXT_LAYER', stage: 'parse' })]);
  });

  test('an input that cannot be read is READ_FAILED and the pipeline never sees it', async () => {
    const loaded = await loadInput({ path: join(root, 'vanished.pdf'), source: 'vanished.pdf' }, 1000);
    expect(loaded).toMatchObject({
      kind: 'failed',
      outcome: { source: 'vanished.pdf', doc_id: null, result: { kind: 'error', error: { code: 'READ_FAILED', stage: 'read', doc_id: null } } },
    });
  });

  test('the output folder inside an input folder is not read back as input', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const nested = join(inDir, 'out');
    await ingest({ outDir: nested });
    const report = await ingest({ outDir: nested });
    expect(report.manifest.inputs.map((i) => i.source)).toEqual([join(inDir, 'a.pdf')]);
  });

  test('--debug-dir: each input gets <dir>/<doc_id>/, passed to the pipeline and holding the raw result', async () => {
    const a = await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const debugDir = join(root, 'debug');
    const seen: (string | undefined)[] = [];
    const inner = fakeProcessor();
    await ingest({ debugDir, processor: (input) => (seen.push(input.options?.debugDir), inner(input)) });
    const id = docId(await readFile(a));
    expect(seen).toEqual([join(debugDir, id)]);
    expect(await readdir(debugDir)).toEqual([id]);
    const dumped = JSON.parse(await readFile(join(debugDir, id, 'result.json'), 'utf8')) as { source: string };
    expect(dumped.source).toBe(a);
  });

  test('the pipeline gets the page limit and the zip limits, defaults or as given', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const seen: unknown[] = [];
    const inner = fakeProcessor();
    const processor: Processor = (input) => (seen.push([input.options, input.zipLimits]), inner(input));
    await ingest({ processor });
    await ingest({ processor, maxPages: 3, limits: { zipMaxRatio: 50 }, reprocess: true });
    expect(seen).toEqual([
      [{ maxPages: 500 }, { zipMaxEntries: 10_000, zipMaxInflatedBytes: 256 * 1024 * 1024, zipMaxRatio: 200 }],
      [{ maxPages: 3 }, { zipMaxEntries: 10_000, zipMaxInflatedBytes: 256 * 1024 * 1024, zipMaxRatio: 50 }],
    ]);
  });

  test('reports progress for every input', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    await put(join(inDir, 'empty.pdf'), '');
    const seen: string[] = [];
    await ingest({
      paths: [inDir, join(root, 'gone')],
      onStart: (total) => seen.push(`start ${total}`),
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.source} ${p.outcome} ${p.codes.join()}`),
    });
    expect(seen).toEqual([
      'start 3',
      `1/3 ${join(root, 'gone')} error READ_FAILED`,
      `2/3 ${join(inDir, 'a.pdf')} document `,
      `3/3 ${join(inDir, 'empty.pdf')} error EMPTY_FILE`,
    ]);
  });

  test('the run block (times, counts, memory) goes into the manifest unless turned off', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const run = (await ingest({ recordRunTime: true })).manifest.run;
    expect(run).toMatchObject({ workers: 0, processed: 1, cached: 0 });
    expect(run?.started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run?.peak_rss_bytes).toBeGreaterThan(0);
    expect((await ingest()).manifest.run).toBeUndefined();
  });
});

describe('formatSummary', () => {
  test('shows documents read, lines per file, errors by code with source, and failed checks', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    await put(join(inDir, 'b.pdf'), fakePdf('check-fail'));
    await put(join(inDir, 'empty.pdf'), '');
    await put(join(inDir, 'z.pdf'), fakePdf('throw'));
    const lines = formatSummary(await ingest(), outDir);
    expect(lines).toEqual([
      'read 4 input(s): 2 document(s), 2 failed',
      expect.stringMatching(/^processed 4, from the cache 0, in \d+\.\d s \(\d+\.\d inputs\/s\), peak memory \d+ MB$/),
      `wrote ${outDir}:`,
      '  documents.jsonl          2',
      '  tables.jsonl             0',
      '  budget_lines.jsonl       4',
      '  projects.jsonl           0',
      '  indicators.jsonl         0',
      '  figures.jsonl            0',
      '  checks.jsonl             3',
      '  errors.jsonl             2',
      'errors (2):',
      '  EMPTY_FILE (1)',
      `    ${join(inDir, 'empty.pdf')}: the file is empty (0 bytes): the download probably failed; download it again`,
      '  INTERNAL_ERROR (1)',
      `    ${join(inDir, 'z.pdf')}: internal error: table grid is ragged; please report this with the input file`,
      'documents with failed checks:',
      `  ${join(inDir, 'b.pdf')}: income_equals_expenditure, totals_add_up`,
    ]);
  });

  test('says so when no input was found', async () => {
    const lines = formatSummary(await ingest({ paths: [] }), outDir);
    expect(lines.slice(0, 2)).toEqual([
      'read 0 input(s): 0 document(s), 0 failed',
      'no input files found: pass PDF or .docx files, or folders holding them',
    ]);
  });

  test('lists at most ten sources per error code', async () => {
    for (let i = 0; i < 12; i++) await put(join(inDir, `e${String(i).padStart(2, '0')}.pdf`), '');
    const lines = formatSummary(await ingest(), outDir);
    const at = lines.indexOf('  EMPTY_FILE (12)');
    expect(lines[at + 10]).toMatch(/e09\.pdf: /);
    expect(lines[at + 11]).toBe('    … and 2 more in errors.jsonl');
  });
});
