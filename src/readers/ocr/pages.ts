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
import { decodeLine, firstCharProbability, lineDictionary, mostLikely, readLine, scoreLine, type LineReading, type LineScores } from './line-reader.js';
import { findRules, RULE_INK } from './rules.js';
import { HANZI, textByInk } from './ink-text.js';
import { GAP_EM, missedLines } from './missed-lines.js';
import { orientation, recognize, type OcrWord } from './tesseract.js';
import { runTool, type OcrTools } from './tools.js';
import { groupBy } from '../../util/group-by.js';
import { lookAlikeWords } from '../../catalogue/look-alike.js';
import { catalogueName } from './line-names.js';

export const OCR_DPI = 300;

export interface OcrPage {
  number: number;
  runs: Run[];
  segments: Segment[];
  /** the skew undone, degrees. */
  skew: number;
  /** the clockwise turn that made the page upright (runs and segments are in the turned page's display space). */
  turn: Turn;
  /** line names read as no printed name and taken for the catalogue's name the model found likely (line-names.ts). */
  names: { read: string; name: string }[];
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
    results.push({ number: p.number, runs: [], segments, skew, turn: p.turn, scale, names: [] });
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
  cells.forEach((lines, i) => {
    const line = lines.length === 1 ? lines[0] : undefined;
    const name = line && catalogueName(line.word.text, line.scores, dict);
    if (!line || name === undefined) return;
    results.find((r) => r.number === crops[i]?.page)?.names.push({ read: line.word.text, name });
    line.word = { ...line.word, text: name };
  });
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
  return results.map(({ number, runs, segments, skew, turn, names }) => ({ number, runs, segments, skew, turn, names }));
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
  for (const band of textBands(img)) {
    const whole = await readBand(img, band, dict);
    // a band that may be two lines set tight is read as two where the reader is surer of each
    // than of the band as one line (one line of faint strokes has blank rows across it too)
    const parts = tightLines(img, band);
    const split: (CellLine | null)[] = [];
    if (parts.length > 1) for (const part of parts) split.push(await readBand(img, part, dict));
    const lines = split.length > 0 && split.every((l) => l && l.word.conf > (whole?.word.conf ?? 0)) ? split : [whole];
    for (const line of lines) if (line) out.push({ ...line, word: { ...line.word, line: String(out.length) } });
  }
  return out;
}

/** A band of a cell's rows read as one line (null when nothing is read). */
async function readBand(img: Gray, [y0, y1]: [number, number], dict: readonly string[]): Promise<CellLine | null> {
  const [first, last] = inkExtent(img, y0, y1);
  if (last < first) return null;
  // half a line's height of the cell either side: a blurred 一 leading the line is lighter than
  // ink (reading from lighter ink instead read a pen's remains in an empty cell as 5)
  const margin = (y1 - y0 + 1) / 2;
  // and the faint ink the line runs on into (a thin 一 or 二 leading 一、一般公共预算拨款收入 in a
  // JPEG at 200 dpi is grey 196–204, lighter than any threshold that keeps a pen's remains out)
  const [faintFirst, faintLast] = faintExtent(img, y0, y1, first, last, margin);
  const box = { x0: Math.max(0, Math.min(first - margin, faintFirst - margin / 2)), y0, x1: Math.min(img.width, Math.max(last + 1 + margin, faintLast + 1 + margin / 2)), y1: y1 + 1 };
  const scores = await scoreLine(img, box);
  const reading = decodeLine(scores, dict);
  if (reading.text.trim() === '') return null;
  // the word is where its ink is, lighter ink counted (a 一 blurred grey at 150 dpi leads
  // 一般公共服务支出): the margin read around it would make its indent depend on its height
  // (clamped at the cell's edge for one line and not the next), and a lost 一 would indent it
  const [x0, x1] = inkExtent(img, y0, y1, RULE_INK);
  return { word: { image: 0, line: '', text: textByInk(img, box, reading), conf: reading.conf, ...box, x0, x1: x1 + 1 }, scores };
}

/**
 * tesseract's page words, read again by the line reader. Each line of words, split where a gap
 * wider than GAP_EM of its height separates them (a title and 单位：万元 at the far right are
 * two texts), becomes one word. tesseract's boxes miss characters it could not read (支出预算总表
 * boxed without 表, 部门预算财政拨款收支总表 in two pieces without 款), so each piece is widened to
 * the ink next to it first, and pieces that then meet are one. Their boxes are also often too
 * tall (at 150 dpi a title's box takes in the top of the 部门：… line under it), so each is
 * first cut down to its band of ink. Pieces of tesseract's lines that overlap on one band are
 * one line (`onePerLine`).
 */
