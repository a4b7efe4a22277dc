// Text layers that do not decode, and pages without one: detected per page, read by OCR when
// tesseract is installed (CI installs it: .ci/run), and a clear code when it is not.
import { readFileSync } from 'node:fs';
import { garbledShare, isGarbled } from '../../../src/readers/pdf/garbled.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { withoutOcr } from '../../helpers/without-ocr.js';
import { processDocument } from '../../../src/pipeline/process.js';
import type { TableBlock } from '../../../src/model/document.js';

const CHROMIUM = 'samples/qinglong-2024.chromium.pdf';

/** The sample with its ToUnicode maps taken away (the key renamed, same length): its text decodes to glyph ids. */
function withoutToUnicode(path: string): Uint8Array {
  const bytes = readFileSync(path);
  return new Uint8Array(Buffer.from(bytes.toString('latin1').replace(/\/ToUnicode/g, '/ToUnicodX'), 'latin1'));
}

const cells = (t: TableBlock): string[] => t.rows.flat().map((c) => c.text);

describe('garbled text detection', () => {
  test('glyph ids read as code points are garbled; Chinese budget text is not', () => {
    // what pdf.js gives for the Chromium and LibreOffice samples without ToUnicode maps
    expect(isGarbled(['\u0015\u0013\u0015\u0017ᠣ䪗侗刳㕆ঐ᨞ଛ᢯ゝᤄ', '䪗侗刳㕆ଛ᢯䈗', '䪗侗刳㕆ụỞ᧪䈗 \u0014'])).toBe(true);
    expect(isGarbled(['\u0001\u0002\u0001\u0003', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b', '\u000e\u000f'])).toBe(true);
    expect(isGarbled(['\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008'])).toBe(true); // private use
    expect(garbledShare(['部门预算收支总表（一）：１２ 1,038.81 单位：万元', '一般公共服务支出①“三公”经费、—'])).toBe(0);
    expect(isGarbled(['2024', '1'])).toBe(false); // too little to tell
  });

  test('the sample without ToUnicode maps is GARBLED_TEXT, naming its pages, when OCR is unavailable', async () => {
    const r = await withoutOcr(() => processDocument({ bytes: withoutToUnicode(CHROMIUM), source: 'nouni.pdf' }));
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error.code).toBe('GARBLED_TEXT');
    expect(r.error.message).toContain('page(s) 1, 2, 3');
    expect(r.error.message).toContain('apt-get install -y tesseract-ocr tesseract-ocr-chi-sim');
  });

  test('its garbled pages are read through OCR when tesseract is installed', async () => {
    const doc = await readPdf(withoutToUnicode(CHROMIUM), { maxPages: 1 });
    expect(doc.text_source).toBe('ocr');
    expect(doc.warnings.map((w) => w.code)).toContain('PDF_OCR');
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t && cells(t)).toEqual(expect.arrayContaining(['一、一般公共预算拨款收入', '1038.81', '200.00', '1354.98', '38.79']));
  });

  test('a text PDF reads as before: no OCR, text_source text_layer', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(CHROMIUM)), { maxPages: 1 });
    expect(doc.text_source).toBe('text_layer');
    expect(doc.warnings.map((w) => w.code)).not.toContain('PDF_OCR');
  });
});

describe('scans without OCR', () => {
  test('an image-only PDF is OCR_UNAVAILABLE, saying what to install', async () => {
    const bytes = readFileSync('test/fixtures/scans/qinglong-2024.150dpi.pdf');
    const r = await withoutOcr(() => processDocument({ bytes, source: 'scan.pdf' }));
    expect(r.kind === 'error' && r.error.code).toBe('OCR_UNAVAILABLE');
    expect(r.kind === 'error' && r.error.message).toContain('apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils');
  });
});
