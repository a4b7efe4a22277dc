// Text normalization shared by every stage. Two forms:
// - cleanText: what we publish (whitespace-normalized, otherwise as printed);
// - matchKey: what we compare (NFKC, no whitespace, no quotes), for titles and headers.

const CJK = '\\u2E80-\\u2FDF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/** Trim, collapse whitespace (incl. U+3000 and NBSP), and drop spaces next to CJK characters, which Chinese typesetting uses only for alignment ("项  目" → "项目"). */
export function cleanText(s: string): string {
  return s
    .replace(/[\s\u00A0\u3000\u200B\uFEFF]+/g, ' ')
    .trim()
    .replace(SPACE_BETWEEN_CJK, '');
}

/** Like cleanText but keeps line breaks between paragraphs of one cell. */
export function cleanMultiline(s: string): string {
  return s
    .split(/\r?\n/)
    .map(cleanText)
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * A match key without the qualifiers in parentheses a title or a header label carries inside it
 * (部门(单位)代码 → 部门代码, 政府采购(资产配置、购买服务)预算表 → 政府采购预算表).
 */
export function withoutQualifiers(key: string): string {
  return key.replace(/\([^()]{1,24}\)/g, '');
}

const QUOTES = /["'“”‘’「」『』〝〞〟＂＇`]/g;

/** Comparison key: NFKC (full-width → half-width), no whitespace, no quotes. */
export function matchKey(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00A0\u3000\u200B\uFEFF]+/g, '').replace(QUOTES, '');
}
