// OCR of PDF pages into the PDF reader's own inputs: glyph runs and ruling segments in display
// space, so grids, cells, lines, tables and everything after them are built exactly as for a
// text layer. Per page: render at 300 dpi (pdftoppm), take ink as the red channel (a red seal
// is light there) and, for the text, the same with the seal taken out (for the cells, a blue
// pen's strokes too), lift shadows, undo the skew, find the rules in the bitmap and erase
// them, then read
//   - every non-blank cell of every ruled grid, line by line, with the line reader (PP-OCRv4);
//     a cell that may be an amount is read again from the same scores with digits only (an
//     amount is digits, commas, a point and a sign);
//   - the rest of the page with the grids blanked: tesseract finds its lines (titles,
//     headings, unruled tables) and the line reader reads them, and the ink no line covers.
// A page that reads as single characters is asked its orientation, and read again turned.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGrids } from '../pdf/grid.js';
import { mergeSegments, type Segment } from '../pdf/lines.js';
import type { Run } from '../pdf/text.js';
import { crop, eachImage, INK, inkCount, readPage, rotate, skewAngle, stretches, turn, whiten, withoutShadow, writePgm, type Gray, type Turn } from './bitmap.js';
import type { Box } from '../pdf/geometry.js';
import { decodeLine, firstCharProbability, lineDictionary, mostLikely, readLine, scoreLine, type LineChar, type LineReading, type LineScores } from './line-reader.js';
import { findRules, RULE_INK } from './rules.js';
import { GAP_EM, missedLines } from './missed-lines.js';
import { orientation, recognize, type OcrWord } from './tesseract.js';
import { runTool, type OcrTools } from './tools.js';
import { groupBy } from '../../util/group-by.js';
import { lookAlikeWords } from '../../catalogue/look-alike.js';

export const OCR_DPI = 300;

export interface OcrPage {
  number: number;
  runs: Run[];
  segments: Segment[];
  /** the skew undone, degrees. */
  skew: number;
  /** the clockwise turn that made the page upright (runs and segments are in the turned page's display space). */
  turn: Turn;
}

interface CellCrop {
  page: number;
  image: Gray;
  /** the grid column it is in (page, grid, edges). */
  column: string;
  /** crop origin in page pixels. */
  x: number;
  y: number;
}

/** A cell with fewer ink pixels than this is blank (specks, remains of a rule). */
const MIN_INK = 12;
/** Pixels cut from each side of a cell: what is left of its borders after erasing. */
const INSET = 4;
/** What an amount cell may hold. */
const AMOUNT_CHARS = '0123456789.,-';
const AMOUNT = /^[-\d.,\s]*\d[-\d.,\s]*$/;

export async function ocrPages(tools: OcrTools, pdf: Uint8Array, pages: readonly { number: number; width: number; height: number }[]): Promise<OcrPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'budget-ingest-ocr-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const read = await readPages(tools, file, dir, pages.map((p) => ({ ...p, turn: 0 })));
    // a page scanned sideways or upside down reads as a few words of several characters:
    // tesseract says which way is up, and the page turned that way is kept when it reads more
    for (const [i, p] of pages.entries()) {
      const first = read[i] as OcrPage;
      if (readable(first.runs) >= READABLE) continue;
      const stem = join(dir, `o${p.number}`);
      await runTool(tools.pdftoppm, ['-r', String(OCR_DPI), '-gray', '-f', String(p.number), '-l', String(p.number), '-singlefile', file, stem], 120_000);
      const turn = await orientation(tools.tesseract, `${stem}.pgm`, ORIENTATION_CONFIDENCE);
      rmSync(`${stem}.pgm`);
      if (turn === 0) continue;
      const [again] = await readPages(tools, file, dir, [{ ...p, turn }]);
      if (again && readable(again.runs) > readable(first.runs)) read[i] = again;
    }
    return read;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fewer readable hanzi than this (see `readable`) and a page may be scanned sideways: 351 on 北京's 收支总表, 3 on it turned a quarter. */
const READABLE = 20;
/**
 * tesseract's least orientation confidence to turn a page: 16–19 for 北京's 收支总表 turned
 * 90/180/270; on 101 upright pages of the corpus scans, 98 read 0 (confidence 1.1 and up), one
 * 180 at 1.63 (湖州 p. 19) and two too few characters. The turned reading must also read more.
 */
const ORIENTATION_CONFIDENCE = 2;

/**
 * Hanzi read surely (confidence 0.9) in words of two or more: a page on its side reads as
 * single characters (each a hanzi turned, often read as some hanzi with confidence) or noise.
 */
function readable(runs: readonly Run[]): number {
  let n = 0;
  for (const r of runs) {
    const han = r.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    if (han >= 2 && (r.confidence ?? 0) >= 0.9) n += han;
  }
  return n;
}

interface PageToRead {
  number: number;
  /** display size in points, as the PDF has it (before the turn). */
  width: number;
  height: number;
  /** clockwise turn that makes the page upright. */
  turn: Turn;
}

