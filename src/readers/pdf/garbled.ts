// Whether a page's text layer decodes to characters a Chinese budget prints. A font embedded
// without a usable ToUnicode map gives its glyph ids as code points: control characters
// ("\u0002\u0003"), private-use code points, or ideographs picked at random from the whole
// CJK range (䪗侗刳㕆). Real text is ASCII and GB2312 (the 6,763 common hanzi, CJK and
// full-width punctuation, ①…) almost entirely; garbage from glyph ids is mostly not.
// A font whose map is broken for some glyphs only garbles a page in part, below the page's
// threshold, and its wrong characters are often plausible ones (、 read as 1, 其 as w): such a
// font is told over the whole document (`brokenFonts`), and every page it draws on is garbled.

/** A page whose text has at least this share of implausible characters is garbled. */
const GARBLED_SHARE = 0.3;
/** Fewer characters than this say nothing (a page number, a stray mark). */
const MIN_CHARS = 8;

let gb2312: Set<number> | undefined;

/** Every character GB2312 encodes (decoded once from its two-byte table). */
function commonChars(): Set<number> {
  if (gb2312) return gb2312;
  const set = new Set<number>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    const bytes: number[] = [];
    for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
    for (const ch of decoder.decode(Uint8Array.from(bytes))) {
      const c = ch.codePointAt(0) as number;
      // GB18030 decodes GB2312's unassigned positions to private-use code points
      if (c !== 0xfffd && !(c >= 0xe000 && c <= 0xf8ff)) set.add(c);
    }
  }
  gb2312 = set;
  return set;
}

/** Whether a code point is something a budget disclosure prints. */
function plausible(c: number, common: Set<number>): boolean {
  return (c >= 0x20 && c <= 0x7e) || common.has(c) || c === 0xa0 || c === 0x3000;
}

/** Share of implausible characters in a page's text (whitespace ignored), or 0 when too short to tell. */
export function garbledShare(texts: readonly string[]): number {
  const t = newTally();
  for (const text of texts) tallyFont(t, text);
  return t.chars < MIN_CHARS ? 0 : t.implausible / t.chars;
}

export function isGarbled(texts: readonly string[]): boolean {
  return garbledShare(texts) >= GARBLED_SHARE;
}

/** What one font draws (or a page: `garbledShare`), whitespace ignored. */
export interface FontTally {
  chars: number;
  implausible: number;
  /** Latin letters beyond ASCII that GB2312 lacks (Ð ß ÿ Ā: not its pinyin ā é ü). */
  strayLatin: number;
}

/**
 * Stray Latin letters that say a font's map is broken: single-byte codes leaking through as
 * Latin-1 (ghostscript's re-distilled 江苏, 佛山 and 广州 PDFs: 8 to 1,276 in a font, alongside
 * its right hanzi or none). A Chinese budget prints none: not one in any font of the corpus's
 * 147 PDFs, the six real ones or the samples.
 */
const STRAY_LATIN = 3;
/** Fewer characters than this in a font say nothing of its share: a short place name's rare hanzi (潖江, 鲃鱼) are most of it. */
const FONT_MIN_CHARS = 30;

export const newTally = (): FontTally => ({ chars: 0, implausible: 0, strayLatin: 0 });

export function tallyFont(tally: FontTally, text: string): void {
  const common = commonChars();
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    tally.chars++;
    if (plausible(c, common)) continue;
    tally.implausible++;
    if (c >= 0xc0 && c <= 0x24f) tally.strayLatin++;
  }
}

/**
 * Fonts whose map is broken, from their tallies over the document: mostly implausible
 * characters (as a garbled page is), or stray Latin letters. The corpus's worst font is 4 %
 * implausible (㎡ in a 276-character table).
 */
export function brokenFonts(tallies: ReadonlyMap<string, FontTally>): Set<string> {
  const broken = new Set<string>();
  for (const [font, t] of tallies) {
    const garbage = t.chars >= FONT_MIN_CHARS && t.implausible / t.chars >= GARBLED_SHARE;
    if (garbage || t.strayLatin >= STRAY_LATIN) broken.add(font);
  }
  return broken;
}

/**
 * Marks garbled every page that draws text in a font broken over the whole document (its
 * tallies summed page by page: pdf.js names a font object the same on every page using it).
 */
export function markBrokenFonts(pages: readonly { fonts: ReadonlyMap<string, FontTally>; garbled: boolean }[]): void {
  const total = new Map<string, FontTally>();
  for (const p of pages) {
    for (const [font, t] of p.fonts) {
      const sum = total.get(font) ?? newTally();
      sum.chars += t.chars;
      sum.implausible += t.implausible;
      sum.strayLatin += t.strayLatin;
      total.set(font, sum);
    }
  }
  const broken = brokenFonts(total);
  if (broken.size === 0) return;
  for (const p of pages) if ([...p.fonts.keys()].some((f) => broken.has(f))) p.garbled = true;
}
