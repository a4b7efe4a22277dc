// Every error code an input can end in, through the built CLI and real worker threads:
// the files of test/fixtures/bad (npm run make:bad-inputs), plus a time limit.
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BAD_INPUTS, TEST_MAX_FILE_SIZE } from '../../scripts/make-bad-inputs.js';
import { packageRoot } from '../../src/util/package-root.js';
import { put, readJsonl, tempDir } from '../cli/helpers.js';
import { BIN, buildDist } from './build.js';

const run = promisify(execFile);
const FIXTURES = join(packageRoot(), 'test', 'fixtures', 'bad');
let root: string;

beforeAll(async () => {
  await buildDist();
  root = await tempDir('bad-');
}, 180_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function ingest(args: string[]): Promise<{ code: number; stdout: string }> {
  return run(process.execPath, [BIN, 'ingest', ...args, '--workers', '2', '--no-run-time']).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
}

test('the fixture folder holds exactly the files make-bad-inputs describes', async () => {
  expect((await readdir(FIXTURES)).sort()).toEqual(Object.keys(BAD_INPUTS).sort());
});

test('each bad input ends in errors.jsonl with its code and a message saying what to do', async () => {
  const out = join(root, 'out');
  const result = await ingest([FIXTURES, '--out', out, '--max-file-size', String(TEST_MAX_FILE_SIZE)]);
  expect(result.code).toBe(1); // nothing could be read
  const errors = await readJsonl(join(out, 'errors.jsonl'));
  const codes = Object.fromEntries(errors.map((e) => [String(e.source).slice(FIXTURES.length + 1), e.code]));
  expect(codes).toEqual(Object.fromEntries(Object.entries(BAD_INPUTS).map(([name, { code }]) => [name, code])));
  const message = (name: string): string => String(errors.find((e) => e.source === join(FIXTURES, name))?.message);
  expect(message('legacy.doc')).toMatch(/Office 97-2003 \(OLE2\) container but it is damaged.*download it again/);
  expect(message('download-error.pdf')).toMatch(/HTML page.*download the document again/);
  expect(message('bomb.docx')).toMatch(/inflates 10\d\d times.*zip bomb.*--zip-max-ratio/);
  expect(message('too-large.pdf')).toMatch(/above the limit of 60 KB.*--max-file-size/);
  expect(message('scanned.pdf')).toMatch(/no text layer.*OCR/);
  expect(message('scanned.docx')).toMatch(/^The DOCX holds 1 picture\(s\) and no text: it is probably a scan pasted into Word\. Run OCR/);
  expect(message('encrypted.pdf')).toMatch(/password-protected/);
  expect(result.stdout).toContain('read 14 input(s): 0 document(s), 14 failed');
}, 60_000);

test('a document over the time limit is TIMEOUT, and is processed again on the next run', async () => {
  const out = join(root, 'timeout');
  const sample = join(packageRoot(), 'samples', 'qinglong-2024.docx');
  await ingest([sample, '--out', out, '--timeout', '20ms']);
  expect(await readJsonl(join(out, 'errors.jsonl'))).toEqual([
    expect.objectContaining({ code: 'TIMEOUT', message: expect.stringMatching(/time limit \(0\.02 s\).*--timeout/) }),
  ]);
  const retry = await ingest([sample, '--out', out]);
  expect(retry.stdout).toContain('processed 1, from the cache 0');
  expect(await readJsonl(join(out, 'errors.jsonl'))).toEqual([]);
  expect(await readJsonl(join(out, 'documents.jsonl'))).toHaveLength(1);
}, 60_000);

test('a PDF over --max-pages is read up to the limit, and its document says so', async () => {
  const out = join(root, 'pages');
  await ingest([join(packageRoot(), 'samples', 'qinglong-2024.chromium.pdf'), '--out', out, '--max-pages', '2']);
  const [document] = await readJsonl(join(out, 'documents.jsonl'));
  expect(document?.warnings).toContainEqual({ code: 'PDF_PAGES_SKIPPED', message: expect.stringMatching(/read 2 of \d+ pages/) });
}, 60_000);

test('a PDF on which pdf.js never returns ends as TIMEOUT; the one worker is replaced and reads the next file', async () => {
  // mutant 82 of `npm run fuzz -- --count 800` (seed 1): one flipped byte in a Type1 font
  // program, on which pdf.js 5.4.624's Type1 parser (extractFontProgram) loops for good.
  // Inputs are read in path order: the sample comes after the PDF, in the replacement worker.
  const dir = join(root, 'hang-inputs');
  const hang = await put(join(dir, 'a-hang.pdf'), await readFile(join(packageRoot(), 'test', 'fixtures', 'pdf', 'fuzz-0082-type1-hang.pdf')));
  const sample = await put(join(dir, 'b-sample.docx'), await readFile(join(packageRoot(), 'samples', 'qinglong-2024.docx')));
  const out = join(root, 'hang');
  // stderr is not a terminal here: one JSON line per input, in the order they finish
  const log = await run(process.execPath, [BIN, 'ingest', dir, '--out', out, '--workers', '1', '--timeout', '6s', '--no-run-time']).catch((e: { stderr: string }) => e);
  const order = log.stderr
    .split('\n')
    .filter((l) => l.includes('"event":"input"'))
    .map((l) => (JSON.parse(l) as { source: string }).source);
  expect(order).toEqual([hang, sample]);
  expect((await readJsonl(join(out, 'errors.jsonl'))).map((e) => [e.source, e.code])).toEqual([[hang, 'TIMEOUT']]);
  expect((await readJsonl(join(out, 'documents.jsonl'))).map((d) => [d.source, d.status])).toEqual([[sample, 'ok']]);
}, 90_000);
