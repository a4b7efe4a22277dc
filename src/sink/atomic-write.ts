// A reader never sees a half-written file: write a temp file beside the target, flush it
// to disk, then rename it over the target (atomic within one file system).
import { open, rename, rm } from 'node:fs/promises';

export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data, 'utf8');
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
