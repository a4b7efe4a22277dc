// Recognises a catalogued table title in a heading, a paragraph or a table's first row,
// whatever the spacing, width, quotes, numbering ("表1、", "一、") or department/year prefix.
import { TABLES, type TableDef } from '../catalogue/index.js';
import { matchKey } from '../normalize/text.js';

export interface TitleMatch {
  def: TableDef;
  /** the title as printed (whitespace-normalized by the caller). */
  title: string;
}

// A unit's package (单位预算) titles its tables as the department's do, with 单位 for 部门.
const unitLevel = (t: string): string[] => (t.startsWith('部门') ? [t, `单位${t.slice(2)}`] : [t]);
const VARIANTS = TABLES.flatMap((def) => def.titles.flatMap(unitLevel).map((t) => ({ def, key: matchKey(t) }))).sort(
  (a, b) => b.key.length - a.key.length,
);

// "(续)", "(续表)", "(单位：万元)" after a title are not part of it.
const SUFFIX = /\((?:续表?\d*|(?:金额)?单位[:：][^)]*)\)$|续表?$/;
// A title is a label, not a sentence: sentence punctuation means narrative text.
const SENTENCE = /[。;!?,]/;
const MAX_PREFIX = 60;

export function matchTitle(text: string): TitleMatch | null {
  let key = matchKey(text);
  while (SUFFIX.test(key)) key = key.replace(SUFFIX, '');
  if (key === '' || SENTENCE.test(key)) return null;
  for (const v of VARIANTS) {
    if (key.endsWith(v.key) && key.length - v.key.length <= MAX_PREFIX) return { def: v.def, title: text };
  }
  return null;
}
