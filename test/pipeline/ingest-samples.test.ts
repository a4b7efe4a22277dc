// The main job end to end on the bundled samples: every contract file written, records
// valid, and two runs byte-identical.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/cli/run.js';

const CONTRACT_FILES = [
  'budget_lines.jsonl',
  'checks.jsonl',
  'documents.jsonl',
  'errors.jsonl',
  'indicators.jsonl',
  'manifest.json',
  'projects.jsonl',
];
const tool = { name: 'budget-ingest', version: 'test' };

test('ingest samples/qinglong-2024.docx twice: all files, exact counts, identical bytes', async () => {
  const runs = [];
  for (let i = 0; i < 2; i++) {
    const out = await mkdtemp(join(tmpdir(), 'ingest-'));
    const report = await runIngest({ paths: ['samples/qinglong-2024.docx'], outDir: out, tool, recordRunTime: false });
    expect(report.exitCode).toBe(0);
    runs.push(out);
  }
  const [a, b] = runs as [string, string];
  expect((await readdir(a)).sort()).toEqual(CONTRACT_FILES);
  for (const f of CONTRACT_FILES) expect(await readFile(join(b, f))).toEqual(await readFile(join(a, f)));

  const count = async (f: string) => (await readFile(join(a, f), 'utf8')).split('\n').filter(Boolean).length;
  expect(await count('documents.jsonl')).toBe(1);
  expect(await count('budget_lines.jsonl')).toBe(194);
  expect(await count('projects.jsonl')).toBe(12);
  expect(await count('indicators.jsonl')).toBe(115);
  expect(await count('errors.jsonl')).toBe(0);
  const manifest = JSON.parse(await readFile(join(a, 'manifest.json'), 'utf8'));
  expect(manifest.inputs).toEqual([
    { source: 'samples/qinglong-2024.docx', doc_id: expect.stringMatching(/^[0-9a-f]{64}$/), outcome: 'document' },
  ]);
  expect(manifest.files['budget_lines.jsonl'].records).toBe(194);
});
