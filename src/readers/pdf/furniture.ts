// Page furniture: running headers/footers and page numbers are not content. A line counts
// when it sits in the top or bottom margin band and either reads as a page number or
// repeats on several pages (its first occurrence is kept: it may be a title).
import type { TextLine } from './page.js';

/** Share of the page height at the top and at the bottom searched for furniture. */
export const MARGIN_BAND = 0.08;

const PAGE_NUMBER = [
  /^[-–—－\s]*\d{1,4}[-–—－\s]*$/, // 3, - 3 -, —3—
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页, 第3页 共31页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/31
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];
/** A page-number token inside a longer header/footer line. */
const PAGE_TOKEN = /第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|page\s*\d/i;

export interface PageLines {
  height: number;
  lines: readonly TextLine[];
}

export function isPageNumber(text: string): boolean {
  // letter-spaced numbers too: "— 1 0 —"
  const t = text.replace(/\s+/g, '');
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** The furniture lines of a document, given each page's lines outside tables. */
export function findFurniture(pages: readonly PageLines[]): Set<TextLine> {
  const inBand = pages.map((p) =>
    p.lines.filter((l) => l.box.y1 <= p.height * MARGIN_BAND || l.box.y0 >= p.height * (1 - MARGIN_BAND)),
  );
  // a page number printed above the margin band (重庆's landscape pages: at 0.86–0.91 of the
  // height) is still the page's top-most or bottom-most line
  const edges = pages.flatMap((p) => {
    if (p.lines.length === 0) return [];
    const top = p.lines.reduce((a, b) => (b.box.y1 > a.box.y1 ? b : a));
    const bottom = p.lines.reduce((a, b) => (b.box.y0 < a.box.y0 ? b : a));
    return [top, bottom].filter((l) => isPageNumber(l.text));
  });
  // on how many pages each band text occurs, exactly and with its digits masked
  const exact = new Map<string, number>();
  const masked = new Map<string, number>();
  for (const lines of inBand) {
    for (const key of new Set(lines.map((l) => squash(l.text)))) exact.set(key, (exact.get(key) ?? 0) + 1);
    for (const key of new Set(lines.map((l) => mask(l.text)))) masked.set(key, (masked.get(key) ?? 0) + 1);
  }
  const repeatsOn = pages.length <= 4 ? 2 : 3;
  const seen = new Set<string>();
  const out = new Set<TextLine>();
  for (const lines of inBand) {
    for (const l of lines) {
      const key = squash(l.text);
      const running = (exact.get(key) ?? 0) >= repeatsOn;
      const numbered = PAGE_TOKEN.test(l.text) && (masked.get(mask(l.text)) ?? 0) >= repeatsOn;
      if (isPageNumber(l.text) || numbered || (running && seen.has(key))) out.add(l);
      seen.add(key);
    }
  }
  for (const l of edges) out.add(l);
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function mask(s: string): string {
  return squash(s).replace(/\d+/g, '#');
}