async function readPages(tools: OcrTools, file: string, dir: string, pages: readonly PageToRead[]): Promise<OcrPage[]> {
  const crops: CellCrop[] = [];
  const pageImages: string[] = [];
  const bitmaps: Gray[] = [];
  const results: (OcrPage & { scale: number })[] = [];
  for (const p of pages) {
    const stem = join(dir, `p${p.number}-${p.turn}`);
    await runTool(tools.pdftoppm, ['-r', String(OCR_DPI), '-f', String(p.number), '-l', String(p.number), '-singlefile', file, stem], 120_000);
    const ink = withoutShadow(eachImage(readPage(readFileSync(`${stem}.ppm`)), (img) => turn(img, p.turn)));
    rmSync(`${stem}.ppm`);
    const skew = skewAngle(ink.rules, ink.cells);
    const { rules, text: img, cells: penless } = eachImage(ink, (im) => rotate(im, -skew));
    const scale = img.width / (p.turn === 90 || p.turn === 270 ? p.height : p.width);
    const segments = findRules(rules, scale, [...new Set([img, penless])].filter((im) => im !== rules), penless);
    for (const cell of gridCells(segments)) {
      const x0 = Math.round(cell.x0 * scale) + INSET;
      const y0 = Math.round(cell.y0 * scale) + INSET;
      const box = [x0, y0, Math.round(cell.x1 * scale) - INSET, Math.round(cell.y1 * scale) - INSET] as const;
      const piece = cellImage(crop(img, ...box), penless === img ? undefined : crop(penless, ...box));
      whiten(img, x0, y0, x0 + piece.width, y0 + piece.height); // a cell read is not read again with the page
      if (inkCount(piece) < MIN_INK) continue;
      crops.push({ page: p.number, image: piece, column: `${p.number}:${cell.column}`, x: x0, y: y0 });
    }
    const f = `${stem}.pgm`;
    writeFileSync(f, writePgm(img));
    pageImages.push(f);
    bitmaps.push(img);
    results.push({ number: p.number, runs: [], segments, skew, turn: p.turn, scale });
  }
  // tesseract finds the lines of text outside the grids (titles, headings, unruled tables),
  // in its own process while the cells are read; the line reader reads them, as every cell
  const pagePass = recognize(tools.tesseract, pageImages, { lang: 'chi_sim', psm: 3 }, dir, 'pages');
  pagePass.catch(() => undefined); // awaited below: a failure is not unhandled meanwhile
  const dict = await lineDictionary();
  const cells: CellLine[][] = [];
  for (const c of crops) cells.push(await readCell(c.image));
  for (const lines of cells) {
    readPercent(lines, dict);
    readSign(lines, dict);
  }
  const cellWords = cells.map((lines) => lines.map((l) => l.word));
  const { numeric, promoted } = amountCells(crops, cellWords);
  const alternatives = new Map<number, string[]>();
  for (const i of numeric) {
    const line = cells[i]?.length === 1 ? (cells[i]?.[0] as CellLine) : undefined;
    if (!line) continue;
    // an amount is digits, commas, a point and a sign: the best reading of those characters
    const read = decodeLine(line.scores, dict, AMOUNT_CHARS);
    const digits = { ...read, text: thousandsPoints(read.text) };
    if (!AMOUNT.test(digits.text) || (promoted.has(i) && !surer(digits.conf, line.word.conf))) continue;
    cellWords[i] = [{ ...line.word, text: digits.text, conf: digits.conf }];
    alternatives.set(i, amountReadings(digits.text, [line.word.text, ...substitutions(digits)]));
  }
  const add = (r: (typeof results)[number], w: OcrWord, dx: number, dy: number, alt?: string[]): void => {
    const run = toRun(w, dx, dy, r.scale);
    if (alt && alt.length > 0) run.alternatives = alt;
    if (run.text !== '') r.runs.push(run);
  };
  const pageWords = await pagePass;
  for (const [i, r] of results.entries()) {
    const img = bitmaps[i] as Gray;
    const words = await readPageLines(img, pageText(pageWords[i] ?? []));
    for (const w of words) add(r, w, 0, 0);
    for (const w of await readMissedLines(img, [...(pageWords[i] ?? []), ...words], r.scale)) add(r, w, 0, 0);
  }
  crops.forEach((c, i) => {
    const r = results.find((p) => p.number === c.page) as (typeof results)[number];
    for (const w of cellLines(cellWords[i] ?? [])) add(r, w, c.x, c.y, alternatives.get(i));
  });
  return results.map(({ number, runs, segments, skew, turn }) => ({ number, runs, segments, skew, turn }));
}

/** A cell's print keeps at least this share of its ink without blue ink: the blue is a pen's strokes across it. */
const PRINT_SHARE = 0.5;

/**
 * The cell's image to read: without blue ink (`penless`) where a pen's strokes cross print (a
 * signature over a table's last rows), as printed where the cell's ink is mostly blue (blue
 * print; strokes in an empty cell, which the reader's filters drop as a signature's).
 */
export function cellImage(piece: Gray, penless: Gray | undefined): Gray {
  if (!penless) return piece;
  const ink = inkCount(penless);
  return ink >= MIN_INK && ink >= PRINT_SHARE * inkCount(piece) ? penless : piece;
}

export interface CellLine {
  word: OcrWord;
  scores: LineScores;
}

/** The lines of a cell, each read by the line reader: one word per line, in the crop's pixels. */
async function readCell(img: Gray): Promise<CellLine[]> {
  eraseStandingRules(img);
  const dict = await lineDictionary();
  const out: CellLine[] = [];
  for (const [y0, y1] of textBands(img)) {
    const [first, last] = inkExtent(img, y0, y1);
    if (last < first) continue;
    // half a line's height of the cell either side: a blurred 一 leading the line is lighter than
    // ink (reading from lighter ink instead read a pen's remains in an empty cell as 5)
    const margin = (y1 - y0 + 1) / 2;
    // and the faint ink the line runs on into (a thin 一 or 二 leading 一、一般公共预算拨款收入 in a
    // JPEG at 200 dpi is grey 196–204, lighter than any threshold that keeps a pen's remains out)
    const [faintFirst, faintLast] = faintExtent(img, y0, y1, first, last, margin);
    const box = { x0: Math.max(0, Math.min(first - margin, faintFirst - margin / 2)), y0, x1: Math.min(img.width, Math.max(last + 1 + margin, faintLast + 1 + margin / 2)), y1: y1 + 1 };
    const scores = await scoreLine(img, box);
    const reading = decodeLine(scores, dict);
    if (reading.text.trim() === '') continue;
    // the word is where its ink is, lighter ink counted (a 一 blurred grey at 150 dpi leads
    // 一般公共服务支出): the margin read around it would make its indent depend on its height
    // (clamped at the cell's edge for one line and not the next), and a lost 一 would indent it
    const [x0, x1] = inkExtent(img, y0, y1, RULE_INK);
    out.push({ word: { image: 0, line: String(out.length), text: textByInk(img, box, reading), conf: reading.conf, ...box, x0, x1: x1 + 1 }, scores });
  }
  return out;
}

