// A table printed with its items across and one row per period (a 三公 table: 2023年预算数 |
// 2024年预算数 | 增减 | 增减率 down the side, 因公出国（境）费 … across): each row is a column of the
// usual table turned, and is read under the key its label names as a header label would.
import { COMPARISON, TOTAL, YEAR_ALONE } from '../catalogue/columns.js';
import { resolveHeader, type TableDef } from '../catalogue/index.js';

/** What a period row holds: money under `key`, or (增减率) an attribute. */
export interface PeriodRow {
  key: string;
  role: 'amount' | 'attr';
}

/** This year's figure and the columns that compare it with last year's, as a row may name them. */
const PERIOD_KEYS = new Set(['total', ...COMPARISON.map((c) => c.key)]);
const YEAR = /^(20\d{2})年/;

/**
 * Each row's period by its label (null for an unlabelled row), or null unless every labelled
 * row, two at least, names one. Of rows naming the same figure by year, the latest is this
 * year's and the others last year's.
 */
export function periodRows(def: TableDef, labels: readonly string[]): (PeriodRow | null)[] | null {
  // a year alone (深圳: 2025年 | 2026年 | 增减变化金额) names that year's figure
  const named = labels.map((l) => (l === '' ? null : YEAR_ALONE.test(l) ? TOTAL : (resolveHeader(def, [l])?.column ?? undefined)));
  if (named.filter((c) => c !== null).length < 2 || named.some((c) => c === undefined || (c !== null && !PERIOD_KEYS.has(c.key)))) return null;
  const years = labels.map((l) => Number(YEAR.exec(l)?.[1] ?? Number.NaN));
  const latest = Math.max(...years.filter((y) => !Number.isNaN(y)));
  return named.map((c, i) =>
    c ? { key: c.key === 'total' && years[i]! < latest ? 'last_year_total' : c.key, role: c.role === 'attr' ? 'attr' : 'amount' } : null,
  );
}
