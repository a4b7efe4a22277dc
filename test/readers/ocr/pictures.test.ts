// Scanned pages published as pictures (.jpg, .png) read by OCR as one-page scans. The pictures
// are made from the committed scan of the sample (test/fixtures/scans, 200 dpi): its page 1 as
// the JPEG stored in the PDF (pdfimages), its page 8 rendered grey at 150 dpi as a PNG
// (pdftoppm). Expected: the hand-checked sample's lines of the rows those pages print
// (expected/scans/qinglong-2024.200dpi.jsonl; page 1 holds rows 1–11 of 部门预算收支总表). All
// the pictures are made first and read by one run of the built CLI.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { sniffFormat } from '../../../src/input/sniff.js';
import { processDocument } from '../../../src/pipeline/process.js';
import { readPage } from '../../../src/readers/ocr/bitmap.js';
import { png } from '../../helpers/png.js';
import { readByCli, readingOf, type Reading } from '../../helpers/cli-reading.js';
import { withoutOcr } from '../../helpers/without-ocr.js';

const run = promisify(execFile);
const SCAN = 'test/fixtures/scans/qinglong-2024.200dpi.pdf';
const want = readExpected('expected/scans/qinglong-2024.200dpi.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'pictures-'));
const out = join(dir, 'output');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample scan's page as a picture file: the JPEG stored in the PDF, or rendered grey at 150 dpi as a PNG. */
async function picture(kind: 'jpeg' | 'png', page: number): Promise<string> {
  const prefix = join(dir, `${kind}-${page}`);
  if (kind === 'jpeg') await run('pdfimages', ['-j', '-f', String(page), '-l', String(page), SCAN, prefix]);
  else await run('pdftoppm', ['-gray', '-r', '150', '-png', '-f', String(page), '-l', String(page), SCAN, prefix]);
  return join(dir, readdirSync(dir).find((f) => f.startsWith(`${kind}-${page}`)) as string);
}
const huzhou = readExpected('expected/corpus/huzhou-caizheng-2026.jsonl');
const wenwu = readExpected('expected/corpus/shanghai-wenwu-unit-2026.jsonl');
const beijing = readExpected('expected/corpus/beijing-xinfang-2026.jsonl');
const shenzhen = readExpected('expected/unseen/shenzhen-xinfang-2026.jsonl');
const xian = readExpected('expected/unseen/xian-xinfang-2026.jsonl');
const yantai = readExpected('expected/unseen/yantai-minzheng-2026.jsonl');

// Every picture the tests read, made first and read by one run of the built CLI (test/helpers/cli-reading.ts).
const PICTURES: Record<string, () => Promise<string>> = {
  p1: () => picture('jpeg', 1),
  p8: () => picture('png', 8),
  huzhou28: () => scannedPage(huzhou.input, 28, 'huzhou-28'),
  wenwu7: () => scannedPage(wenwu.input, 7, 'wenwu-7'),
  beijing1: () => scannedPage(beijing.input, 1, 'beijing-1'),
  beijing10: () => scannedPage(beijing.input, 10, 'beijing-10'),
  turned90: () => changedPage(beijing.input, 1, 'beijing-1-90', turnedBy(90)),
  turned180: () => changedPage(beijing.input, 1, 'beijing-1-180', turnedBy(180)),
  turned270: () => changedPage(beijing.input, 1, 'beijing-1-270', turnedBy(270)),
  skewed: () => changedPage(beijing.input, 1, 'beijing-1-skewed', skewedBy(4)),
  shadowed: () => changedPage(beijing.input, 1, 'beijing-1-shadowed', shadowed(0.6)),
  huzhou22at150: () => scannedPage(huzhou.input, 22, 'huzhou-22-150', 150),
  shenzhen31: () => scannedPage(shenzhen.input, 31, 'shenzhen-31'),
  xian35: () => scannedPage(xian.input, 35, 'xian-35'),
  xian19blurred: () => changedPage(xian.input, 19, 'xian-19-blurred', blurredBy(0.8)),
  yantai8: () => scannedPage(yantai.input, 8, 'yantai-8'),
};
const files: Record<string, string> = {};
let read: Map<string, Reading>;
beforeAll(async () => {
  for (const [name, make] of Object.entries(PICTURES)) files[name] = await make();
  read = await readByCli(Object.values(files), out);
}, 1_600_000);
const file = (name: string): string => files[name]!;
const reading = (name: string): Reading => readingOf(read, file(name), out);

const strip = (lines: ReturnType<typeof expectedLine>[]) => lines.map(({ table, side, code, name, amounts }) => ({ table, side, code, name, amounts }));

test('a JPEG of a table page: format jpeg, read by OCR, every line of its rows as printed, the department from its header row', async () => {
  expect(await sniffFormat(readFileSync(file('p1')), 'p1.jpg')).toEqual({ kind: 'jpeg' });
  const out = reading('p1');
  expect([out.document.format, out.document.text_source, out.document.tables_found]).toEqual(['jpeg', 'ocr', ['income_expenditure_summary']]);
  expect([out.document.department_name, out.document.fiscal_year, out.document.unit]).toEqual(['青龙满族自治县机关事务服务中心', 2024, '万元']);
  const printed = want.lines.filter((l) => l.table === 'income_expenditure_summary').slice(0, 16);
  expect(strip(out.budget_lines.map(expectedLine))).toEqual(strip(printed));
});

test('a grey PNG at 150 dpi of the 三公 page: its eight lines as printed', async () => {
  expect(await sniffFormat(readFileSync(file('p8')), 'p8.png')).toEqual({ kind: 'png' });
  const out = reading('p8');
  expect([out.document.format, out.document.text_source]).toEqual(['png', 'ocr']);
  const lines = out.budget_lines.filter((l) => l.table === 'three_public_expenses').map(expectedLine);
  expect(strip(lines)).toEqual(strip(want.lines.filter((l) => l.table === 'three_public_expenses')));
});

test('without OCR a picture is OCR_UNAVAILABLE saying what to install; a damaged one CORRUPT_DOCUMENT', async () => {
  const bytes = new Uint8Array(readFileSync(file('p1')));
  const r = await withoutOcr(() => processDocument({ bytes, source: 'p1.jpg' }));
  expect(r.kind === 'error' && [r.error.code, r.error.message]).toEqual(['OCR_UNAVAILABLE', expect.stringMatching(/^The picture is a scanned page, read only by OCR, and OCR is unavailable .*apt-get install -y tesseract-ocr/)]);
  const damaged = await processDocument({ bytes: bytes.slice(0, 40), source: 'cut.jpg' });
  expect(damaged.kind === 'error' && [damaged.error.code, damaged.error.message]).toEqual(['CORRUPT_DOCUMENT', expect.stringMatching(/^the picture cannot be read \(.*\): download it again/)]);
}, 60_000);

test('TIFF, GIF and BMP pictures are named, with what to do', async () => {
  const message = async (head: string): Promise<string> => {
    const r = await sniffFormat(Buffer.from(`${head}\0\0\0\0\0\0\0\0`, 'latin1'));
    return r.kind === 'error' ? `${r.error.code}: ${r.error.message}` : r.kind;
  };
  expect(await message('II*\0')).toMatch(/^UNSUPPORTED_FORMAT: this is a TIFF image, not a PDF or \.docx: convert it to PDF/);
  expect(await message('GIF89a')).toMatch(/^UNSUPPORTED_FORMAT: this is a GIF image.*save it as PNG or PDF/);
  expect(await message('BM')).toMatch(/^UNSUPPORTED_FORMAT: this is a BMP image/);
});

// A real template scanned: 湖州's 2026 三公 page (表07, p. 28) rendered grey at 200 dpi as a JPEG.
// Its 22-pt bold title's strokes made grids of their own (read 2026年级部广，般公共预算"三公"经费支H表,
// the page NOT_A_BUDGET_DOCUMENT) until short thick bands of ink stopped counting as rules.
test('a real template scanned (湖州 三公 page, 200 dpi): the title read, every line of the table as the hand-checked records', async () => {
  const out = reading('huzhou28');
  expect([out.document.tables_found, out.document.department_name, out.document.unit]).toEqual([['three_public_expenses'], '湖州市财政局', '万元']);
  const lines = out.budget_lines.map(expectedLine).map(({ table, item, name, amounts, attributes }) => ({ table, item, name, amounts, group: attributes['group'] }));
  const printed = huzhou.lines.filter((l) => l.table === 'three_public_expenses').map(({ table, item, name, amounts, attributes }) => ({ table, item, name, amounts, group: attributes['group'] }));
  expect(lines).toEqual(printed);
});

// A number with its unit in one cell, read surely, is no amount: the digits pass dropped the unit.
// 深圳 信访局's 三公 table (表9, p. 31) prints its years down the side (2025 年 | 2026 年 | 增减变化金额):
// read 2025 | 2026, they named no year and the table's nine columns of last year and change were
// lost. 西安 信访局's 部门专项业务经费绩效目标表 (p. 35) prints 1个 and 1年 as its targets: read 1 and 1.
test('units after numbers kept (深圳 三公 years down the side, 西安 indicator targets 1个 and 1年), half-width brackets as printed: the lines and indicators as hand-checked', () => {
  const pick = (lines: ReturnType<typeof expectedLine>[]) => lines.filter((l) => l.table === 'three_public_expenses').map(({ item, name, amounts }) => ({ item, name, amounts }));
  const shenzhenRead = pick(reading('shenzhen31').budget_lines.map(expectedLine));
  expect(shenzhenRead).toEqual(pick(shenzhen.lines));
  expect(shenzhenRead[0]?.amounts).toMatchObject({ last_year_total_general_public_budget: 5.58, general_public_budget: 5.58, change_general_public_budget: 0 });
  // 宋体's half-width brackets carry white of their own (0.38 of the line's height): ASCII as printed
  expect(shenzhenRead[1]?.name).toBe('因公出国(境)费');
  // the printed ≧ is a sign the line reader does not know: read ≥, the same operator
  const target = ({ name, operator, value, value_unit }: (typeof xian.indicators)[number]) => ({ name, operator, value, value_unit });
  const printed = xian.indicators.filter((i) => i.project_name === '联合学院善后办工作事务').map(target);
  const xianRead = reading('xian35').indicators.map(target);
  expect(xianRead).toEqual(printed);
  expect(xianRead.filter((i) => i.value_unit === '个' || i.value_unit === '年').map((i) => i.name)).toEqual(['政府采购数量', '项目发挥效应年限']);
});

/** A corpus document's page rendered grey at `dpi` as a JPEG picture: its file. */
async function scannedPage(input: string, page: number, name: string, dpi = 200): Promise<string> {
  const prefix = join(dir, name);
  await run('pdftoppm', ['-gray', '-r', String(dpi), '-jpeg', '-f', String(page), '-l', String(page), '-singlefile', input, prefix]);
  return `${prefix}.jpg`;
}

/**
 * A corpus document's page rendered grey at 200 dpi, changed pixel by pixel here (not by the
 * reader's code) as a scan or photo would have it, as a PNG picture (its file): `change` gives
 * the new image's size and, for each of its pixels, its value from the page's (`at`, white
 * outside the page).
 */
async function changedPage(input: string, page: number, name: string, change: (w: number, h: number) => { width: number; height: number; pixel: (x: number, y: number, at: (x: number, y: number) => number) => number }) {
  const prefix = join(dir, name);
  await run('pdftoppm', ['-gray', '-r', '200', '-f', String(page), '-l', String(page), '-singlefile', input, prefix]);
  const { rules: img } = readPage(new Uint8Array(readFileSync(`${prefix}.pgm`)));
  const at = (x: number, y: number): number => (x >= 0 && y >= 0 && x < img.width && y < img.height ? (img.data[y * img.width + x] as number) : 255);
  const { width, height, pixel } = change(img.width, img.height);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = pixel(x, y, at);
  writeFileSync(`${prefix}.png`, png(width, height, 1, pixels));
  return `${prefix}.png`;
}

/** Turned clockwise by `degrees`: the source pixel of (x, y). */
const turnedBy = (degrees: 90 | 180 | 270) => (w: number, h: number) => ({
  width: degrees === 180 ? w : h,
  height: degrees === 180 ? h : w,
  pixel: (x: number, y: number, at: (x: number, y: number) => number) => (degrees === 90 ? at(y, h - 1 - x) : degrees === 180 ? at(w - 1 - x, h - 1 - y) : at(w - 1 - y, x)),
});

/** Light falling off to `dark` of full at the left edge (a photo's shadow). */
const shadowed = (dark: number) => (w: number, h: number) => ({ width: w, height: h, pixel: (x: number, y: number, at: (x: number, y: number) => number) => Math.round(at(x, y) * (dark + ((1 - dark) * x) / w)) });

/** Skewed `degrees` clockwise about the centre, bilinear (as a scanner's optics blur). */
const skewedBy = (degrees: number) => (w: number, h: number) => {
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  return {
    width: w,
    height: h,
    pixel: (x: number, y: number, at: (x: number, y: number) => number) => {
      const fx = w / 2 + (x - w / 2) * cos + (y - h / 2) * sin;
      const fy = h / 2 - (x - w / 2) * sin + (y - h / 2) * cos;
      const [x0, y0] = [Math.floor(fx), Math.floor(fy)];
      const [u, v] = [fx - x0, fy - y0];
      return Math.round((at(x0, y0) * (1 - u) + at(x0 + 1, y0) * u) * (1 - v) + (at(x0, y0 + 1) * (1 - u) + at(x0 + 1, y0 + 1) * u) * v);
    },
  };
};
/** Blurred as a scanner's optics blur: a Gaussian of `sigma` px. */
const blurredBy = (sigma: number) => (w: number, h: number) => {
  const taps = [-2, -1, 0, 1, 2].map((d) => Math.exp(-(d * d) / (2 * sigma * sigma)));
  const sum = taps.reduce((a, b) => a + b, 0) ** 2;
  return {
    width: w,
    height: h,
    pixel: (x: number, y: number, at: (x: number, y: number) => number) => {
      let v = 0;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) v += at(x + dx, y + dy) * (taps[dx + 2] as number) * (taps[dy + 2] as number);
      return Math.round(v / sum);
    },
  };
};
/** What a line prints and where it stands: its name's group (the class an item is under) included. */
const printedLines = (lines: ReturnType<typeof expectedLine>[]) => lines.map(({ table, side, item, name, amounts, attributes }) => ({ table, side, item, name, amounts, group: attributes['group'] }));

