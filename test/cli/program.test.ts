import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/package-root.js';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/program.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from './helpers.js';

let root: string;
beforeEach(async () => {
  root = await tempDir('cli-');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => (out += text),
    err: (text) => (err += text),
    processor: fakeProcessor(),
    stdout: () => out,
    stderr: () => err,
  };
}

describe('budget-ingest CLI', () => {
  test('--version prints the package version', async () => {
    const io = capture();
    const pkg = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout()).toBe(`${pkg.version}\n`);
  });

  test('ingest logs one JSON line per input on stderr (not a terminal) and prints the summary on stdout', async () => {
    await put(join(root, 'in', 'a.pdf'), fakePdf('ok'));
    await put(join(root, 'in', 'empty.pdf'), '');
    const io = capture();
    const out = join(root, 'out');
    expect(await runCli(['ingest', join(root, 'in'), '--out', out], io)).toBe(0);
    const log = io
      .stderr()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(log).toEqual([
      { time: expect.any(String), event: 'start', total: 2, workers: 0 },
      expect.objectContaining({ event: 'input', done: 1, total: 2, source: join(root, 'in', 'a.pdf'), outcome: 'document', codes: [], cached: false }),
      expect.objectContaining({ event: 'input', done: 2, source: join(root, 'in', 'empty.pdf'), outcome: 'error', codes: ['EMPTY_FILE'] }),
    ]);
    expect(io.stdout()).toMatch(/^read 2 input\(s\): 1 document\(s\), 1 failed\n/);
    expect(io.stdout()).toContain('  EMPTY_FILE (1)\n');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { run?: { started_at: string } };
    expect(manifest.run?.started_at).toMatch(/^\d{4}-/);
    expect(await readdir(join(out, '.cache'))).toHaveLength(2); // the default cache, one shard per document here
  });

  test('--quiet prints nothing', async () => {
    await put(join(root, 'in', 'a.pdf'), fakePdf('ok'));
    const io = capture();
    expect(await runCli(['ingest', join(root, 'in'), '--out', join(root, 'out'), '--quiet'], io)).toBe(0);
    expect(io.stdout() + io.stderr()).toBe('');
  });

  test('--strict turns a failed check into a non-zero exit', async () => {
    await put(join(root, 'in', 'a.pdf'), fakePdf('check-fail'));
    const args = ['ingest', join(root, 'in'), '--out', join(root, 'out'), '--quiet'];
    expect(await runCli(args, capture())).toBe(0);
    expect(await runCli([...args, '--strict'], capture())).toBe(2);
  });

  test('--debug-dir is passed on', async () => {
    await put(join(root, 'in', 'a.pdf'), fakePdf('ok'));
    const debug = join(root, 'debug');
    await runCli(['ingest', join(root, 'in'), '--out', join(root, 'out'), '--debug-dir', debug, '--quiet'], capture());
    const [document] = await readJsonl(join(root, 'out', 'documents.jsonl'));
    await expect(readFile(join(debug, String(document?.doc_id), 'result.json'), 'utf8')).resolves.toContain('"kind": "document"');
  });

  test('usage errors exit non-zero with a message', async () => {
    const io = capture();
    expect(await runCli(['ingest', join(root, 'in')], io)).not.toBe(0);
    expect(io.stderr()).toMatch(/required option '--out <dir>'/);
  });

  test('an output folder that cannot be written is reported and exits 1', async () => {
    await put(join(root, 'in', 'a.pdf'), fakePdf('ok'));
    const blocker = await put(join(root, 'file'), 'x');
    const io = capture();
    expect(await runCli(['ingest', join(root, 'in'), '--out', join(blocker, 'out'), '--quiet'], io)).toBe(1);
    expect(io.stderr()).toMatch(/^budget-ingest: .*ENOTDIR/);
  });
});
