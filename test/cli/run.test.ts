import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { processInput } from '../../src/cli/process-input.js';
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
    const calls: string[] = [];
    const outcome = await processInput({ path: join(root, 'vanished.pdf'), source: 'vanished.pdf' }, fakeProcessor(calls));
    expect(calls).toEqual([]);
    expect(outcome).toMatchObject({
      source: 'vanished.pdf',
      doc_id: null,
      result: { kind: 'error', error: { code: 'READ_FAILED', stage: 'read', doc_id: null } },
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

  test('without --debug-dir the pipeline gets no options', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const seen: unknown[] = [];
    const inner = fakeProcessor();
    await ingest({ processor: (input) => (seen.push(input.options), inner(input)) });
    expect(seen).toEqual([undefined]);
  });

  test('reports progress for every input', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    const seen: string[] = [];
    await ingest({ paths: [inDir, join(root, 'gone')], onOutcome: (o, done, total) => seen.push(`${done}/${total} ${o.source}`) });
    expect(seen).toEqual([`1/2 ${join(root, 'gone')}`, `2/2 ${join(inDir, 'a.pdf')}`]);
  });

  test('the run time goes into the manifest unless turned off', async () => {
    await put(join(inDir, 'a.pdf'), fakePdf('ok'));
    expect((await ingest({ recordRunTime: true })).manifest.run?.started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
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
      `wrote ${outDir}:`,
      '  documents.jsonl          2',
      '  budget_lines.jsonl       4',
      '  projects.jsonl           0',
      '  indicators.jsonl         0',
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
});