// 上海's unit budgets print 单位：元 alone at the right margin of the 编制单位 line. tesseract's
// page layout passed over it, so the tables were taken as 万元 (UNIT_ASSUMED), every amount
// 10,000 times too large, until the ink left unread on the page was read as lines of its own.
test('a real template scanned (上海 unit budget, 收支总表, 200 dpi): 单位：元 read from the right margin, the amounts in 万元 as printed in 元', async () => {
  const out = reading('wenwu7');
  expect([out.document.tables_found, out.document.department_name, out.document.unit]).toEqual([['income_expenditure_summary'], '上海市文物保护研究中心', '元']);
  expect(out.document.warnings.map((w) => w.code)).not.toContain('UNIT_ASSUMED');
  const printed = wenwu.lines.filter((l) => l.table === 'income_expenditure_summary');
  expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printedLines(printed));
});

// 北京's 报表 rule their tables in 0.75 grey (190 on a scan, no pixel as dark as print): no
// rule was found, and 8 of the document's 12 tables were lost or misread as unruled text.
// On its 三公 page, with the grey rules not counted, the few lines of text made the page look
// skewed 0.65°; turned by that, the rules broke and no table was found (NOT_A_BUDGET_DOCUMENT).
describe('a real template scanned: 北京 报表, ruled in grey (200 dpi)', () => {
  test.each([
    [1, 'income_expenditure_summary'],
    [10, 'three_public_expenses'],
  ] as const)('page %i: the grid found, every line of %s as the hand-checked records', (page, table) => {
    const out = reading(`beijing${page}`);
    expect([out.document.tables_found, out.document.unit]).toEqual([[table], '万元']);
    expect(out.document.warnings.map((w) => w.code)).not.toContain('PDF_UNRULED_TABLE');
    const printed = beijing.lines.filter((l) => l.table === table);
    expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printedLines(printed));
  });
});

