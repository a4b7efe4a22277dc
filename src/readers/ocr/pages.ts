// OCR of PDF pages into the PDF reader's own inputs: glyph runs and ruling segments in display
// space, so grids, cells, lines, tables and everything after them are built exactly as for a
// text layer. Per page: render at 300 dpi (pdftoppm), take ink as the darkest channel (a red
// seal drops out), undo the skew, find the rules in the bitmap and erase them, then OCR
//   - every non-blank cell of every ruled grid on its own (chi_sim, a block of text), and the
//     cells that read as a number once more with digits only (an amount is digits, commas, a
//     point and a sign: constrained recognition gets them right where the general one does not);
//   - the rest of the page with the grids blanked (titles, headings, unruled tables).
// One tesseract process per pass for all pages of the document.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGrids } from '../pdf/grid.js';
import { mergeSegments, type Segment } from '../pdf/lines.js';
import type { Run } from '../pdf/text.js';
import { binarize, crop, INK, inkCount, readPnm, rotate, skewAngle, upscale, writePgm, type Gray } from './bitmap.js';
import { findRules } from './rules.js';
import { recognize, type OcrWord, type TesseractPass } from './tesseract.js';
import { runTool, type OcrTools } from './tools.js';
import { groupBy } from '../../util/group-by.js';

export const OCR_DPI = 300;

export interface OcrPage {
  number: number;
  runs: Run[];
  segments: Segment[];
  /** the skew undone, degrees. */
  skew: number;
}

interface CellCrop {
  page: number;
  file: string;
  /** the crop, white margin included. */
  image: Gray;
  /** the grid column it is in (page, grid, edges). */
  column: string;
  /** crop origin in page pixels. */
  x: number;
  y: number;
}

/** White margin around a cell crop, pixels: tesseract finds text touching the image edge poorly. */
const MARGIN = 12;
/** A cell with fewer ink pixels than this is blank (specks, remains of a rule). */
const MIN_INK = 12;
/** Pixels cut from each side of a cell: what is left of its borders after erasing. */
const INSET = 4;
/** Digits pass: the crop is enlarged this many times. */
const DIGITS_SCALE = 2;
/** Digits pass: what an amount cell may hold. */
const AMOUNT_CHARS = '0123456789.,-';
const AMOUNT = /^[-\d.,\s]*\d[-\d.,\s]*$/;

