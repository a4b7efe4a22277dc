// Extracts the figures the 说明 paragraphs state: "2024年预算收入1630.30万元" →
// { key: income_total, value: 1630.3 }. An amount belongs to the label right before it,
// with only a few connecting characters between them (为, 共计安排, 预算数) and no
// change or comparison word; amounts are converted to 万元. A label right after a change
// verb (增加基本支出844.15万元) states a change. Labels that touch form one name: the first
// one names the figure and the rest say it is a budget ("机关运行经费预算支出5619.31万元" is
// 机关运行经费, "一般公共预算收入预算21,940.96万元" is 一般公共预算收入).
import { toWanYuan, WAN_YUAN_PER } from '../../normalize/amount.js';
import type { Unit } from '../../schema/records.js';
import { OPTIONAL_SCOPE, ORGANIZATION_SUFFIX } from '../../catalogue/metadata.js';
import { canonical, splitNumbering } from '../text.js';
import {
  AMOUNT_FILLER,
  CHANGE_BEFORE_LABEL,
  CHANGE_CLAUSE,
  COMPARED_WITH,
  CLASSIFICATION_CLAUSE,
  CLAUSE_BREAK,
  FIGURE_LABELS,
  FUND_SENTENCE,
  type FigureKey,
  NOT_THIS_YEAR,
  PROJECT_CLAUSE,
  REASON_CLAUSE,
  CONTINUED_SENTENCE,
  LISTED_LABEL,
  SECTION_HEADING,
  SECTION_SUBJECTS,
  SUBJECT_END,
  SUBJECT_FILLER,
} from './labels.js';

export interface Figure {
  key: FigureKey;
  /** 万元 */
  value: number;
  /** the label-to-unit text, as matched in the canonical paragraph */
  text: string;
  paragraph: number;
  /** half the last printed digit, in 万元: the text's own rounding */
  halfUnit: number;
  /** the organization the clause names before the label (深圳市考试院部门预算收入…), where it names one */
  subject?: string;
}

// Connecting text: no digits, no clause punctuation (NFKC has made ，；： ASCII).
const GAP = '[^\\d,;。、%]{0,12}?';
const AMOUNT = '(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<dec>\\d+))?(?<unit>亿元|万元|千元|元)';

const halfUnit = (decimals: string, factor: number): number => 0.5 * 10 ** -decimals.length * factor;

/** A figure as figures.jsonl keeps it (amount_text "1,630.30万元"), for the narrative checks. */
export function figureOf(f: { label: FigureKey; amount: number; amount_text: string; sentence: string; block_index: number }): Figure {
  const m = new RegExp(`^${AMOUNT}$`).exec(f.amount_text);
  const half = m ? halfUnit(m.groups!['dec'] ?? '', WAN_YUAN_PER[m.groups!['unit'] as Unit]) : 0;
  return { key: f.label, value: f.amount, text: f.sentence, paragraph: f.block_index, halfUnit: half };
}

/** The amount a match states, in 万元. */
function amountOf(g: Record<string, string | undefined>): number {
  const printed = Number(`${g['int']!.replace(/,/g, '')}.${g['dec'] || '0'}`);
  return toWanYuan(printed, g['unit'] as Unit);
}

interface Candidate extends Figure {
  labelStart: number;
  labelEnd: number;
  amountStart: number;
}

// compiled once, not once per paragraph (they showed in --cpu-prof)
const PATTERNS = FIGURE_LABELS.map((spec) => ({
  spec,
  patterns: spec.labels.map((label) => new RegExp(`(?<label>${label.source})(?<gap>${GAP})${AMOUNT}`, 'dg')),
}));

/** The text before a department-wide label is only its subject: a year, the department, filler. */
function isSubject(before: string): boolean {
  return SUBJECT_END.test(subjectOf(before));
}

/** The clause's subject before a label: a year, an organization, with the filler taken off. */
function subjectOf(before: string): string {
  const clauses = before.split(CLAUSE_BREAK);
  let last = clauses.pop()!;
  // the second of two labels listed with 、 has the first one's subject (2022年度财政拨款收入总计、支出总计: 财政拨款's)
  if (last === '' && before.endsWith('、') && LISTED_LABEL.test(clauses.at(-1) ?? '')) last = clauses.at(-1)!.replace(LISTED_LABEL, '');
  // a numbered clause ((一)收入预算总计…) starts after its number
  return splitNumbering(last).label.replace(SUBJECT_FILLER, '');
}

