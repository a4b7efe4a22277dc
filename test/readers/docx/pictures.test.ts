// DOCX files holding table pictures: the sample with its first eight pages (the 目录 and tables
// 1-9) pasted as pictures of the 150-dpi scan (npm run make:picture-docx), read by OCR where
// they stand; a logo is left alone; without tesseract the text is still read. One OCR run
// (~40 CPU-seconds) for the whole file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { compareCells, scores } from '../../../src/accuracy/score.js';
import type { DocumentModel, TableBlock } from '../../../src/model/document.js';
import { buildRecords } from '../../../src/pipeline/build-records.js';
import type { DocumentOutput } from '../../../src/pipeline/process.js';
import { processDocument } from '../../../src/pipeline/process.js';
import { readDocx } from '../../../src/readers/docx/index.js';
import { jpegImage, pdfImageOf, pngImage } from '../../../src/readers/docx/picture-image.js';
import { resetOcrTools } from '../../../src/readers/ocr/tools.js';
import { packageRoot } from '../../../src/util/package-root.js';
import { SAMPLE_DOCX } from '../../helpers/paths.js';

const root = packageRoot();
const FIXTURE = join(root, 'test/fixtures/docx/qinglong-2024.pictures.docx');
const EXPECTED = readExpected(join(root, 'expected/pictures/qinglong-2024.pictures.jsonl'));
/** What `npm run accuracy -- expected/pictures` measures now is 0.912 (as the 150-dpi scan of the same pages): a floor under it. */
const F1_FLOOR = 0.85;

/** Runs `fn` as if tesseract were not installed. */
async function withoutOcr<T>(fn: () => Promise<T>): Promise<T> {
  process.env['BUDGET_INGEST_TESSERACT'] = '/nonexistent/tesseract';
  resetOcrTools();
  try {
    return await fn();
  } finally {
    delete process.env['BUDGET_INGEST_TESSERACT'];
    resetOcrTools();
  }
}

const amount = (out: DocumentOutput, table: string, name: string): unknown =>
  out.budget_lines.find((l) => l.table === table && l.name === name)?.amounts['budget'];
const withoutIds = <T extends object>(rs: readonly T[]): unknown[] => rs.map((r) => ({ ...r, doc_id: undefined, provenance: undefined }));

describe('the sample with tables 1-9 pasted as pictures', () => {
  let model: DocumentModel;
  let out: DocumentOutput;
  let sample: DocumentOutput;
  const ocrPages = new Int32Array(new SharedArrayBuffer(4));
  beforeAll(async () => {
    model = await readDocx(readFileSync(FIXTURE), { ocrPages });
    out = buildRecords(model, { doc_id: 'pictures', source: FIXTURE });
    const s = await processDocument({ bytes: new Uint8Array(readFileSync(SAMPLE_DOCX)), source: SAMPLE_DOCX });
    if (s.kind !== 'document') throw new Error(s.error.code);
    sample = s.output;
  }, 600_000);

  test('text_source is mixed, a warning names the pictures read, and the pool was told of 8 OCR pages', () => {
    expect(out.document.text_source).toBe('mixed');
    expect(model.warnings).toContainEqual({ code: 'DOCX_PICTURES_OCR', message: expect.stringMatching(/^picture\(s\) 1, 2, 3, 4, 5, 6, 7, 8 read by OCR .* into 9 table\(s\)/) });
    expect(model.warnings.map((w) => w.code)).not.toContain('DOCX_PICTURES_SKIPPED');
    expect(Atomics.load(ocrPages, 0)).toBe(8);
  });

  test('the nine pictured tables are found, before the text that follows the pictures', () => {
    expect(out.document.tables_found).toEqual(expect.arrayContaining(EXPECTED.document.checked_tables));
    expect(out.document.tables_found).toEqual(sample.document.tables_found);
    const after = model.blocks.findIndex((b) => b.kind !== 'table' && b.text.startsWith('4、公共机构节能管理工作'));
    const pictured = model.blocks.filter((b, i): b is TableBlock => b.kind === 'table' && i < after);
    expect(pictured.length).toBeGreaterThanOrEqual(9);
    // one numbering for OCR'd and Word tables; no page numbers in a DOCX
    expect(model.blocks.filter((b) => b.kind === 'table').map((b) => (b as TableBlock).index)).toEqual(model.blocks.filter((b) => b.kind === 'table').map((_, i) => i));
    expect(model.blocks.every((b) => b.page === null)).toBe(true);
  });

  test('the 收支总表 income side as printed (pdftotext of the sample print, pages 1-2)', () => {
    const t = 'income_expenditure_summary';
    expect(amount(out, t, '一、一般公共预算拨款收入')).toBe(1038.81);
    expect(amount(out, t, '二、政府性基金预算拨款收入')).toBe(200);
    expect(amount(out, t, '本年收入合计')).toBe(1238.81);
    expect(amount(out, t, '上年结转结余')).toBe(391.49);
    expect(amount(out, t, '收入总计')).toBe(1630.3);
  });

  test('the 三公 table as printed: 小计 1.30, 公务用车运行维护费 1.30', () => {
    const t = 'three_public_expenses';
    const line = (item: string) => out.budget_lines.find((l) => l.table === t && l.item === item);
    expect(line('three_public_total')?.amounts).toMatchObject({ total: 1.3, general_public_budget: 1.3 });
    expect(line('vehicle_operation')?.amounts).toMatchObject({ total: 1.3, general_public_budget: 1.3 });
  });

  test(`the pictured tables' cells score F1 ≥ ${F1_FLOOR} against the text-layer reading of the same pages`, () => {
    const { counts } = compareCells(EXPECTED.lines, out.budget_lines.map(expectedLine), EXPECTED.document.checked_tables);
    expect(scores(counts).f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });

  test('everything after the pictures is read from the text exactly as in the sample DOCX', () => {
    const later = (o: DocumentOutput) => o.budget_lines.filter((l) => !EXPECTED.document.checked_tables.includes(l.table));
    expect(later(out).length).toBeGreaterThan(0);
    expect(withoutIds(later(out))).toEqual(withoutIds(later(sample)));
    expect(withoutIds(out.projects)).toEqual(withoutIds(sample.projects));
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
function png(width: number, height: number, rgba: number[]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgba).flat())]);
  const idat = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('small pictures and picture formats', () => {
  const scanned = readFileSync(join(root, 'test/fixtures/bad/scanned.docx'));

  test('a logo beside text stays as before: not OCR, a DOCX_PICTURES_SKIPPED warning saying why', async () => {
    const zip = await JSZip.loadAsync(scanned);
    zip.file('word/media/image1.png', png(160, 120, [200, 30, 30, 255])); // a seal-sized picture
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
    const rgba = pngImage(png(2, 1, [0, 0, 0, 0]));
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