/**
 * tesseract's page words, read again by the line reader. Each line of words, split where a gap
 * wider than GAP_EM of its height separates them (a title and 单位：万元 at the far right are
 * two texts), becomes one word. tesseract's boxes miss characters it could not read (支出预算总表
 * boxed without 表, 部门预算财政拨款收支总表 in two pieces without 款), so each piece is widened to
 * the ink next to it first, and pieces that then meet are one. Their boxes are also often too
 * tall (at 150 dpi a title's box takes in the top of the 部门：… line under it), so each is
 * first cut down to its band of ink.
 */
async function readPageLines(img: Gray, words: readonly OcrWord[]): Promise<OcrWord[]> {
  const out: OcrWord[] = [];
  for (const list of groupBy(words, (w) => w.line).values()) {
    const pieces: OcrWord[] = [];
    for (const w of [...list].sort((a, b) => a.x0 - b.x0)) {
      const last = pieces[pieces.length - 1];
      const gap = GAP_EM * Math.max(w.y1 - w.y0, last ? last.y1 - last.y0 : 0);
      const box = widened(img, tightened(img, w), gap);
      if (last && box.x0 - last.x1 <= gap) pieces[pieces.length - 1] = { ...last, x0: Math.min(last.x0, box.x0), y0: Math.min(last.y0, box.y0), x1: Math.max(last.x1, box.x1), y1: Math.max(last.y1, box.y1) };
      else pieces.push(box);
    }
    for (const piece of pieces) {
      const reading = await readLine(img, piece);
      const word = { ...piece, line: `${piece.line}.${out.length}`, text: textByInk(img, piece, reading), conf: reading.conf };
      if (reading.text.trim() !== '' && isText(word)) out.push(word);
    }
  }
  return out;
}

/**
 * The lines tesseract's layout passed over (missed-lines.ts), read by the line reader: those
 * read with some confidence that hold a hanzi or a digit. What tesseract did not take for text
 * is also where a signature's strokes are (read >>, U, r on the generated scans).
 */
async function readMissedLines(img: Gray, read: readonly Box[], scale: number): Promise<OcrWord[]> {
  const out: OcrWord[] = [];
  for (const box of missedLines(img, read, scale)) {
    const reading = await readLine(img, box);
    const word = { ...box, image: 0, line: `missed.${out.length}`, text: textByInk(img, box, reading), conf: reading.conf };
    if (word.conf >= MISSED_CONF && /[\u4e00-\u9fff\d]/.test(word.text)) out.push(word);
  }
  return out;
}

/** Least confidence of a line tesseract passed over (a title's hanzi read at 0.36 are fragments here). */
const MISSED_CONF = 0.5;

/** The box cut down to the band of its rows (split by blank rows) that holds the most ink. */
function tightened(img: Gray, box: OcrWord): OcrWord {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(img.height - 1, Math.ceil(box.y1));
  let best: [number, number, number] | undefined; // first row, last row, ink
  let band: [number, number, number] | undefined;
  for (let y = y0; y <= y1 + 1; y++) {
    let ink = 0;
    if (y <= y1) for (let x = x0; x < x1; x++) if ((img.data[y * img.width + x] as number) < INK) ink++;
    if (ink > 0) band = band ? [band[0], y, band[2] + ink] : [y, y, ink];
    else if (band) {
      if (!best || band[2] > best[2]) best = band;
      band = undefined;
    }
  }
  return best ? { ...box, y0: best[0], y1: best[1] + 1 } : box;
}

/** The box widened left and right over the ink of its rows, across gaps narrower than `gap` pixels. */
function widened(img: Gray, box: OcrWord, gap: number): OcrWord {
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(img.height - 1, Math.ceil(box.y1));
  const inked = (x: number): boolean => {
    for (let y = y0; y <= y1; y++) if ((img.data[y * img.width + x] as number) < INK) return true;
    return false;
  };
  let x1 = Math.ceil(box.x1);
  for (let x = x1; x < img.width && x - x1 <= gap; x++) if (inked(x)) x1 = x + 1;
  let x0 = Math.floor(box.x0);
  for (let x = x0 - 1; x >= 0 && x0 - x <= gap; x--) if (inked(x)) x0 = x;
  return { ...box, x0, x1 };
}

type Blob = [number, number];
/** A gap in a glyph's ink up to this many pixels is a break in its stroke, not the white beside it. */
const STROKE_BREAK = 2;

/**
 * White beside a full-width character of at least this share of the line's height (（ before,
 * ） after, ／ both). Measured on pages of ten templates rendered at 200 dpi (85 brackets, the
 * text layer telling which): ASCII 0.08–0.39 (宋体's half-width ( has white of its own: 深圳's
 * 因公出国(境)费 0.38), full-width 0.49–1.00.
 */
const FULL_WIDTH_GAP = 0.44;

