// Comparison forms of printed labels. Budget lines keep names as printed (full-width
// brackets, ordinal prefixes); the checks compare them in one canonical form.

const QUOTES = /["'“”‘’「」『』〝〞＂＇`]/g;

/** NFKC (full-width → half-width), no whitespace, no quotes. */
export function canonical(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(QUOTES, '');
}

// Ordinal prefixes, outermost first: 一、 / (一) / 1. or 1、 / (1) / 其中:
const NUMBERING: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[一二三四五六七八九十百]+[、.]/, 1],
  [/^\([一二三四五六七八九十]+\)/, 2],
  [/^\d+[、.](?!\d)/, 3],
  [/^\(\d+\)/, 4],
  [/^其中:?/, 5],
];

/** Label without its ordinal prefix and its nesting depth (1 for 一、 and for unnumbered labels). */
export function splitNumbering(name: string): { label: string; depth: number } {
  let label = canonical(name);
  let depth = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, d] of NUMBERING) {
      const m = re.exec(label);
      if (m) {
        label = label.slice(m[0].length);
        depth = Math.max(depth, d);
        changed = true;
      }
    }
  }
  return { label, depth: depth || 1 };
}

/** The key two tables' rows are matched on when one of them prints no codes. */
export function nameKey(name: string): string {
  return splitNumbering(name).label;
}