// A landscape page scanned in portrait lies on its side; a page fed the wrong way is upside
// down. Read as it lies, its characters came out one by one or as noise (NOT_A_BUDGET_DOCUMENT).
test.each([90, 180, 270] as const)('a scanned page turned %i° (北京 收支总表, 200 dpi) is read upright, every line as the hand-checked records', (turn) => {
  const out = reading(`turned${turn}`);
  expect(out.document.tables_found).toEqual(['income_expenditure_summary']);
  expect(out.document.warnings.find((w) => w.code === 'OCR_PAGE_TURNED')?.message).toBe(`page(s) 1 (${360 - turn}°) scanned sideways or upside down: read turned clockwise as shown`);
  const printed = beijing.lines.filter((l) => l.table === 'income_expenditure_summary');
  expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printedLines(printed));
});

// At 150 dpi the 一 leading 一般公共服务支出 is grey (164–177), lighter than the ink a line is
// measured by: the line was taken for indented under nothing, and its children for its siblings.
test('a real template scanned at 150 dpi (湖州 财政拨款收支总表): classes, items and their levels as the hand-checked records', () => {
  const out = reading('huzhou22at150');
  expect(out.document.tables_found).toEqual(['fiscal_appropriation_summary']);
  const printed = huzhou.lines.filter((l) => l.table === 'fiscal_appropriation_summary');
  expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printedLines(printed));
});

