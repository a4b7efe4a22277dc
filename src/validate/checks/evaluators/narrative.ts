// Figures of the 说明 text against the tables. The text names a figure loosely (预算收入
// may be read off 收支总表 or 收入总表), so a figure passes when any target agrees; a
// failing figure reports its first target. The text's own rounding ("1.3万元", "4万元")
// widens the tolerance to half its last digit, or to a whole one below the table's figure:
// some texts cut the digits off instead (上海 单位预算: "收入预算1,361万元" for 1,361.6271).
import { scopeQualifier } from '../../../catalogue/metadata.js';
import { matchKey, withoutQualifiers } from '../../../normalize/text.js';
import type { CheckRecord } from '../../../schema/records.js';
import { extractFigures, type Figure } from '../../narrative/figures.js';
import type { Context } from '../context.js';
import { type Cell, describe, resolve } from '../refs.js';
import { record } from '../record.js';
import type { NarrativeIdentity, Ref } from '../types.js';

export function evaluateNarrative(ctx: Context, id: NarrativeIdentity, narrative: readonly string[]): CheckRecord[] {
  return evaluateFigures(ctx, id, extractFigures(narrative));
}

/** The sum of the first cell of each ref, as one cell named by all; undefined unless every one is printed. */
function summed(ctx: Context, refs: readonly Ref[]): Cell | undefined {
  const cells = refs.map((r) => resolve(ctx, r)?.[0]);
  if (cells.some((c) => c === undefined || c.value === null)) return undefined;
  const all = cells as Cell[];
  return { ...all[0]!, label: all.map((c) => c.label).join(' + '), value: all.reduce((s, c) => s + c.value!, 0) };
}

/**
 * The units a department's tables list beside its own row (深圳: 预算单位; 西安, 无锡: 单位编码 |
 * 单位名称), the department's (the first listed) left out: a figure the 说明 states of one of them
 * is the unit's, not the department's.
 */
function otherUnits(ctx: Context): Set<string> {
  const names = [...ctx.tables.values()].flatMap((lines) =>
    lines.flatMap((l) => {
      const unit = l.attributes['unit_name'] ?? (l.attributes['unit_code'] ? l.name : null);
      return typeof unit === 'string' && unit !== '' ? [unitKey(unit)] : [];
    }),
  );
  return new Set(names.filter((n) => n !== names[0]));
}
/** A unit's name as a clause and a table both print it: its scope in brackets aside ((本级), （机关）). */
const unitKey = (name: string): string => withoutQualifiers(matchKey(name));

/** The figures against the tables (of this document, or of its tables part: batch/packages.ts). */
export function evaluateFigures(ctx: Context, id: NarrativeIdentity, figures: readonly Figure[]): CheckRecord[] {
  const out: CheckRecord[] = [];
  const units = otherUnits(ctx);
  for (const fig of figures) {
    if (fig.subject && units.has(unitKey(fig.subject))) continue;
    // the department's own level ((本级)) where the tables list units besides it: that unit's figure, not the tables' totals
    if (fig.subject && scopeQualifier(fig.subject)?.scope === 'own_level' && units.size > 0) continue;
    const cells = id.targets[fig.key]
      .map((t) => ('atMost' in t ? { cell: resolve(ctx, t.atMost)?.[0], atMost: true } : 'plus' in t ? { cell: summed(ctx, t.plus), atMost: false } : { cell: resolve(ctx, t)?.[0], atMost: false }))
      .filter((t): t is { cell: Cell; atMost: boolean } => t.cell !== undefined);
    const results = cells.map(({ cell: c, atMost }) =>
      record(ctx, {
        check: id.id,
        tables: [c.table],
        actual: fig.value,
        expected: c.value ?? 0,
        summands: 1,
        tolerance: Math.max(ctx.tolerance, (c.value ?? 0) >= fig.value ? 2 * fig.halfUnit : fig.halfUnit),
        lhs: `narrative ${fig.key} "${fig.text}"`,
        rhs: describe(c),
        atMost,
        cells: { actual: [], expected: [c] },
      }),
    );
    const chosen = results.find((r) => r.status === 'pass') ?? results[0];
    if (chosen) out.push(chosen);
  }
  return out;
}
