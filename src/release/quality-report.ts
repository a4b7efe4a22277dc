// QUALITY.md: what a release holds and how good it is: documents by region/year/kind and
// quality flag, tables found and missing, failing checks by id, the inputs that could not
// be read with their codes, and every record left out.
import { TABLES } from '../catalogue/index.js';
import type { CheckRecord, ErrorRecord } from '../schema/records.js';
import { compareStrings } from '../sink/compare.js';
import { groupBy } from '../util/group-by.js';
import type { MergedInputs, ReleaseDocument } from './merge.js';
import { QUALITY, qualityOf, regionName } from './tables.js';

export interface QualityInput {
  title: string;
  released: ReleaseDocument[];
  /** left out by --exclude-failing. */
  excluded: ReleaseDocument[];
  merged: MergedInputs;
}

const cell = (text: string | number | null): string => String(text ?? '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: (string | number | null)[]): string => `| ${cells.map(cell).join(' | ')} |`;
const header = (cells: string[]): string[] => [row(cells), row(cells.map(() => '---'))];

export function qualityReport({ title, released, excluded, merged }: QualityInput): string {
  const lines: string[] = [`# Quality of ${title}`, ''];
  const byQuality = groupBy(released, qualityOf);
  lines.push(
    `${released.length} document(s) released: ${QUALITY.map((q) => `${byQuality.get(q)?.length ?? 0} ${q}`).join(', ')}.`,
    `${excluded.length} document(s) with failing checks left out (--exclude-failing).`,
    `${new Set(merged.failed.map((e) => e.doc_id ?? e.source)).size} input(s) could not be read (below, and in errors).`,
    '',
    'Quality flag: `ok` every mandated table read and every check passed; `checks_failed` a reconciliation check failed',
    '(the numbers as printed do not add up, or were misread: see checks); `partial` a mandated table is missing, no',
    'financial table was read, or an error was recorded for the document.',
    '',
  );

  lines.push('## Documents by region, year and kind', '');
  lines.push(...header(['region', 'year', 'kind', 'documents', ...QUALITY, 'budget lines']));
  const groups = groupBy(released, (d) => `${d.document.region_code ?? ''}\u0000${d.document.fiscal_year ?? ''}\u0000${d.document.disclosure_kind}`);
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const docs = groups.get(key)!;
    const { region_code, fiscal_year, disclosure_kind } = docs[0]!.document;
    const region = region_code === null ? null : `${region_code} ${regionName(region_code) ?? ''}`.trim();
    const counts = QUALITY.map((q) => docs.filter((d) => qualityOf(d) === q).length);
    const budgetLines = docs.reduce((n, d) => n + (d.records.get('budget_lines.jsonl')?.length ?? 0), 0);
    lines.push(row([region, fiscal_year, disclosure_kind, docs.length, ...counts, budgetLines]));
  }

  lines.push('', '## Tables', '', 'Documents in which each table was found, and (mandated tables) in which it is missing.', '');
  lines.push(...header(['table', 'found in', 'missing in', 'of which not printed']));
  // in catalogue order: every table a document printed or misses (budgets and final accounts mandate different ones)
  const named = new Set(released.flatMap((d) => [...d.document.tables_found, ...d.document.tables_missing]));
  const tableIds = TABLES.map((t) => t.id).filter((id) => named.has(id));
  for (const id of tableIds) {
    const count = (pick: (d: ReleaseDocument) => readonly string[]): number => released.filter((d) => pick(d).includes(id)).length;
    lines.push(row([id, count((d) => d.document.tables_found), count((d) => d.document.tables_missing), count((d) => d.document.tables_not_printed)]));
  }

  lines.push('', '## Failing checks', '');
  const failing = released.flatMap((d) => (d.records.get('checks.jsonl') as CheckRecord[]).filter((c) => c.status === 'fail'));
  if (failing.length === 0) lines.push('No check failed.');
  else {
    lines.push(...header(['check', 'failures', 'documents']));
    const byCheck = groupBy(failing, (c) => c.check);
    for (const id of [...byCheck.keys()].sort(compareStrings)) {
      const checks = byCheck.get(id)!;
      lines.push(row([id, checks.length, new Set(checks.map((c) => c.doc_id)).size]));
    }
  }

  lines.push('', '## Inputs that could not be read', '');
  if (merged.failed.length === 0) lines.push('None.');
  else {
    lines.push(...header(['code', 'source', 'message']));
    for (const error of [...merged.failed].sort(byCode)) lines.push(row([error.code, error.source, error.message]));
  }
  const partlyRead = released.flatMap((d) => d.errors);
  if (partlyRead.length > 0) {
    lines.push('', 'Errors recorded for documents that were read (partly):', '', ...header(['code', 'source', 'message']));
    for (const error of [...partlyRead].sort(byCode)) lines.push(row([error.code, error.source, error.message]));
  }

  lines.push('', '## Left out and merged', '');
  const notes: string[] = [];
  for (const r of merged.rejected) notes.push(`- ${r.folder}/${r.file} line ${r.line}: not schema-valid, left out (${r.message})`);
  if (merged.orphans > 0) notes.push(`- ${merged.orphans} record(s) left out: their document's own record was not valid`);
  for (const d of excluded) notes.push(`- ${d.document.source}: left out (${d.document.checks_failed} failing check(s))`);
  for (const { folder, files } of merged.absent) notes.push(`- ${folder}: has no ${files.join(', ')} (written by an earlier version): no such records from it`);
  for (const d of released.filter((r) => r.sources.length > 1)) notes.push(`- ${d.document.doc_id}: read ${d.sources.length} times (${d.sources.join(', ')}), released once`);
  lines.push(...(notes.length > 0 ? notes : ['Nothing left out; no document was read twice.']), '');
  return lines.join('\n');
}

function byCode(a: ErrorRecord, b: ErrorRecord): number {
  return compareStrings(a.code, b.code) || compareStrings(a.source, b.source);
}
