// The document's status from its tables and checks (documents.jsonl status, checks_failed).
import type { CheckRecord, DocumentRecord } from '../../schema/records.js';

export interface DocumentStatusInput {
  tablesFound: readonly string[];
  tablesMissing: readonly string[];
  checks: readonly CheckRecord[];
  /** a narrative part prints no table and a 绩效目标 part none with amounts: neither makes it failed */
  packagePart?: DocumentRecord['package_part'];
}

/** Tables that carry amounts; a 绩效目标表 alone does not make a budget readable. */
const NOT_FINANCIAL = new Set(['project_performance', 'final_project_performance']);

/** failed: no financial table at all; partial: a mandated table missing or a check failed; else ok. */
export function documentStatus(input: DocumentStatusInput): { status: 'ok' | 'partial' | 'failed'; checks_failed: number } {
  const checks_failed = input.checks.filter((c) => c.status === 'fail').length;
  const partial = input.packagePart === 'narrative' || input.packagePart === 'performance_targets';
  const status = !partial && !input.tablesFound.some((t) => !NOT_FINANCIAL.has(t))
    ? 'failed'
    : input.tablesMissing.length > 0 || checks_failed > 0
      ? 'partial'
      : 'ok';
  return { status, checks_failed };
}