/**
 * Or the stretch between its neighbours' ink of at least this share of the line's height: a
 * whole em. The same pages: ASCII 0.42–0.84, full-width 0.87–1.64; the sample's 三公 page
 * scanned at 200 dpi and rendered again at 150 dpi, its full-width （ with white of 0.42 before
 * it, 1.14–1.17.
 */
const FULL_WIDTH_SPAN = 1;

/**
 * White between two hanzi of a line up to this share of its height is the font's own; beyond
 * it the line is letter-spaced, and the excess widens the white beside every character, a
 * half-width bracket's too (西安 spaces its 6-pt tables: 0.27–0.40 between hanzi, its ASCII
 * ) followed by 0.43–0.57 of white), so it is taken off the white a bracket is judged by. The
 * median white between hanzi on the ten templates' bracket lines: 0.02–0.30; taking off what
 * exceeds 0.08 to 0.15 left their 85 brackets as they were, and 19 of 西安's 21 right.
 */
const HANZI_WHITE = 0.12;

/**
 * Characters printed narrow or full-width that the line reader does not tell apart: [narrow,
 * full-width], the side the full-width one keeps white on, and how wide its ink may be (share
 * of the line's height).
 */
interface WidthPair {
  chars: [string, string];
  white: 'before' | 'after' | 'both';
  ink: number;
}
const WIDTH_PAIRS: readonly WidthPair[] = [
  { chars: ['(', '（'], white: 'before', ink: 0.45 },
  { chars: [')', '）'], white: 'after', ink: 0.45 },
  { chars: ['/', '／'], white: 'both', ink: 0.6 },
];

/** Grey darker than this is a bar's faint ink (a blurred 一: 211–216; paper 234–255). */
const BAR_INK = 228;
/** A bar's width (share of the line's height, the height of its hanzi's ink): a blurred 一 is 1.1 of it; a hyphen or a dot is less. */
const BAR_WIDTH: [number, number] = [0.5, 1.3];
/** The rows a bar's faint ink may take (share of the line's height, and at least 3 px). */
const BAR_HEIGHT = 0.25;
/** How far before a line's box a bar may start (line heights): a box starts half an em before the first ink dark enough. */
const BAR_REACH = 1.5;

/**
 * Bars of faint ink across the middle of a line, as wide as a hanzi: each a 一, read or not. A
 * blurred scan greys a thin 一 to 211–216 where the strokes of other characters, crossing, stay
 * darker; counted as no ink, a 一 read was dropped as read in a blank stretch (1、一般公共服务支出
 * read 1、般公共服务支出), and one the line reader passed over left white where it stands.
 */
function faintBars(img: Gray, box: Box): Blob[] {
  const em = box.y1 - box.y0;
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  const bars: Blob[] = [];
  let start = -1;
  let rows = new Set<number>();
  const from = Math.max(0, Math.floor(box.x0 - BAR_REACH * em));
  const to = Math.min(img.width - 1, Math.ceil(box.x1));
  for (let x = from; x <= to + 1; x++) {
    const ink: number[] = [];
    for (let y = y0; y < y1 && x <= to; y++) if ((img.data[y * img.width + x] as number) < BAR_INK) ink.push(y);
    if (ink.length > 0) {
      if (start < 0) [start, rows] = [x, new Set()];
      for (const y of ink) rows.add(y);
    } else if (start >= 0) {
      const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
      const width = (x - start) / em;
      const flat = bottom - top + 1 <= Math.max(3, BAR_HEIGHT * em) && rows.size === bottom - top + 1;
      const middle = Math.abs((top + bottom) / 2 - (y0 + y1 - 1) / 2) < 0.2 * (y1 - y0);
      if (width >= (BAR_WIDTH[0] as number) && width <= (BAR_WIDTH[1] as number) && flat && middle) bars.push([start, x - 1]);
      start = -1;
    }
  }
  return bars;
}

/**
 * The reading with a 一 where a bar lies with nothing read on it (西安's 6-pt tables blurred as
 * scanned: 一、部门预算 read 、部门预算) and a hanzi, 、 or closing bracket read just after it.
 */
function withLostOnes(reading: LineReading, bars: readonly Blob[], em: number): LineReading {
  const step = reading.width / reading.columns;
  const centre = (c: LineChar): number => reading.x0 + (c.at + 0.5) * step;
  const chars = [...reading.chars];
  for (const [a, b] of bars) {
    if (chars.some((c) => centre(c) >= a - 2 && centre(c) <= b + 2)) continue;
    const after = chars.find((c) => centre(c) > b);
    if (!after || centre(after) - b > 1.2 * em || !(HANZI.test(after.char) || '、）)'.includes(after.char))) continue;
    chars.splice(chars.indexOf(after), 0, { char: '一', at: ((a + b) / 2 - reading.x0) / step - 0.5, prob: after.prob });
  }
  return { ...reading, chars, text: chars.map((c) => c.char).join('') };
}

/**
 * A point read last, after a hanzi, whose ink is none or lies above the line's lower third: a
 * speck, where a printed point sits on the baseline (苏州 scanned at 200 dpi: a 2-px speck at
 * mid-height after 一、本年支出 read 一、本年支出., and the 30 classes under it with it).
 */
function trailingSpeck(img: Gray, box: Box, blobs: readonly Blob[], reading: LineReading, chars: readonly LineChar[], i: number): boolean {
  const c = chars[i] as LineChar;
  if (c.char !== '.' || i !== chars.length - 1 || !HANZI.test(chars[i - 1]?.char ?? '')) return false;
  const step = reading.width / reading.columns;
  const x = reading.x0 + (c.at + 0.5) * step;
  const ink = blobs.filter(([a, b]) => a - step <= x && x <= b + step);
  return ink.every(([a, b]) => inkRows(img, box, a, b)[1] < box.y0 + (2 / 3) * (box.y1 - box.y0));
}

