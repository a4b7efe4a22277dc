// Bad Word 97, WPS and workbook inputs through the built CLI and real worker threads: each
// ends in its code, the batch goes on, a hung LibreOffice is killed with all its processes,
// and a machine without LibreOffice reads everything but the .doc.
import { execFile } from 'node:child_process';
import { chmod, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/util/package-root.js';
import { BIN, buildDist } from '../batch/build.js';
import { put, readJsonl, tempDir } from '../cli/helpers.js';
import { encryptedDoc, encryptedXls, encryptedXlsx, millionRows, OFFICE, truncatedDoc } from './bad-files.js';

const run = promisify(execFile);
const root = packageRoot();
let dir: string;

beforeAll(async () => {
  await buildDist();
  dir = await tempDir('bad-office-');
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingest(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string }> {
  return run(process.execPath, [BIN, 'ingest', ...args, '--workers', '2', '--no-run-time'], { env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );
}

/** Whether a process runs (exists and is not a zombie), from /proc. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

const byName = (records: Array<Record<string, unknown>>, folder: string) =>
  Object.fromEntries(records.map((r) => [String(r.source).slice(folder.length + 1), r]));

test('each bad Office input ends in its code; a mislabelled workbook is read as one', async () => {
  const inputs = join(dir, 'bad');
  await put(join(inputs, 'encrypted.doc'), encryptedDoc());
  await put(join(inputs, 'encrypted.xlsx'), encryptedXlsx());
  await put(join(inputs, 'encrypted.xls'), encryptedXls());
  await put(join(inputs, 'truncated.doc'), truncatedDoc());
  await put(join(inputs, 'million-rows.xlsx'), await millionRows());
  await copyFile(join(root, OFFICE, 'qinglong-2024.stacked.xlsx'), join(inputs, 'workbook-named.doc'));
  const out = join(dir, 'bad-out');
  const result = await ingest([inputs, '--out', out]);
  expect(result.code).toBe(0); // one document was read
  const errors = byName(await readJsonl(join(out, 'errors.jsonl')), inputs);
  expect(Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, e.code]))).toEqual({
    'encrypted.doc': 'ENCRYPTED_DOCUMENT',
    'encrypted.xls': 'ENCRYPTED_DOCUMENT',
    'encrypted.xlsx': 'ENCRYPTED_DOCUMENT',
    'million-rows.xlsx': 'TOO_LARGE',
    'truncated.doc': 'CORRUPT_DOCUMENT',
  });
  expect(errors['encrypted.doc']!.message).toMatch(/^password-protected Word document.*remove the password/);
  expect(errors['million-rows.xlsx']!.message).toMatch(/stores more than 500,000 cells, the limit.*delete them/);
  expect(errors['truncated.doc']!.message).toMatch(/OLE2.*damaged.*download it again/);
  const [doc] = await readJsonl(join(out, 'documents.jsonl'));
  expect(doc).toMatchObject({ source: join(inputs, 'workbook-named.doc'), format: 'xlsx', status: 'ok', converted_by: null });
}, 120_000);

test('a conversion over the time limit is TIMEOUT and leaves no soffice process behind', async () => {
  // a soffice that answers --version, then hangs with a child of its own (as oosplash runs soffice.bin)
  const pids = join(dir, 'pids');
  const fake = join(dir, 'soffice');
  await writeFile(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "LibreOffice 7.0.0.0 fake"; exit 0; fi\necho $$ >> "${pids}"\nsleep 300 &\necho $! >> "${pids}"\nwait\n`);
  await chmod(fake, 0o755);
  const out = join(dir, 'hang-out');
  const started = Date.now();
  await ingest([join(root, OFFICE, 'qinglong-2024.doc'), '--out', out, '--timeout', '10s'], { BUDGET_INGEST_SOFFICE: fake });
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(await readJsonl(join(out, 'errors.jsonl'))).toEqual([
    expect.objectContaining({ code: 'TIMEOUT', message: expect.stringMatching(/LibreOffice conversion took longer than the \d\.\d s left for it.*killed.*--timeout/) }),
  ]);
  const started_ = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
  expect(started_).toHaveLength(2); // the shell and its sleep
  // killed processes are reaped by init a moment later: until then they are zombies, not running
  let alive = started_.filter(running);
  for (let i = 0; i < 50 && alive.length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    alive = alive.filter(running);
  }
  expect(alive).toEqual([]);
}, 60_000);

test('without LibreOffice a .doc is UNSUPPORTED_FORMAT naming the package, and the batch goes on', async () => {
  const inputs = join(dir, 'no-soffice');
  await copyFile(join(root, OFFICE, 'qinglong-2024.doc'), await put(join(inputs, 'a.doc'), ''));
  await copyFile(join(root, OFFICE, 'qinglong-2024.sheets.xls'), join(inputs, 'b.xls'));
  const out = join(dir, 'no-soffice-out');
  const result = await ingest([inputs, '--out', out], { BUDGET_INGEST_SOFFICE: join(dir, 'no-such-soffice') });
  expect(result.code).toBe(0);
  expect(await readJsonl(join(out, 'errors.jsonl'))).toEqual([
    expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/LibreOffice is needed.*apt-get install libreoffice-writer-nogui/) }),
  ]);
  expect(await readJsonl(join(out, 'documents.jsonl'))).toEqual([expect.objectContaining({ format: 'xls', status: 'ok' })]);
}, 60_000);
