// Which part of a disclosure a file is (documents.jsonl package_part) and the key its parts
// share (package_id): publishers split one disclosure into a 情况说明 and a 报表 file, or
// publish only its 绩效目标表.
import { DISCLOSURE_TITLE, DOCUMENT_NUMBER, EVALUATION_REPORT_TITLE, NOTICE_TITLE } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import { matchKey } from '../normalize/text.js';
import type { DocumentRecord } from '../schema/records.js';
import type { StatedAmount } from '../validate/narrative/figures.js';

export type PackagePart = DocumentRecord['package_part'];

/** Figures only a disclosure's own 说明 states: its totals. */
const TOTALS = new Set(['income_expenditure_total', 'income_total', 'current_year_income', 'expenditure_total', 'current_year_expenditure']);
/** How far into the text the 预算/决算 it is about must be named (title, contents, first heading). */
const HEAD_PARAGRAPHS = 20;

/** A file with no table of ours is a 情况说明 when it names a 预算/决算 and states one of its totals. */
export function isNarrativePart(narrative: readonly string[], stated: readonly StatedAmount[]): boolean {
  return /预算|决算/.test(narrative.slice(0, HEAD_PARAGRAPHS).join('')) && stated.some((f) => f.key !== null && TOTALS.has(f.key));
}

/** The line of the text's head naming a 预算/决算 disclosure (无锡市水利局局直单位2026年度预算公开, before a breadcrumb's 预决算), if any. */
export function namedDisclosure(narrative: readonly string[]): string | null {
  const named = narrative.slice(0, HEAD_PARAGRAPHS).filter((t) => DISCLOSURE_TITLE.test(matchKey(t)));
  return named.find((t) => /20\d{2}/.test(t)) ?? named[0] ?? null;
}

/** How many lines open a notice: its 文号 and its title, before any text. */
const NOTICE_HEAD = 3;

/**
 * What a file that is not a disclosure is, when its head says: a report on past spending (a
 * 绩效评价报告 naming no 预算/决算 disclosure), an official notice (a 文号 and a 关于…的通知 title
 * naming none; its text may speak of 部门预算); null otherwise.
 */
export function nonDisclosure(narrative: readonly string[]): 'evaluation_report' | 'notice' | null {
  const lines = narrative.slice(0, HEAD_PARAGRAPHS).map(matchKey);
  const head = lines.join('');
  if (EVALUATION_REPORT_TITLE.test(head) && !DISCLOSURE_TITLE.test(head)) return 'evaluation_report';
  const opening = lines.slice(0, NOTICE_HEAD);
  const title = opening.find((t) => NOTICE_TITLE.test(t));
  if (title && !DISCLOSURE_TITLE.test(title) && opening.some((t) => DOCUMENT_NUMBER.test(t))) return 'notice';
  return null;
}

export function packagePart(sections: readonly Section[], stated: readonly StatedAmount[]): PackagePart {
  if (sections.length === 0) return 'narrative';
  if (sections.every((s) => s.def.family === 'project_performance')) return 'performance_targets';
  return stated.some((f) => f.key !== null) ? 'complete' : 'tables';
}
