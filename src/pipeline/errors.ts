import type { ErrorCode, ErrorRecord } from '../schema/records.js';
import { SCHEMA_VERSION } from '../schema/records.js';

/** A failure with a stable code; any stage may throw it and the pipeline turns it into an errors.jsonl record. */
export class IngestError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly stage: ErrorRecord['stage'],
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** Any thrown value as an IngestError: unexpected ones become INTERNAL_ERROR at `stage`. */
export function asIngestError(err: unknown, stage: ErrorRecord['stage'] = 'parse'): IngestError {
  if (err instanceof IngestError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new IngestError('INTERNAL_ERROR', stage, `internal error: ${message}; please report this with the input file`);
}

export function errorRecord(source: string, doc_id: string | null, err: IngestError): ErrorRecord {
  return { schema_version: SCHEMA_VERSION, source, doc_id, stage: err.stage, code: err.code, message: err.message };
}
