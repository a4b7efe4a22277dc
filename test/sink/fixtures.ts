// Valid records for writer and CLI tests, built the way an extractor would.
import { createHash } from 'node:crypto';
import type { DocumentOutput } from '../../src/pipeline/process.js';
import type { BudgetLine, CheckRecord, DocumentRecord, ErrorRecord } from '../../src/schema/records.js';
import type { InputOutcome } from '../../src/sink/render.js';

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

export function documentRecord(source: string, doc_id: string, checksFailed = 0): DocumentRecord {
  return {
    schema_version: '1',
    doc_id,
    source,
    source_url: null,
    format: 'docx',
    disclosure_kind: 'department_budget',
    fiscal_year: 2024,
    department_code: '430',
    department_name: '青龙满族自治县机关事务服务中心',
    scope: null,
    region_code: '130321',
    unit: '万元',
    pages: null,
    tables_found: ['income_summary'],
    tables_missing: [],
    tables_not_printed: [],
    status: 'ok',
    checks_failed: checksFailed,
    notes: [],
    warnings: [],
    metadata_sources: { region_code: 'project_code' },
    package_part: 'complete',
    package_id: '130321/青龙满族自治县机关事务服务中心/2024/department_budget',
    package_partners: [],
  };
}

export function budgetLine(doc_id: string, row: number, name = `行${row}`): BudgetLine {
  return {
    schema_version: '1',
    doc_id,
    table: 'income_summary',
    side: null,
    item: null,
    code: '2010301',
    name,
    level: 3,
    is_total: false,
    amounts: { total: row * 10, current_year_subtotal: null },
    attributes: {},
    source_unit: '万元',
    provenance: { page: null, table_index: 1, row_index: row, source_text: [name, String(row * 10)] },
  };
}

export function checkRecord(doc_id: string, check: string, status: 'pass' | 'fail'): CheckRecord {
  return {
    schema_version: '1',
    doc_id,
    check,
    table: 'income_expenditure_summary',
    status,
    expected: 100,
    actual: status === 'pass' ? 100 : 99,
    difference: status === 'pass' ? 0 : -1,
    message: `${check}: ${status}`,
  };
}

export function documentOutput(source: string, doc_id: string, overrides: Partial<DocumentOutput> = {}): DocumentOutput {
  return {
    document: documentRecord(source, doc_id),
    tables: [],
    budget_lines: [budgetLine(doc_id, 0), budgetLine(doc_id, 1)],
    projects: [],
    indicators: [],
    figures: [],
    checks: [checkRecord(doc_id, 'income_equals_expenditure', 'pass')],
    errors: [],
    ...overrides,
  };
}

export function documentOutcome(source: string, overrides: Partial<DocumentOutput> = {}): InputOutcome {
  const doc_id = sha(source);
  return { source, doc_id, result: { kind: 'document', output: documentOutput(source, doc_id, overrides) } };
}

export function errorOutcome(source: string, code: ErrorRecord['code'], stage: ErrorRecord['stage'] = 'detect'): InputOutcome {
  const doc_id = sha(source);
  return {
    source,
    doc_id,
    result: { kind: 'error', error: { schema_version: '1', source, doc_id, stage, code, message: `${code} happened` } },
  };
}
