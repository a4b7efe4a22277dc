// In every row of a table, the total column = the sum of its component columns.
import type { CheckRecord } from '../../../schema/records.js';
import { type Context, printedColumns, tableLines } from '../context.js';
import { fmt, lineCell, record } from '../record.js';
import type { Component, RowIdentity } from '../types.js';

/** Printed component columns; a component not printed is replaced by its `else` columns. */
function expand(components: readonly Component[], printed: readonly string[]): string[] {
  return components.flatMap((c) =>
    typeof c === 'string'
      ? printed.includes(c) ? [c] : []
      : printed.includes(c.key) ? [c.key] : expand(c.else, printed),
  );
}

export function evaluateRowTotal(ctx: Context, id: RowIdentity): CheckRecord[] {
  const lines = tableLines(ctx, id.table, id.side ?? null);
  if (!lines?.length) return [];
  const printed = printedColumns(lines);
  const ofWhich = ctx.ofWhich.get(id.table);
  const parts = expand(id.components, printed).filter((k) => !ofWhich?.has(k));
  const minus = (id.minus ?? []).filter((k) => printed.includes(k));
  const totalKey = expand([id.total], printed)[0];
  if (totalKey === undefined || parts.length === 0) return [];
  if (id.all && parts.length < id.components.length) return [];
  const out: CheckRecord[] = [];
  for (const l of lines) {
    const total = l.amounts[totalKey] ?? null;
    const values = parts.map((k) => l.amounts[k] ?? null).filter((v): v is number => v !== null);
    const less = minus.map((k) => l.amounts[k] ?? null).filter((v): v is number => v !== null);
    if (total === null && values.length === 0) continue;
    out.push(
      record(ctx, {
        check: id.id,
        tables: [id.table],
        actual: total ?? 0,
        expected: values.reduce((s, v) => s + v, 0) - less.reduce((s, v) => s + v, 0),
        summands: values.length + less.length,
        lhs: [id.table, id.side ?? '', l.code ?? l.name, totalKey].filter((s) => s !== '').join(' '),
        rhs: [parts.join(' + '), ...minus].join(' − '),
        detail: values.length > 0 ? ` (${[values.map(fmt).join(' + '), ...less.map(fmt)].join(' − ')})` : '',
        cells: { actual: [lineCell(l, totalKey)], expected: [...parts, ...minus].filter((k) => (l.amounts[k] ?? null) !== null).map((k) => lineCell(l, k)) },
      }),
    );
  }
  return out;
}
