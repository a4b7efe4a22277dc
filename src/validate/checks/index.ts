// Reconciliation checks: every identity of identities.ts applied to one document's budget
// lines, projects and 说明 text. One CheckRecord per place an identity applies, pass or
// fail; an identity whose tables or rows are not printed writes one `skipped` record.
import type { CheckRecord } from '../../schema/records.js';
import { type Context, makeContext } from './context.js';
import { evaluateGroups } from './evaluators/groups.js';
import { evaluateHierarchy } from './evaluators/hierarchy.js';
import { evaluateFigures, evaluateNarrative } from './evaluators/narrative.js';
import type { Figure } from '../narrative/figures.js';
import type { BudgetLine } from '../../schema/records.js';
import { evaluatePerClass } from './evaluators/per-class.js';
import { evaluateRowTotal } from './evaluators/row-total.js';
import { applies, evaluateSum } from './evaluators/sum.js';
import { IDENTITIES } from './identities.js';
import { identityTables, skippedRecord } from './skipped.js';
import { tableDef } from '../../catalogue/index.js';
import type { CheckInput, Identity } from './types.js';

export { documentStatus } from './status.js';
export type { CheckInput } from './types.js';

/** 万元 per summand: published tables round each amount to 0.01. */
export const DEFAULT_TOLERANCE = 0.01;

export function runChecks(input: CheckInput): CheckRecord[] {
  const ctx = makeContext(input.doc_id, input.lines, input.projects, input.tolerance ?? DEFAULT_TOLERANCE, input.ofWhich);
  const account = input.account ?? 'budget';
  // a 决算's checks are the final_ tables' identities, a budget's the others: the other account's never apply
  const ofAccount = IDENTITIES.filter(
    (id) => (id.kind !== 'narrative' || input.narrative !== null) && identityTables(id).some((t) => (tableDef(t).account ?? 'budget') === account),
  );
  const records = ofAccount.flatMap((id) => {
    const records = evaluate(ctx, id, input);
    if (records.length > 0 || (id.kind === 'sum' && id.exclusive && !applies(ctx, id))) return records;
    return ofOtherTemplates(ctx, id) ? [] : [skippedRecord(ctx, id)];
  });
  return withoutRedundantSkips(records);
}

/**
 * An identity reading a table no disclosure must print and this one does not (陕西's
 * 政府性基金收支表 in a 上海 document): another template's, no gap in this one.
 */
function ofOtherTemplates(ctx: Context, id: Identity): boolean {
  // (the 说明's figures have targets in many tables, any one of which will do)
  return id.kind !== 'narrative' && identityTables(id).some((t) => !tableDef(t).mandated && !ctx.tables.has(t));
}

/**
 * One skipped record per check and table, none where another form of the check ran there: the
 * forms for layouts a document does not print (a table split 当年预算 | 上年结转, 吉林) are no gap.
 */
function withoutRedundantSkips(records: CheckRecord[]): CheckRecord[] {
  const where = (r: CheckRecord) => `${r.check} ${JSON.stringify(r.table)}`;
  const ran = new Set(records.filter((r) => r.status !== 'skipped').map(where));
  const skipped = new Set<string>();
  return records.filter((r) => {
    if (r.status !== 'skipped') return true;
    const k = where(r);
    if (ran.has(k) || skipped.has(k)) return false;
    skipped.add(k);
    return true;
  });
}

function evaluate(ctx: Context, id: Identity, input: CheckInput): CheckRecord[] {
  switch (id.kind) {
    case 'hierarchy':
      return evaluateHierarchy(ctx, id);
    case 'groups':
      return evaluateGroups(ctx, id);
    case 'row':
      return evaluateRowTotal(ctx, id);
    case 'sum':
      return evaluateSum(ctx, id);
    case 'per_class':
      return evaluatePerClass(ctx, id);
    case 'narrative':
      return evaluateNarrative(ctx, id, input.narrative ?? []);
  }
}

/**
 * A narrative part's figures against its tables part's lines (two documents of one
 * disclosure): the narrative identity alone, written for the narrative part.
 */
export function figureChecks(doc_id: string, lines: BudgetLine[], figures: readonly Figure[]): CheckRecord[] {
  const ctx = makeContext(doc_id, lines, [], DEFAULT_TOLERANCE);
  const id = IDENTITIES.find((i) => i.kind === 'narrative');
  if (!id || id.kind !== 'narrative') return [];
  const records = evaluateFigures(ctx, id, figures);
  return records.length > 0 ? records : [skippedRecord(ctx, id)];
}
