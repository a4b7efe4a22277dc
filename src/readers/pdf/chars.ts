// Character-level text rules: code point normalization and where a space is real.
import { RADICAL_SUPPLEMENT } from './cjk-radicals.js';

// Radicals Supplement, Kangxi Radicals and CJK Compatibility Ideographs: producers emit these
// for ordinary characters (⻔ for 门, ⼀ for 一); everything else is left as printed
// (no blanket NFKC: it would turn full-width （：into ASCII).
const ODD_CODE_POINT = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;
const ODD_CODE_POINTS = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

export function normalizeCodePoints(s: string): string {
  if (!ODD_CODE_POINT.test(s)) return s;
  return s.replace(ODD_CODE_POINTS, (ch) => RADICAL_SUPPLEMENT.get(ch) ?? ch.normalize('NFKC'));
}

/**
 * Full-width ("wide") characters: CJK ideographs and punctuation, kana, hangul, full-width
 * forms, and the curly quotes / dashes Chinese text uses. No space is ever kept next to one.
 */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x2010) return c === 0xb7;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000 ||
    c === 0x2014 ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026
  );
}

const SPACE = /[\s\u00a0\u3000]/;
const SPACES = /[\s\u00a0\u3000]+/g;

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/** A space survives only between two narrow (Latin, digit, ASCII punctuation) characters. */
export function spaceBetween(before: string, after: string): boolean {
  return before !== '' && after !== '' && !isWide(before) && !isWide(after);
}

/**
 * Collapses whitespace inside one glyph run: pdf.js puts spaces into a run wherever the
 * glyphs were spread (justified or tracked CJK text), which are not spaces in the text.
 */
export function cleanSpaces(s: string): string {
  if (!SPACE.test(s)) return s;
  return s.replace(SPACES, (m: string, at: number) => {
    const before = lastChar(s.slice(0, at));
    const after = firstChar(s.slice(at + m.length));
    return spaceBetween(before, after) ? ' ' : '';
  });
}

export function firstChar(s: string): string {
  const c = s.codePointAt(0);
  return c === undefined ? '' : String.fromCodePoint(c);
}

export function lastChar(s: string): string {
  if (s === '') return '';
  const low = s.charCodeAt(s.length - 1);
  // a surrogate pair (ideographs beyond the BMP) is one character
  return low >= 0xdc00 && low <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}
