import type { CheckRecord } from '../../src/schema/records.js';
import { documentStatus } from '../../src/validate/checks/index.js';

const check = (status: 'pass' | 'fail'): CheckRecord => ({
  schema_version: '1',
  doc_id: '0'.repeat(64),
  check: 'hierarchy_sum',
  table: 'income_summary',
  status,
  expected: 1,
  actual: status === 'pass' ? 1 : 2,
  difference: status === 'pass' ? 0 : 1,
  message: '',
});

test('ok: every mandated table found, every check passed', () => {
  expect(documentStatus({ tablesFound: ['income_summary'], tablesMissing: [], checks: [check('pass')] })).toEqual({ status: 'ok', checks_failed: 0 });
});

test('partial: a mandated table missing, or a check failed', () => {
  expect(documentStatus({ tablesFound: ['income_summary'], tablesMissing: ['three_public_expenses'], checks: [] })).toEqual({ status: 'partial', checks_failed: 0 });
  expect(documentStatus({ tablesFound: ['income_summary'], tablesMissing: [], checks: [check('fail'), check('pass'), check('fail')] })).toEqual({
    status: 'partial',
    checks_failed: 2,
  });
});

test('failed: no financial table at all', () => {
  expect(documentStatus({ tablesFound: [], tablesMissing: ['income_summary'], checks: [] })).toEqual({ status: 'failed', checks_failed: 0 });
  expect(documentStatus({ tablesFound: ['project_performance'], tablesMissing: [], checks: [] }).status).toBe('failed');
});
