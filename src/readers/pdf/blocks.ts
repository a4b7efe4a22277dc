// Text lines → headings and paragraphs. A heading is a clearly larger line, a short
// centred line, or a short bold line; a paragraph runs on while its lines fill the text
// column and the next line is neither indented nor numbered.
import { isWide } from './chars.js';
import type { TextLine } from './page.js';
import { heaviest, mostCommon } from '../../util/most-common.js';

/** What the classification needs to know about the document and the page. */
export interface TextContext {
  /** the most common font size of the document's text (by characters). */
  bodySize: number;
  /** left and right ends of the page's text column. */
  left: number;
  right: number;
  pageWidth: number;
}

/** A line this many times the body size, and this many points larger, is a heading. */
export const HEADING_SIZE_RATIO = 1.1;
export const HEADING_SIZE_STEP = 1.5;
/** Longest heading recognised by position or weight alone (characters). */
const MAX_HEADING_CHARS = 40;

const SENTENCE_END = /[。；，：,;:！？]$/;
const NOTE = /^(注|说明|备注)\s*[:：]/;
/** An item number or section marker: 一、 （二） 3. ① 第二部分. */
export const NUMBERED = /^(第[一二三四五六七八九十百\d]+[部分章节条]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|[①-⑳])/;

export function isHeading(line: TextLine, ctx: TextContext): boolean {
  const text = line.text;
  if (NOTE.test(text)) return false;
  const larger = line.size >= HEADING_SIZE_RATIO * ctx.bodySize && line.size >= ctx.bodySize + HEADING_SIZE_STEP;
  if (ctx.bodySize > 0 && larger) return true;
  if (text.length > MAX_HEADING_CHARS || SENTENCE_END.test(text) || hasFieldGap(text)) return false;
  if (line.bold && text.length <= 30) return true;
  // centred on the page and clearly narrower than the text column
  const width = line.box.x1 - line.box.x0;
  const offCentre = Math.abs((line.box.x0 + line.box.x1) / 2 - ctx.pageWidth / 2);
  const column = Math.max(ctx.right - ctx.left, 0.7 * ctx.pageWidth);
  return width <= 0.7 * column && offCentre <= Math.max(2 * line.size, 0.05 * ctx.pageWidth);
}

/** A space next to a CJK character only survives where fields were printed apart. */
function hasFieldGap(text: string): boolean {
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    if (isWide(text[i - 1] ?? '') || isWide(text[i + 1] ?? '')) return true;
  }
  return false;
}

/** Whether `next` continues the paragraph whose last line is `prev` (on the same page or the next). */
export function continuesParagraph(prev: TextLine, next: TextLine, ctx: TextContext, samePage: boolean): boolean {
  if (Math.abs(prev.size - next.size) > 0.1 * prev.size) return false;
  if (samePage) {
    const gap = next.box.y0 - prev.box.y1;
    if (gap > 1.2 * prev.size || gap < -0.5 * prev.size) return false;
  }
  const full = prev.box.x1 >= ctx.right - 1.5 * prev.size;
  // ragged-right text (陕西's Word exports) ends its lines a few characters short of the margin:
  // such a line still runs on where it stops mid-sentence (…公务接待费2万元，委 | 托业务费…)
  const ragged = prev.box.x1 >= ctx.right - RAGGED_CHARACTERS * prev.size && !PARAGRAPH_END.test(prev.text);
  const indented = next.box.x0 > ctx.left + next.size;
  return (full || ragged) && !indented && !NUMBERED.test(next.text);
}

/** How many characters short of the margin a ragged-right line may stop. */
const RAGGED_CHARACTERS = 4;
/** What ends a paragraph's last line: a sentence's end, or a heading's colon. */
const PARAGRAPH_END = /[。！？；：:;!?]$/;

/** Whether `next` continues a heading (a title wrapped onto a second line). */
export function continuesHeading(prev: TextLine, next: TextLine): boolean {
  const gap = next.box.y0 - prev.box.y1;
  return (
    Math.abs(prev.size - next.size) <= 0.05 * prev.size &&
    gap <= 1.2 * prev.size &&
    gap >= -0.5 * prev.size &&
    !NUMBERED.test(next.text)
  );
}

/** The most common font size, weighted by characters, rounded to 0.5 pt. */
export function bodySize(lines: Iterable<TextLine>): number {
  return heaviest([...lines].map((l) => [Math.round(l.size * 2) / 2, l.text.length] as const)) ?? 0;
}

/** Fewer body-size lines than this do not tell where a page's text column is. */
const MIN_COLUMN_LINES = 3;

export interface Column {
  left: number;
  right: number;
}

/**
 * Where body-size lines start and end: on the page when it has enough of them, otherwise on
 * all pages of the same size (`fallback`), since a document keeps its margins.
 */
export function textColumn(lines: readonly TextLine[], body: number, fallback?: Column): Column | undefined {
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) <= 0.1 * body);
  if (bodyLines.length < (fallback ? MIN_COLUMN_LINES : 1)) return fallback;
  return { left: Math.min(...bodyLines.map((l) => l.box.x0)), right: usualRightEdge(bodyLines, body) };
}

/**
 * Where full lines end: the most common end among the lines near the rightmost one. Not the
 * rightmost end itself: CJK typesetting lets a closing punctuation mark hang past the margin,
 * and one such line would make every full line look short.
 */
function usualRightEdge(lines: readonly TextLine[], body: number): number {
  const max = Math.max(...lines.map((l) => l.box.x1));
  const ends = lines.filter((l) => l.box.x1 >= max - 3 * body).map((l) => Math.round(l.box.x1));
  return mostCommon(ends, (a, b) => a > b) ?? max;
}

/** Heading levels: distinct heading sizes, largest first (1 = top). */
export function headingLevels(sizes: Iterable<number>): (size: number) => number {
  const distinct = [...new Set([...sizes].map((s) => Math.round(s * 2) / 2))].sort((a, b) => b - a);
  return (size) => distinct.indexOf(Math.round(size * 2) / 2) + 1;
}
