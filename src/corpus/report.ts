// The corpus measure: what a run over a folder of real disclosures says about recognition,
// per city/template (the file name's second field, `<province>-<city>-<hash>-<name>`) and
// overall. Truth-free: it counts what the pipeline itself reports (tables found and
// missing, warnings, checks), so it can be run on documents nobody has checked by hand.
import { basename } from 'node:path';
import type { CheckRecord, DocumentRecord, ErrorRecord } from '../schema/records.js';
import { compareStrings } from '../sink/compare.js';
import { groupBy } from '../util/group-by.js';

export interface CorpusRecords {
  documents: DocumentRecord[];
  checks: CheckRecord[];
  errors: ErrorRecord[];
}

export interface GroupStats {
  group: string;
  inputs: number;
  read: number;
  /** documents whose mandated tables were all found, but those they do not print (tables_missing ⊆ tables_not_printed). */
  complete: number;
  /** documents with at least one check run and none failing. */
  consistent: number;
  checks: number;
  unlocated: number;
  unmapped: number;
  /** error records by code. */
  errors: Record<string, number>;
}

export interface CheckTally {
  check: string;
  fail: number;
  /** documents with at least one failure of this check. */
  documents: number;
}

/** Documents of one kind and part (department_budget complete, department_budget narrative …). */
export interface KindStats {
  kind: string;
  read: number;
  consistent: number;
  checks: number;
  /** linked to another part of the same disclosure (package_partners). */
  linked: number;
}

export interface CorpusReport {
  /** inputs not named <province>-<city>-<hash>-<name> (the corpus README): not counted. */
  ignored: string[];
  groups: GroupStats[];
  /** by disclosure_kind and package_part */
  kinds: KindStats[];
  overall: GroupStats;
  failing: CheckTally[];
  /** skipped checks per check id (an input the check needs is absent). */
  skipped: { check: string; count: number }[];
}

/** The template a corpus file belongs to: its name's second field; null for a file not named as corpus files are. */
export function corpusGroup(source: string): string | null {
  const parts = basename(source).split('-');
  return parts.length >= 4 && /^[0-9a-f]{8}$/.test(parts[2]!) ? parts[1]! : null;
}

const warningCount = (doc: DocumentRecord, code: string): number => doc.warnings.filter((w) => w.code === code).length;

function stats(group: string, sources: string[], records: CorpusRecords): GroupStats {
  const inGroup = new Set(sources);
  const documents = records.documents.filter((d) => inGroup.has(d.source));
  const ids = new Set(documents.map((d) => d.doc_id));
  // checks run: a skipped check ran on nothing
  const checks = records.checks.filter((c) => ids.has(c.doc_id) && c.status !== 'skipped');
  const checked = groupBy(checks, (c) => c.doc_id);
  const errors: Record<string, number> = {};
  // a partly read document has an error record too: count inputs that are not documents
  const readSources = new Set(documents.map((d) => d.source));
  for (const e of records.errors) {
    if (inGroup.has(e.source) && !readSources.has(e.source)) errors[e.code] = (errors[e.code] ?? 0) + 1;
  }
  return {
    group,
    inputs: inGroup.size,
    read: documents.length,
    complete: documents.filter((d) => d.tables_missing.every((t) => d.tables_not_printed?.includes(t))).length,
    consistent: documents.filter((d) => d.checks_failed === 0 && (checked.get(d.doc_id)?.length ?? 0) > 0).length,
    checks: checks.length,
    unlocated: documents.reduce((n, d) => n + warningCount(d, 'UNLOCATED_TABLE'), 0),
    unmapped: documents.reduce((n, d) => n + warningCount(d, 'UNMAPPED_COLUMN'), 0),
    errors,
  };
}

export function corpusReport(inputs: string[], records: CorpusRecords): CorpusReport {
  const sources = inputs.filter((s) => corpusGroup(s) !== null);
  const bySource = groupBy(sources, (s) => corpusGroup(s)!);
  const groups = [...bySource.keys()].sort(compareStrings).map((g) => stats(g, bySource.get(g) ?? [], records));
  const failed = records.checks.filter((c) => c.status === 'fail');
  const failing = [...groupBy(failed, (c) => c.check)]
    .map(([check, list]) => ({ check, fail: list.length, documents: new Set(list.map((c) => c.doc_id)).size }))
    .sort((a, b) => b.fail - a.fail || compareStrings(a.check, b.check))
    .slice(0, 10);
  const skipped = [...groupBy(records.checks.filter((c) => c.status === 'skipped'), (c) => c.check)]
    .map(([check, list]) => ({ check, count: list.length }))
    .sort((a, b) => b.count - a.count || compareStrings(a.check, b.check));
  const ignored = inputs.filter((s) => corpusGroup(s) === null);
  const inCorpus = new Set(sources);
  const byKind = groupBy(records.documents.filter((d) => inCorpus.has(d.source)), (d) => `${d.disclosure_kind} ${d.package_part}`);
  const kinds = [...byKind.keys()].sort(compareStrings).map((kind): KindStats => {
    const docs = byKind.get(kind) ?? [];
    const s = stats(kind, docs.map((d) => d.source), records);
    return { kind, read: s.read, consistent: s.consistent, checks: s.checks, linked: docs.filter((d) => d.package_partners.length > 0).length };
  });
  return { ignored, groups, kinds, overall: stats('overall', sources, records), failing, skipped };
}

const COLUMNS: [string, (s: GroupStats) => string][] = [
  ['inputs', (s) => String(s.inputs)],
  ['read', (s) => String(s.read)],
  ['complete', (s) => String(s.complete)],
  ['consistent', (s) => String(s.consistent)],
  ['checks/doc', (s) => (s.read ? (s.checks / s.read).toFixed(1) : '-')],
  ['unlocated', (s) => String(s.unlocated)],
  ['unmapped', (s) => String(s.unmapped)],
  ['not read', (s) => Object.entries(s.errors).map(([code, n]) => `${code} ${n}`).join(', ') || '-'],
];

/** The report as a Markdown table (it goes into docs/real-documents.md as printed). */
export function formatCorpusReport(report: CorpusReport): string[] {
  const rows = [...report.groups, report.overall].map((s) => [s.group, ...COLUMNS.map(([, f]) => f(s))]);
  const lines = [
    `| template | ${COLUMNS.map(([h]) => h).join(' | ')} |`,
    `|---|${COLUMNS.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '| kind and part | read | consistent | checks/doc | linked to another part |',
    '|---|---:|---:|---:|---:|',
    ...report.kinds.map((k) => `| ${k.kind} | ${k.read} | ${k.consistent} | ${k.read ? (k.checks / k.read).toFixed(1) : '-'} | ${k.linked} |`),
    '',
    'most frequent failing checks (failures, documents):',
    ...(report.failing.length ? report.failing.map((f) => `  ${f.check}: ${f.fail} in ${f.documents}`) : ['  none']),
    'skipped checks:',
    ...(report.skipped.length ? report.skipped.map((s) => `  ${s.check}: ${s.count}`) : ['  none']),
  ];
  if (report.ignored.length) lines.push(`not counted (not named <province>-<city>-<hash>-<name>): ${report.ignored.map((s) => basename(s)).join(', ')}`);
  return lines;
}
