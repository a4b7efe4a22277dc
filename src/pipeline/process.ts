// One document through every stage: sniff → read → locate → extract → normalize → validate.
// Pure with respect to the file system: bytes in, records out (the caller writes them).
import { docId } from '../input/doc-id.js';
import { sniffFormat, type ZipLimits } from '../input/sniff.js';
import { readDocument, type ReadOptions } from '../readers/index.js';
import type {
  BudgetLine,
  CheckRecord,
  DocumentRecord,
  ErrorRecord,
  FigureRecord,
  IndicatorRecord,
  ProjectRecord,
  TableRecord,
} from '../schema/records.js';
import { buildRecords } from './build-records.js';
import { asIngestError, errorRecord } from './errors.js';

export interface ProcessInput {
  bytes: Uint8Array;
  /** the path or URL as given to the run; copied into records. */
  source: string;
  options?: ReadOptions;
  /** zip-bomb limits checked before inflating; the defaults when left out. */
  zipLimits?: ZipLimits;
}

export interface DocumentOutput {
  document: DocumentRecord;
  tables: TableRecord[];
  budget_lines: BudgetLine[];
  projects: ProjectRecord[];
  indicators: IndicatorRecord[];
  figures: FigureRecord[];
  checks: CheckRecord[];
  /** stage failures on a partly read document (the document record is still written). */
  errors: ErrorRecord[];
}

export type ProcessResult = { kind: 'document'; output: DocumentOutput } | { kind: 'error'; error: ErrorRecord };

export async function processDocument(input: ProcessInput): Promise<ProcessResult> {
  const doc_id = docId(input.bytes);
  try {
    const sniffed = await sniffFormat(input.bytes, input.source, input.zipLimits);
    if (sniffed.kind === 'error') throw sniffed.error;
    const model = await readDocument(sniffed.kind, input.bytes, input.options);
    return { kind: 'document', output: buildRecords(model, { doc_id, source: input.source }) };
  } catch (e) {
    return { kind: 'error', error: errorRecord(input.source, doc_id, asIngestError(e)) };
  }
}
