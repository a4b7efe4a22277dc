// The lines printed after a run: what was read, what was written, what went wrong.
import { RECORD_FILES } from '../schema/records.js';
import type { RecordFile } from '../schema/records.js';
import { compareStrings } from '../sink/compare.js';
import type { IngestReport } from './run.js';

export function formatSummary(report: IngestReport, outDir: string): string[] {
  const { inputs, files } = report.manifest;
  const documents = inputs.filter((input) => input.outcome === 'document').length;
  const lines = [`read ${inputs.length} input(s): ${documents} document(s), ${inputs.length - documents} failed`];
  if (inputs.length === 0) lines.push('no input files found: pass PDF or .docx files, or folders holding them');

  lines.push(`wrote ${outDir}:`);
  const names = Object.keys(RECORD_FILES) as RecordFile[];
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) lines.push(`  ${name.padEnd(width)} ${String(files[name].records).padStart(7)}`);

  if (report.errors.length > 0) {
    lines.push(`errors (${report.errors.length}):`);
    const byCode = groupBy(report.errors, (error) => error.code);
    for (const [code, errors] of [...byCode].sort(([a], [b]) => compareStrings(a, b))) {
      lines.push(`  ${code} (${errors.length})`);
      for (const error of errors) lines.push(`    ${error.source}: ${error.message}`);
    }
  }

  const failing = report.checks.filter((check) => check.status === 'fail');
  if (failing.length > 0) {
    const sources = new Map(inputs.map((input) => [input.doc_id, input.source]));
    lines.push('documents with failed checks:');
    for (const [doc_id, checks] of groupBy(failing, (check) => check.doc_id)) {
      const ids = [...new Set(checks.map((check) => check.check))];
      lines.push(`  ${sources.get(doc_id) ?? doc_id}: ${ids.join(', ')}`);
    }
  }
  return lines;
}

// Map.groupBy arrives in Node 21; this project runs on 20.
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
