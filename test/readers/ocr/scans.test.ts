// The generated scans (npm run make:scans): image-only PDFs of tables 1-9 at 200 and 150 dpi,
// rotated, blurred, speckled, stamped and signed, read through OCR and scored against the
// text-layer records of the same pages: the sample at 200 dpi, the 江苏 layout (thin grey
// rules, blue titles, a serif font) at 150 dpi; and the sample's first project pages (12-14: four
// 项目绩效目标表, 27 indicators), their projects and indicators scored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { numberedRows, toCells } from '../../../src/accuracy/cells.js';
import { compareProjects } from '../../../src/accuracy/project-cells.js';
import { compareCells, scores } from '../../../src/accuracy/score.js';
import { readByCli, readingOf, type Reading } from '../../helpers/cli-reading.js';

// The targets: cell F1 0.99 at 200 dpi and 0.97 at 150 dpi (docs/ocr.md: 0.997–1.000 now).
// OCR is the suite's costliest part (212 s for the four through the CLI beside the other suites), so two
// scans are measured by `npm run accuracy -- expected/scans` only: the sample at 150 dpi (its
// pages are read at 150 dpi by test/readers/docx/pictures.test.ts too) and the 江苏 layout at 200.
const CASES: [string, number][] = [
  ['expected/scans/qinglong-2024.200dpi.jsonl', 0.99],
  ['expected/scans/jiangsu-layout.150dpi.jsonl', 0.97],
];
// The targets, projects and indicators included: all cells 0.99 at 200 dpi and 0.97 at
// 150 dpi, and 0.97 for each kind. Measured (docs/ocr.md), all cells: 1.000 and 0.994. Before
// the % rule (readPercent) the 200-dpi scan read ≥95% under the seal's characters as 29596:
// 0.989, under this floor.
const PROJECT_CASES: [string, number][] = [
  ['expected/scans/qinglong-2024-projects.200dpi.jsonl', 0.99],
  ['expected/scans/qinglong-2024-projects.150dpi.jsonl', 0.97],
];

// the four scans, read by one run of the built CLI
const out = mkdtempSync(join(tmpdir(), 'scans-'));
let read: Map<string, Reading>;
beforeAll(async () => {
  read = await readByCli([...CASES, ...PROJECT_CASES].map(([file]) => readExpected(file).input), out);
}, 1_600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));
const output = (input: string): Reading => readingOf(read, input, out);

describe.each(CASES)('%s', (file, floor) => {
  test(`cell F1 ≥ ${floor}, every table found, metadata right, every correction by a check right`, async () => {
    const want = readExpected(file);
    const { document, budget_lines, checks } = output(want.input);
    expect(document.text_source).toBe('ocr');
    expect(want.document.tables_found.filter((t) => !document.tables_found.includes(t))).toEqual([]);
    expect([document.fiscal_year, document.department_name, document.unit]).toEqual([want.document.fiscal_year, want.document.department_name, want.document.unit]);
    const { counts } = compareCells(want.lines, budget_lines.map(expectedLine), want.document.checked_tables);
    expect(scores(counts).f1).toBeGreaterThanOrEqual(floor);
    // every amount read wrong is caught by a failing check on its cell (the issue: no wrong figure passes silently)
    const failing = new Set(checks.filter((c) => c.status === 'fail').flatMap((c) => (c.cells ?? []).map((x) => `${x.table_index}:${x.row_index}:${x.column}`)));
    const printed = toCells(want.lines, want.document.checked_tables);
    for (const [l, row] of numberedRows(budget_lines, want.document.checked_tables)) {
      for (const [key, value] of Object.entries(l.amounts)) {
        const cell = `${row} | ${key}`;
        if (printed.has(cell) && printed.get(cell) !== value) expect([cell, value, failing.has(`${l.provenance.table_index}:${l.provenance.row_index}:${key}`)]).toEqual([cell, value, true]);
      }
    }
    // a corrected amount is the printed one (checked against the expected line of the same row)
    const corrected = budget_lines.filter((l) => typeof l.attributes['ocr_corrected'] === 'string');
    expect(document.warnings.filter((w) => w.code === 'OCR_CORRECTED').length).toBeGreaterThanOrEqual(corrected.length);
    for (const l of corrected) {
      const same = want.lines.find((e) => e.table === l.table && e.code === l.code && e.name === l.name && e.side === l.side);
      for (const note of String(l.attributes['ocr_corrected']).split('; ')) {
        const key = note.split(':')[0] as string;
        if (same) expect([key, l.amounts[key]]).toEqual([key, same.amounts[key]]);
      }
    }
  });
});

describe.each(PROJECT_CASES)('%s', (file, all) => {
  test(`every project and indicator read, project and indicator cell F1 ≥ 0.97, all cells ≥ ${all}`, async () => {
    const want = readExpected(file);
    expect([want.document.checked_projects, want.projects.length, want.indicators.length]).toEqual([true, 4, 27]);
    const { document, projects, indicators } = output(want.input);
    expect([document.text_source, document.tables_found]).toEqual(['ocr', ['project_performance']]);
    const got = compareProjects(want, { projects, indicators });
    expect([got.projects.rows, got.indicators.rows]).toEqual([
      { expected: 4, read: 4, matched: 4 },
      { expected: 27, read: 27, matched: 27 },
    ]);
    expect(scores(got.projects.counts).f1).toBeGreaterThanOrEqual(0.97);
    expect(scores(got.indicators.counts).f1).toBeGreaterThanOrEqual(0.97);
    const [p, i] = [got.projects.counts, got.indicators.counts];
    expect(scores({ tp: p.tp + i.tp, fp: p.fp + i.fp, fn: p.fn + i.fn }).f1).toBeGreaterThanOrEqual(all);
    // the amounts of a project as printed (pdftotext -layout of pages 12-14)
    expect(projects.map((p) => [p.project_code, p.budget, p.fiscal_funds])).toEqual([
      ['13032123P003317100520', 10.17, 10.17],
      ['13032123P00331710053K', 4, 4],
      ['13032123P00331810021E', 77.83, 77.83],
      ['13032123P00331910070U', 10, 10],
    ]);
  });
});
