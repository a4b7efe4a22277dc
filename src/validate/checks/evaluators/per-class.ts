// Two tables agree 类 by 类. Rows are matched by code, or by label when one table prints
// none (the 收支总表 lists "一、一般公共服务支出" where the 支出总表 has 201). A 类 printed in
// one table only counts as 0 in the other.
import type { CheckRecord } from '../../../schema/records.js';
import type { Context } from '../context.js';
import { type Cell, describe, resolve } from '../refs.js';
import { record } from '../record.js';
import { applies } from './sum.js';
import type { ClassSet, PerClassIdentity } from '../types.js';

function cells(ctx: Context, set: ClassSet): Cell[] | undefined {
  const rows = set.side ? ({ by: 'side_items', side: set.side } as const) : ({ by: 'classes' } as const);
  return resolve(ctx, { table: set.table, rows, ...(set.column !== undefined && { column: set.column }) });
}

/**
 * A side that prints names only and none of them a 类 of the coded table lists something else
 * (基本支出 / 项目支出 by use, 长沙): it is not compared 类 by 类. (Its 款 and 项, printed by
 * indentation only, are not among its items: Context.belowClass.)
 */
const noNameInCommon = (a: Cell[], b: Cell[]): boolean => !a.some((c) => b.some((k) => k.nameKey === c.nameKey));

const total = (cs: Cell[]): number => cs.reduce((s, c) => s + (c.value ?? 0), 0);
const described = (cs: Cell[]): string => (cs.length === 1 ? describe(cs[0]!) : `${describe(cs[0]!)} and the same row of ${cs.length - 1} more units`);

export function evaluatePerClass(ctx: Context, id: PerClassIdentity): CheckRecord[] {
  if (!applies(ctx, id)) return [];
  const left = cells(ctx, id.left);
  const right = cells(ctx, id.right);
  if (!left?.length || !right?.length) return [];
  const byCode = [...left, ...right].every((c) => c.code !== null);
  if (!byCode && noNameInCommon(left, right)) return [];
  const keyOf = (c: Cell): string => (byCode ? c.code! : c.nameKey);
  // the first row of a key: a 款 may repeat its 类's name (229 其他支出 › 22999 其他支出); in a
  // table printed unit by unit (深圳) the first of each unit's, the department's 类 their sum
  const firstOf = (cs: Cell[]): Map<string, Cell[]> => {
    const m = new Map<string, Cell[]>();
    for (const c of cs) {
      const same = m.get(keyOf(c)) ?? [];
      if (!same.some((s) => s.unit === c.unit)) m.set(keyOf(c), [...same, c]);
    }
    return m;
  };
  const l = firstOf(left);
  const r = firstOf(right);
  const keys = [...new Set([...l.keys(), ...r.keys()])];
  const out: CheckRecord[] = [];
  for (const key of keys) {
    const a = l.get(key) ?? [];
    const e = r.get(key) ?? [];
    if (a.every((c) => c.value === null) && e.every((c) => c.value === null)) continue;
    out.push(
      record(ctx, {
        check: id.id,
        tables: [id.left.table, id.right.table],
        actual: total(a),
        expected: total(e),
        summands: Math.max(1, a.length, e.length),
        lhs: a.length > 0 ? described(a) : `${id.left.table} ${key} (not printed)`,
        rhs: e.length > 0 ? described(e) : `${id.right.table} ${key} (not printed)`,
        cells: { actual: a, expected: e },
      }),
    );
  }
  return out;
}
