// Corpora for batch tests: copies of the sample DOCX that differ in bytes (a zip comment)
// but not in content, so each has its own doc_id and the same records.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/package-root.js';
import { put } from '../cli/helpers.js';

/** The sample with `comment` as its zip comment (the end record's last field). */
export function withZipComment(zip: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const out = Buffer.concat([zip, text]);
  out.writeUInt16LE(text.length, zip.length - 2);
  return out;
}

/** Writes `count` variants of the sample as <dir>/doc-NN.docx; returns their paths. */
export async function sampleVariants(dir: string, count: number): Promise<string[]> {
  const sample = await readFile(join(packageRoot(), 'samples', 'qinglong-2024.docx'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `doc-${String(i).padStart(2, '0')}.docx`;
    paths.push(await put(join(dir, name), withZipComment(sample, `variant ${i}`)));
  }
  return paths;
}
