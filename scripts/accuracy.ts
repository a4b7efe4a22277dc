// Accuracy of the pipeline against hand-checked (or generated) expected records.
//   npm run accuracy -- <folder or file of expected .jsonl>... [--diffs N]
//     prints cell precision / recall / F1 per document, per format and overall, and the
//     tables found against those expected; exits 1 unless every document scores F1 = 1.
//   npm run accuracy -- --draft <document> --out <expected.jsonl> [--tables id,id] [--projects]
//     writes what the pipeline reads now as a draft expected file (with --projects, its
//     projects and indicators too, to be scored): check every value against the document by
//     hand before committing it (docs/accuracy.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expectedDocument, expectedLine, formatExpected } from '../src/accuracy/expected.js';
import { formatReport, runAccuracy } from '../src/accuracy/index.js';
import { processDocument } from '../src/pipeline/process.js';
import type { TableId } from '../src/schema/records.js';
import { option, positional } from './options.js';
import { runMain } from './run-main.js';

async function draft(input: string, out: string, tables: string | undefined, withProjects: boolean): Promise<void> {
  const r = await processDocument({ bytes: new Uint8Array(readFileSync(input)), source: input });
  if (r.kind !== 'document') throw new Error(`${input}: ${r.error.code} ${r.error.message}`);
  const { document, budget_lines, projects, indicators } = r.output;
  const checked = tables ? (tables.split(',') as TableId[]) : document.tables_found;
  const lines = budget_lines.filter((l) => checked.includes(l.table)).map(expectedLine);
  const doc = expectedDocument(document, resolve(input), resolve(out), checked);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, formatExpected(doc, lines, withProjects ? { projects, indicators } : undefined));
  const records = withProjects ? `, ${projects.length} projects, ${indicators.length} indicators` : '';
  console.log(`${out}: ${lines.length} lines of ${checked.length} tables${records} (a draft: check it by hand)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const input = option(args, '--draft');
  if (input) {
    const out = option(args, '--out');
    if (!out) throw new Error('--draft needs --out <expected.jsonl>');
    return draft(input, out, option(args, '--tables'), args.includes('--projects'));
  }
  const diffs = Number(option(args, '--diffs') ?? 20);
  const paths = positional(args, ['--diffs']);
  if (paths.length === 0) throw new Error('usage: accuracy <folder or file of expected .jsonl>... [--diffs N]');
  const summary = await runAccuracy(paths);
  for (const line of formatReport(summary, diffs)) console.log(line);
  if (!summary.perfect) {
    console.log(summary.documents.length === 0 ? 'no expected records found' : 'FAIL: below F1 = 1.000 or tables/metadata differ');
    process.exitCode = 1;
  }
}

runMain(import.meta.url, main, 2);
