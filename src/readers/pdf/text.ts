// Glyph runs (pdf.js text items) in display space, and how runs become lines and text.
import { clipLookup, clippedText } from './clip.js';
import { cleanSpaces, firstChar, isSpace, isWide, lastChar, normalizeCodePoints, spaceBetween } from './chars.js';
import { compose, mapBox, type Box, type Matrix } from './geometry.js';
import type { RawPage, RawTextItem } from './load.js';

/** One pdf.js text item: a piece of text in one font along one baseline. */
export interface Run {
  /** code points normalized, whitespace reduced to real spaces; never empty. */
  text: string;
  box: Box;
  /** font size in points. */
  size: number;
  bold: boolean;
  /** the baseline runs top to bottom on the displayed page. */
  vertical: boolean;
  /** OCR's confidence in the text, 0–1; absent for a text layer. */
  confidence?: number;
  /** OCR: other readings of the whole cell this run was read in (another pass, a repaired point). */
  alternatives?: string[];
  /**
   * The text with the blanks the item printed, where `text` dropped some (a blank between a
   * number and CJK): they take width, and mark where one cell's text ends and the next begins.
   */
  spaced?: string;
  /** the part of the line its clip lets show, where the clip cuts it short (a label wider than its cell): the cell it is printed in */
  shown?: Box;
}

export interface Line {
  /** left to right. */
  runs: Run[];
  box: Box;
  /** size of the line's longest run. */
  size: number;
  bold: boolean;
}

// A run's glyphs are not positioned individually by pdf.js; when a run must be cut (it
// straddles a cell border) each character gets a share of the run's width by these weights:
// CJK-style fonts draw wide characters at 1 em and Latin/digits at about half an em.
const WIDE_WEIGHT = 1;
const NARROW_WEIGHT = 0.5;
const SPACE_WEIGHT = 0.3;

// Horizontal gap, in em, above which two narrow runs are separate words.
const WORD_GAP_EM = 0.2;
// Gap, in em, above which free text (outside tables) keeps a space even between CJK
// characters: fields printed apart on one line ("部门：XX      单位：万元"); justified
// prose stretches its gaps to about 2.5 em.
const FIELD_GAP_EM = 4;
// A number ending a free-text line after this gap (em) is a page reference (contents).
const PAGE_REF_GAP_EM = 1.5;
// Two runs are on one line when their vertical centres differ by less than this share
// of the taller run's height.
const SAME_LINE_SHARE = 0.45;

// How much of a clipped line's advance must lie inside its clip for it to be printed (em).
const SHOWN_EM = 0.5;

const BOLD_FONT = /bold|black|heavy|demi|semibold|hei|粗|黑/i;

export function pageRuns(page: RawPage): Run[] {
  const runs: Run[] = [];
  const boldById = new Map<string, boolean>();
  const clipped = clipLookup(clippedText(page.fnArray, page.argsArray));
  for (const item of page.items) {
    // drawn outside its clip: not printed (clip.ts)
    const cut = clipped(item.transform[4] as number, item.transform[5] as number, item.width);
    if (cut?.hidden) continue;
    const raw = normalizeCodePoints(item.str);
    const text = cleanSpaces(raw);
    if (text === '') continue;
    const placed = placeItem(page, item, text);
    if (!placed) continue;
    const { box, size, vertical } = placed;
    const clip = cut && mapBox(page.viewport, cut.clip.x0, cut.clip.y0, cut.clip.x1, cut.clip.y1);
    // a line beside its clip, next to none of it inside (half an em, or half of a shorter line), is not printed either
    if (clip && alongInside(box, clip, vertical) < Math.min(SHOWN_EM * size, (vertical ? box.y1 - box.y0 : box.x1 - box.x0) / 2)) continue;
    let bold = boldById.get(item.fontName);
    if (bold === undefined) {
      bold = BOLD_FONT.test(decodeFontName(page.fontName(item.fontName) ?? ''));
      boldById.set(item.fontName, bold);
    }
    let run: Run = { text, box: cut && !vertical ? shownRows(box, cut.clip, page.viewport) : box, size, bold, vertical };
    // leading/trailing blanks take width but are gone from the text: narrow the box
    if (text.length !== raw.length && (isSpace(raw[0] ?? '') || isSpace(raw[raw.length - 1] ?? ''))) {
      run = trimBox(run, raw);
    }
    const spaced = raw.trim();
    if (spaced !== text) run.spaced = spaced;
    if (clip && !vertical && (clip.x0 > run.box.x0 || clip.x1 < run.box.x1)) run.shown = { ...run.box, x0: Math.max(run.box.x0, clip.x0), x1: Math.min(run.box.x1, clip.x1) };
    runs.push(run);
  }
  return runs;
}

