// target = Σ terms, for identities written as data: items of a two-sided table, 三公
// items, 类 splits, and equality of one figure across tables (a single term).
import type { CheckRecord } from '../../../schema/records.js';
import { type Context, printedColumns } from '../context.js';
import { type Cell, describe, refLines, resolve } from '../refs.js';
import { record } from '../record.js';
import type { Condition, SumIdentity } from '../types.js';

function holds(ctx: Context, c: Condition): boolean {
  if ('has' in c) return (resolve(ctx, c.has)?.length ?? 0) > 0;
  if ('absent' in c) return (resolve(ctx, c.absent)?.length ?? 0) === 0;
  if ('every' in c) return c.every.every((x) => holds(ctx, x));
  return (resolve(ctx, c.empty) ?? []).every((cell) => !cell.value);
}

/**
 * The target figure: its one cell, or, where a code is printed on several rows (a table
 * cross-classified by function and economic class, 北京's 基本支出表: 30231 under 50208 and
 * 50502), their sum.
 */
function combined(cells: Cell[] | undefined): Cell | undefined {
  if (!cells || cells.length <= 1 || cells.some((c) => c.code === null || c.code !== cells[0]!.code)) return cells?.[0];
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
  return { ...cells[0]!, value: values.length > 0 ? values.reduce((s, v) => s + v, 0) : null };
}

/** Columns to run over: each printed column of the target's table (side), or one pass. */
function columnsOf(ctx: Context, id: SumIdentity): (string | undefined)[] {
  const t = id.target;
  if (!id.eachColumn || 'projects' in t) return [undefined];
  const lines = refLines(ctx, t);
  return lines ? printedColumns(lines) : [];
}

/** "(201, 208)" within the target's table, "(project_performance: P1, P2)" from another one. */
function termList(target: Cell, terms: readonly Cell[]): string {
  const tables = [...new Set(terms.map((c) => c.table))];
  const labels = terms.map((c) => (tables.length > 1 && c.table !== target.table ? `${c.table} ${c.label}` : c.label)).join(', ');
  return tables.length === 1 && tables[0] !== target.table ? ` (${tables[0]}: ${labels})` : ` (${labels})`;
}

/**
 * One context per block where the terms read a side printed in several blocks (山东's 政府预算
 * and 部门预算 经济分类, attributes.block): each block adds up to the target on its own.
 */
function blockContexts(ctx: Context, id: SumIdentity): Context[] {
  const t = id.terms[0];
  if (!t || 'projects' in t || !('side' in t.rows)) return [ctx];
  const side = t.rows.side;
  const lines = ctx.tables.get(t.table) ?? [];
  const blocks = new Set(lines.filter((l) => l.side === side).map((l) => l.attributes['block']));
  if (blocks.size <= 1) return [ctx];
  return [...blocks].map((b) => ({ ...ctx, tables: new Map(ctx.tables).set(t.table, lines.filter((l) => l.side !== side || l.attributes['block'] === b)) }));
}

/** Whether the identity's layout conditions hold in this document. */
export const applies = (ctx: Context, id: Pick<SumIdentity, 'when'>): boolean => !id.when || id.when.some((c) => holds(ctx, c));

export function evaluateSum(whole: Context, id: SumIdentity): CheckRecord[] {
  if (!applies(whole, id)) return [];
  const out: CheckRecord[] = [];
  const runs = blockContexts(whole, id).flatMap((ctx) => columnsOf(ctx, id).map((column) => ({ ctx, column })));
  for (const { ctx, column } of runs) {
    const targets = resolve(ctx, id.target, column);
    const target = combined(targets);
    const terms = id.terms.flatMap((t) => resolve(ctx, t, column) ?? []);
    if (!target || terms.length === 0) continue;
    const summed = terms.filter((c) => c.value !== null);
    if (target.value === null && summed.length === 0) continue;
    const single = id.terms.length === 1 && terms.length === 1 ? terms[0] : undefined;
    out.push(
      record(ctx, {
        check: id.id,
        tables: [target.table, ...terms.map((c) => c.table)],
        actual: target.value ?? 0,
        expected: summed.reduce((s, c) => s + c.value!, 0),
        summands: summed.length,
        lhs: describe(target),
        rhs: single ? describe(single, single.table !== target.table) : id.what,
        detail: single ? '' : termList(target, summed),
        ...(id.atMost && { atMost: true }),
        ...(id.atLeast && { atLeast: true }),
        cells: { actual: target === targets![0] ? [target] : targets!, expected: summed },
      }),
    );
  }
  return out;
}
