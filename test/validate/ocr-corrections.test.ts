// Correction by checks: a failing check on OCR'd cells is mended only by the one other reading
// that makes it hold, always with a warning; ambiguous or hopeless cases are left as read.
import type { Cell, DocumentModel, Warning } from '../../src/model/document.js';
import type { BudgetLine, CheckRecord } from '../../src/schema/records.js';
import { correctByChecks } from '../../src/validate/ocr-corrections.js';

const cell = (text: string, col: number, extra: Partial<Cell> = {}): Cell => ({ text, row: 0, col, rowSpan: 1, colSpan: 1, origin: null, page: 3, ...extra });

/** A two-row table read by OCR: a total row and one item row; `items` are the item row's cells. */
function model(total: Cell[], items: Cell[]): DocumentModel {
  const rows = [total, items].map((r, i) => r.map((c) => ({ ...c, row: i })));
  return { format: 'pdf', blocks: [{ kind: 'table', index: 0, rows, page: 3 }], pages: 1, warnings: [], text_source: 'ocr' };
}

const line = (row: number, code: string, total: number, basic: number | null): BudgetLine => ({
  schema_version: '1',
  doc_id: 'd',
  table: 'expenditure_summary',
  side: null,
  item: null,
  code,
  name: code,
  level: null,
  is_total: row === 0,
  amounts: { total, basic },
  attributes: {},
  source_unit: '万元',
  provenance: { page: 3, table_index: 0, row_index: row, source_text: [] },
});

/** The one identity of this test: the 合计 row's total = the item's total. */
function run(lines: BudgetLine[]): CheckRecord[] {
  const [sum, item] = lines as [BudgetLine, BudgetLine];
  const ok = sum.amounts['total'] === item.amounts['total'];
  return [
    {
      schema_version: '1',
      doc_id: 'd',
      check: 'hierarchy_sum',
      table: 'expenditure_summary',
      status: ok ? 'pass' : 'fail',
      expected: sum.amounts['total'] ?? null,
      actual: item.amounts['total'] ?? null,
      difference: null,
      message: 'total = item',
      cells: [
        { table_index: 0, row_index: 0, side: null, column: 'total', role: 'expected' },
        { table_index: 0, row_index: 1, side: null, column: 'total', role: 'actual' },
      ],
    },
  ];
}

describe('correction by checks', () => {
  test('exactly one other reading makes the check hold: applied, with a warning naming the cell, old and new value', () => {
    const m = model([cell('合计', 0), cell('15.92', 1)], [cell('2210201', 0), cell('15392', 1, { ocr_confidence: 0.43, ocr_alternatives: ['15.92', '153.92'] })]);
    const lines = [line(0, '合计', 15.92, null), line(1, '2210201', 15392, null)];
    const warnings: Warning[] = [];
    const checks = correctByChecks(m, lines, run, warnings);
    expect(checks.map((c) => c.status)).toEqual(['pass']);
    expect(lines[1]?.amounts['total']).toBe(15.92);
    expect(lines[1]?.attributes['ocr_corrected']).toBe('total: 15392 → 15.92');
    expect(warnings.map((w) => w.code)).toEqual(['OCR_CORRECTED']);
    expect(warnings[0]?.message).toContain('row 1 (2210201) total on page 3');
    expect(warnings[0]?.message).toContain('OCR read 15392 (15392), corrected to 15.92');
  });

  test('two cells whose other readings would each make it hold: ambiguous, nothing changed, a warning', () => {
    const low = { ocr_confidence: 0.5 };
    const m = model([cell('合计', 0), cell('1592', 1, { ...low, ocr_alternatives: ['15.92'] })], [cell('2210201', 0), cell('15.92', 1, { ...low, ocr_alternatives: ['1592'] })]);
    const lines = [line(0, '合计', 1592, null), line(1, '2210201', 15.92, null)];
    const warnings: Warning[] = [];
    const checks = correctByChecks(m, lines, run, warnings);
    expect(checks.map((c) => c.status)).toEqual(['fail']);
    expect(lines.map((l) => l.amounts['total'])).toEqual([1592, 15.92]);
    expect(warnings.map((w) => w.code)).toEqual(['OCR_CORRECTION_AMBIGUOUS']);
  });

  test('no reading makes it hold, or the cell was read with high confidence: reported as usual, nothing changed', () => {
    const lines = () => [line(0, '合计', 15.92, null), line(1, '2210201', 15392, null)];
    for (const c of [
      cell('15392', 1, { ocr_confidence: 0.43, ocr_alternatives: ['153.92'] }), // no candidate fits
      cell('15392', 1, { ocr_confidence: 0.97, ocr_alternatives: ['15.92'] }), // sure of its reading
      cell('15392', 1, { ocr_confidence: 0.43 }), // no other reading
    ]) {
      const ls = lines();
      const warnings: Warning[] = [];
      expect(correctByChecks(model([cell('合计', 0), cell('15.92', 1)], [cell('2210201', 0), c]), ls, run, warnings).map((x) => x.status)).toEqual(['fail']);
      expect(ls[1]?.amounts['total']).toBe(15392);
      expect(warnings).toEqual([]);
    }
  });

  test('a text layer is never corrected', () => {
    const m = { ...model([cell('合计', 0), cell('15.92', 1)], [cell('2210201', 0), cell('15392', 1, { ocr_confidence: 0.43, ocr_alternatives: ['15.92'] })]), text_source: 'text_layer' as const };
    const lines = [line(0, '合计', 15.92, null), line(1, '2210201', 15392, null)];
    expect(correctByChecks(m, lines, run, []).map((c) => c.status)).toEqual(['fail']);
    expect(lines[1]?.amounts['total']).toBe(15392);
  });
});
