// The key the parts of one disclosure share (documents.jsonl package_id).
import type { DocumentRecord } from '../schema/records.js';

/** region/department/year/kind; null when the department or the year is not known (nothing to pair on). */
export function packageId(meta: Pick<DocumentRecord, 'region_code' | 'department_name' | 'fiscal_year' | 'disclosure_kind'>): string | null {
  if (meta.department_name === null || meta.fiscal_year === null) return null;
  return [meta.region_code ?? '-', meta.department_name, meta.fiscal_year, meta.disclosure_kind].join('/');
}
