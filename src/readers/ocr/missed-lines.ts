// Text that tesseract's page layout passed over. Its layout analysis drops a short text far from
// the rest of its line: 上海's "单位：元" at the right margin of 编制单位：… (200 dpi scan), so the
// tables were taken as 万元, 10,000 times too large. What ink is left on the page once the grids'
// cells and the lines read are blanked is cut into lines here, for the line reader to read.
import type { Box } from '../pdf/geometry.js';
import { INK, stretches, whiten, type Gray } from './bitmap.js';

/** Least and most height of a line of text, in points (6 pt footnote to a 28 pt title). */
const MIN_LINE_PT = 5;
const MAX_LINE_PT = 30;
/** Texts of a line further apart than this many line heights are separate (a title and 单位：万元 at the far right). */
export const GAP_EM = 1.5;
/** A piece narrower than this many line heights is no text: a fragment of a read character, a speck. */
const MIN_WIDTH_EM = 0.8;
/** Margin (line heights) blanked around a box already read: the antialiased edge of its glyphs. */
const MARGIN_EM = 0.25;
/** A row holds ink when at least this many of its pixels are ink (one is a speck). */
const MIN_PIXELS = 2;

/**
 * Boxes (pixels) of the lines of ink left on `img` outside `read` (boxes already read, blanked
 * with a margin of a quarter of their height): bands of inked rows as tall as a line of text,
 * each cut where its ink is interrupted for more than GAP_EM of its height; not those beside a
 * box read on their line.
 */
export function missedLines(img: Gray, read: readonly Box[], scale: number): Box[] {
  const left = { width: img.width, height: img.height, data: Uint8Array.from(img.data) };
  for (const b of read) {
    const m = MARGIN_EM * (b.y1 - b.y0);
    whiten(left, b.x0 - m, b.y0 - m, b.x1 + m, b.y1 + m);
  }
  const out: Box[] = [];
  for (const [y0, y1] of stretches(left.height, (y) => inkAcross(left, y, 0, left.width) >= MIN_PIXELS, 0)) {
    const height = y1 - y0 + 1;
    if (height < MIN_LINE_PT * scale || height > MAX_LINE_PT * scale) continue;
    const inked = (x: number): boolean => inkDown(left, x, y0, y1) > 0;
    for (const [x0, x1] of stretches(left.width, inked, GAP_EM * height)) {
      const box = { x0, y0, x1: x1 + 1, y1: y1 + 1 };
      if (x1 - x0 + 1 >= MIN_WIDTH_EM * height && !read.some((b) => besideOnItsLine(box, b))) out.push(box);
    }
  }
  return out;
}

/**
 * Whether `box` is on the same line as `read` (shares half its rows) and nearer it than GAP_EM
 * line heights: a character tesseract's boxes of a line left out (dense lines of a paragraph,
 * touching each other), part of that line's text, not a text of its own.
 */
function besideOnItsLine(box: Box, read: Box): boolean {
  const height = box.y1 - box.y0;
  const shared = Math.min(box.y1, read.y1) - Math.max(box.y0, read.y0);
  const gap = Math.max(read.x0 - box.x1, box.x0 - read.x1);
  return shared >= height / 2 && gap <= GAP_EM * height;
}

function inkAcross(img: Gray, y: number, x0: number, x1: number): number {
  let n = 0;
  for (let x = x0; x < x1; x++) if ((img.data[y * img.width + x] as number) < INK) n++;
  return n;
}

function inkDown(img: Gray, x: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y <= y1; y++) if ((img.data[y * img.width + x] as number) < INK) n++;
  return n;
}
