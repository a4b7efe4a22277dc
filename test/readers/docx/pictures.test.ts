// DOCX files holding table pictures: the sample with its first eight pages (the 目录 and tables
// 1-9) pasted as pictures of the 150-dpi scan (npm run make:picture-docx), read by OCR where
// they stand; a logo is left alone; without tesseract the text is still read. The OCR'd
// fixture goes once through the built CLI with a worker (~40 CPU-seconds; OCR code runs 3-4×
// slower inside jest), under a --timeout it could never meet without --ocr-timeout.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { compareCells, scores } from '../../../src/accuracy/score.js';
import type { DocumentOutput } from '../../../src/pipeline/process.js';
import { processDocument } from '../../../src/pipeline/process.js';
import { buildRecords } from '../../../src/pipeline/build-records.js';
import { readDocx } from '../../../src/readers/docx/index.js';
import { jpegImage, pdfImageOf, pngImage } from '../../../src/readers/docx/picture-image.js';
import type { BudgetLine, DocumentRecord, TableRecord } from '../../../src/schema/records.js';
import { packageRoot } from '../../../src/util/package-root.js';
import { BIN, buildDist } from '../../batch/build.js';
import { readJsonl, tempDir } from '../../cli/helpers.js';
import { SAMPLE_DOCX } from '../../helpers/paths.js';
import { png } from '../../helpers/png.js';
import { withoutOcr } from '../../helpers/without-ocr.js';

const run = promisify(execFile);
const root = packageRoot();
const FIXTURE = join(root, 'test/fixtures/docx/qinglong-2024.pictures.docx');
const EXPECTED = readExpected(join(root, 'expected/pictures/qinglong-2024.pictures.jsonl'));
/** The target for 150-dpi scans (`npm run accuracy -- expected/pictures` measures 0.995, as the 150-dpi scan of the same pages). */
const F1_FLOOR = 0.97;

const withoutIds = (rs: readonly object[]): unknown[] => rs.map((r) => ({ ...r, doc_id: undefined, provenance: undefined }));

