// A "searchable" scan: a picture with another program's OCR laid over it as invisible text.
// Built at test time by tesseract's own PDF output from page 1 of the committed 200-dpi scan of
// the sample (the JPEG stored in it, pdfimages), so the invisible text is tesseract's reading
// (部 门 预算…, its characters spaced). Expected: the hand-checked records of that page's rows
// (expected/scans/qinglong-2024.200dpi.jsonl; page 1 holds rows 1–11 of 部门预算收支总表).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { processDocument } from '../../../src/pipeline/process.js';
import { allTextInvisible } from '../../../src/readers/pdf/invisible-text.js';
import { withoutOcr } from '../../helpers/without-ocr.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'invisible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function searchableScan(): Promise<Uint8Array> {
  await run('pdfimages', ['-j', '-f', '1', '-l', '1', 'test/fixtures/scans/qinglong-2024.200dpi.pdf', join(dir, 'p')]);
  const image = join(dir, readdirSync(dir).find((f) => f.startsWith('p-')) as string);
  await run('tesseract', [image, join(dir, 'searchable'), '-l', 'chi_sim', '--dpi', '200', 'pdf'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  return new Uint8Array(readFileSync(join(dir, 'searchable.pdf')));
}

const strip = (lines: ReturnType<typeof expectedLine>[]) => lines.map(({ table, side, code, name, amounts }) => ({ table, side, code, name, amounts }));

test('a scan with invisible OCR text is read from its picture: every line of its rows as printed', async () => {
  const bytes = await searchableScan();
  const r = await processDocument({ bytes, source: 'searchable.pdf' });
  if (r.kind !== 'document') throw new Error(r.error.message);
  const doc = r.output.document;
  expect([doc.text_source, doc.tables_found, doc.unit]).toEqual(['ocr', ['income_expenditure_summary'], '万元']);
  expect(doc.warnings.find((w) => w.code === 'PDF_OCR')?.message).toMatch(/^scanned page\(s\) 1 \(their invisible text, another program's OCR, set aside\) read by OCR/);
  const want = readExpected('expected/scans/qinglong-2024.200dpi.jsonl');
  const printed = want.lines.filter((l) => l.table === 'income_expenditure_summary').slice(0, 16);
  expect(strip(r.output.budget_lines.map(expectedLine))).toEqual(strip(printed));

  // without OCR, that text is not read either: the scan is OCR_UNAVAILABLE, saying what to install
  const bare = await withoutOcr(() => processDocument({ bytes, source: 'searchable.pdf' }));
  expect(bare.kind === 'error' && [bare.error.code, bare.error.message]).toEqual([
    'OCR_UNAVAILABLE',
    expect.stringMatching(/^The PDF's 1 page\(s\) have no text layer \(a scan\) \(all with another program's OCR laid over them as invisible text, not read\) and OCR is unavailable .*apt-get install -y tesseract-ocr/),
  ]);
}, 180_000);

describe('invisible text', () => {
  const show = [OPS.beginText, OPS.showText, OPS.endText];
  const mode = (m: number): [number, number[]] => [OPS.setTextRenderingMode, [m]];
  const ops = (...list: (number | [number, number[]])[]) => ({
    fn: list.map((o) => (typeof o === 'number' ? o : o[0])),
    args: list.map((o) => (typeof o === 'number' ? null : o[1])),
  });
  const invisible = (o: { fn: number[]; args: unknown[] }) => allTextInvisible(o.fn, o.args);

  test('all text shown in mode 3 or 7 is invisible; one visible show, or none at all, is not', () => {
    expect(invisible(ops(mode(3), ...show, ...show))).toBe(true);
    expect(invisible(ops(mode(7), ...show))).toBe(true);
    expect(invisible(ops(mode(3), ...show, mode(0), ...show))).toBe(false);
    expect(invisible(ops(mode(3)))).toBe(false);
  });

  test('the mode is part of the graphics state: restored with it', () => {
    expect(invisible(ops(OPS.save, mode(3), ...show, OPS.restore, ...show))).toBe(false);
    expect(invisible(ops(mode(3), OPS.save, mode(0), OPS.restore, ...show))).toBe(true);
  });
});