export async function ocrPages(tools: OcrTools, pdf: Uint8Array, pages: readonly { number: number; width: number }[]): Promise<OcrPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-ingest-ocr-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    // a scan below LOW_RESOLUTION has its cells read enlarged (its glyphs are a few blurred
    // pixels wide); one factor for the document, as tesseract takes one resolution per pass
    const enlarge = (await lowestResolution(tools, file, pages.map((p) => p.number))) < LOW_RESOLUTION ? 2 : 1;
    const crops: CellCrop[] = [];
    const pageImages: string[] = [];
    const results: (OcrPage & { scale: number })[] = [];
    for (const p of pages) {
      const stem = join(dir, `p${p.number}`);
      await runTool(tools.pdftoppm, ['-r', String(OCR_DPI), '-f', String(p.number), '-l', String(p.number), '-singlefile', file, stem], 120_000);
      const raw = readPnm(readFileSync(`${stem}.ppm`));
      rmSync(`${stem}.ppm`);
      const skew = skewAngle(raw);
      const img = rotate(raw, -skew);
      const scale = img.width / p.width;
      const segments = findRules(img, scale);
      for (const cell of gridCells(segments)) {
        const x0 = Math.round(cell.x0 * scale) + INSET;
        const y0 = Math.round(cell.y0 * scale) + INSET;
        const piece = crop(img, x0, y0, Math.round(cell.x1 * scale) - INSET, Math.round(cell.y1 * scale) - INSET);
        blank(img, x0, y0, piece.width, piece.height);
        if (inkCount(piece) < MIN_INK) continue;
        const f = `${stem}-c${crops.length}.pgm`;
        const image = pad(piece, MARGIN);
        writeFileSync(f, writePgm(enlarge > 1 ? upscale(image, enlarge) : image));
        crops.push({ page: p.number, file: f, image, column: `${p.number}:${cell.column}`, x: x0 - MARGIN, y: y0 - MARGIN });
      }
      const f = `${stem}.pgm`;
      writeFileSync(f, writePgm(img));
      pageImages.push(f);
      results.push({ number: p.number, runs: [], segments, skew, scale });
    }
    // a one-line cell is read as one line: as a block, tesseract puts a flat 一 or 四 on a
    // line of its own, after the rest (二十四、预备费 → 二十、预备费四)
    const oneLine = crops.map((c) => textLines(c.image) <= 1);
    const [lineWords, blockWords, pageWords] = await Promise.all([
      recognizeSome(tools.tesseract, crops, (i) => oneLine[i] === true, { lang: 'chi_sim', psm: 7 }, enlarge, dir, 'lines'),
      recognizeSome(tools.tesseract, crops, (i) => oneLine[i] === false, { lang: 'chi_sim', psm: 6 }, enlarge, dir, 'cells'),
      recognize(tools.tesseract, pageImages, { lang: 'chi_sim', psm: 3 }, dir, 'pages'),
    ]);
    const cellWords = crops.map((_, i) => (oneLine[i] ? lineWords[i] : blockWords[i]) ?? []);
    const { numeric, promoted } = amountCells(crops, cellWords);
    // digits, twice: the crop as it is, and enlarged and made black and white (where a blurred
    // point may survive, or a clean 7.75 become 7.79): the first reading that is an amount is
    // taken, every other one kept as an alternative for the checks to choose
    const enhanced = numeric.map((i) => {
      const c = crops[i] as CellCrop;
      const f = c.file.replace(/\.pgm$/, '-d.pgm');
      writeFileSync(f, writePgm(binarize(upscale(c.image, DIGITS_SCALE))));
      return f;
    });
    const digits = { lang: 'eng', psm: 7, whitelist: AMOUNT_CHARS };
    const [plainWords, enhancedWords] = await Promise.all([
      recognizeSome(tools.tesseract, crops, (i) => numeric.includes(i), digits, enlarge, dir, 'amounts').then((words) => numeric.map((i) => words[i] ?? [])),
      recognize(tools.tesseract, enhanced, { ...digits, dpi: OCR_DPI * DIGITS_SCALE }, dir, 'amounts-enhanced'),
    ]);
    const alternatives = new Map<number, string[]>();
    numeric.forEach((i, k) => {
      const general = cellWords[i] ?? [];
      const readings = [plainWords[k] ?? [], (enhancedWords[k] ?? []).map((w) => scaled(w, 1 / DIGITS_SCALE))].filter((ws) => AMOUNT.test(joined(ws)));
      const best = readings[0];
      if (!best || (promoted.has(i) && !surer(best, general))) return;
      cellWords[i] = best;
      alternatives.set(i, amountReadings(joined(best), [joined(general), ...readings.slice(1).map(joined)]));
    });
    const add = (r: (typeof results)[number], w: OcrWord, dx: number, dy: number, alt?: string[]): void => {
      const run = toRun(w, dx, dy, r.scale);
      if (alt && alt.length > 0) run.alternatives = alt;
      if (run.text !== '') r.runs.push(run);
    };
    results.forEach((r, i) => {
      for (const w of pageText(pageWords[i] ?? [])) add(r, w, 0, 0);
    });
    crops.forEach((c, i) => {
      const r = results.find((p) => p.number === c.page) as (typeof results)[number];
      for (const w of cellLines(cellWords[i] ?? [])) add(r, w, c.x, c.y, alternatives.get(i));
    });
    return results.map(({ number, runs, segments, skew }) => ({ number, runs, segments, skew }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The page pass's words that are text. Not text: a signature's loops read as Latin letters
 * (VAN, AS) or as hanzi at near-zero confidence, and lines of strokes only (一 一 ~: its
 * underline). A title's hanzi read at low confidence stay (the title still names its table),
 * and so does 一 among other words (一般公共预算).
 */
export function pageText(words: readonly OcrWord[]): OcrWord[] {
  const kept = words.filter((w) => !((w.conf < 0.5 && !HANZI.test(w.text)) || w.conf < 0.15));
  const strokesOnly = new Set<string>();
  for (const [line, list] of groupBy(kept, (w) => w.line)) if (list.every((w) => STROKES.test(w.text))) strokesOnly.add(line);
  return kept.filter((w) => !strokesOnly.has(w.line));
}

const STROKES = /^[一—－\-~_.、·]+$/;
const HANZI = /[\u4e00-\u9fff]/;

/**
 * A cell's words as one word per text line, in tesseract's reading order: its character boxes
 * are too rough to order by (二十四 with a tiny 四 low in the line sorts after 预备费). A space
 * is kept only between Latin letters or digits. Latin letters read at low confidence are a
 * seal's or a signature's strokes (十一、节能环保支出AN), not text.
 */
export function cellLines(words: readonly OcrWord[]): OcrWord[] {
  const text = words.filter((w) => !(w.conf < 0.5 && /^[A-Za-z]+$/.test(w.text)));
  return [...groupBy(text, (w) => w.line).values()].map((list) => {
    let text = '';
    for (const w of list) {
      const t = fullWidth(w.text);
      text += /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(t) ? ` ${t}` : t;
    }
    return {
      ...(list[0] as OcrWord),
      text: fullWidth(text),
      conf: Math.min(...list.map((w) => w.conf)),
      x0: Math.min(...list.map((w) => w.x0)),
      y0: Math.min(...list.map((w) => w.y0)),
      x1: Math.max(...list.map((w) => w.x1)),
      y1: Math.max(...list.map((w) => w.y1)),
    };
  });
}

/** OCRs the crops `which` selects; words by crop index (none for the others). */
async function recognizeSome(tesseract: string, crops: readonly CellCrop[], which: (i: number) => boolean, pass: TesseractPass, enlarged: number, dir: string, name: string): Promise<OcrWord[][]> {
  const picked = crops.map((_, i) => i).filter(which);
  const read = await recognize(tesseract, picked.map((i) => (crops[i] as CellCrop).file), { ...pass, dpi: OCR_DPI * enlarged }, dir, name);
  const words = read.map((ws) => ws.map((w) => scaled(w, 1 / enlarged)));
  const out: OcrWord[][] = crops.map(() => []);
  picked.forEach((i, k) => (out[i] = words[k] ?? []));
  return out;
}

/** Scans of fewer pixels per inch than this are read enlarged. */
const LOW_RESOLUTION = 180;

/**
 * The lowest resolution (pixels per inch) of the images painted on `pages`, by `pdfimages
 * -list` (poppler-utils, beside pdftoppm); OCR_DPI when it cannot tell (no image: outlined
 * glyphs, a garbled text layer).
 */
async function lowestResolution(tools: OcrTools, file: string, pages: readonly number[]): Promise<number> {
  const pdfimages = tools.pdftoppm.replace(/pdftoppm(\.exe)?$/, 'pdfimages$1');
  let list: string;
  try {
    list = await runTool(pdfimages, ['-list', file], 60_000);
  } catch {
    return OCR_DPI;
  }
  let low = OCR_DPI;
  for (const row of list.split('\n').slice(2)) {
    const f = row.trim().split(/\s+/);
    const [page, ppi] = [Number(f[0]), Number(f[12])];
    if (pages.includes(page) && ppi > 0) low = Math.min(low, ppi);
  }
  return low;
}

/** A gap of this many blank pixel rows separates two lines of text in a cell. */
const LINE_GAP = 6;
/** Bands of ink lower than this (pixels) are specks, not lines of text. */
const MIN_LINE_HEIGHT = 8;

/** How many lines of text a cell crop holds: bands of rows with ink, split by blank gaps. */
export function textLines(img: Gray): number {
  let lines = 0;
  let start = -1;
  let last = -2 * LINE_GAP;
  const close = (): void => {
    if (start >= 0 && last - start + 1 >= MIN_LINE_HEIGHT) lines++;
  };
  for (let y = 0; y < img.height; y++) {
    let ink = false;
    for (let x = 0; x < img.width && !ink; x++) ink = (img.data[y * img.width + x] as number) < INK;
    if (!ink) continue;
    if (y - last > LINE_GAP) {
      close();
      start = y;
    }
    last = y;
  }
  close();
  return lines;
}

/** Cell boxes (points) of the ruled grids the segments make, with their column (grid, first column, span). */
function gridCells(segments: readonly Segment[]): { x0: number; y0: number; x1: number; y1: number; column: string }[] {
  const out: { x0: number; y0: number; x1: number; y1: number; column: string }[] = [];
  findGrids(mergeSegments(segments)).grids.forEach((g, k) => {
    if (g.cells.length < 2 || g.xs.length === 2) return;
    for (const c of g.cells) out.push({ ...c.box, column: `${k}:${c.col}+${c.colSpan}` });
  });
  return out;
}

/** A column is of amounts when at least this share of its read cells are. */
const AMOUNT_COLUMN = 0.6;

/**
 * Cells to read with digits only: those that may be amounts, and the other cells of a column
 * of amounts (a clean 7.75 the general pass reads as 思人5). Of the latter, the digits
 * reading is taken only when sure of itself (see `surer`): a header cell stays text.
 */
function amountCells(crops: readonly CellCrop[], words: readonly OcrWord[][]): { numeric: number[]; promoted: Set<number> } {
  const likely = crops.map((_, i) => mayBeAmount(joined(words[i] ?? [])));
  const share = new Map<string, [number, number]>();
  crops.forEach((c, i) => {
    const [n, of] = share.get(c.column) ?? [0, 0];
    share.set(c.column, [n + (likely[i] ? 1 : 0), of + 1]);
  });
  const promoted = new Set(
    crops
      .map((c, i) => i)
      .filter((i) => {
        const [n, of] = share.get((crops[i] as CellCrop).column) ?? [0, 1];
        return !likely[i] && of >= 3 && n / of >= AMOUNT_COLUMN;
      }),
  );
  return { numeric: crops.map((_, i) => i).filter((i) => likely[i] || promoted.has(i)), promoted };
}

/** The digits reading is sure of itself and the general one is not (a promoted cell's reading is replaced). */
function surer(digits: readonly OcrWord[], general: readonly OcrWord[]): boolean {
  const low = (ws: readonly OcrWord[]): number => Math.min(1, ...ws.map((w) => w.conf));
  return low(digits) >= 0.8 && low(general) < 0.7;
}

const joined = (words: readonly OcrWord[]): string => words.map((w) => w.text).join('');

/**
 * Whether a cell read by the general pass may be an amount, to be read again with digits only:
 * it holds a digit and at most one other character (noise read as 人, a comma read as ，), or
 * it is at most two characters (a lone digit is often read as a letter or not at all).
 */
function mayBeAmount(text: string): boolean {
  const t = text.replace(/\s/g, '');
  const other = t.replace(/[-\d.,]/g, '').length;
  return (/\d/.test(t) && other <= 1) || (t.length <= 2 && !/[\u4e00-\u9fff]{2}/.test(t));
}

/**
 * Other readings of an amount cell the digits pass read as `digits`, most likely first: the
 * other passes' (`others`), those that are amounts too; and, for a reading without a point, the point put
 * back (1592 → 15.92), read in place of a digit (15392 → 15.92) or as a comma (4,94), since the amounts of budget
 * tables print two decimals and a blurred point is what the digits pass loses. Only candidates:
 * the correction stage applies one when it alone makes a failing check hold.
 */
export function amountReadings(digits: string, others: readonly string[]): string[] {
  const out: string[] = [];
  const read = others.map((o) => o.replace(/\s/g, '')).filter((o) => AMOUNT.test(o));
  out.push(...read);
  for (const r of [digits.replace(/\s/g, ''), ...read]) {
    // a point read as a comma: 4,94
    if (/^\d+,\d{2}$/.test(r)) out.push(r.replace(',', '.'));
    if (!/^[\d,]*\d{3}$/.test(r)) continue; // no point, at least three digits at the end
    out.push(`${r.slice(0, -2)}.${r.slice(-2)}`, `${r.slice(0, -3)}.${r.slice(-2)}`);
  }
  return [...new Set(out)].filter((a) => a !== digits && /\d/.test(a) && !/^[.,]/.test(a));
}

// tesseract reads the full-width punctuation of Chinese text as ASCII, （ at times as 〈, and
// the remains of a rule as |
const HAN = '[\\u4e00-\\u9fff]';
const FULL_WIDTH: [RegExp, string][] = [
  [/[|｜]/g, ''], // what is left of a rule; budgets never print one
  [/[〈<]/g, '（'],
  [/[〉>]/g, '）'],
  // a bracket read as a word of its own sat between hanzi (digits keep theirs: "(1)")
  [/^\($/, '（'],
  [/^\)$/, '）'],
  [/^:$/, '：'], // 其中：, its colon a word of its own
  [new RegExp(`\\((?=${HAN})|(?<=${HAN})\\(`, 'g'), '（'],
  [new RegExp(`\\)(?=${HAN})|(?<=${HAN})\\)`, 'g'), '）'],
  [new RegExp(`(?<=${HAN}):`, 'g'), '：'],
  // 预算年度：2024 read with a semicolon
  [new RegExp(`(?<=${HAN})[;；](?=\\s*\\d)`, 'g'), '：'],
  [new RegExp(`(?<=${HAN}),(?=${HAN})`, 'g'), '，'],
];

/** OCR text with the punctuation Chinese text prints full-width next to hanzi. */
export function fullWidth(text: string): string {
  let out = text;
  for (const [re, to] of FULL_WIDTH) out = out.replace(re, to);
  return out;
}

const scaled = (w: OcrWord, k: number): OcrWord => ({ ...w, x0: w.x0 * k, y0: w.y0 * k, x1: w.x1 * k, y1: w.y1 * k });

function toRun(w: OcrWord, dx: number, dy: number, scale: number): Run {
  const box = { x0: (w.x0 + dx) / scale, y0: (w.y0 + dy) / scale, x1: (w.x1 + dx) / scale, y1: (w.y1 + dy) / scale };
  // a glyph box is about 0.9 em tall for CJK and digits
  return { text: fullWidth(w.text), box, size: Math.max(4, (box.y1 - box.y0) / 0.9), bold: false, vertical: false, confidence: w.conf };
}

function pad(img: Gray, m: number): Gray {
  const width = img.width + 2 * m;
  const height = img.height + 2 * m;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width, (y + 1) * img.width), (y + m) * width + m);
  return { width, height, data };
}

/** Whitens a rectangle: a cell already read is not read again with the page. */
function blank(img: Gray, x: number, y: number, w: number, h: number): void {
  for (let r = Math.max(0, y); r < Math.min(img.height, y + h); r++) img.data.fill(255, r * img.width + Math.max(0, x), r * img.width + Math.min(img.width, x + w));
}
