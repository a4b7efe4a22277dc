// A release of the samples and the real PDFs (../shared/real), built by the compiled CLI,
// read back with DuckDB (Parquet and CSV) and checked against the JSON Lines it came from.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AjvModule from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BIN, buildDist } from '../batch/build.js';
import { tempDir } from '../cli/helpers.js';
import { SHARED } from '../helpers/paths.js';
import { openDuckDb, quoteIdentifier, quoteString } from '../../src/release/write-parquet.js';
import { readJsonl, microSum } from './helpers.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

let dir: string;
let out: string;
let release: string;
let duck: { connection: DuckDBConnection; close: () => void };
let descriptor: { resources: Resource[]; sources: { title: string; path?: string }[] };

interface Resource {
  name: string;
  path: string;
  rows: number;
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string; bareNumber?: boolean }[] };
}

const releaseArgs = (to: string): string[] => [BIN, 'release', out, '--to', to, '--name', 'budgets-test', '--version', '1.0.0', '--date', '2026-12-01'];

beforeAll(async () => {
  await buildDist();
  dir = await tempDir('release-');
  out = join(dir, 'out');
  release = join(dir, 'release');
  // exit 0: documents were read (the CSV among the real files is an error, not a failure of the run)
  await run(process.execPath, [BIN, 'ingest', 'samples', join(SHARED, 'real'), '--out', out, '--no-run-time', '--quiet']);
  await run(process.execPath, releaseArgs(release));
  descriptor = JSON.parse(await readFile(join(release, 'datapackage.json'), 'utf8')) as typeof descriptor;
  duck = await openDuckDb();
}, 240_000);
afterAll(async () => {
  duck?.close();
  await rm(dir, { recursive: true, force: true });
});

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

const csv = (path: string): string => `read_csv(${quoteString(path)}, header = true, all_varchar = true)`;
const parquet = (path: string): string => `read_parquet(${quoteString(path)})`;

/** resource name → the JSON Lines file its rows come from. */
const SOURCE_FILE: Record<string, string> = { budget_lines_wide: 'budget_lines.jsonl' };

test('every record file is a CSV and a Parquet resource, with budget_lines_wide; row counts are the JSONL line counts', async () => {
  const names = descriptor.resources.map((r) => r.name);
  expect(names).toEqual(
    expect.arrayContaining(['documents', 'tables', 'budget_lines', 'projects', 'indicators', 'checks', 'errors', 'budget_lines_wide', 'budget_lines_parquet', 'budget_lines_wide_parquet']),
  );
  for (const resource of descriptor.resources) {
    const table = resource.name.replace(/_parquet$/, '');
    const lines = await readJsonl(join(out, SOURCE_FILE[table] ?? `${table}.jsonl`));
    const reader = resource.path.endsWith('.csv') ? csv : parquet;
    const [{ n }] = (await query(`SELECT count(*)::INTEGER AS n FROM ${reader(join(release, resource.path))}`)) as [{ n: number }];
    expect([resource.name, n, resource.rows]).toEqual([resource.name, lines.length, lines.length]);
  }
  // the real PDFs: 6 documents and one CSV that is no disclosure; the samples: 3 documents
  expect(descriptor.resources.find((r) => r.name === 'documents')!.rows).toBe(9);
  expect(descriptor.resources.find((r) => r.name === 'errors')!.rows).toBe(1);
});

test('the sum of every amount column, read by DuckDB from Parquet and from CSV, equals the JSONL sum to the 0.000001 万元', async () => {
  let compared = 0;
  for (const resource of descriptor.resources) {
    const table = resource.name.replace(/_parquet$/, '');
    const lines = await readJsonl(join(out, SOURCE_FILE[table] ?? `${table}.jsonl`));
    const reader = resource.path.endsWith('.csv') ? csv : parquet;
    const fields = resource.schema.fields.filter((f) => f.bareNumber).map((f) => f.name);
    if (fields.length === 0) continue;
    const sums = fields.map((name, i) => `coalesce(sum(CAST(${quoteIdentifier(name)} AS DECIMAL(38,6))), 0)::VARCHAR AS s${i}`);
    const [row] = (await query(`SELECT ${sums.join(', ')} FROM ${reader(join(release, resource.path))}`)) as [Record<string, string>];
    fields.forEach((name, i) => {
      // amounts_total is amounts.total in the JSONL; budget, expected … are top-level fields
      const key = name.startsWith('amounts_') ? ['amounts', name.slice('amounts_'.length)] : [name];
      expect([resource.name, name, row[`s${i}`]]).toEqual([resource.name, name, microSum(lines, key)]);
      compared++;
    });
  }
  expect(compared).toBeGreaterThan(100);
  // nothing of these documents is outside a column
  const [{ n }] = (await query(`SELECT count(*)::INTEGER AS n FROM ${parquet(join(release, 'budget_lines.parquet'))} WHERE amounts_unlisted IS NOT NULL`)) as [{ n: number }];
  expect(n).toBe(0);
});