describe('the sample with tables 1-9 pasted as pictures, through the CLI', () => {
  let dir: string;
  let document: DocumentRecord;
  let lines: BudgetLine[];
  let tables: TableRecord[];
  let projects: Record<string, unknown>[];
  let sample: DocumentOutput;
  beforeAll(async () => {
    await buildDist();
    dir = await tempDir('pictures-');
    // 20 s is a fifth of what reading eight pictures takes: only the 8 × 60 s they earn let it finish
    await run(process.execPath, [BIN, 'ingest', FIXTURE, '--out', dir, '--workers', '1', '--timeout', '20s', '--ocr-timeout', '60s', '--no-run-time', '--quiet'], { timeout: 590_000 }).catch(
      (e: { code?: number }) => {
        if (e.code !== 2) throw e;
      },
    );
    document = ((await readJsonl(join(dir, 'documents.jsonl'))) as unknown as DocumentRecord[])[0] as DocumentRecord;
    lines = (await readJsonl(join(dir, 'budget_lines.jsonl'))) as unknown as BudgetLine[];
    tables = (await readJsonl(join(dir, 'tables.jsonl'))) as unknown as TableRecord[];
    projects = await readJsonl(join(dir, 'projects.jsonl'));
    const s = await processDocument({ bytes: new Uint8Array(readFileSync(SAMPLE_DOCX)), source: SAMPLE_DOCX });
    if (s.kind !== 'document') throw new Error(s.error.code);
    sample = s.output;
  }, 600_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('read within its OCR allowance: text_source mixed, a warning naming the pictures read', async () => {
    expect(await readJsonl(join(dir, 'errors.jsonl'))).toEqual([]);
    expect(document.text_source).toBe('mixed');
    expect(document.warnings).toContainEqual({ code: 'DOCX_PICTURES_OCR', message: expect.stringMatching(/^picture\(s\) 1, 2, 3, 4, 5, 6, 7, 8 read by OCR .* into 9 table\(s\)/) });
    expect(document.warnings.map((w) => w.code)).not.toContain('DOCX_PICTURES_SKIPPED');
  });

  test('the nine pictured tables are found, first, with no page numbers', () => {
    expect(document.tables_found).toEqual(sample.document.tables_found);
    const first = tables.filter((t) => EXPECTED.document.checked_tables.includes(t.table as never));
    expect(first.map((t) => t.table).sort()).toEqual([...EXPECTED.document.checked_tables].sort());
    const later = tables.filter((t) => !EXPECTED.document.checked_tables.includes(t.table as never));
    expect(Math.max(...first.map((t) => t.provenance.table_index))).toBeLessThan(Math.min(...later.map((t) => t.provenance.table_index)));
    expect(tables.every((t) => t.provenance.page === null)).toBe(true);
  });

  test('the 收支总表 as printed, both sides (pdftotext of the sample print, pages 1-2)', () => {
    const amount = (name: string): unknown => lines.find((l) => l.table === 'income_expenditure_summary' && l.name === name)?.amounts['budget'];
    expect(amount('一、一般公共预算拨款收入')).toBe(1038.81);
    expect(amount('二、政府性基金预算拨款收入')).toBe(200);
    expect(amount('本年收入合计')).toBe(1238.81);
    expect(amount('上年结转结余')).toBe(391.49);
    expect(amount('收入总计')).toBe(1630.3);
    expect(amount('一、一般公共服务支出')).toBe(1354.98);
    expect(amount('八、社会保障和就业支出')).toBe(38.79);
    expect(amount('本年支出合计')).toBe(1630.3);
    expect(amount('支出总计')).toBe(1630.3);
  });

  test('the 三公 table as printed: 小计 1.30, 公务用车运行维护费 1.30', () => {
    const line = (item: string) => lines.find((l) => l.table === 'three_public_expenses' && l.item === item);
    expect(line('three_public_total')?.amounts).toMatchObject({ total: 1.3, general_public_budget: 1.3 });
    expect(line('vehicle_operation')?.amounts).toMatchObject({ total: 1.3, general_public_budget: 1.3 });
  });

  test(`the pictured tables' cells score F1 ≥ ${F1_FLOOR} against the text-layer reading of the same pages`, () => {
    const { counts } = compareCells(EXPECTED.lines, lines.map(expectedLine), EXPECTED.document.checked_tables);
    expect(scores(counts).f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });

  test('everything after the pictures is read from the text exactly as in the sample DOCX', () => {
    const later = (ls: readonly BudgetLine[]) => ls.filter((l) => !EXPECTED.document.checked_tables.includes(l.table));
    expect(later(lines).length).toBeGreaterThan(0);
    expect(withoutIds(later(lines))).toEqual(withoutIds(later(sample.budget_lines)));
    expect(withoutIds(projects)).toEqual(withoutIds(sample.projects));
  });
});

test('without tesseract the DOCX is read from its text, with OCR_UNAVAILABLE naming the pictures', async () => {
  const ocrPages = new Int32Array(new SharedArrayBuffer(4));
  const model = await withoutOcr(() => readDocx(readFileSync(FIXTURE), { ocrPages }));
  expect(model.text_source).toBeUndefined();
  expect(model.warnings).toContainEqual({
    code: 'OCR_UNAVAILABLE',
    message: expect.stringMatching(/^picture\(s\) 1, 2, 3, 4, 5, 6, 7, 8 may be tables pasted as pictures and OCR is unavailable \(.*tesseract is not installed\).*apt-get install -y tesseract-ocr/),
  });
  expect(Atomics.load(ocrPages, 0)).toBe(0);
  const out = buildRecords(model, { doc_id: 'pictures', source: FIXTURE });
  expect(out.document.tables_found).toEqual(['project_performance', 'government_procurement', 'fixed_assets']);
});

/** A PNG of `width` × `height` RGBA pixels, all `rgba`. */
const solidPng = (width: number, height: number, rgba: number[]): Buffer => png(width, height, 4, Uint8Array.from(Array.from({ length: width * height }, () => rgba).flat()));

describe('small pictures and picture formats', () => {
  const scanned = readFileSync(join(root, 'test/fixtures/bad/scanned.docx'));

  test('a logo beside text stays as before: not OCR, a DOCX_PICTURES_SKIPPED warning saying why', async () => {
    const zip = await JSZip.loadAsync(scanned);
    zip.file('word/media/image1.png', solidPng(160, 120, [200, 30, 30, 255])); // a seal-sized picture
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>一、部门职责</w:t></w:r></w:p>'));
    const model = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(model.blocks).toEqual([
      { kind: 'paragraph', text: '一、部门职责', level: null, page: null },
      { kind: 'paragraph', text: '', level: null, page: null },
    ]);
    expect(model.text_source).toBeUndefined();
    expect(model.warnings).toEqual([{ code: 'DOCX_PICTURES_SKIPPED', message: '1 picture(s) were not read (picture 1: smaller than 200 px: a logo or a seal)' }]);
  });

  test('a JPEG keeps its bytes and its stated resolution; a page-sized PNG with alpha is put over white paper', () => {
    const jpeg = Buffer.from(readFileSync(FIXTURE)); // not a picture
    expect(pdfImageOf(jpeg)).toBe('not a JPEG or PNG picture');
    const rgba = pngImage(solidPng(2, 1, [0, 0, 0, 0]));
    expect(rgba).toMatchObject({ width: 2, height: 1, ppi: 150, dict: expect.stringContaining('/DeviceRGB') });
    // transparent black is white paper
    expect(typeof rgba !== 'string' && [...inflateSync(rgba.data)]).toEqual([255, 255, 255, 255, 255, 255]);
  });

  test('JPEG: size, colour space and JFIF density (59 dots/cm = 150 ppi) from its headers', async () => {
    const zip = await JSZip.loadAsync(readFileSync(FIXTURE));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort();
    expect(media).toHaveLength(8);
    const image = jpegImage(await zip.file(media[0]!)!.async('nodebuffer'));
    expect(image).toMatchObject({ width: 1240, height: 1754, dict: '/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode' });
    expect(typeof image !== 'string' && image.ppi).toBeCloseTo(149.86, 1);
  });
});
