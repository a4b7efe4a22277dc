// Tables that print no unit. A table takes the unit its document prints on its other tables,
// whichever comes first. Where no table prints one, 万元 is assumed (UNIT_ASSUMED), and the
// checks then test the assumption: a scan whose 单位：元 lines OCR lost (上海's unit budgets)
// read every amount 10,000 times too large, and its figures disagreed with the 说明's. So 元
// is tried for those tables, and taken when it makes failing 说明 checks hold and breaks no
// check (UNIT_INFERRED, never silently); otherwise the assumption and its warnings stay. Only
// the 说明's figures, printed with their unit, can tell: the tables' own sums hold in any unit,
// and read in 元 a difference only shrinks under the tolerance (a source's 0.39 万元 slip would
// have made a table 元).
import type { Warning } from '../model/document.js';
import { toWanYuan } from '../normalize/amount.js';
import type { BudgetLine, CheckRecord, Unit } from '../schema/records.js';
import { failing } from './failing-checks.js';

/** The check comparing the tables with the 说明's figures, the one that knows their unit. */
const UNIT_EVIDENCE = 'narrative_figure_matches_table';

/** The lines with those of tables `tables` (read as 万元) read in `unit`. */
function readIn(lines: readonly BudgetLine[], tables: ReadonlySet<number>, unit: Unit): BudgetLine[] {
  return lines.map((l) => {
    if (!tables.has(l.provenance.table_index) || l.source_unit === unit) return l;
    const amounts = Object.fromEntries(Object.entries(l.amounts).map(([k, v]) => [k, v === null ? null : toWanYuan(v, unit)]));
    return { ...l, amounts, source_unit: unit };
  });
}

/**
 * Settles the unit of the tables in `assumed` (read as 万元 because they print none), changing
 * `lines` in place and adding to `warnings`: the document's printed unit (`printed`) when it has
 * one; else 元 when the checks (`run`) say so (UNIT_INFERRED); else 万元 (UNIT_ASSUMED).
 */
export function settleAssumedUnits(lines: BudgetLine[], assumed: ReadonlySet<number>, printed: Unit | null, run: (lines: BudgetLine[]) => CheckRecord[], warnings: Warning[]): void {
  if (assumed.size === 0) return;
  // a table printing no unit takes the one the document's other tables print
  if (printed) {
    lines.splice(0, lines.length, ...readIn(lines, assumed, printed));
    return;
  }
  const checks = run(lines);
  const inYuan = readIn(lines, assumed, '元');
  const checksInYuan = run(inYuan);
  const before = failing(checks);
  const told = (list: readonly CheckRecord[]): Set<string> => failing(list.filter((c) => c.check === UNIT_EVIDENCE));
  const [toldBefore, toldAfter] = [told(checks), told(checksInYuan)];
  if (toldAfter.size < toldBefore.size && [...failing(checksInYuan)].every((k) => before.has(k))) {
    lines.splice(0, lines.length, ...inYuan);
    const held = toldBefore.size - toldAfter.size;
    for (const t of assumed) warnings.push({ code: 'UNIT_INFERRED', message: `table ${t} prints no unit, nor does any other table: read in 元, under which ${held} failing check(s) of the 说明 figures hold and none fails that held in 万元` });
    return;
  }
  for (const t of assumed) warnings.push({ code: 'UNIT_ASSUMED', message: `table ${t} prints no unit: 万元 assumed` });
}
