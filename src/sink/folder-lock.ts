// One run writes an output folder at a time: two would interleave their files and each
// prune the other's cache entries. The lock is a file created exclusively in the folder,
// naming its owner (pid, host). A lock whose owner is no longer alive on this host was
// left by a killed run and is taken over, so `kill -9` followed by a re-run just works.
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.budget-ingest.lock';

interface Owner {
  pid: number;
  host: string;
  started_at: string;
}

export class FolderLockedError extends Error {}

export interface FolderLock {
  release(): Promise<void>;
}

/** Takes the folder's lock (the folder must exist), or throws FolderLockedError naming the run that holds it. */
export async function lockFolder(dir: string): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE);
  const me: Owner = { pid: process.pid, host: hostname(), started_at: new Date().toISOString() };
  // two tries: the second after removing a dead run's lock (another run may win that race)
  for (let attempt = 0; attempt < 2; attempt++) {
    // written beside it, then linked into place: the lock never exists half-written
    const mine = `${path}.${process.pid}`;
    await writeFile(mine, `${JSON.stringify(me)}\n`);
    try {
      await link(mine, path);
      return { release: () => rm(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await rm(mine, { force: true });
    }
    const owner = await readOwner(path);
    if (owner && isAlive(owner)) {
      throw new FolderLockedError(
        `another run (pid ${owner.pid} on ${owner.host}, started ${owner.started_at}) is writing ${dir}: wait for it to finish or choose another --out; if no run is active, delete ${path}`,
      );
    }
    await rm(path, { force: true }); // left by a run that was killed
  }
  throw new FolderLockedError(`another run took the lock on ${dir} at the same moment: wait for it to finish or choose another --out`);
}

async function readOwner(path: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Owner;
  } catch {
    return null; // unreadable: damaged, not a run's (runs link a complete file into place)
  }
}

function isAlive(owner: Owner): boolean {
  // a process on another host (a shared network folder) cannot be checked: assume it runs
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}
