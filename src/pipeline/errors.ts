import type { ErrorCode, ErrorRecord } from '../schema/records.js';

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
