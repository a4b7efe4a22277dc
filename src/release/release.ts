// budget-ingest release: output folders in, one dataset release out. Everything is read
// and checked first (folders, merge conflicts, the previous release); only then is the
// release written, into a staging folder beside --to that is renamed into place when
// complete. The same inputs and options give the same bytes: no clock inside data files,
// the date comes from --date or SOURCE_DATE_EPOCH.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SCHEMA_VERSION } from '../schema/records.js';
import { writeFileAtomic } from '../sink/atomic-write.js';
import type { ToolInfo } from '../sink/manifest.js';
import { changesReport, currentSnapshot, readPreviousRelease } from './changes.js';
import { dataPackage, FORMATS } from './datapackage.js';
import type { FileStats } from './datapackage.js';
import { mergeFolders } from './merge.js';
import type { MergedInputs, ReleaseDocument } from './merge.js';
import { qualityReport } from './quality-report.js';
import { readOutputFolder, ReleaseInputError } from './read-folder.js';
import { qualityOf, releaseTables } from './tables.js';
import type { ReleaseTable } from './tables.js';
import { writeCsv } from './write-csv.js';
import { openDuckDb, writeParquet } from './write-parquet.js';

export interface ReleaseOptions {
  folders: string[];
  to: string;
  name: string;
  version: string;
  /** YYYY-MM-DD; default from SOURCE_DATE_EPOCH, else today (UTC). */
  date?: string;
  previous?: string;
  excludeFailing?: boolean;
  /** replace a non-empty --to. */
  overwrite?: boolean;
  license?: { name: string; path?: string };
  tool: ToolInfo;
}

export interface ReleaseReport {
  dir: string;
  tables: { name: string; rows: number; csvBytes: number; parquetBytes: number }[];
  documents: number;
  excluded: number;
  failedInputs: number;
}

import { DEFAULT_LICENSE } from './license.js';

export { DEFAULT_LICENSE };
const NAME = /^[-a-z0-9._/]+$/;

export async function buildRelease(options: ReleaseOptions): Promise<ReleaseReport> {
  if (options.folders.length === 0) throw new ReleaseInputError('nothing to release: give one or more output folders of ingest runs');
  if (!NAME.test(options.name)) throw new ReleaseInputError(`--name ${options.name}: use lower-case letters, digits and . _ - / (a Data Package name)`);
  const date = releaseDate(options.date);
  await checkTarget(options.to, options.overwrite ?? false);

  const folders = [];
  for (const dir of options.folders) folders.push(await readOutputFolder(dir));
  const merged = mergeFolders(folders);
  const excluded = options.excludeFailing ? merged.documents.filter((d) => qualityOf(d) === 'checks_failed') : [];
  const released = merged.documents.filter((d) => !excluded.includes(d));
  const tables = releaseTables(released, merged);
  const title = `${options.name} ${options.version}`;

  const stats = new Map<string, FileStats>();
  const duck = await openDuckDb();
  try {
    const previous = options.previous ? await readPreviousRelease(duck.connection, options.previous) : undefined;
    const staging = join(dirname(options.to), `.${basename(options.to)}.tmp-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    try {
      for (const table of tables) {
        await writeCsv(join(staging, `${table.name}.csv`), table.columns, table.rows);
        await writeParquet(duck.connection, join(staging, `${table.name}.parquet`), table.columns, table.rows);
        for (const format of FORMATS) {
          const file = `${table.name}.${format.extension}`;
          stats.set(file, await fileStats(join(staging, file)));
        }
      }
      const descriptor = dataPackage(
        {
          name: options.name,
          version: options.version,
          date,
          license: options.license ?? DEFAULT_LICENSE,
          tool: options.tool,
          schemaVersion: SCHEMA_VERSION,
          folders: folders.map((f) => ({ path: f.dir, tool: f.manifest.tool })),
          sources: sources(released),
        },
        tables,
        stats,
      );
      await writeFileAtomic(join(staging, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
      await writeFileAtomic(join(staging, 'QUALITY.md'), qualityReport({ title, released, excluded, merged }));
      await writeFileAtomic(join(staging, 'CHANGES.md'), previous ? changesReport(previous, currentSnapshot(title, tables)) : firstRelease(title, merged));
      await writeFileAtomic(join(staging, 'SHA256SUMS'), await checksums(staging));
      await replace(options.to, staging);
    } catch (err) {
      await rm(staging, { recursive: true, force: true });
      throw err;
    }
  } finally {
    duck.close();
  }
  return report(options.to, tables, stats, released.length, excluded.length, merged);
}

/** --date, else SOURCE_DATE_EPOCH (reproducible builds), else today in UTC. */
export function releaseDate(date: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new ReleaseInputError(`--date ${date}: expected YYYY-MM-DD`);
    return date;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new ReleaseInputError(`SOURCE_DATE_EPOCH=${epoch}: expected seconds since 1970`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return new Date().toISOString().slice(0, 10);
}

async function checkTarget(to: string, overwrite: boolean): Promise<void> {
  const entries = await readdir(to).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw new ReleaseInputError(`--to ${to}: not a folder that can be written (${err.code ?? err.message})`);
  });
  if (entries.length > 0 && !overwrite) {
    throw new ReleaseInputError(`--to ${to} is not empty: give a new folder for each release, or --overwrite to replace it`);
  }
}

/** Moves the complete staging folder to `to`, replacing what is there. */
async function replace(to: string, staging: string): Promise<void> {
  const old = `${staging}.old`;
  const exists = await stat(to).then(() => true, () => false);
  if (exists) await rename(to, old);
  await rename(staging, to);
  if (exists) await rm(old, { recursive: true, force: true });
}

async function fileStats(path: string): Promise<FileStats> {
  const bytes = await readFile(path);
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** SHA256SUMS of every file, as `sha256sum -c` reads it. */
async function checksums(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => n !== 'SHA256SUMS' && !n.includes('.tmp-')).sort();
  const lines = await Promise.all(names.map(async (n) => `${(await fileStats(join(dir, n))).sha256}  ${n}`));
  return `${lines.join('\n')}\n`;
}

function sources(documents: ReleaseDocument[]): { title: string; path?: string }[] {
  return documents.map(({ document: d }) => ({
    title: [d.department_name ?? d.source, d.fiscal_year, `(${d.doc_id.slice(0, 12)})`].filter((p) => p !== null).join(' '),
    ...(d.source_url !== null ? { path: d.source_url } : {}),
  }));
}

function firstRelease(title: string, merged: MergedInputs): string {
  return `# Changes in ${title}\n\nNo previous release was given (--previous): ${merged.documents.length} document(s), all new.\n`;
}

function report(dir: string, tables: ReleaseTable[], stats: Map<string, FileStats>, documents: number, excluded: number, merged: MergedInputs): ReleaseReport {
  return {
    dir,
    tables: tables.map((t) => ({
      name: t.name,
      rows: t.rows.length,
      csvBytes: stats.get(`${t.name}.csv`)!.bytes,
      parquetBytes: stats.get(`${t.name}.parquet`)!.bytes,
    })),
    documents,
    excluded,
    failedInputs: new Set(merged.failed.map((e) => e.doc_id ?? e.source)).size,
  };
}
