// Loads the bundled sample once per test file and runs it through the whole pipeline.
import { readFileSync } from 'node:fs';
import { processDocument, type DocumentOutput } from '../../src/pipeline/process.js';

import { SAMPLE_DOCX } from './paths.js';

export async function runSample(path = SAMPLE_DOCX, bytes: Uint8Array = readFileSync(path)): Promise<DocumentOutput> {
  const r = await processDocument({ bytes, source: path });
  if (r.kind !== 'document') throw new Error(`${path}: ${r.error.code} ${r.error.message}`);
  return r.output;
}