test('amounts are DECIMAL in Parquet, and the sample reads back as printed (一般公共预算拨款收入 1038.81 万元)', async () => {
  const types = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${parquet(join(release, 'budget_lines_wide.parquet'))})`);
  expect(types).toEqual(expect.arrayContaining([{ column_name: 'amounts_total', column_type: 'DECIMAL(18,6)' }, { column_name: 'fiscal_year', column_type: 'BIGINT' }]));
  const rows = await query(
    `SELECT amounts_budget::VARCHAR AS budget, region_name, department_name, fiscal_year::INTEGER AS fiscal_year, quality FROM ${parquet(join(release, 'budget_lines_wide.parquet'))} ` +
      `WHERE source = 'samples/qinglong-2024.docx' AND "table" = 'income_expenditure_summary' AND name = '一、一般公共预算拨款收入'`,
  );
  expect(rows).toEqual([{ budget: '1038.810000', region_name: '青龙满族自治县', department_name: '青龙满族自治县机关事务服务中心', fiscal_year: 2024, quality: 'ok' }]);
  const csvRows = await query(
    `SELECT amounts_budget FROM ${csv(join(release, 'budget_lines_wide.csv'))} WHERE source = 'samples/qinglong-2024.docx' AND name = '一、一般公共预算拨款收入'`,
  );
  expect(csvRows).toEqual([{ amounts_budget: '1038.81' }]);
});

test('CSV files are UTF-8 with a BOM and CRLF lines, for Excel', async () => {
  const bytes = await readFile(join(release, 'budget_lines.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFschema_version,doc_id,record_index,table,side,/);
});

test('every size and sha256 in datapackage.json and SHA256SUMS matches its file', async () => {
  for (const resource of descriptor.resources) {
    const bytes = await readFile(join(release, resource.path));
    expect([resource.path, resource.bytes, resource.hash]).toEqual([resource.path, bytes.length, `sha256:${createHash('sha256').update(bytes).digest('hex')}`]);
  }
  const sums = (await readFile(join(release, 'SHA256SUMS'), 'utf8')).trim().split('\n');
  expect(sums.length).toBe((await readdir(release)).length - 1);
  for (const line of sums) {
    const [hash, name] = line.split('  ') as [string, string];
    expect(createHash('sha256').update(await readFile(join(release, name))).digest('hex')).toBe(hash);
  }
});

test('the descriptor validates against the Tabular Data Package and Table Schema JSON Schemas', () => {
  const ajv = new AjvModule.default({ allErrors: true, strict: false });
  addFormatsModule.default(ajv);
  ajv.addFormat('textarea', true); // an editor hint of the Frictionless profiles, not a constraint
  const dataPackage = ajv.compile(require('datapackage/lib/profiles/tabular-data-package.json') as object);
  const tableSchema = ajv.compile(require('tableschema/lib/profiles/table-schema.json') as object);
  expect(dataPackage(descriptor) ? [] : dataPackage.errors).toEqual([]);
  for (const resource of descriptor.resources) expect([resource.name, tableSchema(resource.schema) ? [] : tableSchema.errors]).toEqual([resource.name, []]);
  // a broken descriptor is caught: the check can fail
  expect(dataPackage({ ...descriptor, profile: 'tabular-data-package', resources: [{ name: 'Bad Name', path: 'x.csv' }] })).toBe(false);
});

test('sources name every document; the input that is no disclosure is in QUALITY.md and the errors table', async () => {
  expect(descriptor.sources).toHaveLength(9);
  const quality = await readFile(join(release, 'QUALITY.md'), 'utf8');
  // a third party's series of yearly totals, as comma-separated text: read, and no disclosure
  expect(quality).toContain('| NOT_A_BUDGET_DOCUMENT | ' + join(SHARED, 'real', 'jiangsu', '江苏省人大办公厅-收支预算总表-2017-2019.csv'));
  expect(quality).toMatch(/9 document\(s\) released: 5 ok, 0 checks_failed, 4 partial/);
  const errors = await query(`SELECT code FROM ${parquet(join(release, 'errors.parquet'))}`);
  expect(errors).toEqual([{ code: 'NOT_A_BUDGET_DOCUMENT' }]);
});

test('two builds of the same folders are byte-identical', async () => {
  const again = join(dir, 'again');
  await run(process.execPath, releaseArgs(again));
  const names = (await readdir(release)).sort();
  expect((await readdir(again)).sort()).toEqual(names);
  for (const name of names) expect([name, (await readFile(join(again, name))).equals(await readFile(join(release, name)))]).toEqual([name, true]);
});
