// A variant's files: the DOCX bytes, its expected records, and the check that those
// records add up. Used by make-variants.ts and by the test that the committed corpus is current.
import { relative, resolve } from 'node:path';
import { formatExpected, type ExpectedDocument } from '../../src/accuracy/expected.js';
import { accountOf, tableDef } from '../../src/catalogue/index.js';
import { cleanText } from '../../src/normalize/text.js';
import type { BudgetLine } from '../../src/schema/records.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { buildDocx } from '../make-sample-docx.js';
import type { VariantDef } from './list.js';
import { narrative, type Variant } from './seed.js';

const DOC_ID = '0'.repeat(64);

/** Where the variants and their expected records are committed, from the package root. */
export const VARIANT_FIXTURES = 'test/fixtures/variants';
export const VARIANT_EXPECTED = 'expected/variants';
/** Where the variants the pipeline does not read right yet (PENDING_VARIANTS) are made; no test reads them. */
export const PENDING_FIXTURES = 'test/fixtures/variants-pending';
export const PENDING_EXPECTED = 'expected/variants-pending';
/** Where the 决算 variants (FINAL_VARIANTS) are committed. */
export const FINAL_FIXTURES = 'test/fixtures/final-variants';
export const FINAL_EXPECTED = 'expected/final-variants';

/** The variant, its tables kept from breaking a row across pages (a PDF reader gap, docs/accuracy.md). */
export function makeVariant(def: VariantDef, seed: Variant): Variant {
  const v = def.make(seed);
  return { ...v, blocks: v.blocks.map((b) => (b.type === 'table' ? { ...b, keepRows: true } : b)) };
}

export function variantDocx(v: Variant): Promise<Buffer> {
  const kind = v.document.disclosure_kind === 'department_final_account' ? '年度部门决算' : '年部门预算信息公开';
  return buildDocx(v.blocks, `${v.document.department_name}${v.document.fiscal_year}${kind}`);
}

/**
 * The reconciliation checks over the expected records, in listed order; the failures.
 * `tolerance` 0: every identity must hold exactly (the 决算 variants are consistent by construction).
 */
export function expectedCheckFailures(v: Variant, tolerance?: number): { checks: number; failed: string[] } {
  const tables = [...new Set(v.lines.map((l) => l.table))];
  const lines: BudgetLine[] = v.lines.map((l, i) => ({
    ...l,
    doc_id: DOC_ID,
    provenance: { page: null, table_index: tables.indexOf(l.table), row_index: i, source_text: [] },
  }));
  const account = accountOf(tables.map((t) => tableDef(t)));
  const checks = runChecks({ doc_id: DOC_ID, lines, projects: [], narrative: narrative(v.blocks).map(cleanText), account, ...(tolerance !== undefined && { tolerance }) });
  return { checks: checks.length, failed: checks.filter((c) => c.status === 'fail').map((c) => `${c.check}: ${c.message}`) };
}

/** The expected file's text for the variant printed as `input` (DOCX or PDF). */
export function expectedText(v: Variant, file: string, input: string, format: 'docx' | 'pdf', pages: number | null): string {
  const d = v.document;
  const document: ExpectedDocument = {
    schema_version: d.schema_version,
    source: relative(resolve(file, '..'), input).split('\\').join('/'),
    format,
    disclosure_kind: d.disclosure_kind,
    fiscal_year: d.fiscal_year,
    department_code: d.department_code,
    department_name: d.department_name,
    region_code: d.region_code,
    unit: d.unit,
    pages,
    tables_found: d.tables_found,
    tables_missing: d.tables_missing,
    checked_tables: d.checked_tables,
  };
  return formatExpected(document, v.lines);
}
