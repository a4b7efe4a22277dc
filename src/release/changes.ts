// CHANGES.md against a previous release: documents added, removed and changed (matched by
// doc_id, then by source: a new file at the same address), and per changed document its
// lines and amounts. The previous release is read from its own Parquet files, checked
// against its datapackage.json first.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { compareStrings } from '../sink/compare.js';
import { groupBy } from '../util/group-by.js';
import { ReleaseInputError } from './read-folder.js';
import type { ReleaseTable } from './tables.js';
import { cellText } from './write-csv.js';
import { quoteString } from './write-parquet.js';

type Row = Record<string, unknown>;

export interface ReleaseSnapshot {
  title: string;
  documents: Row[];
  lines: Row[];
}

/** Reads documents and budget lines of a previous release, refusing one whose files do not match its descriptor. */
export async function readPreviousRelease(connection: DuckDBConnection, dir: string): Promise<ReleaseSnapshot> {
  const text = await readFile(join(dir, 'datapackage.json'), 'utf8').catch(() => null);
  if (text === null) throw new ReleaseInputError(`--previous ${dir}: no datapackage.json: give the folder of a release made by budget-ingest release`);
  let descriptor: { title?: string; resources?: { path?: string; hash?: string }[] };
  try {
    descriptor = JSON.parse(text) as typeof descriptor;
  } catch {
    throw new ReleaseInputError(`--previous ${dir}: datapackage.json is not valid JSON`);
  }
  const snapshot: ReleaseSnapshot = { title: descriptor.title ?? dir, documents: [], lines: [] };
  for (const [name, key] of [['documents.parquet', 'documents'], ['budget_lines.parquet', 'lines']] as const) {
    const resource = descriptor.resources?.find((r) => r.path === name);
    const bytes = await readFile(join(dir, name)).catch(() => null);
    if (!resource || !bytes) throw new ReleaseInputError(`--previous ${dir}: no ${name}: give the folder of a release made by budget-ingest release`);
    if (resource.hash !== `sha256:${createHash('sha256').update(bytes).digest('hex')}`) {
      throw new ReleaseInputError(`--previous ${dir}: ${name} does not match the sha256 in its datapackage.json: the release was changed after it was made`);
    }
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet(${quoteString(join(dir, name))})`);
    snapshot[key] = reader.getRowObjectsJson() as Row[];
  }
  return snapshot;
}

/** The current release's documents and lines, as the previous one is read back. */
export function currentSnapshot(title: string, tables: ReleaseTable[]): ReleaseSnapshot {
  const asRead = (table: ReleaseTable): Row[] =>
    table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, cellText(c, c.cell(row))])));
  return {
    title,
    documents: asRead(tables.find((t) => t.name === 'documents')!),
    lines: asRead(tables.find((t) => t.name === 'budget_lines')!),
  };
}

interface LineSummary {
  lines: number;
  /** line key → amounts (column → decimal text), one entry per occurrence. */
  byKey: Map<string, string[]>;
  total: number;
}

export function changesReport(previous: ReleaseSnapshot, current: ReleaseSnapshot): string {
  const before = new Map(previous.documents.map((d) => [String(d['doc_id']), d]));
  const after = new Map(current.documents.map((d) => [String(d['doc_id']), d]));
  const oldLines = groupBy(previous.lines, (l) => String(l['doc_id']));
  const newLines = groupBy(current.lines, (l) => String(l['doc_id']));
  const source = (d: Row): string => String(d['source']);

  const removedIds = [...before.keys()].filter((id) => !after.has(id));
  const addedIds = [...after.keys()].filter((id) => !before.has(id));
  const removedBySource = new Map(removedIds.map((id) => [source(before.get(id)!), id]));
  // a new file at an old document's source is that document, changed
  const replaced = addedIds.filter((id) => removedBySource.has(source(after.get(id)!))).map((id) => [removedBySource.get(source(after.get(id)!))!, id] as const);
  const replacedOld = new Set(replaced.map(([old]) => old));
  const replacedNew = new Set(replaced.map(([, now]) => now));
  const added = addedIds.filter((id) => !replacedNew.has(id));
  const removed = removedIds.filter((id) => !replacedOld.has(id));
  const pairs = [...[...after.keys()].filter((id) => before.has(id)).map((id) => [id, id] as const), ...replaced];
  const changed = pairs
    .map(([old, now]) => ({ old, now, diff: lineDiff(summarize(oldLines.get(old) ?? []), summarize(newLines.get(now) ?? [])), docChanged: documentChanged(before.get(old)!, after.get(now)!) }))
    .filter((c) => c.old !== c.now || c.docChanged || c.diff.changedLines + c.diff.added + c.diff.removed > 0)
    .sort((a, b) => compareStrings(source(after.get(a.now)!), source(after.get(b.now)!)));

  const out = [
    `# Changes in ${current.title}`,
    '',
    `Against ${previous.title}: ${previous.documents.length} → ${current.documents.length} document(s), ${previous.lines.length} → ${current.lines.length} budget line(s).`,
    `${added.length} added, ${removed.length} removed, ${changed.length} changed.`,
    '',
    '## Added',
    '',
    ...list(added.map((id) => after.get(id)!)),
    '',
    '## Removed',
    '',
    ...list(removed.map((id) => before.get(id)!)),
    '',
    '## Changed',
    '',
  ];
  if (changed.length === 0) out.push('None.');
  else {
    out.push('| source | doc_id | lines before → after | added | removed | amounts changed | Σ amounts_total before → after (万元) |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of changed) {
      const doc = after.get(c.now)!;
      const id = c.old === c.now ? c.now : `${c.old} → ${c.now} (new file)`;
      const d = c.diff;
      out.push(`| ${source(doc)} | ${id} | ${d.linesBefore} → ${d.linesAfter} | ${d.added} | ${d.removed} | ${d.changedLines} line(s), ${d.changedCells} cell(s) | ${d.totalBefore} → ${d.totalAfter} |`);
    }
  }
  out.push('');
  return out.join('\n');
}

