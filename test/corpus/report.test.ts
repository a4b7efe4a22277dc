import { corpusGroup, corpusReport, formatCorpusReport } from '../../src/corpus/report.js';
import type { CheckRecord, DocumentRecord, ErrorRecord } from '../../src/schema/records.js';
import { checkRecord, documentRecord, sha } from '../sink/fixtures.js';

const A = 'corpus/北京/北京-北京-04dfdd9a-附件2.pdf';
const B = 'corpus/北京/北京-北京-0ca30e0c-预算.pdf';
const C = 'corpus/广东/广东-广州-015554f2-司法局.pdf';
const D = 'corpus/广东/广东-广州-1ed71338-情况说明.pdf';
const E = 'corpus/重庆/重庆-重庆-d344b1c3-气象局.pdf';

function doc(source: string, over: Partial<DocumentRecord>): DocumentRecord {
  return { ...documentRecord(source, sha(source)), warnings: [], ...over };
}
const check = (source: string, status: CheckRecord['status'], id = 'hierarchy_sum'): CheckRecord => ({ ...checkRecord(sha(source), id, 'pass'), status });
const error = (source: string): ErrorRecord => ({ schema_version: '1', source, doc_id: sha(source), stage: 'extract', code: 'NOT_A_BUDGET_DOCUMENT', message: '' });

test('corpusGroup: the second field of <province>-<city>-<8 hex>-<name>, null for other files', () => {
  expect(corpusGroup(C)).toBe('广州');
  expect(corpusGroup('corpus/README.md')).toBeNull();
  expect(corpusGroup('corpus/a-b-c-d.pdf')).toBeNull(); // the third field is not a blob hash
});

test('per template and overall: read, complete, consistent, checks per document, warnings, what was not read', () => {
  const documents = [
    doc(A, { tables_missing: [], checks_failed: 0, warnings: [{ code: 'UNLOCATED_TABLE', message: '' }] }),
    doc(B, { tables_missing: ['state_capital_expenditure'], checks_failed: 1, warnings: [{ code: 'UNMAPPED_COLUMN', message: '' }, { code: 'UNMAPPED_COLUMN', message: '' }] }),
    // all tables found but no check ran (only a skip): not consistent
    doc(C, { tables_missing: [], checks_failed: 0 }),
    // a mandated table it does not print (no title names it): complete
    doc(E, { tables_missing: ['state_capital_expenditure'], tables_not_printed: ['state_capital_expenditure'], checks_failed: 0 }),
  ];
  const checks = [check(A, 'pass'), check(A, 'pass'), check(A, 'skipped', 'fund_income_equals_fund_expenditure'), check(B, 'fail'), check(B, 'pass'), check(C, 'skipped'), check(E, 'pass')];
  const report = corpusReport([A, B, C, D, E, 'corpus/README.md'], { documents, checks, errors: [error(D)] });
  expect(report.ignored).toEqual(['corpus/README.md']);
  expect(report.groups.map((g) => [g.group, g.inputs, g.read, g.complete, g.consistent, g.checks, g.unlocated, g.unmapped, g.errors])).toEqual([
    ['北京', 2, 2, 1, 1, 4, 1, 2, {}],
    ['广州', 2, 1, 1, 0, 0, 0, 0, { NOT_A_BUDGET_DOCUMENT: 1 }],
    ['重庆', 1, 1, 1, 1, 1, 0, 0, {}],
  ]);
  expect(report.overall).toMatchObject({ inputs: 5, read: 4, complete: 3, consistent: 2, checks: 5 });
  expect(report.failing).toEqual([{ check: 'hierarchy_sum', fail: 1, documents: 1 }]);
  expect(report.skipped).toEqual([
    { check: 'fund_income_equals_fund_expenditure', count: 1 },
    { check: 'hierarchy_sum', count: 1 },
  ]);
  const text = formatCorpusReport(report);
  expect(text).toContain('| 北京 | 2 | 2 | 1 | 1 | 2.0 | 1 | 2 | - |');
  expect(text).toContain('| 广州 | 2 | 1 | 1 | 0 | 0.0 | 0 | 0 | NOT_A_BUDGET_DOCUMENT 1 |');
  expect(text[text.length - 1]).toBe('not counted (not named <province>-<city>-<hash>-<name>): README.md');
});

test('by kind and part: read, consistent, and the parts linked to another part of their disclosure', () => {
  const narrative = doc(A, { package_part: 'narrative', package_partners: [sha(B)], tables_found: [], checks_failed: 0 });
  const tables = doc(B, { package_part: 'tables', package_partners: [sha(A)], checks_failed: 0 });
  const final = doc(E, { disclosure_kind: 'department_final_account', checks_failed: 1 });
  const report = corpusReport([A, B, E], { documents: [narrative, tables, final], checks: [check(A, 'pass'), check(B, 'pass'), check(E, 'fail')], errors: [] });
  expect(report.kinds).toEqual([
    { kind: 'department_budget narrative', read: 1, consistent: 1, checks: 1, linked: 1 },
    { kind: 'department_budget tables', read: 1, consistent: 1, checks: 1, linked: 1 },
    { kind: 'department_final_account complete', read: 1, consistent: 0, checks: 1, linked: 0 },
  ]);
  expect(formatCorpusReport(report)).toContain('| department_final_account complete | 1 | 0 | 1.0 | 0 |');
});
