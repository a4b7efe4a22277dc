// The sample saved as Word 97 by LibreOffice and read back through LibreOffice gives exactly
// the DOCX's records; its workbook copies (a sheet per table; every table on one sheet as
// an HTML import spreads it) give the same budget lines, projects and indicators.
import { join } from 'node:path';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import { runSample } from '../helpers/sample.js';
import { OFFICE } from './bad-files.js';

const noProvenance = <T extends { doc_id: string; provenance: unknown }>(r: T) => ({ ...r, doc_id: '', provenance: null });
const ids = <T extends { doc_id: string }>(r: T) => ({ ...r, doc_id: '' });

let docx: DocumentOutput;
beforeAll(async () => {
  docx = await runSample();
});

test('the .doc gives the DOCX records to the row, says it was converted by LibreOffice', async () => {
  const doc = await runSample(join(OFFICE, 'qinglong-2024.doc'));
  expect(doc.budget_lines.map(ids)).toEqual(docx.budget_lines.map(ids));
  expect(doc.projects.map(ids)).toEqual(docx.projects.map(ids));
  expect(doc.indicators.map(ids)).toEqual(docx.indicators.map(ids));
  expect(doc.checks.map(ids)).toEqual(docx.checks.map(ids));
  expect(doc.document).toMatchObject({ format: 'doc', status: 'ok', converted_by: expect.stringMatching(/^LibreOffice \d+\.\d+/) });
  const { source: _a, doc_id: _b, format: _c, converted_by: _d, warnings: _e, ...rest } = doc.document;
  const { source: _f, doc_id: _g, format: _h, converted_by: _i, warnings: _j, ...want } = docx.document;
  expect(rest).toEqual(want);
}, 60_000);

describe.each([
  ['qinglong-2024.sheets.xlsx', 'xlsx'],
  ['qinglong-2024.stacked.xlsx', 'xlsx'],
  ['qinglong-2024.sheets.xls', 'xls'],
  ['qinglong-2024.stacked.et', 'et'],
])('%s', (file, format) => {
  let out: DocumentOutput;
  beforeAll(async () => {
    out = await runSample(join(OFFICE, file));
  });

  test('gives the DOCX budget lines, projects and indicators', () => {
    expect(out.budget_lines.map(noProvenance)).toEqual(docx.budget_lines.map(noProvenance));
    expect(out.projects.map(noProvenance)).toEqual(docx.projects.map(noProvenance));
    expect(out.indicators.map(noProvenance)).toEqual(docx.indicators.map(noProvenance));
    expect(out.document).toMatchObject({ format, status: 'ok', converted_by: null, tables_found: docx.document.tables_found });
  });

  test('every amount is printed as the workbook displays it', () => {
    const total = out.budget_lines.find((l) => l.table === 'income_summary' && l.name === '合计')!;
    // sheets: 0.00 number formats and a formula's cached value; stacked: General, as an HTML import leaves them
    expect(total.provenance.source_text).toContain(file.includes('sheets') ? '1630.30' : '1630.3');
  });
});