/** The organization a subject names (not 本局 / 我局: the department itself). */
function subjectOrganization(before: string): string | undefined {
  const org = ORGANIZATION.exec(subjectOf(before))?.[0];
  return org && !/^[本我该]/.test(org) ? org : undefined;
}
const ORGANIZATION = new RegExp(`[\u4e00-\u9fff（）()]{4,40}${ORGANIZATION_SUFFIX}${OPTIONAL_SCOPE}$`);

/** A gloss in brackets after a name: (公用经费), (行政及参公单位基本支出). */
const GLOSS = /\([^()]*\)/g;

const ANY_LABEL = new RegExp(FIGURE_LABELS.flatMap((spec) => spec.labels.map((l) => l.source)).join('|'));

/**
 * An amount of an item no label names, then what it includes (深圳: 2.信访大厅运行603.84万元，
 * 主要包括：…安检服务项目支出328.69万元): the labels after it name the item's parts, not the
 * department's figures.
 */
function itemised(before: string): boolean {
  const m = new RegExp(`^(.*?)${AMOUNT},?(?:主要)?(?:包括|用于)`).exec(before);
  if (m === null || ANY_LABEL.test(m[1]!)) return false;
  // a year and 预算数 alone name no item: the figure the sentence before named (北京: 2026年预算数
  // 198.40万元，包括公务用车购置费预算138.77万元)
  return splitNumbering(m[1]!).label.replace(AMOUNT_FILLER, '') !== '';
}

/**
 * The clause a label is in, up to it; from the sentence before where its sentence goes on about
 * that one; from the paragraph's start where its first sentence is about one 类/款/项 (陕西:
 * ②机关商品和服务支出（502）996.33万元…。2022年专项业务费806.10万元，…日常公用经费109.15万元: the class's).
 */
function clauseBefore(text: string, at: number): string {
  const sentence = text.lastIndexOf('。', at - 1) + 1;
  if (sentence > 0 && CLASSIFICATION_CLAUSE.test(text.slice(0, text.indexOf('。') + 1))) return text.slice(0, at);
  if (sentence > 0 && CONTINUED_SENTENCE.test(text.slice(sentence, at).trim())) return text.slice(text.lastIndexOf('。', sentence - 2) + 1, at);
  // the parts of a class listed with semicolons (西安 2020: 对事业单位经常性补助（505）2945.22万元，其中：人员经费…；
  // 公用经费75.66万元…；专项业务经费…): the class's, as its first part is
  const clauses = text.slice(sentence, at);
  if (CLASSIFICATION_CLAUSE.test(clauses.split(';')[0]!)) return clauses;
  return text.slice(Math.max(sentence, text.lastIndexOf(';', at - 1) + 1), at);
}

/** A label opening its sentence after a sentence about a fund: the fund's total, not the department's. */
function aboutFundBefore(text: string, at: number, before: string): boolean {
  if (before !== '' || at === 0 || text[at - 1] !== '。') return false;
  return FUND_SENTENCE.test(text.slice(text.lastIndexOf('。', at - 2) + 1, at));
}

function candidates(text: string, paragraph: number): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('元')) return out; // no amount in the paragraph
  for (const { spec, patterns } of PATTERNS) {
    if (spec.notIn?.test(text)) continue;
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const g = m.groups!;
        const at = m.indices!.groups!;
        if (NOT_THIS_YEAR.test(g['gap']!)) continue;
        // another label between this one and the amount, not touching it, names the amount
        // (上年结转结余的一般公共预算收入0万元 is not the carry-over)
        // (a gloss in brackets is no label of its own: 机关运行经费(公用经费)预算总额为1703.46万元 is 机关运行经费)
        const inner = ANY_LABEL.exec(g['gap']!.replace(GLOSS, ''));
        if (inner && inner.index > 0) continue;
        const labelStart = m.index;
        // the label is that gloss, naming what the item before it is: (1)行政运行(行政及参公单位基本支出)2678.58万元 is 行政运行's
        const open = text.lastIndexOf('(', labelStart);
        if (open >= 0 && !text.slice(open, labelStart).includes(')') && g['gap']!.includes(')')) continue;
        const before = clauseBefore(text, labelStart);
        if (CLASSIFICATION_CLAUSE.test(before) || PROJECT_CLAUSE.test(before) || REASON_CLAUSE.test(before) || itemised(before)) continue;
        if (CHANGE_BEFORE_LABEL.test(before) || CHANGE_CLAUSE.test(before.split(CLAUSE_BREAK).pop()!) || COMPARED_WITH.test(before)) continue;
        if (spec.subject && (!isSubject(before) || aboutFundBefore(text, labelStart, before))) continue;
        const dec = g['dec'] ?? '';
        const factor = WAN_YUAN_PER[g['unit'] as Unit];
        const subject = subjectOrganization(before);
        out.push({
          ...(subject && { subject }),
          key: spec.key,
          value: amountOf(g),
          text: m[0],
          paragraph,
          halfUnit: halfUnit(dec, factor),
          labelStart,
          labelEnd: at['label']![1],
          amountStart: at['int']![0],
        });
      }
    }
  }
  return out;
}

