// Comparison and the CheckRecord it writes. Choices (documented in ../README.md):
// expected, actual and difference are rounded to 6 decimals of 万元 (0.01 元), which keeps
// amounts converted from 元 exact and drops float noise; difference = actual − expected;
// a check passes when |difference| ≤ tolerance × summands (printed amounts are rounded), or,
// for a figure that is a part of the other, when difference ≤ tolerance × summands.
import { SCHEMA_VERSION, type BudgetLine, type CheckCell, type CheckRecord, type TableId } from '../../schema/records.js';
import type { Context } from './context.js';
import type { Cell } from './refs.js';

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

/** 2 decimals as tables print 万元, more only when the amount has them (converted from 元). */
export function fmt(x: number): string {
  const two = x.toFixed(2);
  return Math.abs(Number(two) - x) < 1e-9 ? two : x.toFixed(6).replace(/0+$/, '');
}

const signed = (x: number): string => (x > 0 ? `+${fmt(x)}` : fmt(x));

export interface Comparison {
  check: string;
  tables: readonly TableId[];
  actual: number;
  expected: number;
  /** number of rounded amounts on the expected side */
  summands: number;
  /** left-hand text, before the actual value */
  lhs: string;
  /** right-hand text, before the expected value */
  rhs: string;
  /** appended after the expected value, e.g. the rows summed */
  detail?: string;
  /** overrides the context tolerance per summand (narrative figures rounded coarser) */
  tolerance?: number;
  /** actual ≤ expected passes (a part of what the other figure counts), not only equality */
  atMost?: boolean;
  /** actual ≥ expected passes (the expected side sums a selection of what actual counts) */
  atLeast?: boolean;
  /** the printed cells of each side (none for a figure of the text) */
  cells: { actual: readonly Cell[]; expected: readonly Cell[] };
}

/** A line's amount as a Cell (row-wise identities read lines, not Refs). */
export const lineCell = (l: BudgetLine, column: string): Cell =>
  ({ table: l.table, side: l.side, code: l.code, label: l.name, nameKey: l.name, column, value: l.amounts[column] ?? null, at: l.provenance });

function checkCells(cells: Comparison['cells']): CheckCell[] {
  const ref = (role: CheckCell['role']) => (c: Cell): CheckCell => ({
    table_index: c.at.table_index,
    row_index: c.at.row_index,
    side: c.side,
    column: c.column,
    role,
  });
  return [...cells.actual.map(ref('actual')), ...cells.expected.map(ref('expected'))];
}

export function record(ctx: Context, c: Comparison): CheckRecord {
  const actual = round6(c.actual);
  const expected = round6(c.expected);
  const difference = round6(actual - expected);
  const allowed = round6((c.tolerance ?? ctx.tolerance) * Math.max(1, c.summands));
  const pass = (c.atMost ? difference : c.atLeast ? -difference : Math.abs(difference)) <= allowed + 1e-9;
  const tables = [...new Set(c.tables)];
  const note = pass ? '' : ` [difference ${signed(difference)}, tolerance ±${fmt(allowed)}]`;
  const relation = c.atMost ? (pass ? '≤' : '>') : c.atLeast ? (pass ? '≥' : '<') : pass ? '=' : '≠';
  return {
    schema_version: SCHEMA_VERSION,
    doc_id: ctx.doc_id,
    check: c.check,
    table: tables.length === 1 ? tables[0]! : tables,
    status: pass ? 'pass' : 'fail',
    expected,
    actual,
    difference,
    message: `${c.lhs} ${fmt(actual)} ${relation} ${c.rhs} ${fmt(expected)}${c.detail ?? ''}${note}`,
    cells: checkCells(c.cells),
  };
}

/**
 * A row's amount in one column against the sum of other rows' amounts there (empty cells
 * left out of the sum); null when the row and all the others are empty in that column.
 */
export function rowSum(
  ctx: Context,
  c: { check: string; table: TableId; row: BudgetLine; rows: readonly BudgetLine[]; column: string; lhs: string; rhs: (summed: readonly BudgetLine[]) => string; detail?: (summed: readonly BudgetLine[]) => string },
): CheckRecord | null {
  const value = c.row.amounts[c.column] ?? null;
  const summed = c.rows.filter((k) => (k.amounts[c.column] ?? null) !== null);
  if (value === null && summed.length === 0) return null;
  return record(ctx, {
    check: c.check,
    tables: [c.table],
    actual: value ?? 0,
    expected: summed.reduce((s, k) => s + k.amounts[c.column]!, 0),
    summands: summed.length,
    lhs: c.lhs,
    rhs: c.rhs(summed),
    ...(c.detail ? { detail: c.detail(summed) } : {}),
    cells: { actual: [lineCell(c.row, c.column)], expected: summed.map((l) => lineCell(l, c.column)) },
  });
}
