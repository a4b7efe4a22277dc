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
  'figures.jsonl',
  'indicators.jsonl',
  'manifest.json',
  'projects.jsonl',
  'tables.jsonl',
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
  // every table of the seed (scripts/sample-src: 24 tables, 部门机构设置情况 among them), placed or not
  expect(await count('tables.jsonl')).toBe(24);
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

test('tables.jsonl keeps the table no catalogue entry fits, with its grid as printed in the seed', async () => {
  const out = await mkdtemp(join(tmpdir(), 'ingest-'));
  await runIngest({ paths: ['samples/qinglong-2024.docx'], outDir: out, tool, recordRunTime: false });
  const tables = (await readFile(join(out, 'tables.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  expect(tables.map((t) => t.table_index)).toEqual([...Array(24).keys()]);
  // the seed's 机构设置 table (部门职责及机构设置情况): not a financial table
  const unplaced = tables.filter((t) => t.table === null);
  expect(unplaced).toHaveLength(1);
  expect(unplaced[0]).toMatchObject({
    table_index: 9,
    title: null,
    match: { by: [], score: 0, runner_up: null },
    rows: [
      ['单位名称', '单位性质', '单位规格', '经费保障形式'],
      ['青龙满族自治县机关事务服务中心本级', '事业', '正科级', '财政性资金基本保证'],
    ],
  });
  expect(tables[0]).toMatchObject({ table: 'income_expenditure_summary', title: '部门预算收支总表', match: { by: ['title'], score: 1 }, unit: '万元' });
});
