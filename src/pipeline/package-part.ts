// Which part of a disclosure a file is (documents.jsonl package_part) and the key its parts
// share (package_id): publishers split one disclosure into a 情况说明 and a 报表 file, or
// publish only its 绩效目标表.
import { DISCLOSURE_TITLE, EVALUATION_REPORT_TITLE } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
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

/** A file whose head names a 绩效评价 report and no 预算/决算 disclosure: a report on past spending, not a disclosure. */
export function isEvaluationReport(narrative: readonly string[]): boolean {
  const head = narrative.slice(0, HEAD_PARAGRAPHS).join('');
  return EVALUATION_REPORT_TITLE.test(head) && !DISCLOSURE_TITLE.test(head);
}

export function packagePart(sections: readonly Section[], stated: readonly StatedAmount[]): PackagePart {
  if (sections.length === 0) return 'narrative';
  if (sections.every((s) => s.def.family === 'project_performance')) return 'performance_targets';
  return stated.some((f) => f.key !== null) ? 'complete' : 'tables';
}
