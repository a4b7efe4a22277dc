// The accuracy report: cell precision / recall / F1 per document, per format and overall,
// tables found against tables expected, and what differs. Budget lines are reported as they
// always were; projects and indicators (where an expected file holds them) on their own
// lines, then all cells together.
import { basename } from 'node:path';
import type { DocumentScore } from './evaluate.js';
import type { RecordScore } from './project-cells.js';
import { add, scores, type Counts } from './score.js';

export interface Summary {
  documents: DocumentScore[];
  /** budget-line cells per format and overall. */
  byFormat: Map<string, Counts>;
  overall: Counts;
  /** projects and indicators of the documents whose expected files hold them (null: none does). */
  projects: Counts | null;
  indicators: Counts | null;
  /** every scored cell of every document. */
  all: Counts;
  /** every document at F1 = 1 with its tables and metadata as expected. */
  perfect: boolean;
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export function isPerfect(d: DocumentScore): boolean {
  return (
    d.error === null &&
    d.all.fp === 0 &&
    d.all.fn === 0 &&
    d.tables.missing.length === 0 &&
    d.tables.extra.length === 0 &&
    Object.keys(d.metadata).length === 0
  );
}

export function summarize(documents: DocumentScore[]): Summary {
  const byFormat = new Map<string, Counts>();
  for (const d of documents) byFormat.set(d.format, add(byFormat.get(d.format) ?? ZERO, d.counts));
  const overall = documents.reduce((s, d) => add(s, d.counts), ZERO);
  const sum = (pick: (d: DocumentScore) => RecordScore | null): Counts | null => {
    const scored = documents.map(pick).filter((r): r is RecordScore => r !== null);
    return scored.length === 0 ? null : scored.reduce((s, r) => add(s, r.counts), ZERO);
  };
  return {
    documents,
    byFormat,
    overall,
    projects: sum((d) => d.projects),
    indicators: sum((d) => d.indicators),
    all: documents.reduce((s, d) => add(s, d.all), ZERO),
    perfect: documents.length > 0 && documents.every(isPerfect),
  };
}

const pct = (n: number): string => n.toFixed(3);

function scoreLine(label: string, c: Counts): string {
  const s = scores(c);
  return `${label.padEnd(52)}${label.length > 52 ? ' ' : ''} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${c.tp} ok, ${c.fp} false, ${c.fn} missed)`;
}

/** The report as text lines; `maxDiffs` differing cells are listed per document. */
export function formatReport(summary: Summary, maxDiffs = 20): string[] {
  const out: string[] = [];
  for (const d of summary.documents) {
    const t = d.tables;
    out.push(scoreLine(basename(d.file), d.counts) + `  tables ${t.expected.length - t.missing.length}/${t.expected.length}`);
    for (const [kind, r] of [['projects', d.projects], ['indicators', d.indicators]] as const) {
      if (r) out.push(scoreLine(`    ${kind}: ${r.rows.matched} of ${r.rows.expected} read (${r.rows.read} in all)`, r.counts));
    }
    if (d.projects) out.push(scoreLine('    all cells', d.all));
    if (d.error) out.push(`    not read: ${d.error}`);
    if (d.checksFailed.length > 0) out.push(`    ${d.checksFailed.length} reconciliation checks fail (not scored), e.g. ${d.checksFailed[0]}`);
    if (t.missing.length > 0) out.push(`    tables missing: ${t.missing.join(', ')}`);
    if (t.extra.length > 0) out.push(`    tables not expected: ${t.extra.join(', ')}`);
    for (const [k, [e, a]] of Object.entries(d.metadata)) out.push(`    ${k}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
    for (const diff of d.diffs.slice(0, maxDiffs)) out.push(`    ${diff.cell}: expected ${JSON.stringify(diff.expected)}, got ${JSON.stringify(diff.actual)}`);
    if (d.diffs.length > maxDiffs) out.push(`    … ${d.diffs.length - maxDiffs} more cells differ`);
  }
  out.push('');
  for (const [format, c] of [...summary.byFormat].sort()) out.push(scoreLine(`format ${format}`, c));
  const tables = summary.documents.reduce((n, d) => n + d.tables.expected.length, 0);
  const found = summary.documents.reduce((n, d) => n + d.tables.expected.length - d.tables.missing.length, 0);
  out.push(scoreLine(`overall (${summary.documents.length} documents)`, summary.overall) + `  tables ${found}/${tables}`);
  if (summary.projects && summary.indicators) {
    const withProjects = summary.documents.filter((d) => d.projects).length;
    out.push(scoreLine(`projects (${withProjects} documents)`, summary.projects));
    out.push(scoreLine(`indicators (${withProjects} documents)`, summary.indicators));
    out.push(scoreLine('all cells: budget lines, projects, indicators', summary.all));
  }
  return out;
}
