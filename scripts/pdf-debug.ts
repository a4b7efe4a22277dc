// Runs the PDF reader on one file, writes its debug view and prints the blocks it found.
//   npx tsc -p tsconfig.json && node dist/scripts/pdf-debug.js FILE.pdf [DEBUG_DIR] [--pages N] [--quiet] [--no-rules]
// --no-rules reads the pages as if no ruling lines were drawn (the alignment fallback alone).
// DEBUG_DIR defaults to output/pdf-debug/<file name>; open its page-NNN.svg in a browser
// (hover a text run to see where it was assigned).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block, TableBlock } from '../src/model/document.js';
import { readPdf } from '../src/readers/pdf/index.js';

function usage(): never {
  console.error('usage: pdf-debug FILE.pdf [DEBUG_DIR] [--pages N] [--quiet] [--no-rules]');
  process.exit(2);
}

function tableText(t: TableBlock): string {
  const lines = [`TABLE #${t.index} page ${t.page}: ${t.rows.length} rows × ${t.rows[0]?.length ?? 0} columns`];
  for (const row of t.rows) {
    const cells = row.map((c) => {
      if (c.origin) return c.origin.row === c.row ? '←' : '↑';
      const span = c.rowSpan > 1 || c.colSpan > 1 ? `[${c.rowSpan}×${c.colSpan}]` : '';
      return span + c.text;
    });
    lines.push(`  | ${cells.join(' | ')}`);
  }
  return lines.join('\n');
}

function blockText(b: Block): string {
  if (b.kind === 'table') return tableText(b);
  const tag = b.kind === 'heading' ? `H${b.level}` : 'P';
  return `${tag} p${b.page}: ${b.text}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const ignoreRules = args.includes('--no-rules');
  const pagesAt = args.indexOf('--pages');
  const maxPages = pagesAt >= 0 ? Number(args[pagesAt + 1]) : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && (pagesAt < 0 || i !== pagesAt + 1));
  const file = positional[0];
  if (!file || (maxPages !== undefined && !Number.isInteger(maxPages))) usage();
  const debugDir = positional[1] ?? path.join('output', 'pdf-debug', path.basename(file, path.extname(file)));
  const started = performance.now();
  const doc = await readPdf(new Uint8Array(await readFile(file)), { debugDir, maxPages, ignoreRules });
  const ms = performance.now() - started;
  if (!quiet) for (const b of doc.blocks) console.log(blockText(b));
  for (const w of doc.warnings) console.log(`WARNING ${w.code}: ${w.message}`);
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  console.log(`${doc.pages} pages, ${doc.blocks.length} blocks, ${tables} tables, ${ms.toFixed(0)} ms; debug view in ${debugDir}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : err);
  process.exit(1);
});