/**
 * Each amount goes to the label closest before it; when labels touch or overlap they are one
 * name and the one starting first wins (一般公共预算收入 over 预算收入, 机关运行经费预算支出
 * over 预算支出, 一般公共预算收入预算 over 收入预算).
 */
function better(a: Candidate, b: Candidate): boolean {
  const touch = a.labelStart <= b.labelEnd && b.labelStart <= a.labelEnd;
  if (touch && a.labelStart !== b.labelStart) return a.labelStart < b.labelStart;
  return a.labelEnd > b.labelEnd;
}

/** Every amount the text states ("…万元"), labelled where a label names it: figures.jsonl. */
export interface StatedAmount {
  key: FigureKey | null;
  value: number;
  /** the amount as printed, with its unit ("1,630.30万元") */
  printed: string;
  /** the sentence it is in, canonical (NFKC, no whitespace) */
  sentence: string;
  paragraph: number;
}

const ANY_AMOUNT = new RegExp(AMOUNT, 'dg');

export function statedAmounts(narrative: readonly string[]): StatedAmount[] {
  const out: StatedAmount[] = [];
  readParagraphs(narrative, (text, paragraph, labelled) => {
    for (const m of text.matchAll(ANY_AMOUNT)) {
      const at = m.index;
      const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
      const ends = [text.indexOf('。', at), text.indexOf(';', at)].filter((i) => i >= 0);
      const sentence = text.slice(start, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
      const c = labelled.get(m.indices!.groups!['int']![0]);
      out.push({ key: c?.key ?? null, value: c?.value ?? amountOf(m.groups!), printed: m[0], sentence, paragraph });
    }
  });
  return out;
}

export function extractFigures(narrative: readonly string[]): Figure[] {
  const figures: Figure[] = [];
  readParagraphs(narrative, (_text, paragraph, labelled) => {
    for (const c of [...labelled.values()].sort((a, b) => a.amountStart - b.amountStart)) {
      figures.push({ key: c.key, value: c.value, text: c.text, paragraph, halfUnit: c.halfUnit, ...(c.subject && { subject: c.subject }) });
    }
  });
  return figures;
}

/**
 * A label among the parts (其中) of a fund's figure its sentence opens on (云南: 财政拨款安排支出…元，
 * 其中：基本支出…元…；项目支出…元): it names the fund's part, as under a heading naming the fund.
 */
function fundOfParts(text: string, labelStart: number): Partial<Record<FigureKey, FigureKey | null>> | undefined {
  const sentence = text.slice(text.lastIndexOf('。', labelStart - 1) + 1, labelStart);
  const fund = FUND_SENTENCE.exec(sentence);
  if (fund === null || !sentence.includes('其中')) return undefined;
  return SECTION_SUBJECTS.find((s) => s.heading.test(fund[0]))?.means;
}

/** Each paragraph's canonical text and its labelled amounts by position (the section's meaning applied). */
function readParagraphs(narrative: readonly string[], each: (text: string, paragraph: number, labelled: Map<number, Candidate>) => void): void {
  let section: Partial<Record<FigureKey, FigureKey | null>> = {};
  narrative.forEach((raw, paragraph) => {
    const text = canonical(raw);
    if (SECTION_HEADING.test(text)) section = SECTION_SUBJECTS.find((s) => s.heading.test(text))?.means ?? {};
    const best = new Map<number, Candidate>();
    for (const c of candidates(text, paragraph)) {
      const held = best.get(c.amountStart);
      if (!held || better(c, held)) best.set(c.amountStart, c);
    }
    for (const [at, c] of best) {
      const means = (fundOfParts(text, c.labelStart) ?? section)[c.key];
      if (means === null) best.delete(at);
      else c.key = means ?? c.key;
    }
    each(text, paragraph, best);
  });
}
