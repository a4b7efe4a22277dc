// Recognises a table title by its content words (catalogue/title-words.ts), whatever the
// province adds around them: numbering (公开01表, 预算05表, 表一, （三）), year and
// department prefixes, filler (预算, 总体, 情况, 部门, 市级), qualifiers in parentheses
// ((按功能分类科目), (续), (单位：万元)), spacing, width and quotes.
import { TABLES, type TableDef } from '../catalogue/index.js';
import { BARE_ENDING, CLASS_WORD, CONTENT_WORDS, FILLER_WORDS, FINAL_WORD, NOT_IN_PREFIX, NOT_TITLE_ENDING, TITLE_ENDING } from '../catalogue/title-words.js';
import { TITLE_LINE_FIELDS } from '../catalogue/metadata.js';
import { matchKey, withoutQualifiers } from '../normalize/text.js';

export interface TitleMatch {
  def: TableDef;
  /** the title as printed (whitespace-normalized by the caller). */
  title: string;
  /** another table the words also fit, when the title alone cannot tell them apart. */
  runnerUp: TableDef | null;
  /** the table is the title's sibling by the other classification, told by the body's codes (classification.ts). */
  byCodes?: true;
}

export interface TitleReading {
  /** content words, in printed order. */
  words: string[];
  /**
   * the classification a qualifier names ((按支出经济分类科目)): it tells apart the tables that
   * print the same spending both ways (陕西, 四川), and is ignored where no table is so named.
   */
  qualified: string[];
  /** what precedes the title's words: numbering, year, department. */
  prefix: string;
  /** the title ends in 预算, not 表 (only tables whose signature is `bare` are titled so). */
  bare: boolean;
  /**
   * a part of the table its words name, set off after 表 by a dash (湖南: 一般公共预算基本支出表—
   * 人员经费(工资福利支出)): a table of its own that no catalogue entry is; its title still ends the
   * table before it, and the nearest table is the one its words name.
   */
  part: boolean;
}

interface Form {
  text: string;
  /** the content word, or null for filler. */
  word: string | null;
}

const FORMS: Form[] = [
  ...Object.entries(CONTENT_WORDS).flatMap(([word, forms]) => forms.map((f) => ({ text: matchKey(f), word }))),
  ...FILLER_WORDS.map((f) => ({ text: matchKey(f), word: null })),
].sort((a, b) => b.text.length - a.text.length);

