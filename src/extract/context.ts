// What every extractor gets besides its section, and where it reports what it noticed.
import type { Warning } from '../model/document.js';
import type { TableId, Unit } from '../schema/records.js';

export interface ExtractContext {
  doc_id: string;
  /** the document's usual table unit, for a table that prints none. */
  defaultUnit: Unit | null;
  warnings: Warning[];
  notes: string[];
  /** per table, amount keys printed under a 其中 header: parts of the total, not beside it. */
  ofWhich: Map<TableId, Set<string>>;
}
