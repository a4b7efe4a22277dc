// Runs the pipeline over real files into a temporary folder and reads its JSON Lines back.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runIngest } from '../../src/cli/run.js';
import { tempDir } from '../cli/helpers.js';

export const CORPUS = resolve(process.cwd(), '../shared/corpus');

/** The output folder of one ingest run over `paths`. */
export async function ingestInto(prefix: string, paths: string[]): Promise<string> {
  const out = await tempDir(prefix);
  await runIngest({ paths, outDir: out, tool: { name: 'budget-ingest', version: '0.0.0-test' }, recordRunTime: false });
  return out;
}

export const readRecords = async <T>(dir: string, file: string): Promise<T[]> =>
  (await readFile(join(dir, file), 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
