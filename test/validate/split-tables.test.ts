// A table printed as two Word tables (or broken by the reader into parts) gives two
// table_index values, and row_index restarts at 0 in the second part (it counts rows of the
// printed table). The checks must read the parts in printed order, (table_index, row_index):
// otherwise rows of the second part count as above the first part's totals.
import type { BudgetLine, CheckRecord, TableId } from '../../src/schema/records.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { sideView } from '../../src/validate/checks/context.js';
import { failures } from './doctor.js';
import { SEED_DOC_ID, SEED_LINES, SEED_PROJECTS } from './seed-lines.js';
import { SEED_NARRATIVE } from './seed-narrative.js';

const run = (lines: readonly BudgetLine[]) =>
  runChecks({ doc_id: SEED_DOC_ID, lines: [...lines], projects: [...SEED_PROJECTS], narrative: [...SEED_NARRATIVE] });

/** Splits `table` before its row `at`: the rest becomes the next table_index, row_index from 0; later tables shift by one. */
function split(lines: readonly BudgetLine[], table: TableId, at: number): BudgetLine[] {
  const index = lines.find((l) => l.table === table)!.provenance.table_index;
  return lines.map((l) => {
    const p = l.provenance;
    if (p.table_index > index) return { ...l, provenance: { ...p, table_index: p.table_index + 1 } };
    if (l.table === table && p.row_index >= at) return { ...l, provenance: { ...p, table_index: index + 1, row_index: p.row_index - at } };
    return l;
  });
}

/**
 * The checks with the cells they name moved back from one split (the inverse of split at `at`
 * of the table at `index`, `parts` the lines after it); project cells were not moved.
 */
function unsplit(checks: readonly CheckRecord[], parts: readonly BudgetLine[], index: number, at: number): CheckRecord[] {
  const moved = new Set(parts.map((l) => l.provenance.table_index));
  return checks.map((c) => ({
    ...c,
    cells: c.cells?.map((x) =>
      !moved.has(x.table_index) || x.table_index < index + 1
        ? x
        : x.table_index === index + 1
          ? { ...x, table_index: index, row_index: x.row_index + at }
          : { ...x, table_index: x.table_index - 1 },
    ),
  }));
}
const indexOf = (lines: readonly BudgetLine[], table: TableId): number => lines.find((l) => l.table === table)!.provenance.table_index;

const rowsOf = (lines: readonly BudgetLine[], table: TableId) => [...new Set(lines.filter((l) => l.table === table).map((l) => l.provenance.row_index))].sort((a, b) => a - b);

describe('a two-sided table printed in two parts', () => {
  const whole = run(SEED_LINES);

  test.each(['income_expenditure_summary', 'fiscal_appropriation_summary'] as const)('%s split at every row: the same records', (table) => {
    const rows = rowsOf(SEED_LINES, table);
    expect(rows.length).toBeGreaterThan(4);
    for (const at of rows.slice(1)) {
      const parts = split(SEED_LINES, table, at);
      // the second part's rows restart at 0, below the first part's row numbers
      expect(parts.some((l) => l.table === table && l.provenance.row_index === 0 && l.provenance.table_index !== parts.find((m) => m.table === table)!.provenance.table_index)).toBe(true);
      const checks = run([...parts].reverse());
      expect(failures(checks)).toEqual({});
      // the same records, the cells they name in the part that prints them
      expect(unsplit(checks, parts, indexOf(SEED_LINES, table), at)).toEqual(whole);
    }
  });

  test('both tables split at once, lines in any order', () => {
    const fas = rowsOf(SEED_LINES, 'fiscal_appropriation_summary');
    const ies = rowsOf(SEED_LINES, 'income_expenditure_summary');
    const first = split(SEED_LINES, 'fiscal_appropriation_summary', fas[Math.floor(fas.length / 2)]!);
    const parts = split(first, 'income_expenditure_summary', ies[Math.floor(ies.length / 2)]!);
    const shuffled = parts.map((l, i) => [(i * 7919) % 1009, l] as const).sort((a, b) => a[0] - b[0]).map(([, l]) => l);
    // the same records; the cells they name are in the parts (their move is tested above)
    const withoutCells = (cs: readonly CheckRecord[]) => cs.map(({ cells: _, ...c }) => c);
    expect(withoutCells(run(shuffled))).toEqual(withoutCells(whole));
  });

  test('sideView: totals of the first part, items of the second part below them', () => {
    const line = (table_index: number, row_index: number, name: string, is_total = false): BudgetLine => ({
      schema_version: '1',
      doc_id: SEED_DOC_ID,
      table: 'fiscal_appropriation_summary',
      side: 'expenditure',
      item: null,
      code: null,
      name,
      level: null,
      is_total,
      amounts: { total: 1 },
      attributes: {},
      source_unit: '万元',
      provenance: { page: null, table_index, row_index, source_text: [name] },
    });
    // part 1 (table 3): rows 4..9; part 2 (table 4): rows 0..3, printed after part 1
    const a = line(3, 4, '一、一般公共服务支出');
    const b = line(3, 9, '二、教育支出');
    const c = line(4, 0, '三、社会保障和就业支出');
    const current = line(4, 1, '本年支出合计', true);
    const carry = line(4, 2, '年终结转结余');
    const grand = line(4, 3, '支出总计', true);
    const v = sideView([grand, c, carry, b, current, a], 'expenditure');
    expect(v.current).toBe(current);
    expect(v.grand).toBe(grand);
    expect(v.items).toEqual([a, b, c]);
    expect(v.tail).toEqual([current, carry]);
  });
});
