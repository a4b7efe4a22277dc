// A document's budget lines as cells: (table, side, row key, column) → value. The row key is
// the 三公 item, else the code, else the name, under its group label, numbered when a table
// prints the same key twice; the columns are the amount keys, the attributes and `name` (so
// a missing or extra line counts even when all its amounts are empty). Empty cells (null)
// are not cells: a value where none is printed is a false positive, a missing one a false negative.
// Attributes that describe how a value was read (OCR's confidence and corrections) are not
// printed in the document, so they are not cells either.
import type { TableId } from '../schema/records.js';
import type { ExpectedLine } from './expected.js';

export type CellValue = string | number;

export function rowKey(l: ExpectedLine): string {
  const group = l.attributes['group'];
  const label = l.item ?? l.code ?? l.name;
  return typeof group === 'string' && group !== '' ? `${group} › ${label}` : label;
}

/** attributes about the reading, not the table: never scored. */
const READING_ATTRIBUTES: ReadonlySet<string> = new Set(['ocr_confidence', 'ocr_corrected']);

/** Each item with its row key, numbered (`#2` …) from the second time the same key comes. */
export function numbered<T>(items: readonly T[], key: (item: T) => string): [T, string][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = key(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [item, n === 1 ? base : `${base} #${n}`];
  });
}

/** Each line of the tables (all when none given) with its row: table | side | row key, numbered from the second time a table prints it. */
export function numberedRows<L extends ExpectedLine>(lines: readonly L[], tables?: readonly TableId[]): [L, string][] {
  const kept = tables ? lines.filter((l) => tables.includes(l.table)) : lines;
  return numbered(kept, (l) => `${l.table} | ${l.side ?? '-'} | ${rowKey(l)}`);
}

export function toCells(lines: readonly ExpectedLine[], tables?: readonly TableId[]): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const [l, row] of numberedRows(lines, tables)) {
    cells.set(`${row} | name`, l.name);
    for (const [k, v] of Object.entries(l.amounts)) if (v !== null) cells.set(`${row} | ${k}`, v);
    for (const [k, v] of Object.entries(l.attributes)) if (v !== null && k !== 'group' && !READING_ATTRIBUTES.has(k)) cells.set(`${row} | @${k}`, v);
  }
  return cells;
}
