// Releases of small folders written by the sink itself: bad folders refused before the
// release folder exists, merging, conflicts, --exclude-failing, a missing record file,
// CHANGES.md against a previous release.
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../cli/helpers.js';
import { budgetLine, checkRecord, documentOutcome, errorOutcome, sha } from '../sink/fixtures.js';
import { buildRelease, releaseDate } from '../../src/release/release.js';
import type { ReleaseOptions } from '../../src/release/release.js';
import type { InputOutcome } from '../../src/sink/render.js';
import { OutputWriter } from '../../src/sink/writer.js';
import { readJsonl } from './helpers.js';

const TOOL = { name: 'budget-ingest', version: '0.0.0-test' };
let dir: string;

beforeEach(async () => {
  dir = await tempDir('release-inputs-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folder(name: string, outcomes: InputOutcome[]): Promise<string> {
  const writer = new OutputWriter();
  for (const outcome of outcomes) writer.add(outcome);
  await writer.write(join(dir, name), { tool: TOOL });
  return join(dir, name);
}

const release = (folders: string[], options: Partial<ReleaseOptions> = {}) =>
  buildRelease({ folders, to: join(dir, 'release'), name: 'test', version: '1', date: '2026-12-01', tool: TOOL, ...options });

/** The outcome of a file with other bytes: every record carries `doc_id`. */
function withDocId(outcome: InputOutcome, doc_id: string, lines = 2): InputOutcome {
  if (outcome.result.kind !== 'document') throw new Error('a document outcome');
  const output = outcome.result.output;
  const budget_lines = Array.from({ length: lines }, (_, i) => budgetLine(doc_id, i));
  return { ...outcome, doc_id, result: { kind: 'document', output: { ...output, document: { ...output.document, doc_id }, budget_lines, checks: [] } } };
}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

async function csvRows(name: string): Promise<string[]> {
  return (await readFile(join(dir, 'release', `${name}.csv`), 'utf8')).split('\r\n').slice(1, -1);
}

/** Rewrites one record file of a folder and its manifest entry, as a run of another version would have written it. */
async function rewrite(dir: string, file: string, edit: (text: string) => string): Promise<void> {
  const text = edit(await readFile(join(dir, file), 'utf8'));
  await writeFile(join(dir, file), text);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, unknown> };
  const bytes = Buffer.from(text);
  manifest.files[file] = { records: text.split('\n').length - 1, bytes: bytes.length, sha256: sha(text) };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

describe('bad input is refused before anything is written to the release folder', () => {
  test('a folder without manifest.json', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    await rm(join(a, 'manifest.json'));
    await expect(release([a])).rejects.toThrow(`${a}: no manifest.json: not a complete output folder`);
    expect(await exists(join(dir, 'release'))).toBe(false);
  });

  test('a folder of another schema version', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    const manifest = JSON.parse(await readFile(join(a, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(a, 'manifest.json'), JSON.stringify({ ...manifest, schema_version: '2' }));
    await expect(release([a])).rejects.toThrow(`${a}: written with schema version "2"; this release tool reads schema version 1`);
    expect(await exists(join(dir, 'release'))).toBe(false);
  });

  test('a truncated JSONL line, whether or not the manifest was rewritten with it', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    const b = await folder('b', [documentOutcome('b.docx')]);
    const cut = (text: string): string => text.slice(0, text.length - 40);
    await writeFile(join(a, 'budget_lines.jsonl'), cut(await readFile(join(a, 'budget_lines.jsonl'), 'utf8')));
    await expect(release([b, a])).rejects.toThrow(`${a}: budget_lines.jsonl is not the file the run wrote`);
    await rewrite(b, 'budget_lines.jsonl', cut);
    await expect(release([b])).rejects.toThrow(`${b}: budget_lines.jsonl line 2 is not valid JSON (truncated?)`);
    expect(await exists(join(dir, 'release'))).toBe(false);
  });

  test('a folder written by an older budget-ingest: records lacking fields the schema now requires', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    await rewrite(a, 'documents.jsonl', (text) => text.replace(/"notes":\[\],/g, ''));
    await expect(release([a])).rejects.toThrow(`${a}: documents.jsonl lacks fields this version writes (notes): the folder was written by an older budget-ingest`);
    expect(await exists(join(dir, 'release'))).toBe(false);
  });

  test('a release folder that is not empty, unless --overwrite', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    await folder('release', [documentOutcome('x.docx')]);
    await expect(release([a])).rejects.toThrow('is not empty: give a new folder for each release, or --overwrite to replace it');
    await release([a], { overwrite: true });
    expect(await readFile(join(dir, 'release', 'documents.csv'), 'utf8')).toContain('a.docx');
    expect(await exists(join(dir, 'release', 'manifest.json'))).toBe(false);
  });
});