/** Chinese numerals and digits: what a numbering's 、 follows. */
const NUMERAL = /[一二三四五六七八九十\d]/;

/**
 * The reading with each 一 read after a numeral whose ink is a 、's put back as 、: narrower
 * than half the line's height and all below its middle, where a 一 is a bar across the middle
 * as wide as a hanzi (国家信访局 scanned at 200 dpi: 一、本年支出 read 一一本年支出, its 、 ink 8 px
 * wide in the lower third of a 38-px line).
 */
function withNumberingMarks(img: Gray, box: Box, reading: LineReading, blobs: readonly Blob[]): LineReading {
  const em = box.y1 - box.y0;
  const step = reading.width / reading.columns;
  const chars = reading.chars.map((c, i) => {
    if (c.char !== '一' || !NUMERAL.test(reading.chars[i - 1]?.char ?? '')) return c;
    // its ink: the pieces centred within half an em of where it was read, nearer it than its neighbours
    const centre = (k: number): number | undefined => (reading.chars[k] ? reading.x0 + ((reading.chars[k] as LineChar).at + 0.5) * step : undefined);
    const x = centre(i) as number;
    const from = Math.max(x - em / 2, ((centre(i - 1) ?? -Infinity) + x) / 2);
    const to = Math.min(x + em / 2, ((centre(i + 1) ?? Infinity) + x) / 2);
    const ink = blobs.filter(([a, b]) => (a + b) / 2 >= from && (a + b) / 2 <= to);
    if (ink.length === 0) return c;
    const [a, b] = [(ink[0] as Blob)[0], (ink[ink.length - 1] as Blob)[1]];
    const top = inkRows(img, box, a, b)[0];
    return b - a + 1 < 0.5 * em && top > (box.y0 + box.y1) / 2 ? { ...c, char: '、' } : c;
  });
  return { ...reading, chars, text: chars.map((c) => c.char).join('') };
}

