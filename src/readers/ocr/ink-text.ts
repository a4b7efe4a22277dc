// The text of a line read by the line reader, as the ink under it says: the model reads what a
// blurred scan leaves of the print, so where the ink tells otherwise the ink decides: a 一 the
// model passed over or read on ink too faint to count, a numbering's 、 read 一, a speck read as a
// point, and brackets and slashes as wide as printed (the model reads ( and （ alike).
import type { Box } from '../pdf/geometry.js';
import type { Gray } from './bitmap.js';
import type { LineChar, LineReading } from './line-reader.js';
import { RULE_INK } from './rules.js';

/** A hanzi. */
export const HANZI = /[\u4e00-\u9fff]/;

type Blob = [number, number];

/** The model's output column width in the bitmap's pixels. */
const stepOf = (reading: LineReading): number => reading.width / reading.columns;
/** Where a character was read: the middle of its column, in the bitmap's pixels. */
const centre = (reading: LineReading, c: LineChar): number => reading.x0 + (c.at + 0.5) * stepOf(reading);
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
/** How far (line heights) past a bar with nothing read on it the character after it is read: it follows the 一. */
const AFTER_BAR = 1.2;

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
      if (width >= BAR_WIDTH[0] && width <= BAR_WIDTH[1] && flat && middle) bars.push([start, x - 1]);
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
  const at = (c: LineChar): number => centre(reading, c);
  const chars = [...reading.chars];
  for (const [a, b] of bars) {
    if (chars.some((c) => at(c) >= a - 2 && at(c) <= b + 2)) continue;
    const after = chars.find((c) => at(c) > b);
    if (!after || at(after) - b > AFTER_BAR * em || !(HANZI.test(after.char) || '、）)'.includes(after.char))) continue;
    chars.splice(chars.indexOf(after), 0, { char: '一', at: ((a + b) / 2 - reading.x0) / stepOf(reading) - 0.5, prob: after.prob });
  }
  return { ...reading, chars, text: chars.map((c) => c.char).join('') };
}

/** Room (line heights) beyond the line's pitch between two hanzi read side by side, or past the last one's ink, that holds a glyph. */
const LOST_GLYPH_ROOM = 0.7;

/**
 * The reading with a hanzi put back where the model half saw one (UNREAD_PROB or more in a
 * column the blank won) on ink that leaves room for a glyph between two hanzi read side by
 * side (beyond the line's pitch, the median distance between them) or after the last: 泉州's
 * and 福州's 修缮 read 修 (大型修缮 → 大型修, 钢结构修缮项目 → 钢结构修项目), the model giving 缮's
 * columns blank 0.65 and 鳝 0.23 (鳝 is 缮's look-alike: catalogue/look-alike.ts).
 */
function withLostGlyphs(reading: LineReading, blobs: readonly Blob[], em: number): LineReading {
  const unread = (reading.unread ?? []).filter((u) => HANZI.test(u.char));
  const hanzi = reading.chars.filter((c) => HANZI.test(c.char));
  if (unread.length === 0 || hanzi.length < 2) return reading;
  const at = (c: LineChar): number => centre(reading, c);
  const gaps = hanzi.slice(1).map((c, i) => at(c) - at(hanzi[i] as LineChar)).sort((a, b) => a - b);
  const pitch = gaps[Math.floor((gaps.length - 1) / 2)] as number;
  const onInk = (x: number): boolean => blobs.some(([a, b]) => a <= x && x <= b);
  const inkEnd = (blobs[blobs.length - 1] as Blob)[1];
  const chars = [...reading.chars];
  for (let i = 0; i < chars.length; i++) {
    const [left, right] = [chars[i] as LineChar, chars[i + 1]];
    if (!HANZI.test(left.char) || (right && !HANZI.test(right.char))) continue;
    // the room: to the next hanzi, or past the last one's glyph to the end of the ink
    const room = right ? at(right) - at(left) - pitch : inkEnd - at(left) - em / 2;
    if (room < LOST_GLYPH_ROOM * em) continue;
    const lost = unread.filter((u) => u.at > left.at && (!right || u.at < right.at) && onInk(at(u))).sort((a, b) => b.prob - a.prob)[0];
    if (lost) chars.splice(++i, 0, lost);
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
  const [x, step] = [centre(reading, c), stepOf(reading)];
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
  const chars = reading.chars.map((c, i) => {
    const [before, after] = [reading.chars[i - 1], reading.chars[i + 1]];
    if (c.char !== '一' || !NUMERAL.test(before?.char ?? '')) return c;
    // its ink: the pieces centred within half an em of where it was read, nearer it than its neighbours
    const x = centre(reading, c);
    const from = Math.max(x - em / 2, ((before ? centre(reading, before) : -Infinity) + x) / 2);
    const to = Math.min(x + em / 2, ((after ? centre(reading, after) : Infinity) + x) / 2);
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
 * The line's text as its ink says: a 一 put back where the model passed over its bar, a 一 read
 * on a 、's ink made 、, hanzi read in a blank stretch (BLANK_EM) and a speck read as a last
 * point dropped, and each bracket and slash as wide as printed. A full-width （ is drawn at the
 * right of a whole em, so white of half an em separates it from the character before (）:
 * after, ／: both sides), while an ASCII ( or / is narrow and close to its neighbours; the
 * line reader reads them either way (维修(护)费 → 维修（护）费, 18元/天/人 → 18元／天/人),
 * so the ink beside the character decides. A bracket with no neighbour on the side that
 * decides is as wide as its partner; where no narrow patch of ink lies near the column the
 * character was read in, or nothing decides, it stays as read; a letter-spaced line's spacing is
 * taken off the white first (HANZI_WHITE).
 */
export function textByInk(img: Gray, box: Box, read: LineReading): string {
  const em = box.y1 - box.y0;
  const bars = faintBars(img, box);
  const blobs = mergedBlobs([...inkBlobs(img, box), ...bars]);
  const reading = withNumberingMarks(img, box, withLostGlyphs(withLostOnes(read, bars, em), blobs, em), blobs);
  const step = stepOf(reading);
  const spacing = Math.max(0, hanziWhite(blobs, reading) - HANZI_WHITE * em);
  const chars = reading.chars
    .filter((c) => !HANZI.test(c.char) || !inGap(blobs, centre(reading, c), BLANK_EM * em))
    .filter((c, i, all) => !trailingSpeck(img, box, blobs, reading, all, i))
    .map((c): { char: string; pair?: WidthPair; wide?: boolean } => {
      const pair = WIDTH_PAIRS.find((p) => p.chars.includes(c.char));
      if (!pair) return { char: c.char };
      const x = centre(reading, c);
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
  const xs = reading.chars.map((c) => ({ hanzi: HANZI.test(c.char), x: centre(reading, c) }));
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

