// An input given as an http(s) URL, fetched by the worker with the same size limit as a
// file: TOO_LARGE before reading past it, READ_FAILED (retried with backoff) when the
// server does not answer with the file.
import { docId } from '../input/doc-id.js';
import { formatBytes } from '../input/limits.js';
import { IngestError } from '../pipeline/errors.js';
import { failed } from '../batch/process-input.js';
import type { LoadedInput } from '../batch/process-input.js';
import type { InputFile } from '../input/collect.js';

const FETCH_TIMEOUT_MS = 120_000;

export async function fetchInput(input: InputFile, maxFileBytes: number): Promise<LoadedInput> {
  const fail = (error: IngestError): LoadedInput => ({ kind: 'failed', outcome: failed(input, null, error) });
  const tooLarge = (size: number): LoadedInput =>
    fail(
      new IngestError(
        'TOO_LARGE',
        'read',
        `the file is ${formatBytes(size)} or more, above the limit of ${formatBytes(maxFileBytes)}: check that it is a single disclosure; to read it anyway, enqueue again with a larger --max-file-size`,
      ),
    );
  try {
    const response = await fetch(input.path, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return fail(new IngestError('READ_FAILED', 'read', `cannot download the file: the server answered ${response.status} ${response.statusText}`));
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxFileBytes) {
      await response.body.cancel();
      return tooLarge(declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxFileBytes) return tooLarge(size);
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(Buffer.concat(chunks));
    return { kind: 'loaded', bytes, doc_id: docId(bytes) };
  } catch (err) {
    return fail(new IngestError('READ_FAILED', 'read', `cannot download the file: ${err instanceof Error ? err.message : String(err)}`));
  }
}