/** The first and last rows with ink (darker than RULE_INK) in the box's columns a–b. */
function inkRows(img: Gray, box: Box, a: number, b: number): [number, number] {
  let [top, bottom] = [Infinity, -1];
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(img.height, Math.ceil(box.y1)); y++) {
    for (let x = a; x <= b; x++) {
      if ((img.data[y * img.width + x] as number) >= RULE_INK) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return [top, bottom];
}

/**
 * The reading with each bracket and slash as wide as printed. A full-width （ is drawn at the
 * right of a whole em, so white of half an em separates it from the character before (）:
 * after, ／: both sides), while an ASCII ( or / is narrow and close to its neighbours; the
 * line reader reads them either way (维修(护)费 → 维修（护）费, 18元/天/人 → 18元／天/人),
 * so the ink beside the character decides. A bracket with no neighbour on the side that
 * decides is as wide as its partner; where no narrow patch of ink lies near the column the
 * character was read in, or nothing decides, it stays as read. Hanzi read in a blank stretch
 * are dropped (BLANK_EM).
 */
export function textByInk(img: Gray, box: Box, read: LineReading): string {
  const em = box.y1 - box.y0;
  const bars = faintBars(img, box);
  const blobs = mergedBlobs([...inkBlobs(img, box), ...bars]);
  const reading = withNumberingMarks(img, box, withLostOnes(read, bars, em), blobs);
  const step = reading.width / reading.columns;
  const spacing = Math.max(0, hanziWhite(blobs, reading) - HANZI_WHITE * em);
  const chars = reading.chars
    .filter((c) => !HANZI.test(c.char) || !inGap(blobs, reading.x0 + (c.at + 0.5) * step, BLANK_EM * em))
    .filter((c, i, all) => !trailingSpeck(img, box, blobs, reading, all, i))
    .map((c): { char: string; pair?: WidthPair; wide?: boolean } => {
      const pair = WIDTH_PAIRS.find((p) => p.chars.includes(c.char));
      if (!pair) return { char: c.char };
      const x = reading.x0 + (c.at + 0.5) * step;
      const k = blobs.findIndex(([a, b]) => b - a + 1 < pair.ink * em && a - step <= x && x <= b + step);
      if (k < 0) return { char: c.char, pair };
      // the glyph's ink, with pieces a blurred stroke broke off (a JPEG'd ） at 150 dpi: 400, 402–411)
      let [lo, hi] = [k, k];
      const fits = (a: number, b: number): boolean => b - a + 1 < pair.ink * em;
      while (blobs[hi + 1] && (blobs[hi + 1] as Blob)[0] - (blobs[hi] as Blob)[1] - 1 <= STROKE_BREAK && fits((blobs[lo] as Blob)[0], (blobs[hi + 1] as Blob)[1])) hi++;
      while (blobs[lo - 1] && (blobs[lo] as Blob)[0] - (blobs[lo - 1] as Blob)[1] - 1 <= STROKE_BREAK && fits((blobs[lo - 1] as Blob)[0], (blobs[hi] as Blob)[1])) lo--;
      const before = blobs[lo - 1] && (blobs[lo] as Blob)[0] - (blobs[lo - 1] as Blob)[1] - 1;
      const after = blobs[hi + 1] && (blobs[hi + 1] as Blob)[0] - (blobs[hi] as Blob)[1] - 1;
      const sides = pair.white === 'before' ? [before] : pair.white === 'after' ? [after] : [before, after];
      const whites = sides.filter((w): w is number => w !== undefined);
      if (whites.length === 0 || (pair.white !== 'both' && whites.length < sides.length)) return { char: c.char, pair };
      // or the whole em between its neighbours' ink (a blurred scan narrows the white on one side)
      const span = before !== undefined && after !== undefined ? before + after + (blobs[hi] as Blob)[1] - (blobs[lo] as Blob)[0] + 1 : 0;
      return { char: c.char, pair, wide: Math.min(...whites) - spacing >= FULL_WIDTH_GAP * em || span - 2 * spacing >= FULL_WIDTH_SPAN * em };
    });
  return chars
    .map((c, i) => {
      // a bracket with no neighbour on the side that decides (the ） ending 广州市信访局（本级）) is
      // as wide as its partner: a pair is printed one way
      const wide = c.wide ?? partner(chars, i)?.wide;
      return c.pair && wide !== undefined ? c.pair.chars[wide ? 1 : 0] : c.char;
    })
    .join('');
}

/** The median white between two hanzi read side by side: the widest gap in the ink between where each was read (0 with no two). */
function hanziWhite(blobs: readonly Blob[], reading: LineReading): number {
  const step = reading.width / reading.columns;
  const xs = reading.chars.map((c) => ({ hanzi: HANZI.test(c.char), x: reading.x0 + (c.at + 0.5) * step }));
  const whites: number[] = [];
  for (const [i, right] of xs.entries()) {
    const left = xs[i - 1];
    if (!left?.hanzi || !right.hanzi) continue;
    let widest = 0;
    for (const [j, blob] of blobs.entries()) {
      const next = blobs[j + 1];
      if (next && blob[1] >= left.x && next[0] <= right.x) widest = Math.max(widest, next[0] - blob[1] - 1);
    }
    whites.push(widest);
  }
  whites.sort((a, b) => a - b);
  return whites[Math.floor(whites.length / 2)] ?? 0;
}

/** The bracket pairing with the one at `i` (none for other characters): the first closing one after an opening one, the last opening one before a closing one. */
function partner<T extends { char: string }>(chars: readonly T[], i: number): T | undefined {
  const c = (chars[i] as T).char;
  if ('(（'.includes(c)) return chars.slice(i + 1).find((d) => ')）'.includes(d.char));
  if (')）'.includes(c)) return [...chars.slice(0, i)].reverse().find((d) => '(（'.includes(d.char));
  return undefined;
}

/**
 * A hanzi read between two printed characters and this far (line heights) from any ink is
 * noise read in the blank stretch between them: a header spaced out over its cell (长沙:
 * "支      出", read 支爾出 from a JPEG's specks). Not at a line's ends, and no Latin letter
 * or digit: a pen's stroke read TNA must stay what it is (no amount once its N went).
 */
const BLANK_EM = 0.6;

function inGap(blobs: readonly Blob[], x: number, reach: number): boolean {
  const first = blobs[0];
  const last = blobs[blobs.length - 1];
  if (!first || !last || x <= first[1] || x >= last[0]) return false;
  return !blobs.some(([a, b]) => a - reach <= x && x <= b + reach);
}

/** Stretches of ink, overlapping ones one. */
function mergedBlobs(blobs: Blob[]): Blob[] {
  const out: Blob[] = [];
  for (const [a, b] of [...blobs].sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Runs of columns with ink (lighter ink counts: a bracket's thin stroke) in the box's rows, [first, last]. */
function inkBlobs(img: Gray, box: Box): Blob[] {
  const out: Blob[] = [];
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  let start = -1;
  for (let x = Math.max(0, Math.floor(box.x0)); x <= Math.min(img.width, Math.ceil(box.x1)); x++) {
    let ink = false;
    for (let y = y0; y < y1 && x < img.width && !ink; y++) ink = (img.data[y * img.width + x] as number) < RULE_INK;
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      out.push([start, x - 1]);
      start = -1;
    }
  }
  return out;
}

/**
 * Readings of an amount one character away from the digits reading: each character replaced by
 * the next most likely one where the model gave that one some weight (a blurred 3 or 8).
 */
function substitutions(reading: LineReading): string[] {
  const out: string[] = [];
  reading.chars.forEach((c, k) => {
    if (!c.alt || c.alt.prob < ALTERNATIVE_PROB) return;
    out.push(reading.chars.map((d, j) => (j === k ? (c.alt as { char: string }).char : d.char)).join(''));
  });
  return out;
}

/** A next most likely character with less probability than this is not a reading. */
const ALTERNATIVE_PROB = 0.05;

/**
 * The page pass's words that are text. Not text: a signature's loops read as Latin letters
 * (VAN, AS) or as hanzi at near-zero confidence, and lines of strokes only (一 一 ~: its
 * underline). A title's hanzi read at low confidence stay (the title still names its table),
 * and so does 一 among other words (一般公共预算).
 */
export function pageText(words: readonly OcrWord[]): OcrWord[] {
  const kept = words.filter(isText);
  const strokesOnly = new Set<string>();
  for (const [line, list] of groupBy(kept, (w) => w.line)) if (list.every((w) => STROKES.test(w.text))) strokesOnly.add(line);
  return kept.filter((w) => !strokesOnly.has(w.line));
}

/** Not a signature's loops: hanzi, or other characters read with some confidence. */
const isText = (w: OcrWord): boolean => !((w.conf < 0.5 && !HANZI.test(w.text)) || w.conf < 0.15);

const STROKES = /^[一—－\-~_.、·]+$/;
const HANZI = /[\u4e00-\u9fff]/;

/**
 * A cell's lines without those that are a seal's or a signature's strokes: Latin letters only,
 * read at low confidence (a stray A beside 十一、节能环保支出).
 */
export function cellLines(lines: readonly OcrWord[]): OcrWord[] {
  return lines.filter((w) => !(w.conf < 0.5 && /^[A-Za-z]+$/.test(w.text)));
}

/** A gap of this many blank pixel rows separates two lines of text in a cell. */
const LINE_GAP = 6;
/** Bands of ink lower than this (pixels) are specks, not lines of text. */
const MIN_LINE_HEIGHT = 8;

/** The bands of rows with ink in a cell crop, split by blank gaps: its lines of text, [first, last] row. */
export function textBands(img: Gray): [number, number][] {
  const inked = (y: number): boolean => {
    for (let x = 0; x < img.width; x++) if ((img.data[y * img.width + x] as number) < INK) return true;
    return false;
  };
  // LINE_GAP rows apart at most: LINE_GAP − 1 blank rows between
  return stretches(img.height, inked, LINE_GAP - 1).filter(([first, last]) => last - first + 1 >= MIN_LINE_HEIGHT);
}

/** A column of ink this share of a cell's height is a rule, not a character's stroke (cells have padding). */
const STANDING_RULE = 0.9;

/**
 * Whitens the columns of a cell crop inked over nearly its whole height: a rule too short to be
 * found on the page (a header row's column rule, shorter than MIN_RULE_PT), which the line
 * reader would read as a character (项目名称| → 项目名称收).
 */
function eraseStandingRules(img: Gray): void {
  for (let x = 0; x < img.width; x++) {
    let ink = 0;
    for (let y = 0; y < img.height; y++) if ((img.data[y * img.width + x] as number) < RULE_INK) ink++;
    if (ink < STANDING_RULE * img.height) continue;
    for (let dx = -2; dx <= 2; dx++) {
      if (x + dx < 0 || x + dx >= img.width) continue;
      for (let y = 0; y < img.height; y++) img.data[y * img.width + x + dx] = 255;
    }
  }
}

/** The first and last column with ink (darker than `ink`) in rows y0–y1 (first > last when there is none). */
function inkExtent(img: Gray, y0: number, y1: number, ink = INK): [number, number] {
  let first = img.width;
  let last = -1;
  for (let y = y0; y <= y1; y++) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x++) {
      if ((img.data[row + x] as number) < ink) {
        first = Math.min(first, x);
        last = Math.max(last, x);
      }
    }
  }
  return [first, last];
}

/** Grey darker than this, under the background's noise (234–246 on the generated scans), is faint ink. */
const FAINT_INK = 220;
/** A column with this many faint pixels in a line's rows is ink, not a speck of noise. */
const FAINT_PIXELS = 2;

/**
 * The first and last column of faint ink reached from a line's ink (first–last) across gaps no
 * wider than `gap`: the line's own strokes too light to count as ink.
 */
function faintExtent(img: Gray, y0: number, y1: number, first: number, last: number, gap: number): [number, number] {
  const faint = (x: number): boolean => {
    let n = 0;
    for (let y = y0; y <= y1; y++) if ((img.data[y * img.width + x] as number) < FAINT_INK && ++n >= FAINT_PIXELS) return true;
    return false;
  };
  const reach = (from: number, step: number): number => {
    let end = from;
    for (let x = from + step; x >= 0 && x < img.width && Math.abs(x - end) <= gap; x += step) if (faint(x)) end = x;
    return end;
  };
  return [reach(first, -1), reach(last, 1)];
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

/**
 * Comparison signs a blurred scan makes look like other characters to the model: ≥ like 2, ≤
 * like S. A target (≥95%, ≤500台) read as 295% or S500台 still gave the sign some probability
 * where its first character was read, and a true 2 gives it next to none.
 */
const SIGN_LOOKALIKES: Readonly<Record<string, string>> = { '2': '≥', S: '≤', s: '≤' };
/**
 * The least probability of the sign that makes its look-alike the sign: 0.006–0.34 for the
 * misreads of the generated scans (four draws), at most 1.4e-6 where a true 2 was read.
 */
const SIGN_PROB = 1e-3;

/**
 * The sign put back where a cell's first line starts with its look-alike and a digit, the
 * model gave the sign some probability there, and (for 2, a digit itself) the cell is no
 * amount: it holds more than digits, commas and points (295%, 2400人; 2500 stays).
 */
export function readSign(lines: CellLine[], dict: readonly string[]): void {
  const first = lines[0];
  const m = first ? /^([2Ss])\d/.exec(first.word.text) : null;
  if (!first || !m) return;
  const lookalike = m[1] as string;
  const sign = SIGN_LOOKALIKES[lookalike] as string;
  if (/\d/.test(lookalike) && /^[-\d.,\s]*$/.test(lines.map((l) => l.word.text).join(''))) return;
  if (firstCharProbability(first.scores, dict, sign) < SIGN_PROB) return;
  first.word = { ...first.word, text: sign + first.word.text.slice(1) };
}

/**
 * The least probability of % that makes a digits-only cell's last characters a %: its two
 * rings read as 96 (≥95% as 29596) gave it 0.21; the 6,890 other digits-only cells of the
 * generated scans (four draws, and the pictures) gave it at most 0.002.
 */
const PERCENT_PROB = 0.05;

/**
 * The % put back where a cell read as digits only ends in one or two digits read where the
 * model gave % at least PERCENT_PROB: a blurred % is read as 96 (≥95% → 29596), and a rate
 * read so is a wrong figure no check can catch. Before `readSign`, which then sees no amount.
 */
export function readPercent(lines: CellLine[], dict: readonly string[]): void {
  const last = lines[lines.length - 1];
  if (!last || !/^[\d.,]+$/.test(lines.map((l) => l.word.text).join(''))) return;
  const at = mostLikely(last.scores, dict.indexOf('%'));
  if (at.prob < PERCENT_PROB) return;
  const reading = decodeLine(last.scores, dict);
  if (reading.text !== last.word.text) return;
  // the %'s strokes: the character read nearest its surest column, and any after it
  const distance = reading.chars.map((c) => Math.abs(c.at - at.column));
  const from = distance.indexOf(Math.min(...distance));
  if (from < 1 || reading.chars.length - from > 2) return;
  last.word = { ...last.word, text: `${reading.chars.slice(0, from).map((c) => c.char).join('')}%` };
}

/** A column is of amounts when at least this share of its read cells are. */
const AMOUNT_COLUMN = 0.6;

/**
 * Cells to read with digits only: those that may be amounts, and the other cells of a column
 * of amounts (a clean 7.75 the general pass reads as 思人5). Of the latter, the digits
 * reading is taken only when sure of itself (see `surer`): a header cell stays text.
 */
function amountCells(crops: readonly CellCrop[], words: readonly OcrWord[][]): { numeric: number[]; promoted: Set<number> } {
  const texts = crops.map((_, i) => joined(words[i] ?? []));
  const likely = texts.map((t, i) => mayBeAmount(t) && !withPrintedUnit(t, Math.min(...(words[i] ?? []).map((w) => w.conf))));
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
        return !likely[i] && of >= 3 && n / of >= AMOUNT_COLUMN && !notAnAmount(texts[i] as string);
      }),
  );
  return { numeric: crops.map((_, i) => i).filter((i) => likely[i] || promoted.has(i)), promoted };
}