// Qualifiers after a title: (按功能分类科目), (续), (续表2), (单位：万元), (含转移支付项目).
const QUALIFIER = /\([^()]{0,24}\)$|续表?\d*$/;
// A qualifier naming the classification the rows list ((按支出经济分类科目), (部门经济分类科目))
// tells apart the tables printing the same spending both ways (陕西, 四川): its word counts.
const CLASS_FORMS = Object.values(CLASS_WORD).map((word) => ({ word, forms: CONTENT_WORDS[word]!.map(matchKey) }));
const classWords = (qualifier: string): string[] => CLASS_FORMS.filter((c) => c.forms.some((f) => qualifier.includes(f))).map((c) => c.word);
// What a dash after 表 sets off: the part of the table printed (…基本支出表—人员经费(工资福利支出)).
const PART = /(表)[-—―–~](?!.*表).{1,40}$/;
// Marks OCR may read between a title's words from a speck or a rule's end.
const STRAY = /[:：·.,，'`]/;
// A title is a label, not a sentence: sentence punctuation means narrative text.
const SENTENCE = /[。;!?,]/;
// A prefix may name a department, a year and a project printed twice (西南大学: "（八）236-中央高校
// 改善基本办学条件专项-基础设施改造项目(小学) 236-…(小学)绩效目标表", 72 characters).
const MAX_PREFIX = 100;

/**
 * The title's words read from its end; null when the text is not shaped like a table title.
 * `ocr`: the text was read by OCR, and one character of the title may be misread or lost
 * (部门预算财政拨收支总表, 支出预算外): one word may match with one edit.
 */
export function readTitle(text: string, ocr = false): TitleReading | null {
  // fields printed on the title's line after it are not part of the title
  const key = matchKey(text).replace(TITLE_LINE_FIELDS, '表');
  const plain = readKey(key, ocr);
  if (plain) return plain;
  // qualifiers inside a title (政府采购（资产配置、购买服务）预算表, 陕西): tried when it does not read as printed
  const inner = withoutQualifiers(key);
  if (inner !== key) {
    const reading = readKey(inner, ocr);
    if (reading) return reading;
  }
  const whole = key.replace(PART, '$1');
  const reading = whole !== key ? readKey(withoutQualifiers(whole), ocr) : null;
  if (reading) return { ...reading, part: true };
  // a numbered heading and the table's own title read as one wrapped heading (泉州: 一、收支预算总表
  // over 2026年度收支预算总表): the title after the last inner 表 is the table's
  const inside = key.lastIndexOf(TITLE_ENDING, key.length - 2);
  return inside > 0 ? readKey(key.slice(inside + 1), ocr) : null;
}

function readKey(printed: string, ocr: boolean): TitleReading | null {
  let key = printed;
  const qualified: string[] = [];
  for (let q = QUALIFIER.exec(key); q; q = QUALIFIER.exec(key)) {
    qualified.push(...classWords(q[0]));
    key = key.slice(0, q.index);
  }
  if (key === '' || SENTENCE.test(key)) return null;
  const words: string[] = [];
  let end = key.length;
  let last: string | null = null;
  let edits = ocr ? 1 : 0;
  while (end > 0) {
    let form = formAt(key, end);
    let length = form?.text.length ?? 0;
    if (!form && edits > 0 && STRAY.test(key[end - 1] ?? '') && formAt(key, end - 1)?.word) {
      // a mark OCR put between two words (财政拨款收支：预算总表): skipped, not read as a hanzi
      edits--;
      end--;
      continue;
    }
    const near = edits > 0 ? misreadForm(key, end) : undefined;
    // a word misread in its first part leaves its last part a word of its own (项月支出: 支出),
    // unless a word ends right before that part (政府性基金支出 is no misread 基本支出)
    const longer = near && form && near.n > length && near.f.word !== null && near.f.text.endsWith(form.text) && !formAt(key, end - length);
    if (near && (!form || longer)) [form, length, edits] = [near.f, near.n, edits - 1];
    if (!form) break;
    last ??= form.text;
    if (form.word) words.unshift(form.word);
    end -= length;
  }
  const prefix = key.slice(0, end);
  if ((last !== TITLE_ENDING && last !== BARE_ENDING) || words.length === 0 || prefix.length > MAX_PREFIX) return null;
  if (NOT_IN_PREFIX.some((w) => prefix.includes(matchKey(w)))) return null;
  return { words, qualified, prefix, bare: last === BARE_ENDING, part: false };
}

/**
 * Of the forms a misreading of the characters ending at `end` fits, the longest; of those as
 * long, filler before a word: a misread character is no evidence of a word (颁算 fits 预算 and
 * 决算 alike; 一般公共预算机关运行经费支出颁算表 is a budget's table, not a 决算's).
 */
function misreadForm(key: string, end: number): { f: Form; n: number } | undefined {
  return FORMS.map((f) => ({ f, n: misread(key, end, f.text, end === key.length) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || Number(a.f.word !== null) - Number(b.f.word !== null))[0];
}

const formAt = (key: string, end: number): Form | undefined => FORMS.find((f) => key.endsWith(f.text, end) && f.text.length <= end);

/**
 * How many characters ending at `end` read as `form` with one character misread (same length)
 * or lost (one shorter); 0 when they do not. A one-character form only as the title's ending
 * (表), and a lost character only from a form of three or more.
 */
function misread(key: string, end: number, form: string, atEnd: boolean): number {
  if (form.length === 1) return atEnd && form === TITLE_ENDING && end >= 1 && !NOT_TITLE_ENDING.test(key[end - 1]!) ? 1 : 0;
  const same = key.slice(end - form.length, end);
  if (end >= form.length && [...same].filter((ch, i) => ch !== form[i]).length === 1) return form.length;
  if (form.length >= 3 && end >= form.length - 1) {
    const short = key.slice(end - form.length + 1, end);
    for (let i = 0; i < form.length; i++) if (form.slice(0, i) + form.slice(i + 1) === short) return short.length;
  }
  return 0;
}

const allowedWords = (def: TableDef): Set<string> => new Set([...def.title.all, ...(def.title.also ?? [])]);

/** A table's signature fits the words: all its words printed, none it does not allow. */
function fits(def: TableDef, reading: TitleReading): boolean {
  const allowed = allowedWords(def);
  const words = new Set(reading.words);
  return !reading.part && (!reading.bare || def.title.bare === true) && def.title.all.every((w) => words.has(w)) && [...words].every((w) => allowed.has(w));
}

export function matchTitle(text: string, ocr = false): TitleMatch | null {
  // a character taken as misread can also swallow a prefix into a word no table allows
  // (后勤管理服务项目资金绩效目标表: 资金 read as 资产): then the title as printed is tried
  return (ocr ? bestFit(text, readTitle(text, true)) : null) ?? bestFit(text, readTitle(text));
}

/**
 * The 决算 table a title naming no account fits in a document of 决算 tables (云南's
 * “三公”经费、行政参公单位机关运行经费情况表 among its 收入支出决算表 …); null when none does.
 */
export function matchFinalTitle(text: string, ocr = false): TitleMatch | null {
  const reading = readTitle(text, ocr);
  if (!reading || reading.words.includes(FINAL_WORD)) return null;
  const m = bestFit(text, { ...reading, words: [...reading.words, FINAL_WORD] });
  return m?.def.account === 'final_account' ? m : null;
}

function bestFit(text: string, reading: TitleReading | null): TitleMatch | null {
  if (!reading) return null;
  const withClass = { ...reading, words: [...new Set([...reading.words, ...reading.qualified])] };
  // the most specific signature wins (财政拨款收支 over 收支)
  const fitting = [withClass, reading]
    .map((r) => TABLES.filter((def) => fits(def, r)).sort((a, b) => b.title.all.length - a.title.all.length))
    .find((defs) => defs.length > 0);
  if (!fitting) return null;
  return { def: fitting[0]!, title: text, runnerUp: fitting[1] ?? null };
}

/** The catalogue table whose signature shares most with a title no table fits (for the warning that names it). */
export function nearestTable(text: string): TableDef | null {
  const reading = readTitle(text);
  if (!reading) return null;
  const words = new Set(reading.words);
  let best: { def: TableDef; score: number } | null = null;
  for (const def of TABLES) {
    const allowed = allowedWords(def);
    const shared = def.title.all.filter((w) => words.has(w)).length;
    const score = 2 * shared - def.title.all.length - [...words].filter((w) => !allowed.has(w)).length;
    if (shared > 0 && (!best || score > best.score)) best = { def, score };
  }
  return best?.def ?? null;
}