/** How much of a line's advance lies inside a clip (display space). */
function alongInside(box: Box, clip: Box, vertical: boolean): number {
  return vertical ? Math.min(box.y1, clip.y1) - Math.max(box.y0, clip.y0) : Math.min(box.x1, clip.x1) - Math.max(box.x0, clip.x0);
}

/** Where each text item's glyphs are drawn (display space), clipped or not. */
export function inkBoxes(page: RawPage): { box: Box; size: number }[] {
  const out: { box: Box; size: number }[] = [];
  for (const item of page.items) {
    const placed = placeItem(page, item, item.str);
    if (placed) out.push(placed);
  }
  return out;
}

/** An item's em box along its advance, display space; null when its text matrix cannot be placed. */
function placeItem(page: RawPage, item: RawTextItem, text: string): { box: Box; size: number; vertical: boolean } | null {
  const m = compose(page.viewport, item.transform as Matrix);
  const size = Math.hypot(m[2], m[3]);
  const advance = Math.hypot(m[0], m[1]);
  // a degenerate or non-finite text matrix cannot be placed (size and advance are NaN then)
  if (!(size >= 0.5) || !(advance > 0) || !Number.isFinite(m[4]) || !Number.isFinite(m[5])) return null;
  const { ascent, descent } = fontExtent(page.fontMetrics.get(item.fontName));
  const dx = m[0] / advance;
  const dy = m[1] / advance;
  const ux = m[2] / size;
  const uy = m[3] / size;
  // Type 3 widths come through the font's own FontMatrix and may be missing or NaN
  const width = item.width > 0 && Number.isFinite(item.width) ? item.width : estimateWidth(text, size);
  const ox = m[4];
  const oy = m[5];
  const xs = [ox + ux * descent * size, ox + ux * ascent * size];
  const ys = [oy + uy * descent * size, oy + uy * ascent * size];
  xs.push((xs[0] as number) + dx * width, (xs[1] as number) + dx * width);
  ys.push((ys[0] as number) + dy * width, (ys[1] as number) + dy * width);
  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  return { box, size, vertical: Math.abs(dy) > Math.abs(dx) };
}

/**
 * A line of text the clip cuts across: the rows of it that show (display space), so that it is
 * placed where it is seen. Its width stays: text running on past a cell's side is read whole.
 */
function shownRows(box: Box, clip: Box, viewport: Matrix): Box {
  const c = mapBox(viewport, clip.x0, clip.y0, clip.x1, clip.y1);
  const y0 = Math.max(box.y0, c.y0);
  const y1 = Math.min(box.y1, c.y1);
  return y1 > y0 ? { ...box, y0, y1 } : box;
}

/** Cuts a run into one run per character, positioned by estimated advance widths. */
export function splitRun(run: Run): Run[] {
  return laidOut(run).filter((r) => !isSpace(r.text));
}

/** Cuts a run into its words (at the blanks it printed), positioned by estimated advance widths. */
export function runWords(run: Run): Run[] {
  const words: Run[][] = [[]];
  for (const ch of laidOut(run)) {
    if (isSpace(ch.text)) words.push([]);
    else words[words.length - 1]!.push(ch);
  }
  return words
    .filter((w) => w.length > 0)
    .map((w) => {
      const first = w[0]!.box;
      const last = w[w.length - 1]!.box;
      const box = run.vertical ? { ...run.box, y0: first.y0, y1: last.y1 } : { ...run.box, x0: first.x0, x1: last.x1 };
      return { ...w[0]!, text: w.map((c) => c.text).join(''), box };
    });
}

