// The failing checks of a run, as keys that name the same check on the same cells from one run
// to the next: what a change to the lines (an OCR correction, a unit) makes hold or fail.
import type { CheckRecord } from '../schema/records.js';

const keyOf = (c: CheckRecord): string =>
  `${c.check}|${JSON.stringify(c.table)}|${c.cells ? c.cells.map((x) => `${x.table_index}.${x.row_index}.${x.side}.${x.column}.${x.role}`).join(',') : c.message}`;

export const failing = (checks: readonly CheckRecord[]): Set<string> => new Set(checks.filter((c) => c.status === 'fail').map(keyOf));