describe('merging folders', () => {
  test('a document read in two folders (from other paths) and twice in one appears once, from its first source', async () => {
    const same = (source: string): InputOutcome => withDocId(documentOutcome(source), sha('same bytes'));
    const a = await folder('a', [same('m1/x.docx'), same('m1/copy of x.docx'), documentOutcome('m1/y.docx')]);
    const b = await folder('b', [same('m2/x.docx'), documentOutcome('m2/z.docx')]);
    await release([b, a]);
    const documents = await csvRows('documents');
    expect(documents.map((row) => row.split(',')[2])).toEqual(['m1/copy of x.docx', 'm1/y.docx', 'm2/z.docx']);
    expect(await csvRows('budget_lines')).toHaveLength(6);
    const quality = await readFile(join(dir, 'release', 'QUALITY.md'), 'utf8');
    expect(quality).toContain(`- ${sha('same bytes')}: read 3 times (m1/copy of x.docx, m1/x.docx, m2/x.docx), released once`);
  });

  test('the same doc_id with different records in two folders is an error naming both', async () => {
    const a = await folder('a', [documentOutcome('x.docx')]);
    const b = await folder('b', [documentOutcome('x.docx')]);
    await rewrite(b, 'budget_lines.jsonl', (text) => text.replace('"total":10', '"total":11'));
    await expect(release([a, b])).rejects.toThrow(`document ${sha('x.docx')} (x.docx) differs between ${a} and ${b} (budget_lines.jsonl)`);
    expect(await exists(join(dir, 'release'))).toBe(false);
  });

  test('an input that failed in one run and was read in another is the document', async () => {
    const a = await folder('a', [errorOutcome('x.docx', 'TIMEOUT', 'parse'), errorOutcome('bad.pdf', 'CORRUPT_PDF')]);
    const b = await folder('b', [documentOutcome('x.docx')]);
    await release([a, b]);
    expect(await csvRows('documents')).toHaveLength(1);
    expect((await csvRows('errors')).map((row) => row.split(',').slice(4, 6).join(' '))).toEqual(['detect CORRUPT_PDF']);
  });

  test('a folder written before a record file existed releases that table empty, and QUALITY.md says so', async () => {
    const a = await folder('a', [documentOutcome('a.docx')]);
    const manifest = JSON.parse(await readFile(join(a, 'manifest.json'), 'utf8')) as { files: Record<string, unknown> };
    delete manifest.files['tables.jsonl'];
    await rm(join(a, 'tables.jsonl'));
    await writeFile(join(a, 'manifest.json'), JSON.stringify(manifest));
    await release([a]);
    expect(await csvRows('tables')).toEqual([]);
    expect(await csvRows('budget_lines')).toHaveLength(2);
    expect(await readFile(join(dir, 'release', 'QUALITY.md'), 'utf8')).toContain(`- ${a}: has no tables.jsonl (written by an earlier version)`);
  });
});