const laidOut = (run: Run): Run[] => layout(run, [...(run.spaced ?? run.text)]);

function layout(run: Run, chars: string[]): Run[] {
  const weights = chars.map(weight);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const from = run.vertical ? run.box.y0 : run.box.x0;
  const span = (run.vertical ? run.box.y1 : run.box.x1) - from;
  const { spaced: _, shown: __, ...base } = run;
  const out: Run[] = [];
  let at = from;
  chars.forEach((ch, i) => {
    const next = at + (span * (weights[i] as number)) / total;
    const box = run.vertical ? { ...run.box, y0: at, y1: next } : { ...run.box, x0: at, x1: next };
    out.push({ ...base, text: ch, box });
    at = next;
  });
  return out;
}

function trimBox(run: Run, raw: string): Run {
  const parts = layout(run, [...raw]);
  const kept = parts.filter((p) => !isSpace(p.text));
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return run;
  const box = run.vertical
    ? { ...run.box, y0: first.box.y0, y1: last.box.y1 }
    : { ...run.box, x0: first.box.x0, x1: last.box.x1 };
  return { ...run, box };
}

function weight(ch: string): number {
  if (isSpace(ch)) return SPACE_WEIGHT;
  return isWide(ch) ? WIDE_WEIGHT : NARROW_WEIGHT;
}

/** The width a text would take at `size` by advance weights (CJK 1 em, Latin and digits ½ em). */
export function estimateWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += weight(ch) * size;
  return w;
}

/** Groups runs into lines (top to bottom), each line's runs left to right. */
export function groupLines(runs: readonly Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.box.y0 + a.box.y1 - (b.box.y0 + b.box.y1));
  const open: { yc: number; h: number; runs: Run[] }[] = [];
  const lines: Line[] = [];
  for (const run of sorted) {
    if (run.vertical) {
      lines.push(toLine([run]));
      continue;
    }
    const yc = (run.box.y0 + run.box.y1) / 2;
    const h = run.box.y1 - run.box.y0;
    // runs come sorted by centre, so only recent lines can still take this run
    let target: (typeof open)[number] | undefined;
    for (let i = open.length - 1; i >= 0 && i >= open.length - 3; i--) {
      const l = open[i] as (typeof open)[number];
      if (Math.abs(l.yc - yc) < SAME_LINE_SHARE * Math.max(l.h, h)) {
        target = l;
        break;
      }
    }
    if (target) target.runs.push(run);
    else open.push({ yc, h, runs: [run] });
  }
  for (const l of open) lines.push(toLine(l.runs));
  return lines.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function toLine(runs: Run[]): Line {
  runs.sort((a, b) => a.box.x0 - b.box.x0);
  // Some producers fake bold by printing a run twice, slightly offset: keep one copy.
  const kept: Run[] = [];
  for (const r of runs) {
    const prev = kept[kept.length - 1];
    if (prev && prev.text === r.text && Math.abs(prev.box.x0 - r.box.x0) < 0.3 * r.size) continue;
    kept.push(r);
  }
  let box = { ...(kept[0] as Run).box };
  let main = kept[0] as Run;
  for (const r of kept) {
    box = { x0: Math.min(box.x0, r.box.x0), y0: Math.min(box.y0, r.box.y0), x1: Math.max(box.x1, r.box.x1), y1: Math.max(box.y1, r.box.y1) };
    if (r.text.length > main.text.length) main = r;
  }
  return { runs: kept, box, size: main.size, bold: main.bold };
}

/**
 * One line's text. Between runs a space is kept for a real gap between narrow characters;
 * in free text (`fields`), also for a wide gap between any characters, except single
 * characters spread out by distributed alignment ("合    计"), and before a page number
 * ending a contents line.
 */