async function readPageLines(img: Gray, words: readonly OcrWord[]): Promise<OcrWord[]> {
  const pieces: OcrWord[] = [];
  for (const list of groupBy(words, (w) => w.line).values()) {
    const line: OcrWord[] = [];
    for (const w of [...list].sort((a, b) => a.x0 - b.x0)) {
      const last = line[line.length - 1];
      const gap = GAP_EM * Math.max(w.y1 - w.y0, last ? last.y1 - last.y0 : 0);
      const box = widened(img, tightened(img, w), gap);
      if (last && box.x0 - last.x1 <= gap) line[line.length - 1] = spanning(last, box);
      else line.push(box);
    }
    pieces.push(...line);
  }
  const out: OcrWord[] = [];
  for (const piece of onePerLine(pieces)) {
    const reading = await readLine(img, piece);
    const word = { ...piece, line: `${piece.line}.${out.length}`, text: textByInk(img, piece, reading), conf: reading.conf };
    if (reading.text.trim() !== '' && isText(word)) out.push(word);
  }
  return out;
}

/**
 * tesseract may take pieces of one printed line for lines of their own (泉州's blurred
 * 驻沪办房屋修缮经费项目绩效目标表: four), each widened to the whole line and read as the title
 * four times: pieces on one band that overlap are one.
 */
export function onePerLine(pieces: readonly OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const piece of pieces) {
    const k = out.findIndex((p) => sameBand(p, piece) && p.x0 <= piece.x1 && piece.x0 <= p.x1);
    if (k >= 0) out[k] = spanning(out[k] as OcrWord, piece);
    else out.push(piece);
  }
  return out;
}

const spanning = (a: OcrWord, b: OcrWord): OcrWord => ({ ...a, x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });

/** Two boxes on one band of ink: each overlaps the other over most of its height. */
function sameBand(a: OcrWord, b: OcrWord): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap >= SAME_BAND * Math.max(a.y1 - a.y0, b.y1 - b.y0);
}

/** Share of the taller box's height two boxes of one printed line overlap by (a line and the next overlap little, if at all). */
const SAME_BAND = 0.6;

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

/**
 * A band at least this many times as wide as it is tall may be two lines set tight, parted at
 * blank rows where each side is this share of it at least. 烟台 wraps 机关事业单位基本养老保 /
 * 险缴费支出 with 0.1 pt between the lines: 4 blank rows at 300 dpi, read as one line
 * (险缴机美事业单位基本养老保, four names lost). A lone character (昌) is not that wide; a
 * line of faint strokes may have blank rows across it too, so the reader decides (readCell).
 */
const TIGHT_LINES_WIDTH = 2;
const TIGHT_LINE_SHARE = 0.35;

/** Whether row `y` of a cell crop has ink. */
const inkedRow = (img: Gray, y: number): boolean => {
  for (let x = 0; x < img.width; x++) if ((img.data[y * img.width + x] as number) < INK) return true;
  return false;
};

/** The bands of rows with ink in a cell crop, split by blank gaps: its lines of text, [first, last] row. */
export function textBands(img: Gray): [number, number][] {
  // LINE_GAP rows apart at most: LINE_GAP − 1 blank rows between
  return stretches(img.height, (y) => inkedRow(img, y), LINE_GAP - 1).filter(([first, last]) => last - first + 1 >= MIN_LINE_HEIGHT);
}

/** The lines a band may be, set tight: parted at blank rows (two or more) where both sides are lines of their own (TIGHT_LINES_WIDTH); the band alone if none. */
export function tightLines(img: Gray, [first, last]: [number, number]): [number, number][] {
  const height = last - first + 1;
  const [x0, x1] = inkExtent(img, first, last);
  if (x1 - x0 + 1 < TIGHT_LINES_WIDTH * height) return [[first, last]];
  const least = Math.max(MIN_LINE_HEIGHT, TIGHT_LINE_SHARE * height);
  const parts = stretches(height, (i) => inkedRow(img, first + i), 1).map(([a, b]): [number, number] => [first + a, first + b]);
  for (let k = 1; k < parts.length; k++) {
    const above: [number, number] = [first, (parts[k - 1] as [number, number])[1]];
    const below: [number, number] = [(parts[k] as [number, number])[0], last];
    if (above[1] - above[0] + 1 >= least && below[1] - below[0] + 1 >= least) return [...tightLines(img, above), ...tightLines(img, below)];
  }
  return [[first, last]];
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
