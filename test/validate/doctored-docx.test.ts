// Issue 4's acceptance: for each check, a doctored copy of the sample DOCX (one printed
// cell changed, made here from samples/qinglong-2024.docx) goes through the whole pipeline
// and exactly the predicted checks fail, with the right expected/actual.
import { readFileSync } from 'node:fs';
import { tableDef } from '../../src/catalogue/index.js';
import { analyzeTable } from '../../src/extract/layout.js';
import type { TableBlock } from '../../src/model/document.js';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import { readDocx } from '../../src/readers/docx/index.js';
import { doctorDocx, editCell } from '../helpers/doctor-docx.js';
import { SAMPLE_DOCX } from '../helpers/paths.js';
import { runSample } from '../helpers/sample.js';
import { CASES } from './cases.js';
import { failures, matches, ran } from './doctor.js';

const original = readFileSync(SAMPLE_DOCX);
let baseline: DocumentOutput;
let tables: TableBlock[];
beforeAll(async () => {
  baseline = await runSample();
  tables = (await readDocx(original)).blocks.filter((b): b is TableBlock => b.kind === 'table');
});

const run = async (edit: (xml: string) => string) => runSample(SAMPLE_DOCX, await doctorDocx(original, edit));

test('the untouched sample passes every check', () => {
  expect(ran(baseline.checks).length).toBe(314);
  expect(failures(baseline.checks)).toEqual({});
  expect(baseline.document).toMatchObject({ status: 'ok', checks_failed: 0 });
});

describe.each(CASES)('DOCX doctored for $check', ({ check, change, fails, first }) => {
  test('fails exactly the predicted checks, with the exact figures', async () => {
    const [where, column, value] = change;
    const hits = baseline.budget_lines.filter((l) => matches(l, where));
    expect(hits).toHaveLength(1);
    const line = hits[0]!;
    const table = tables[line.provenance.table_index]!;
    // The grid column that prints this amount, as the extractor read it.
    const col = analyzeTable(table, tableDef(line.table)).columns.find((c) => c.def?.key === column && c.side === line.side)!.col;
    const out = await run((xml) => editCell(xml, { table: table.index, row: line.provenance.row_index, col, text: value === null ? '' : value.toFixed(2) }));
    expect(failures(out.checks)).toEqual(fails);
    expect(out.checks.find((c) => c.check === check && c.status === 'fail')).toMatchObject(first);
    expect(out.document).toMatchObject({ status: 'partial', checks_failed: Object.values(fails).reduce((a, b) => a + b, 0) });
  });
});

test('DOCX doctored project budget: 物业费欠款项目经费 100.00 → 110.00', async () => {
  const project = baseline.projects.find((p) => p.project_name === '物业费欠款项目经费')!;
  const table = tables['table_index' in project.provenance ? project.provenance.table_index : -1]!;
  const row = table.rows.findIndex((r) => r.some((c) => c.text === '预算数'));
  const col = table.rows[row]!.findIndex((c, i) => i > 0 && table.rows[row]![i - 1]!.text === '预算数');
  const out = await run((xml) => editCell(xml, { table: table.index, row, col, text: '110.00' }));
  expect(failures(out.checks)).toEqual({ projects_sum_matches_project_expenditure: 1 });
  expect(out.checks.find((c) => c.status === 'fail')).toMatchObject({ actual: 336.11, expected: 346.11, difference: -10 });
});

test('DOCX doctored 说明: 人员经费275.61 against the 基本支出表 275.16', async () => {
  const out = await run((xml) => xml.replace('人员经费275.16万元', '人员经费275.61万元'));
  expect(failures(out.checks)).toEqual({ narrative_figure_matches_table: 1 });
  expect(out.checks.find((c) => c.status === 'fail')).toMatchObject({ actual: 275.61, expected: 275.16, difference: 0.45 });
});

test('DOCX doctored empty 国有资本 table: a printed 合计 of 5.00 the 财政拨款收支总表 does not have', async () => {
  // Row 4 of table 7 is the blank row under the 栏次 row; columns: 序号, 科目编码, 科目名称, 合计, 基本支出, 项目支出.
  const out = await run((xml) => editCell(editCell(editCell(xml, { table: 7, row: 4, col: 2, text: '合计' }), { table: 7, row: 4, col: 3, text: '5.00' }), { table: 7, row: 4, col: 5, text: '5.00' }));
  expect(out.budget_lines.filter((l) => l.table === 'state_capital_expenditure').map((l) => [l.name, l.amounts])).toEqual([
    ['合计', { total: 5, basic: null, project: 5 }],
  ]);
  expect(failures(out.checks)).toEqual({ fiscal_summary_matches_state_capital_table: 1 });
  expect(out.checks.find((c) => c.status === 'fail')).toMatchObject({ table: ['state_capital_expenditure', 'fiscal_appropriation_summary'], actual: 5, expected: 0, difference: 5 });
});

test('DOCX doctored 政府采购 item: 物业管理服务 595.02 → 585.02 fails the 合计 and the 本级小计', async () => {
  const line = baseline.budget_lines.find((l) => l.table === 'government_procurement' && l.name === '物业管理服务')!;
  const table = tables[line.provenance.table_index]!;
  const col = analyzeTable(table, tableDef(line.table)).columns.find((c) => c.def?.key === 'total')!.col;
  const out = await run((xml) => editCell(xml, { table: table.index, row: line.provenance.row_index, col, text: '585.02' }));
  expect(failures(out.checks)).toEqual({ procurement_subtotals_sum: 2 });
  expect(out.checks.filter((c) => c.status === 'fail').map((c) => [c.message.split(' total ')[0], c.actual, c.expected, c.difference])).toEqual([
    ['government_procurement 合计', 772.85, 762.85, 10],
    ['government_procurement 青龙满族自治县机关事务服务中心本级小计', 772.85, 762.85, 10],
  ]);
});