export function lineText(runs: readonly Run[], fields: boolean): string {
  let out = '';
  let prev: Run | undefined;
  const last = runs[runs.length - 1];
  for (const r of runs) {
    if (prev) {
      const gap = r.box.x0 - prev.box.x1;
      const em = Math.max(prev.size, r.size);
      const narrow = spaceBetween(lastChar(prev.text), firstChar(r.text));
      const pageRef = r === last && gap > PAGE_REF_GAP_EM * em && /^\d{1,4}$/.test(r.text);
      const field = fields && (pageRef || (gap > FIELD_GAP_EM * em && !(prev.text.length === 1 && r.text.length === 1)));
      if ((narrow && gap > WORD_GAP_EM * em) || field) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out;
}

/**
 * Text of stacked lines (a cell, a paragraph): wrapped CJK joins without a space, and so does
 * a line wrapped after a hyphen ("2025-" | "2026年").
 */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (t === '') continue;
    if (out !== '' && wrapSpace(out, t)) out += ' ';
    out += t;
  }
  return out;
}

// A line may break after a hyphen or dash; the hyphen stays and nothing is inserted.
const HYPHEN_END = /[-‐‑–]$/;

/** Whether two stacked lines of text are joined with a space: between Latin/digit words, not after a hyphen. */
export function wrapSpace(before: string, after: string): boolean {
  return spaceBetween(lastChar(before), firstChar(after)) && !HYPHEN_END.test(before);
}

// Characters of a number or code that a narrow cell may wrap in the middle ("772." | "85",
// "C99" | "000" | "000").
const TOKEN_CHAR = /^[0-9A-Za-z.,%\-\/]$/;
const LAST_TOKEN = /[0-9A-Za-z.,%\-\/]+$/;
const FIRST_TOKEN = /^[0-9A-Za-z.,%\-\/]+/;

/**
 * Whether two stacked lines of one cell are one digit/Latin token that the cell width cut
 * ("2130" | "599"): both sides of the break are token characters, the token holds a digit,
 * and the upper line reaches the cell's right edge: less room is left there (`slack`, points
 * to the cell's inner right edge) than the next line's first character needs (`nextWidth`).
 */
export function tokenWrapped(before: string, after: string, slack: number, nextWidth: number): boolean {
  if (!TOKEN_CHAR.test(lastChar(before)) || !TOKEN_CHAR.test(firstChar(after))) return false;
  const token = (LAST_TOKEN.exec(before)?.[0] ?? '') + (FIRST_TOKEN.exec(after)?.[0] ?? '');
  if (!/\d/.test(token)) return false;
  return slack < nextWidth + WRAP_SLACK;
}

// Points of rounding allowed when telling whether a character would have fitted.
const WRAP_SLACK = 1;

/** Estimated width of the first character of a line (its first run shared by advance weights). */
export function firstCharWidth(runs: readonly Run[]): number {
  const r = runs[0];
  if (!r) return 0;
  const chars = [...r.text];
  const total = chars.reduce((a, ch) => a + weight(ch), 0) || 1;
  const span = r.vertical ? r.box.y1 - r.box.y0 : r.box.x1 - r.box.x0;
  return (span * weight(chars[0] ?? '')) / total;
}

/** Font names of Chinese fonts often arrive as GBK bytes read as Latin-1 ("ºÚÌå" = 黑体). */
function decodeFontName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  try {
    return new TextDecoder('gbk').decode(Uint8Array.from(name, (c) => c.charCodeAt(0)));
  } catch {
    return name;
  }
}

// Ascent/descent (em) when a font reports none: pdf.js gives NaN for Type 3 fonts (Chromium
// draws CFF CJK fonts so) and nothing for fonts it did not load.
const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;

/** A font's vertical extent in em, always finite: its metrics clamped to plausible values (zero ascent → 0.6), the defaults where they are not numbers. */
export function fontExtent(metrics: { ascent: number; descent: number } | undefined): { ascent: number; descent: number } {
  const finite = (v: number | undefined, fallback: number): number => (v !== undefined && Number.isFinite(v) ? v : fallback);
  return {
    ascent: clamp(finite(metrics?.ascent, DEFAULT_ASCENT), 0.6, 1.1),
    descent: clamp(finite(metrics?.descent, DEFAULT_DESCENT), -0.4, 0),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
