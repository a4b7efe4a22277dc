import { readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { parseCount, parseDuration, parseSize } from '../../src/cli/parse-options.js';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/program.js';
import { progressReporter } from '../../src/cli/progress.js';
import { LOCK_FILE } from '../../src/sink/folder-lock.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from './helpers.js';

describe('option values', () => {
  test('durations: bare numbers are seconds', () => {
    expect([parseDuration('90'), parseDuration('90s'), parseDuration('2m'), parseDuration('500ms'), parseDuration('1.5h')]).toEqual([
      90_000, 90_000, 120_000, 500, 5_400_000,
    ]);
    expect(() => parseDuration('soon')).toThrow(/duration such as 90s/);
    expect(() => parseDuration('0')).toThrow(/more than 0/);
  });

  test('sizes: bare numbers are bytes', () => {
    expect([parseSize('100MB'), parseSize('64kb'), parseSize('2GB'), parseSize('1000')]).toEqual([104_857_600, 65_536, 2_147_483_648, 1000]);
    expect(() => parseSize('big')).toThrow(/size such as 100MB/);
  });

  test('counts are whole numbers', () => {
    expect(parseCount('4')).toBe(4);
    expect(() => parseCount('-1')).toThrow(/whole number/);
  });
});

describe('progress', () => {
  test('a terminal gets a bar with rate, ETA, cached and failed counts', () => {
    let screen = '';
    const tty = {
      isTTY: true,
      columns: 200,
      write: (text: string) => ((screen += text), true),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    } as unknown as NodeJS.WriteStream;
    const reporter = progressReporter(() => undefined, tty);
    reporter.start(2, 2);
    const p = { total: 2, source: 'a.pdf', doc_id: null, codes: [], ms: 5 };
    reporter.update({ ...p, done: 1, outcome: 'document', cached: true });
    reporter.update({ ...p, done: 2, outcome: 'error', cached: false });
    reporter.stop();
    expect(screen).toMatch(/100% \| 2\/2 \| [\d.]+ docs\/s \| ETA \S+ \| cached 1 \| failed 1/);
  });
});

describe('ingest options', () => {
  let root: string;
  beforeEach(async () => {
    root = await tempDir('options-');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const io = (): CliIo & { text: () => string } => {
    let all = '';
    return { out: (t) => (all += t), err: (t) => (all += t), processor: fakeProcessor(), text: () => all };
  };

  test('--manifest and a folder: each file once, with the manifest row\'s metadata and source_url', async () => {
    await put(join(root, 'files', 'a.pdf'), fakePdf('ok'));
    await put(join(root, 'files', 'b.pdf'), fakePdf('ok'));
    const list = await put(join(root, 'files', 'list.csv'), 'path,fiscal_year,source_url\na.pdf,2023,https://example.org/a\n');
    const out = join(root, 'out');
    // b.pdf comes through the folder argument too, and list.csv is an input like any other file there
    expect(await runCli(['ingest', '--manifest', list, join(root, 'files'), '--out', out, '--quiet'], io())).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { inputs: { source: string; source_url?: string }[] };
    expect(manifest.inputs.map((i) => [i.source.slice(root.length + 1), i.source_url])).toEqual([
      ['files/a.pdf', 'https://example.org/a'],
      ['files/b.pdf', undefined],
      ['files/list.csv', undefined],
    ]);
    // the fake documents say 2024: the document's own year is kept, and the disagreement noted
    const documents = await readJsonl(join(out, 'documents.jsonl'));
    expect(documents.map((d) => [d.fiscal_year, (d.warnings as { code: string }[]).map((w) => w.code), d.source_url])).toEqual([
      [2024, ['MANIFEST_DISAGREES'], 'https://example.org/a'],
      [2024, [], null],
    ]);
  });

  test('a folder another live run is writing is refused, and what it holds is left alone', async () => {
    await put(join(root, 'a.pdf'), fakePdf('ok'));
    const out = join(root, 'out');
    expect(await runCli(['ingest', join(root, 'a.pdf'), '--out', out, '--quiet', '--no-run-time'], io())).toBe(0);
    const before = await readFile(join(out, 'documents.jsonl'), 'utf8');
    // the parent of this test process is alive for as long as the test runs
    await put(join(out, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), started_at: '2026-01-01T00:00:00.000Z' }));
    const cli = io();
    expect(await runCli(['ingest', join(root, 'a.pdf'), '--out', out, '--reprocess'], cli)).toBe(1);
    expect(cli.text()).toMatch(new RegExp(`^budget-ingest: another run \\(pid ${process.ppid} on `));
    expect(await readFile(join(out, 'documents.jsonl'), 'utf8')).toBe(before);
    expect(await readFile(join(out, LOCK_FILE), 'utf8')).toContain(`"pid":${process.ppid}`);
  });

  test('a bad manifest stops the run before anything is read', async () => {
    const list = await put(join(root, 'list.csv'), 'path,fiscal_year\na.pdf,next year\n');
    const cli = io();
    expect(await runCli(['ingest', '--manifest', list, '--out', join(root, 'out')], cli)).toBe(1);
    expect(cli.text()).toMatch(/^budget-ingest: the manifest has errors.*\n.*list\.csv:2: fiscal_year "next year"/);
  });

  test('no paths and no manifest is a usage error', async () => {
    const cli = io();
    expect(await runCli(['ingest', '--out', join(root, 'out')], cli)).toBe(1);
    expect(cli.text()).toMatch(/nothing to read/);
  });

  test('option values are checked', async () => {
    const cli = io();
    expect(await runCli(['ingest', 'x', '--out', join(root, 'out'), '--timeout', 'soon'], cli)).not.toBe(0);
    expect(cli.text()).toMatch(/option '--timeout <duration>' argument 'soon' is invalid/);
  });
});
