// Doctored copies of the seed fixture: one amount changed, everything else as printed.
import type { BudgetLine, CheckRecord, Side, TableId } from '../../src/schema/records.js';

export interface Where {
  table: TableId;
  side?: Side;
  code?: string;
  name?: string;
  item?: string;
  /** the printed 序号 (first cell), for rows whose name repeats */
  seq?: string;
}

export const matches = (l: BudgetLine, w: Where): boolean =>
  l.table === w.table &&
  (w.side === undefined || l.side === w.side) &&
  (w.code === undefined || l.code === w.code) &&
  (w.name === undefined || l.name === w.name) &&
  (w.item === undefined || l.item === w.item) &&
  (w.seq === undefined || l.provenance.source_text[0] === w.seq);

/** A deep copy with `column` of the one line matching `where` set to `value`. */
export function withAmount(lines: readonly BudgetLine[], where: Where, column: string, value: number | null): BudgetLine[] {
  const copy = structuredClone([...lines]);
  const hits = copy.filter((l) => matches(l, where));
  if (hits.length !== 1) throw new Error(`${JSON.stringify(where)} matches ${hits.length} lines`);
  if (!(column in hits[0]!.amounts)) throw new Error(`${column} is not printed in ${where.table}`);
  hits[0]!.amounts[column] = value;
  return copy;
}

/** The checks that ran (pass or fail); a skipped one compared nothing. */
export const ran = (checks: readonly CheckRecord[]): CheckRecord[] => checks.filter((c) => c.status !== 'skipped');

/** check id → number of records that ran, in output order. */
export function countById(checks: readonly CheckRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of ran(checks)) counts[c.check] = (counts[c.check] ?? 0) + 1;
  return counts;
}

export const failures = (checks: readonly CheckRecord[]): Record<string, number> =>
  countById(checks.filter((c) => c.status === 'fail'));
