// The built bin against a real folder, through the real pipeline.
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BIN as bin, buildDist } from '../batch/build.js';
import { put, readJsonl, tempDir } from './helpers.js';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  await buildDist();
  dir = await tempDir('bin-');
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('the bin starts with a shebang', async () => {
  expect((await readFile(bin, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('a folder holding only an empty .pdf: errors.jsonl says EMPTY_FILE and the exit code is non-zero', async () => {
  await put(join(dir, 'in', 'empty.pdf'), '');
  const out = join(dir, 'out');
  const result = await run(process.execPath, [bin, 'ingest', join(dir, 'in'), '--out', out]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  expect(result.code).not.toBe(0);
  expect(result.stdout).toContain('EMPTY_FILE (1)');
  expect(await readJsonl(join(out, 'errors.jsonl'))).toEqual([
    expect.objectContaining({ source: join(dir, 'in', 'empty.pdf'), code: 'EMPTY_FILE' }),
  ]);
});
