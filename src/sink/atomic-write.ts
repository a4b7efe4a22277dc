// A reader never sees a half-written file: write a temp file beside the target, flush it
// to disk, then rename it over the target (atomic within one file system).
import { open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The temp file of `path` while this process writes it. */
export function tempPath(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

const TEMP_NAME = /\.tmp-\d+$/;

/** Removes the temp files a killed run left in `dir` (one run writes a folder at a time). */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => TEMP_NAME.test(name)).map((name) => rm(join(dir, name), { force: true })));
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPath(path);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Makes the renames themselves durable. Best effort: some platforms cannot sync a folder. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // durability only; the files are complete either way
  }
}
