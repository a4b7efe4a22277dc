// One document through every stage: sniff → read → locate → extract → normalize → validate.
// Pure with respect to the file system: bytes in, records out (the caller writes them).
import type {
  BudgetLine,
  CheckRecord,
  DocumentRecord,
  ErrorRecord,
  IndicatorRecord,
  ProjectRecord,
} from '../schema/records.js';

export interface ProcessInput {
  bytes: Uint8Array;
  /** the path or URL as given to the run; copied into records. */
  source: string;
}

export interface DocumentOutput {
  document: DocumentRecord;
  budget_lines: BudgetLine[];
  projects: ProjectRecord[];
  indicators: IndicatorRecord[];
  checks: CheckRecord[];
  /** stage failures on a partly read document (the document record is still written). */
  errors: ErrorRecord[];
}

export type ProcessResult =
  | { kind: 'document'; output: DocumentOutput }
  | { kind: 'error'; error: ErrorRecord };

export async function processDocument(_input: ProcessInput): Promise<ProcessResult> {
  throw new Error('processDocument: not wired yet');
}