test('documents with failing checks are flagged checks_failed, and left out with --exclude-failing', async () => {
  const failing = documentOutcome('bad-sums.docx');
  if (failing.result.kind !== 'document') throw new Error('fixture');
  const id = failing.doc_id!;
  failing.result.output.document.checks_failed = 1;
  failing.result.output.document.status = 'partial';
  failing.result.output.checks = [checkRecord(id, 'income_equals_expenditure', 'fail')];
  const a = await folder('a', [failing, documentOutcome('good.docx')]);

  await release([a]);
  const header = (await readFile(join(dir, 'release', 'documents.csv'), 'utf8')).slice(1).split('\r\n')[0]!.split(',');
  const quality = (await csvRows('documents')).map((row) => [row.split(',')[2], row.split(',')[header.indexOf('quality')]]);
  expect(quality).toEqual([['bad-sums.docx', 'checks_failed'], ['good.docx', 'ok']]);
  const wide = await csvRows('budget_lines_wide');
  expect(wide.filter((row) => row.includes(',checks_failed,'))).toHaveLength(2);
  expect(await readFile(join(dir, 'release', 'QUALITY.md'), 'utf8')).toContain('| income_equals_expenditure | 1 | 1 |');

  await release([a], { excludeFailing: true, overwrite: true });
  expect((await csvRows('documents')).map((row) => row.split(',')[2])).toEqual(['good.docx']);
  expect(await csvRows('budget_lines')).toHaveLength(2);
  expect(await csvRows('checks')).toHaveLength(1);
  expect(await readFile(join(dir, 'release', 'QUALITY.md'), 'utf8')).toContain('- bad-sums.docx: left out (1 failing check(s))');
});

test('CHANGES.md against a previous release: added, removed, changed by doc_id and by source, lines and amounts', async () => {
  const previous = await folder('2025', [documentOutcome('kept.docx'), documentOutcome('dropped.docx'), documentOutcome('site/replaced.docx')]);
  await release([previous], { to: join(dir, 'release-2025') });

  // the new run: kept.docx re-read with one amount changed, replaced.docx a new file at the same path, added.docx new
  const newId = sha('new bytes');
  const replacement = withDocId(documentOutcome('site/replaced.docx'), newId, 3);
  const current = await folder('2026', [documentOutcome('kept.docx'), replacement, documentOutcome('added.docx')]);
  await rewrite(current, 'budget_lines.jsonl', (text) => text.replace(`"doc_id":"${sha('kept.docx')}","table":"income_summary","side":null,"item":null,"code":"2010301","name":"行1","level":3,"is_total":false,"amounts":{"total":10`, `"doc_id":"${sha('kept.docx')}","table":"income_summary","side":null,"item":null,"code":"2010301","name":"行1","level":3,"is_total":false,"amounts":{"total":12.5`));
  await release([current], { previous: join(dir, 'release-2025') });

  const changes = await readFile(join(dir, 'release', 'CHANGES.md'), 'utf8');
  expect(changes).toContain('Against test 1: 3 → 3 document(s), 6 → 7 budget line(s).');
  expect(changes).toContain('1 added, 1 removed, 2 changed.');
  expect(changes).toContain(`## Added\n\n- added.docx (${sha('added.docx')})`);
  expect(changes).toContain(`## Removed\n\n- dropped.docx (${sha('dropped.docx')})`);
  expect(changes).toContain(`| kept.docx | ${sha('kept.docx')} | 2 → 2 | 0 | 0 | 1 line(s), 1 cell(s) | 10 → 12.5 |`);
  expect(changes).toContain(`| site/replaced.docx | ${sha('site/replaced.docx')} → ${newId} (new file) | 2 → 3 | 1 | 0 | 0 line(s), 0 cell(s) | 10 → 30 |`);
});

test('a previous release whose files were changed is refused', async () => {
  const a = await folder('a', [documentOutcome('a.docx')]);
  await release([a], { to: join(dir, 'old') });
  await cp(join(dir, 'old', 'documents.parquet'), join(dir, 'old', 'budget_lines.parquet'));
  await expect(release([a], { previous: join(dir, 'old') })).rejects.toThrow('budget_lines.parquet does not match the sha256 in its datapackage.json');
  expect(await exists(join(dir, 'release'))).toBe(false);
});

test('the release date: --date, else SOURCE_DATE_EPOCH', () => {
  expect(releaseDate('2026-01-31', {})).toBe('2026-01-31');
  expect(releaseDate(undefined, { SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
  expect(() => releaseDate('31/01/2026', {})).toThrow('--date 31/01/2026: expected YYYY-MM-DD');
});

test('the error table of a release holds errors.jsonl as written', async () => {
  const a = await folder('a', [errorOutcome('scan.pdf', 'NO_TEXT_LAYER', 'parse'), documentOutcome('a.docx')]);
  await release([a]);
  const errors = await readJsonl(join(a, 'errors.jsonl'));
  expect(await csvRows('errors')).toEqual(errors.map((e, i) => [i, '1', e['source'], e['doc_id'], e['stage'], e['code'], e['message']].join(',')));
});
