// The generated scans (npm run make:scans): image-only PDFs of tables 1-9 at 200 and 150 dpi,
// rotated, blurred, speckled, stamped and signed, read through OCR and scored against the
// text-layer records of the same pages. OCR costs 4-5 CPU-seconds a page outside jest and
// several times that inside it: the sample at both qualities here; the 江苏 layout (thin grey
// rules, blue titles, a serif font) is measured by `npm run accuracy -- expected/scans`.
import { readFileSync } from 'node:fs';
import { expectedLine, readExpected } from '../../../src/accuracy/expected.js';
import { compareCells, scores } from '../../../src/accuracy/score.js';
import { processDocument } from '../../../src/pipeline/process.js';

// Floors a little under what the reader measures now (docs/ocr.md: 0.955, 0.890): the
// issue's targets are 0.99 at 200 dpi and 0.97 at 150 dpi; raise these as the reader gets there.
// the third figure: corrections by checks the scan needs at least (the sample at 200 dpi reads
// 15.92 as 15392, 2.57 as 257, 4.94 as 4,94 …: five now)
const CASES: [string, number, number][] = [
  ['expected/scans/qinglong-2024.200dpi.jsonl', 0.93, 3],
  ['expected/scans/qinglong-2024.150dpi.jsonl', 0.86, 0],
];

describe.each(CASES)('%s', (file, floor, corrections) => {
  test(`cell F1 ≥ ${floor}, every table found, metadata right, every correction by a check right`, async () => {
    const want = readExpected(file);
    const r = await processDocument({ bytes: new Uint8Array(readFileSync(want.input)), source: want.input });
    if (r.kind !== 'document') throw new Error(`${r.error.code}: ${r.error.message}`);
    const { document, budget_lines } = r.output;
    expect(document.text_source).toBe('ocr');
    expect(want.document.tables_found.filter((t) => !document.tables_found.includes(t))).toEqual([]);
    expect([document.fiscal_year, document.department_name, document.unit]).toEqual([want.document.fiscal_year, want.document.department_name, want.document.unit]);
    const { counts } = compareCells(want.lines, budget_lines.map(expectedLine), want.document.checked_tables);
    expect(scores(counts).f1).toBeGreaterThanOrEqual(floor);
    // a corrected amount is the printed one (checked against the expected line of the same row)
    const corrected = budget_lines.filter((l) => typeof l.attributes['ocr_corrected'] === 'string');
    expect(corrected.length).toBeGreaterThanOrEqual(corrections);
    expect(document.warnings.filter((w) => w.code === 'OCR_CORRECTED').length).toBeGreaterThanOrEqual(corrected.length);
    for (const l of corrected) {
      const same = want.lines.find((e) => e.table === l.table && e.code === l.code && e.name === l.name && e.side === l.side);
      for (const note of String(l.attributes['ocr_corrected']).split('; ')) {
        const key = note.split(':')[0] as string;
        if (same) expect([key, l.amounts[key]]).toEqual([key, same.amounts[key]]);
      }
    }
  }, 600_000);
});
