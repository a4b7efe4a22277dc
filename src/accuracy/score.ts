// Cell precision / recall / F1 of a document's lines against its expected records.
import type { TableId } from '../schema/records.js';
import { toCells, type CellValue } from './cells.js';
import type { ExpectedLine } from './expected.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface CellDiff {
  cell: string;
  expected: CellValue | null;
  actual: CellValue | null;
}

/** Amounts are equal to 0.01 元 (6 decimals of 万元); texts exactly. */
function same(a: CellValue, b: CellValue): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 5e-7 : a === b;
}

export interface Comparison {
  counts: Counts;
  diffs: CellDiff[];
}

export function compareCells(expected: readonly ExpectedLine[], actual: readonly ExpectedLine[], tables: readonly TableId[]): Comparison {
  return compareCellMaps(toCells(expected, tables), toCells(actual, tables));
}

/** Cells expected against cells read: a wrong value is both a missed cell and a false one. */
export function compareCellMaps(want: ReadonlyMap<string, CellValue>, got: ReadonlyMap<string, CellValue>): Comparison {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const diffs: CellDiff[] = [];
  for (const [cell, e] of want) {
    const a = got.get(cell);
    if (a !== undefined && same(e, a)) counts.tp++;
    else {
      counts.fn++;
      if (a !== undefined) counts.fp++;
      diffs.push({ cell, expected: e, actual: a ?? null });
    }
  }
  for (const [cell, a] of got) {
    if (!want.has(cell)) {
      counts.fp++;
      diffs.push({ cell, expected: null, actual: a });
    }
  }
  return { counts, diffs };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
