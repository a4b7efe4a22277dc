// The pipeline's identity for the cache: tool and schema version, the versions of the
// libraries that read documents, a hash of the code and data (the catalogue is code), and
// the settings that change results. Any change re-processes everything, so a new release,
// a rebuilt checkout or an edited catalogue never serves stale results.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputLimits } from '../input/limits.js';
import { SCHEMA_VERSION } from '../schema/records.js';
import type { ToolInfo } from '../sink/manifest.js';
import { compareStrings } from '../sink/compare.js';
import { packageRoot } from '../util/package-root.js';

// src/ or dist/src/: whichever this module runs from
const CODE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const CODE_FILE = /\.(js|mjs|ts|json)$/;

let treeHash: Promise<string> | undefined;

export async function pipelineFingerprint(tool: ToolInfo, settings: unknown): Promise<string> {
  const pkg = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { dependencies?: unknown };
  treeHash ??= hashTrees([CODE_DIR, join(packageRoot(), 'data')]);
  return createHash('sha256')
    .update(JSON.stringify([tool, SCHEMA_VERSION, pkg.dependencies ?? null, await treeHash, settings]))
    .digest('hex');
}

/** A batch's fingerprint: the file-size limit is checked before the cache, so it is no part of what the cache holds. */
export function batchFingerprint(tool: ToolInfo, limits: InputLimits, maxPages: number): Promise<string> {
  const { maxFileBytes: _, ...resultLimits } = limits;
  return pipelineFingerprint(tool, { ...resultLimits, maxPages });
}

async function hashTrees(dirs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) {
      if (dir === CODE_DIR && (!CODE_FILE.test(file) || file.endsWith('.d.ts'))) continue;
      hash.update(`${relative(dir, file)}\0`).update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compareStrings);
}
