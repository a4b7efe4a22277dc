// Key projects described in the text, not in a 项目绩效目标表 (上海: a "…项目经费情况说明" heading,
// then 一、项目概述 … 六、年度预算安排 795万元 … 七、绩效目标 …): one project each, with the
// paragraphs it was read from. They are the projects a department chose to describe, not all
// of them (printed_as: prose), so the sum of project budgets never counts them.
import { PROSE_PROJECT_HEADING, PROSE_PROJECT_OTHER_SECTIONS, PROSE_PROJECT_SECTIONS } from '../catalogue/projects.js';
import type { DocumentModel } from '../model/document.js';
import { parseAmount, toWanYuan } from '../normalize/amount.js';
import type { Unit } from '../schema/records.js';
import { cleanText, matchKey } from '../normalize/text.js';
import type { ProjectRecord } from '../schema/records.js';
import { stripEnumeration } from './row.js';

type Field = keyof typeof PROSE_PROJECT_SECTIONS;
const SECTIONS = Object.entries(PROSE_PROJECT_SECTIONS) as Array<[Field, readonly string[]]>;
const OTHERS = new Set(PROSE_PROJECT_OTHER_SECTIONS.map(matchKey));
const AMOUNT = /^([\d,]+(?:\.\d+)?)(亿元|万元|千元|元)$/;

/** The section a numbered heading opens (一、项目概述), or `other`, or null for body text. */
function sectionOf(text: string): Field | 'other' | null {
  const key = matchKey(stripEnumeration(text));
  if (key === matchKey(text)) return null; // not numbered: body text
  for (const [field, labels] of SECTIONS) if (labels.some((l) => matchKey(l) === key)) return field;
  return OTHERS.has(key) ? 'other' : null;
}

export function extractProseProjects(model: DocumentModel, doc_id: string): ProjectRecord[] {
  const texts = model.blocks.map((b) => (b.kind === 'table' ? null : cleanText(b.text)));
  const projects: ProjectRecord[] = [];
  for (let i = 0; i < texts.length; i++) {
    const heading = PROSE_PROJECT_HEADING.exec(texts[i] ?? '');
    if (!heading || sectionOf(texts[i + 1] ?? '') === null) continue;
    const body: Partial<Record<Field, string[]>> = {};
    let field: Field | 'other' | null = null;
    let end = i + 1;
    for (; end < texts.length && texts[end] !== null && !PROSE_PROJECT_HEADING.test(texts[end]!); end++) {
      const opened = sectionOf(texts[end]!);
      if (opened) field = opened;
      else if (field && field !== 'other') (body[field] ??= []).push(texts[end]!);
    }
    const amount = AMOUNT.exec((body.budget ?? []).join('').replace(/\s+/g, ''));
    const value = amount ? parseAmount(amount[1]!) : null;
    const first = model.blocks[i]!;
    projects.push({
      schema_version: '1',
      doc_id,
      project_code: null,
      project_name: heading[1]!,
      budget: value?.ok && value.value !== null ? toWanYuan(value.value, amount![2] as Unit) : null,
      fiscal_funds: null,
      other_funds: null,
      purpose: body.purpose?.join('') ?? null,
      spending_plan: {},
      goals: body.goals ?? [],
      source_unit: '万元',
      provenance: { page: first.page, block_index: i, source_text: texts.slice(i, end).filter((t): t is string => t !== null) },
      printed_as: 'prose',
    });
    i = end - 1;
  }
  return projects;
}
