// The PDF reader's acceptance: the seed sample printed to PDF by two producers (LibreOffice:
// stroked rules, rows split across pages; Chromium: filled-rectangle rules, once in a TrueType
// font and once in a CFF font it writes as Type 3 fonts) gives exactly the
// records its DOCX gives, provenance aside. And the DOCX saved again by another producer
// (LibreOffice, with sliver grid columns) gives them too, provenance included.
import type { DocumentOutput } from '../../src/pipeline/process.js';
import { runSample } from '../helpers/sample.js';

const PDFS = ['samples/qinglong-2024.libreoffice.pdf', 'samples/qinglong-2024.chromium.pdf', 'test/fixtures/pdf/qinglong-2024.chromium-type3.pdf'];

/** Records without what legitimately differs between formats: ids, provenance, reader warnings. */
function comparable(out: DocumentOutput) {
  const strip = <T extends { doc_id: string; provenance?: unknown }>(r: T) => {
    const { doc_id: _id, provenance: _p, ...rest } = r;
    return rest;
  };
  const { source: _s, format: _f, pages: _pages, warnings: _w, doc_id: _d, ...document } = out.document;
  return {
    document,
    budget_lines: out.budget_lines.map(strip),
    projects: out.projects.map(strip),
    indicators: out.indicators.map(strip),
    checks: out.checks.map(strip),
  };
}

let docx: DocumentOutput;
beforeAll(async () => {
  docx = await runSample();
});

describe.each(PDFS)('%s', (pdf) => {
  let out: DocumentOutput;
  beforeAll(async () => {
    out = await runSample(pdf);
  });

  test('gives the same records as the DOCX', () => {
    const a = comparable(docx);
    const b = comparable(out);
    expect(b.budget_lines).toEqual(a.budget_lines);
    expect(b.projects).toEqual(a.projects);
    expect(b.indicators).toEqual(a.indicators);
    expect(b.checks).toEqual(a.checks);
    expect(b.document).toEqual(a.document);
  });

  test('every record carries its page', () => {
    expect(out.document).toMatchObject({ format: 'pdf', status: 'ok' });
    expect(out.document.pages).toBeGreaterThan(20);
    const pages = [...out.budget_lines, ...out.projects, ...out.indicators].map((r) => r.provenance.page);
    expect(pages.every((p) => p !== null && p >= 1 && p <= out.document.pages!)).toBe(true);
    // The 收支总表 starts on page 1; the 固定资产 table is on the last pages.
    expect(out.budget_lines[0]!.provenance.page).toBe(1);
    expect(out.budget_lines.at(-1)!.provenance.page).toBeGreaterThan(out.document.pages! - 3);
  });
});

describe('the DOCX saved again by LibreOffice (npm run build && node dist/scripts/make-resaved-docx.js)', () => {
  let out: DocumentOutput;
  beforeAll(async () => {
    out = await runSample('test/fixtures/docx/qinglong-2024.libreoffice.docx');
  });

  test('gives the same records, to the row and table of each', () => {
    const ids = <T extends { doc_id: string }>(r: T) => ({ ...r, doc_id: '' });
    expect(out.budget_lines.map(ids)).toEqual(docx.budget_lines.map(ids));
    expect(out.projects.map(ids)).toEqual(docx.projects.map(ids));
    expect(out.indicators.map(ids)).toEqual(docx.indicators.map(ids));
    expect(comparable(out).checks).toEqual(comparable(docx).checks);
    expect(comparable(out).document).toEqual(comparable(docx).document);
  });

  test('says it removed sliver columns, which the generated sample does not have', () => {
    const codes = (o: DocumentOutput) => o.document.warnings.map((w) => w.code);
    expect(codes(out)).toContain('DOCX_SLIVER_COLUMNS');
    expect(codes(docx)).not.toContain('DOCX_SLIVER_COLUMNS');
  });
});
