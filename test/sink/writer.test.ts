import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORD_FILES } from '../../src/schema/records.js';
import type { ErrorRecord } from '../../src/schema/records.js';
import { writeFileAtomic } from '../../src/sink/atomic-write.js';
import type { InputOutcome } from '../../src/sink/render.js';
import { renderOutcome } from '../../src/sink/render.js';
import { OutputWriter, writeOutputFolder } from '../../src/sink/writer.js';
import { budgetLine, checkRecord, documentOutcome, errorOutcome, sha } from './fixtures.js';

const TOOL = { name: 'budget-ingest', version: '0.0.0-test' };
const FILES = [...Object.keys(RECORD_FILES), 'manifest.json'].sort();

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'writer-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(outcomes: InputOutcome[], dir = join(root, 'out'), run?: { started_at: string; finished_at: string }) {
  const writer = new OutputWriter();
  for (const outcome of outcomes) writer.add(outcome);
  const result = await writer.write(dir, { tool: TOOL, run });
  return { dir, result };
}

const readLines = async (dir: string, file: string): Promise<Record<string, unknown>[]> =>
  (await readFile(join(dir, file), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

function sampleOutcomes(): InputOutcome[] {
  const b = documentOutcome('in/b.docx');
  const a = documentOutcome('in/a.docx', {
    checks: [checkRecord(sha('in/a.docx'), 'income_equals_expenditure', 'fail')],
  });
  return [b, errorOutcome('in/z.pdf', 'EMPTY_FILE'), a, errorOutcome('in/c.pdf', 'CORRUPT_PDF', 'parse')];
}

describe('OutputWriter', () => {
  test('writes every contract file and the manifest, empty files included, and leaves no temp file', async () => {
    const { dir } = await write([errorOutcome('in/x.pdf', 'EMPTY_FILE')]);
    expect((await readdir(dir)).sort()).toEqual(FILES);
    expect(await readFile(join(dir, 'budget_lines.jsonl'), 'utf8')).toBe('');
    expect(await readFile(join(dir, 'documents.jsonl'), 'utf8')).toBe('');
    expect((await readFile(join(dir, 'errors.jsonl'), 'utf8')).endsWith('}\n')).toBe(true);
  });

  test('an empty run still writes every file', async () => {
    const { dir, result } = await write([]);
    expect((await readdir(dir)).sort()).toEqual(FILES);
    expect(result.manifest.inputs).toEqual([]);
  });

  test('the same outcomes in any order give byte-identical files', async () => {
    const outcomes = sampleOutcomes();
    const one = await write(outcomes, join(root, 'one'));
    const two = await write([...outcomes].reverse(), join(root, 'two'));
    for (const file of FILES) {
      expect(await readFile(join(two.dir, file))).toEqual(await readFile(join(one.dir, file)));
    }
  });

  test('manifests of two runs differ only in the run times', async () => {
    const one = await write(sampleOutcomes(), join(root, 'one'), { started_at: '2024-01-01T00:00:00.000Z', finished_at: '2024-01-01T00:00:01.000Z' });
    const two = await write(sampleOutcomes(), join(root, 'two'), { started_at: '2025-06-01T08:00:00.000Z', finished_at: '2025-06-01T08:00:09.000Z' });
    const m1 = JSON.parse(await readFile(join(one.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const m2 = JSON.parse(await readFile(join(two.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(m1.run).toEqual({ started_at: '2024-01-01T00:00:00.000Z', finished_at: '2024-01-01T00:00:01.000Z' });
    expect({ ...m1, run: null }).toEqual({ ...m2, run: null });
  });

  test('documents are sorted by source; their records follow in document order, each in pipeline order', async () => {
    const { dir } = await write(sampleOutcomes());
    expect((await readLines(dir, 'documents.jsonl')).map((d) => d.source)).toEqual(['in/a.docx', 'in/b.docx']);
    const lines = await readLines(dir, 'budget_lines.jsonl');
    expect(lines.map((l) => [l.doc_id, (l.provenance as { row_index: number }).row_index])).toEqual([
      [sha('in/a.docx'), 0],
      [sha('in/a.docx'), 1],
      [sha('in/b.docx'), 0],
      [sha('in/b.docx'), 1],
    ]);
  });

  test('documents with the same source are ordered by doc_id', async () => {
    const x = documentOutcome('same.docx');
    const y: InputOutcome = { ...documentOutcome('other.docx'), source: 'same.docx' };
    const { dir } = await write([x, y]);
    const ids = (await readLines(dir, 'documents.jsonl')).map((d) => d.doc_id);
    expect(ids).toEqual([sha('same.docx'), sha('other.docx')].sort());
  });

  test('errors are sorted by source, then stage, then code', async () => {
    const partial = documentOutcome('in/m.docx');
    if (partial.result.kind !== 'document') throw new Error('fixture');
    const err = (stage: ErrorRecord['stage'], code: ErrorRecord['code']): ErrorRecord => ({
      schema_version: '1', source: 'in/m.docx', doc_id: sha('in/m.docx'), stage, code, message: 'x',
    });
    partial.result.output.errors = [err('extract', 'TIMEOUT'), err('detect', 'TOO_LARGE'), err('extract', 'NO_TEXT_LAYER')];
    const { dir } = await write([errorOutcome('in/z.pdf', 'EMPTY_FILE'), partial, errorOutcome('in/a.pdf', 'CORRUPT_PDF', 'parse')]);
    expect((await readLines(dir, 'errors.jsonl')).map((e) => `${e.source} ${e.stage} ${e.code}`)).toEqual([
      'in/a.pdf parse CORRUPT_PDF',
      'in/m.docx detect TOO_LARGE',
      'in/m.docx extract NO_TEXT_LAYER',
      'in/m.docx extract TIMEOUT',
      'in/z.pdf detect EMPTY_FILE',
    ]);
  });

  test('keys are written in schema order whatever order the extractor built them in', async () => {
    const shuffled = documentOutcome('in/a.docx');
    if (shuffled.result.kind !== 'document') throw new Error('fixture');
    const line = budgetLine(sha('in/a.docx'), 0);
    shuffled.result.output.budget_lines = [
      Object.fromEntries(Object.entries(line).reverse()) as typeof line,
    ];
    const one = await write([documentOutcome('in/a.docx', { budget_lines: [line] })], join(root, 'one'));
    const two = await write([shuffled], join(root, 'two'));
    const text = await readFile(join(two.dir, 'budget_lines.jsonl'), 'utf8');
    expect(text).toBe(await readFile(join(one.dir, 'budget_lines.jsonl'), 'utf8'));
    expect(text.startsWith('{"schema_version":"1","doc_id":')).toBe(true);
  });

  test('a record failing its schema is not written and becomes a validate / INTERNAL_ERROR error naming the field', async () => {
    const doc_id = sha('in/a.docx');
    const bad = { ...budgetLine(doc_id, 1), amounts: { total: '12.5' } } as unknown as ReturnType<typeof budgetLine>;
    const { dir, result } = await write([documentOutcome('in/a.docx', { budget_lines: [budgetLine(doc_id, 0), bad] })]);
    expect((await readLines(dir, 'budget_lines.jsonl')).length).toBe(1);
    const errors = await readLines(dir, 'errors.jsonl');
    expect(errors).toEqual([
      expect.objectContaining({ source: 'in/a.docx', doc_id, stage: 'validate', code: 'INTERNAL_ERROR' }),
    ]);
    expect(errors[0]?.message).toMatch(/budget_lines\.jsonl record 1 .*field "amounts\.total"/);
    expect(result.manifest.files['budget_lines.jsonl'].records).toBe(1);
    expect(result.manifest.inputs).toEqual([{ source: 'in/a.docx', doc_id, outcome: 'document' }]);
  });

  test('an input whose document record fails validation counts as an error in the manifest', async () => {
    const outcome = documentOutcome('in/a.docx');
    if (outcome.result.kind !== 'document') throw new Error('fixture');
    (outcome.result.output.document as { fiscal_year: unknown }).fiscal_year = '2024年';
    const { dir, result } = await write([outcome]);
    expect(await readFile(join(dir, 'documents.jsonl'), 'utf8')).toBe('');
    expect(result.manifest.inputs[0]?.outcome).toBe('error');
    expect(result.errors[0]?.message).toMatch(/documents\.jsonl record 0 .*field "fiscal_year"/);
  });

  test('an invalid error record is replaced by a valid one', async () => {
    const outcome = errorOutcome('in/a.pdf', 'EMPTY_FILE');
    if (outcome.result.kind !== 'error') throw new Error('fixture');
    (outcome.result.error as { code: string }).code = 'NOT_A_CODE';
    const { dir } = await write([outcome]);
    const errors = await readLines(dir, 'errors.jsonl');
    expect(errors).toEqual([expect.objectContaining({ source: 'in/a.pdf', stage: 'validate', code: 'INTERNAL_ERROR' })]);
    expect(errors[0]?.message).toMatch(/field "code"/);
  });

  test('the manifest lists tool, schema version, inputs, and line count and sha256 of every file', async () => {
    const { dir, result } = await write(sampleOutcomes());
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as typeof result.manifest;
    expect(manifest).toEqual(result.manifest);
    expect(Object.keys(manifest)).toEqual(['tool', 'schema_version', 'inputs', 'files']);
    expect(manifest.tool).toEqual(TOOL);
    expect(manifest.schema_version).toBe('1');
    expect(manifest.inputs).toEqual([
      { source: 'in/a.docx', doc_id: sha('in/a.docx'), outcome: 'document' },
      { source: 'in/b.docx', doc_id: sha('in/b.docx'), outcome: 'document' },
      { source: 'in/c.pdf', doc_id: sha('in/c.pdf'), outcome: 'error' },
      { source: 'in/z.pdf', doc_id: sha('in/z.pdf'), outcome: 'error' },
    ]);
    for (const file of Object.keys(RECORD_FILES) as (keyof typeof manifest.files)[]) {
      const bytes = await readFile(join(dir, file));
      expect(manifest.files[file]).toEqual({
        records: bytes.toString('utf8').split('\n').filter(Boolean).length,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
    expect(manifest.files['documents.jsonl'].records).toBe(2);
    expect(manifest.files['errors.jsonl'].records).toBe(2);
  });

  test('a second write replaces the files of the first', async () => {
    const dir = join(root, 'out');
    await write(sampleOutcomes(), dir);
    await write([errorOutcome('in/only.pdf', 'EMPTY_FILE')], dir);
    expect(await readFile(join(dir, 'documents.jsonl'), 'utf8')).toBe('');
    expect((await readdir(dir)).sort()).toEqual(FILES);
  });

  test('returns the written errors and the documents with failed checks, for the summary', async () => {
    const { result } = await write(sampleOutcomes());
    expect(result.errors.map((e) => e.code)).toEqual(['CORRUPT_PDF', 'EMPTY_FILE']);
    expect(result.failedChecks).toEqual([{ source: 'in/a.docx', doc_id: sha('in/a.docx'), checks: ['income_equals_expenditure'] }]);
  });
});

describe('writeOutputFolder', () => {
  test('streams many entries (past the flush size) to the same bytes as one write', async () => {
    const outcomes = Array.from({ length: 400 }, (_, i) =>
      documentOutcome(`in/${String(i).padStart(3, '0')}.docx`, { budget_lines: Array.from({ length: 10 }, (_, r) => budgetLine(sha(`in/${String(i).padStart(3, '0')}.docx`), r)) }),
    );
    const { dir, result } = await write(outcomes);
    const text = await readFile(join(dir, 'budget_lines.jsonl'), 'utf8');
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(result.manifest.files['budget_lines.jsonl'].records).toBe(4000);
    expect(text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { doc_id: string }).doc_id)).toEqual(
      outcomes.flatMap((o) => Array(10).fill(o.doc_id)),
    );
  });

  test('entries out of order are a bug, not a silently unsorted file', async () => {
    const entries = [renderOutcome(documentOutcome('in/b.docx')), renderOutcome(documentOutcome('in/a.docx'))];
    await expect(writeOutputFolder(join(root, 'out'), entries, { tool: TOOL })).rejects.toThrow(/out of order: in\/a\.docx after in\/b\.docx/);
    expect((await readdir(join(root, 'out'))).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  test('replaces the target and leaves no temp file', async () => {
    const target = join(root, 'f.jsonl');
    await writeFileAtomic(target, 'one\n');
    await writeFileAtomic(target, 'two\n');
    expect(await readFile(target, 'utf8')).toBe('two\n');
    expect(await readdir(root)).toEqual(['f.jsonl']);
  });

  test('a failed rename removes the temp file and keeps what was there', async () => {
    const target = join(root, 'f.jsonl');
    await mkdir(join(target, 'in-the-way'), { recursive: true }); // a non-empty folder cannot be renamed over
    await expect(writeFileAtomic(target, 'x\n')).rejects.toThrow();
    expect(await readdir(root)).toEqual(['f.jsonl']);
    expect(await readdir(target)).toEqual(['in-the-way']);
  });
});
