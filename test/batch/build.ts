// Builds dist/ for tests that run the compiled CLI or real worker threads. Builds are
// serialised across jest workers with a lock folder, so no test runs a half-written file.
import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/util/package-root.js';

const run = promisify(execFile);
const root = packageRoot();
const lock = join(root, 'dist', '.test-build-lock');
// a lock older than this was left by a killed run
const STALE_MS = 5 * 60_000;

export const BIN = join(root, 'dist', 'src', 'cli', 'main.js');

export async function buildDist(): Promise<void> {
  await mkdir(join(root, 'dist'), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > STALE_MS) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    // same as `npm run build`; type errors elsewhere in the tree still emit, so the exit code is ignored
    await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root }).catch(
      () => undefined,
    );
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
