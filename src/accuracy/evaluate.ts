// Runs the pipeline on each expected file's document and scores it: cells, tables found
// against tables expected, and the document metadata.
import { readFile } from 'node:fs/promises';
import { processDocument } from '../pipeline/process.js';
import type { TableId } from '../schema/records.js';
import { DOCUMENT_KEYS, expectedLine, type Expected } from './expected.js';
import { compareProjects, type RecordScore } from './project-cells.js';
import { add, compareCells, type CellDiff, type Counts } from './score.js';

export interface DocumentScore {
  file: string;
  input: string;
  format: string;
  /** budget-line cells. */
  counts: Counts;
  /** projects and indicators, when the expected file holds them (`checked_projects`). */
  projects: RecordScore | null;
  indicators: RecordScore | null;
  /** every scored cell: budget lines, projects and indicators. */
  all: Counts;
  /** the differing cells, budget lines first. */
  diffs: CellDiff[];
  tables: { expected: TableId[]; found: TableId[]; missing: TableId[]; extra: TableId[] };
  /** metadata fields that differ: field → [expected, actual]. */
  metadata: Record<string, [unknown, unknown]>;
  /** the pipeline's error code when it read nothing. */
  error: string | null;
  /** reconciliation checks that failed on what the pipeline read (reported, not scored). */
  checksFailed: string[];
}

// Scored document fields: the stored ones but the record's identity (source, version) and
// tables_found, which is scored table by table.
const METADATA = DOCUMENT_KEYS.filter(
  (k): k is Exclude<(typeof DOCUMENT_KEYS)[number], 'schema_version' | 'source' | 'tables_found'> =>
    k !== 'schema_version' && k !== 'source' && k !== 'tables_found',
);

export async function evaluate(expected: Expected): Promise<DocumentScore> {
  const want = expected.document;
  const result = await processDocument({ bytes: new Uint8Array(await readFile(expected.input)), source: expected.input });
  const out = result.kind === 'document' ? result.output : null;
  const found = out?.document.tables_found ?? [];
  const { counts, diffs } = compareCells(expected.lines, (out?.budget_lines ?? []).map(expectedLine), want.checked_tables);
  const records = want.checked_projects ? compareProjects(expected, { projects: out?.projects ?? [], indicators: out?.indicators ?? [] }) : null;
  const metadata: DocumentScore['metadata'] = {};
  for (const k of METADATA) {
    const actual = out?.document[k] ?? null;
    if (JSON.stringify(actual) !== JSON.stringify(want[k])) metadata[k] = [want[k], actual];
  }
  return {
    file: expected.file,
    input: expected.input,
    format: want.format,
    counts,
    projects: records?.projects ?? null,
    indicators: records?.indicators ?? null,
    all: records ? add(add(counts, records.projects.counts), records.indicators.counts) : counts,
    diffs: records ? [...diffs, ...records.projects.diffs, ...records.indicators.diffs] : diffs,
    tables: {
      expected: want.tables_found,
      found,
      missing: want.tables_found.filter((t) => !found.includes(t)),
      extra: found.filter((t) => !want.tables_found.includes(t)),
    },
    metadata,
    error: result.kind === 'error' ? result.error.code : null,
    checksFailed: (out?.checks ?? []).filter((c) => c.status === 'fail').map((c) => `${c.check}: ${c.message}`),
  };
}
