// What a reviewer sorts documents by: read and consistent, read but a check fails, read with
// mandated tables missing, or not read at all.
import type { DocumentRecord } from '../schema/records.js';

export const REPORT_STATUSES = ['ok', 'checks_failed', 'partial', 'error'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const STATUS_LABEL: Record<ReportStatus, string> = {
  ok: 'ok',
  checks_failed: 'checks failed',
  partial: 'partial',
  error: 'error',
};

/**
 * error: no financial table was read (status failed), or only errors.jsonl has the input;
 * partial: a mandated table is missing (whatever the checks say); checks failed: every
 * mandated table found, some check fails.
 */
export function reportStatus(d: DocumentRecord): ReportStatus {
  if (d.status === 'failed') return 'error';
  if (d.tables_missing.length > 0) return 'partial';
  return d.checks_failed > 0 ? 'checks_failed' : 'ok';
}