function list(documents: Row[]): string[] {
  if (documents.length === 0) return ['None.'];
  return [...documents]
    .sort((a, b) => compareStrings(String(a['source']), String(b['source'])))
    .map((d) => `- ${String(d['source'])} (${String(d['doc_id'])}): ${String(d['department_name'] ?? '—')} ${String(d['fiscal_year'] ?? '')}`);
}

const AMOUNT = /^amounts_(?!unlisted$)/;
const LINE_KEY = ['table', 'side', 'item', 'code', 'name', 'attributes_group'];

/** A decimal as text without trailing zeros, however it was read (DECIMAL text, number, CSV text). */
function decimal(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function summarize(lines: Row[]): LineSummary {
  const byKey = new Map<string, string[]>();
  let total = 0;
  for (const line of lines) {
    const key = JSON.stringify(LINE_KEY.map((k) => line[k] ?? null));
    const amounts = Object.keys(line)
      .filter((k) => AMOUNT.test(k) && decimal(line[k]) !== null)
      .sort(compareStrings)
      .map((k) => `${k}=${decimal(line[k])}`)
      .join(';');
    byKey.set(key, [...(byKey.get(key) ?? []), amounts]);
    total += Number(line['amounts_total'] ?? 0);
  }
  return { lines: lines.length, byKey, total };
}

function lineDiff(before: LineSummary, after: LineSummary) {
  let added = 0;
  let removed = 0;
  let changedLines = 0;
  let changedCells = 0;
  for (const key of new Set([...before.byKey.keys(), ...after.byKey.keys()])) {
    const a = before.byKey.get(key) ?? [];
    const b = after.byKey.get(key) ?? [];
    const common = Math.min(a.length, b.length);
    removed += a.length - common;
    added += b.length - common;
    for (let i = 0; i < common; i++) {
      if (a[i] === b[i]) continue;
      changedLines++;
      const cellsA = new Set(a[i]!.split(';'));
      const cellsB = new Set(b[i]!.split(';'));
      changedCells += [...cellsB].filter((c) => !cellsA.has(c)).length + [...cellsA].filter((c) => !cellsB.has(c) && !hasKey(cellsB, c)).length;
    }
  }
  const round = (n: number): string => n.toFixed(6).replace(/\.?0+$/, '');
  return { linesBefore: before.lines, linesAfter: after.lines, added, removed, changedLines, changedCells, totalBefore: round(before.total), totalAfter: round(after.total) };
}

function hasKey(cells: Set<string>, cell: string): boolean {
  const key = cell.slice(0, cell.indexOf('='));
  return [...cells].some((c) => c.startsWith(`${key}=`));
}

const DOCUMENT_FIELDS = ['department_name', 'fiscal_year', 'region_code', 'disclosure_kind', 'status', 'checks_failed', 'quality', 'tables_found'];

function documentChanged(a: Row, b: Row): boolean {
  return DOCUMENT_FIELDS.some((k) => String(a[k] ?? '') !== String(b[k] ?? ''));
}