/** The digits reading is sure of itself and the general one is not (a promoted cell's reading is replaced). */
function surer(digits: number, general: number): boolean {
  return digits >= 0.8 && general < 0.7;
}

const joined = (words: readonly OcrWord[]): string => words.map((w) => w.text).join('');

/**
 * Whether a cell read by the general pass may be an amount, to be read again with digits only:
 * it holds a digit and at most one other character (noise read as 人, a comma read as ，), or
 * it is at most two characters (a lone digit is often read as a letter or not at all).
 */
export function mayBeAmount(text: string): boolean {
  const t = text.replace(/\s/g, '');
  const other = t.replace(/[-\d.,]/g, '').length;
  return !notAnAmount(t) && ((/\d/.test(t) && other <= 1) || (t.length <= 2 && !/[\u4e00-\u9fff]{2}/.test(t)));
}

/** A reading whose least sure character is at least this sure is the print's (年 read at 0.999). */
const SURE_HANZI = 0.9;

/**
 * A number with a hanzi after it, every character read surely (`conf`: the least sure one's):
 * the hanzi is printed, a unit (15人, 1年, 1个 in an indicator's value; 2025年 in a column of
 * years), and the cell is no amount whose noise the digits pass would drop.
 */
export function withPrintedUnit(text: string, conf: number): boolean {
  return conf >= SURE_HANZI && /\d/.test(text) && HANZI.test(text);
}

