// Crash safety of the crawl, for real: the built CLI is killed with SIGKILL mid-crawl (in
// the middle of a download's body, and between two requests), re-run, and its downloads
// and manifest compared with an uninterrupted run's.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { sha256 } from '../../src/crawl/state.js';
import { BIN, buildDist } from '../batch/build.js';
import { tempDir } from '../cli/helpers.js';
import { portalConfig } from './config.js';
import { startPortal } from './portal.js';
import type { Portal } from './portal.js';

let root: string;
let portal: Portal;
let config: string;
let whole: string;

beforeAll(async () => {
  await buildDist();
  root = await tempDir('crawl-kill-');
  portal = await startPortal();
  config = join(root, 'crawl.yml');
  await writeFile(config, portalConfig(portal.base));
  // the uninterrupted run, in this process
  whole = join(root, 'whole');
  expect(await crawlHere(whole)).toBe(0);
}, 180_000);
afterAll(async () => {
  await portal.close();
  await rm(root, { recursive: true, force: true });
});

const args = (out: string): string[] => [BIN, 'crawl', '--config', config, '--out', out, '--quiet'];
const crawlHere = (out: string): Promise<number> => runCli(['crawl', '--config', config, '--out', out], { out: () => undefined, err: () => undefined });

/** What a run leaves: every file (state aside) with its hash, and the manifest without its fetch times. */
async function result(out: string): Promise<{ files: Record<string, string>; manifest: string[] }> {
  const entries = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name).slice(out.length + 1);
    if (!path.startsWith('.crawl-state') && path !== 'manifest.csv') files[path] = sha256(await readFile(join(out, path)));
  }
  const lines = (await readFile(join(out, 'manifest.csv'), 'utf8')).split('\r\n');
  const fetchedAt = lines[0]!.split(',').indexOf('fetched_at');
  // no field before fetched_at holds a comma in this portal, so splitting is enough to drop it
  const manifest = lines.map((line) => line.split(',').filter((_, i) => i !== fetchedAt).join(','));
  return { files, manifest };
}

test.each([
  ['in the middle of a download', '/files/archive.zip'],
  ['between two requests', '/upload/2024/fj1.docx'],
])('kill -9 %s, then a re-run: the same downloads and manifest as an uninterrupted run', async (_when, killAt) => {
  const killed = join(root, `killed-${sha256(killAt).slice(0, 6)}`);
  const child = spawn(process.execPath, args(killed), { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  portal.onRequest = async (path, res) => {
    if (path !== killAt) return;
    portal.onRequest = undefined;
    if (killAt.endsWith('.zip')) {
      const body = portal.files.get(path)!;
      res.writeHead(200, { 'content-length': String(body.length) });
      res.write(body.subarray(0, body.length >> 1));
    }
    child.kill('SIGKILL');
    await exited;
    res.destroy();
  };
  expect(await exited).toBe('SIGKILL');
  expect(await readdir(killed)).not.toContain('manifest.csv');
  const before = portal.log.length;
  expect(await crawlHere(killed)).toBe(0); // the re-run needs no spawning: only the killed run must be a process
  expect(await result(killed)).toEqual(await result(whole));
  // what the killed run finished is not downloaded again
  expect(portal.log.slice(before).filter((r) => r.path === '/files/qinglong-2024.docx').map((r) => r.status)).toEqual([304]);
}, 60_000);
