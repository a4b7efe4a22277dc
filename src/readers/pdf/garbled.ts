// Whether a page's text layer decodes to characters a Chinese budget prints. A font embedded
// without a usable ToUnicode map gives its glyph ids as code points: control characters
// ("\u0002\u0003"), private-use code points, or ideographs picked at random from the whole
// CJK range (䪗侗刳㕆). Real text is ASCII and GB2312 (the 6,763 common hanzi, CJK and
// full-width punctuation, ①…) almost entirely; garbage from glyph ids is mostly not.

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
  const common = commonChars();
  let total = 0;
  let bad = 0;
  for (const t of texts) {
    for (const ch of t) {
      const c = ch.codePointAt(0) as number;
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
      total++;
      if (!plausible(c, common)) bad++;
    }
  }
  return total < MIN_CHARS ? 0 : bad / total;
}

export function isGarbled(texts: readonly string[]): boolean {
  return garbledShare(texts) >= GARBLED_SHARE;
}
