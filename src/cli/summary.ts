// The lines printed after a run: what was read, what was written, what went wrong.
import { RECORD_FILES } from '../schema/records.js';
import type { RecordFile } from '../schema/records.js';
import { compareStrings } from '../sink/compare.js';
import type { IngestReport } from './run.js';
import { groupBy } from '../util/group-by.js';

/** Sources listed per error code; the rest are counted (errors.jsonl has them all). */
const SOURCES_PER_CODE = 10;

export function formatSummary(report: IngestReport, outDir: string): string[] {
  const { inputs, files } = report.manifest;
  const documents = inputs.filter((input) => input.outcome === 'document').length;
  const lines = [`read ${inputs.length} input(s): ${documents} document(s), ${inputs.length - documents} failed`];
  if (inputs.length === 0) lines.push('no input files found: pass PDF or .docx files, or folders holding them');
  const seconds = report.elapsedMs / 1000;
  lines.push(
    `processed ${report.processed}, from the cache ${report.cached}, in ${seconds.toFixed(1)} s ` +
      `(${(inputs.length / Math.max(seconds, 0.001)).toFixed(1)} inputs/s), peak memory ${Math.round(report.peakRssBytes / 2 ** 20)} MB`,
  );

  lines.push(`wrote ${outDir}:`);
  const names = Object.keys(RECORD_FILES) as RecordFile[];
  const width = Math.max(...names.map((name) => name.length));
  for (const name of names) lines.push(`  ${name.padEnd(width)} ${String(files[name].records).padStart(7)}`);

  if (report.errors.length > 0) {
    lines.push(`errors (${report.errors.length}):`);
    const byCode = groupBy(report.errors, (error) => error.code);
    for (const [code, errors] of [...byCode].sort(([a], [b]) => compareStrings(a, b))) {
      lines.push(`  ${code} (${errors.length})`);
      for (const error of errors.slice(0, SOURCES_PER_CODE)) lines.push(`    ${error.source}: ${error.message}`);
      if (errors.length > SOURCES_PER_CODE) lines.push(`    … and ${errors.length - SOURCES_PER_CODE} more in errors.jsonl`);
    }
  }

  if (report.failedChecks.length > 0) {
    lines.push('documents with failed checks:');
    for (const { source, checks } of report.failedChecks.slice(0, SOURCES_PER_CODE)) {
      lines.push(`  ${source}: ${[...new Set(checks)].join(', ')}`);
    }
    if (report.failedChecks.length > SOURCES_PER_CODE) {
      lines.push(`  … and ${report.failedChecks.length - SOURCES_PER_CODE} more in checks.jsonl`);
    }
  }
  return lines;
}
