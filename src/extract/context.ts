// What every extractor gets besides its section, and where it reports what it noticed.
import type { Warning } from '../model/document.js';
import type { TableId, Unit } from '../schema/records.js';
import type { ColumnLayout } from './layout.js';

export interface ExtractContext {
  doc_id: string;
  /** the unit the document's tables print (the first printed), for a table that prints none. */
  defaultUnit: Unit | null;
  /** tables read in 万元 because no unit is printed for them nor before them (settled after all are read: validate/assumed-units.ts). */
  assumedUnit: Set<number>;
  warnings: Warning[];
  notes: string[];
  /** per table, amount keys printed under a 其中 header: parts of the total, not beside it. */
  ofWhich: Map<TableId, Set<string>>;
  /** per table index, the columns of the header above that a part printing none was read with (tables.jsonl shows them). */
  continuedColumns: Map<number, ColumnLayout[]>;
}