// A sheet fed askew: 4° is twice what the skew search looked at (±2°), and the rules came apart.
// Light falling off across a photographed page: at its left edge the paper was 153, as dark as
// ink, and the 收支总表 was found without one line read.
test.each([
  ['skewed 4°', 'skewed'],
  ['photographed in a shadow (60 % light at its left edge)', 'shadowed'],
] as const)('北京 收支总表 at 200 dpi, %s: every line as the hand-checked records', (_what, picture) => {
  const out = reading(picture);
  expect(out.document.tables_found).toEqual(['income_expenditure_summary']);
  const printed = beijing.lines.filter((l) => l.table === 'income_expenditure_summary');
  expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printedLines(printed));
});

// 西安 prints its 6-pt tables letter-spaced (0.27–0.40 of a line's height between hanzi) with a
// thin 一. Blurred as a scanner blurs, the white after each half-width ) of its numbering was as
// wide as a full-width ）'s ((2)商品和服务支出 read （2）商品和服务支出, 14 of its 18 bracketed
// names), and its 一 greyed to 211–216, read as nothing or dropped as read in a blank stretch
// (一、部门预算 read 、部门预算, 6 names). Left: (1)工资福利支出, whose 工 has strokes lighter than the
// ink the white is measured by, still reads （1）.
test('a letter-spaced template blurred as scanned (西安 收支总表, 200 dpi): its brackets half-width and its 一 as printed', () => {
  const out = reading('xian19blurred');
  expect(out.document.tables_found).toEqual(['income_expenditure_summary']);
  const asRead = (name: string | null) => (name === '(1)工资福利支出' ? '（1）工资福利支出' : name);
  const printed = printedLines(xian.lines.filter((l) => l.table === 'income_expenditure_summary')).map((l) => ({ ...l, name: asRead(l.name) }));
  expect(printed).toHaveLength(88);
  expect(printedLines(out.budget_lines.map(expectedLine))).toEqual(printed);
});

// 烟台 wraps its long names in two lines 0.1 pt apart (机关事业单位基本养老保 / 险缴费支出): 3 blank
// rows at 200 dpi, one band of ink, read as one line (险缴贺美事业单位基本养老保).
test('a real template scanned (烟台 收入总体情况表, 200 dpi): names wrapped in lines set tight read whole', () => {
  const out = reading('yantai8');
  expect(out.document.tables_found).toEqual(['income_summary']);
  const names = out.budget_lines.map((l) => l.name);
  expect(names).toEqual(yantai.lines.filter((l) => l.table === 'income_summary').slice(0, 16).map((l) => l.name));
  expect(names).toContain('机关事业单位基本养老保险缴费支出');
});
