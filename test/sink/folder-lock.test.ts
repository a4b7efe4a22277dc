import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FolderLockedError, LOCK_FILE, lockFolder } from '../../src/sink/folder-lock.js';
import { tempDir } from '../cli/helpers.js';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const owner = (pid: number, host = hostname()): string => `${JSON.stringify({ pid, host, started_at: '2026-01-01T00:00:00.000Z' })}\n`;

describe('output folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('lock-');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a second lock on a held folder is refused, naming the holder; released, it can be taken again', async () => {
    const lock = await lockFolder(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    const refused = lockFolder(dir);
    await expect(refused).rejects.toThrow(FolderLockedError);
    await expect(refused).rejects.toThrow(new RegExp(`^another run \\(pid ${process.pid} on .*\\) is writing .*: wait for it to finish or choose another --out; if no run is active, delete .*${LOCK_FILE.replaceAll('.', '\\.')}$`));
    await lock.release();
    await (await lockFolder(dir)).release();
  });

  test('a lock left by a killed run (its pid is gone) is taken over', async () => {
    const pid = deadPid();
    await writeFile(join(dir, LOCK_FILE), owner(pid));
    const lock = await lockFolder(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  test('an unreadable lock file names no run and is taken over', async () => {
    await writeFile(join(dir, LOCK_FILE), '{"pid":');
    await (await lockFolder(dir)).release();
  });

  test('a lock held from another host cannot be checked and is respected', async () => {
    await writeFile(join(dir, LOCK_FILE), owner(deadPid(), 'another-host'));
    await expect(lockFolder(dir)).rejects.toThrow(/another run \(pid \d+ on another-host/);
  });
});