/** More digits than any amount prints (10^13 万元 with two decimals): a code (项目编码 13032123P003317100520). */
const MAX_AMOUNT_DIGITS = 15;

/**
 * A reading that is no amount whatever its digits: a rate or a target (100%, ≥95%, ≤500台, >0)
 * or a code. Read with digits only, its signs would become digits (≥95% → 295 96, P → 9).
 */
function notAnAmount(text: string): boolean {
  return /[%％‰≥≤<>＜＞=]/.test(text) || (text.match(/\d/g)?.length ?? 0) > MAX_AMOUNT_DIGITS;
}

/**
 * An amount's thousands separators read as points (9.616.338314 for 9,616.338314): a point with
 * three digits and another separator after it is no decimal point, as an amount has one.
 */
export function thousandsPoints(text: string): string {
  return text.replace(/\.(?=\d{3}[.,])/g, ',');
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

// OCR reads the full-width punctuation of Chinese text as ASCII at times, and the remains of a
// rule as | (brackets are decided by their ink: textByInk)
const HAN = '[\\u4e00-\\u9fff]';
const FULL_WIDTH: [RegExp, string][] = [
  [/[|｜]/g, ''], // what is left of a rule; budgets never print one
  [/^:$/, '：'], // 其中：, its colon a word of its own
  [new RegExp(`(?<=${HAN}):`, 'g'), '：'],
  // 预算年度：2024 read with a semicolon
  [new RegExp(`(?<=${HAN})[;；](?=\\s*\\d)`, 'g'), '：'],
  [new RegExp(`(?<=${HAN}),(?=${HAN})`, 'g'), '，'],
  // a numbering point after digits is typeset ASCII (1.一般公共预算: 524 lines of the corpus's
  // text layers against 33 printing 1．), whatever width OCR gives it
  [/^(\d{1,2})．/, '$1.'],
  // a bracketed numbering's 一 read as a dash (苏州 scanned: （—）一般公共服务支出)
  [/^([（(])[—－–-]([）)])/, '$1一$2'],
  // a label's numbering is closed by 、, which a blurred scan reads as a comma (十三，交通运输支出)
  [new RegExp(`^([一二三四五六七八九十]{1,3})[，,](?=${HAN})`), '$1、'],
];

/** OCR text with the punctuation Chinese text prints full-width next to hanzi. */
export function fullWidth(text: string): string {
  let out = text;
  for (const [re, to] of FULL_WIDTH) out = out.replace(re, to);
  return out;
}

function toRun(w: OcrWord, dx: number, dy: number, scale: number): Run {
  const box = { x0: (w.x0 + dx) / scale, y0: (w.y0 + dy) / scale, x1: (w.x1 + dx) / scale, y1: (w.y1 + dy) / scale };
  // a glyph box is about 0.9 em tall for CJK and digits
  return { text: lookAlikeWords(fullWidth(w.text)), box, size: Math.max(4, (box.y1 - box.y0) / 0.9), bold: false, vertical: false, confidence: w.conf };
}
