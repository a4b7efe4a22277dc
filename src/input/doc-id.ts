import { createHash } from 'node:crypto';

/** The contract's doc_id: lower-case hex sha256 of the input's bytes. */
export function docId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
