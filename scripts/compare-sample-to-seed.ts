// Checks samples/qinglong-2024.docx against the seed dump it was transcribed from: the DOCX is
// read back the way the pipeline reads DOCX (mammoth → HTML → cheerio), the seed is parsed on
// its own, and both are compared block by block, row by row, cell by cell, with exact whitespace.
// Usage: node dist/scripts/compare-sample-to-seed.js [seed.txt] [sample.docx]; exits 1 on any mismatch.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { packageRoot } from '../src/util/package-root.js';

// ../shared beside the project, as on the developers' machines and in CI.
const DEFAULT_SEED = '../shared/seeds/000_c31f8c30d2e8c20d.txt';

type Item =
  | { kind: 'text'; text: string; where: string } // paragraph or heading
  | { kind: 'table'; rows: string[][]; where: string };

/**
 * The seed dump: a tab-indented line is a cell, a blank line ends a table row, an unindented
 * line right after a cell line is that cell's next paragraph, other unindented lines are
 * paragraphs. Dropped: [bookmark: …] marks, whitespace-only paragraphs (empty paragraphs of
 * the original, they do not split a table) and bare page numbers ("42", "41").
 * vMerge continuation cells are printed as empty cells and stay in the rows here.
 */
export function parseSeed(text: string): Item[] {
  const clean = (s: string): string => s.replace(/\[bookmark: [^\]]*\]/g, '');
  const items: Item[] = [];
  let table: string[][] | undefined;
  let row: string[] | undefined;
  text.split('\n').forEach((line, i) => {
    const where = `seed line ${i + 1}`;
    if (line.startsWith('\t')) {
      if (!table) items.push({ kind: 'table', rows: (table = []), where });
      if (!row) table.push((row = []));
      row.push(clean(line.slice(1)));
    } else if (line === '') {
      row = undefined;
    } else if (row && line.trim() !== '') {
      row[row.length - 1] += `\n${clean(line)}`; // unindented line directly after a cell line
    } else if (line.trim() !== '' && !/^\d+$/.test(line)) {
      table = undefined;
      items.push({ kind: 'text', text: clean(line), where });
    }
  });
  return items;
}

/**
 * The DOCX through mammoth: top-level <p>/<hN> and <table>. In each row the cells that a rowspan
 * from above covers are absent in HTML; an empty cell is put back in their place, as the seed
 * prints them, so rows compare position by position.
 */
export async function readDocx(path: string): Promise<{ items: Item[]; headings: Record<string, number>; warnings: string[] }> {
  const { value: html, messages } = await mammoth.convertToHtml({ path });
  const $ = cheerio.load(html);
  const items: Item[] = [];
  const headings: Record<string, number> = {};
  $('body')
    .children()
    .each((n, el) => {
      const tag = el.tagName.toLowerCase();
      const where = `docx block ${n + 1} <${tag}>`;
      if (tag !== 'table') {
        if (/^h\d$/.test(tag)) headings[tag] = (headings[tag] ?? 0) + 1;
        items.push({ kind: 'text', text: $(el).text(), where });
        return;
      }
      const rows: string[][] = [];
      let carried: { rows: number; span: number }[] = []; // by grid column: rowspan still running
      $(el)
        .find('tr')
        .each((_, tr) => {
          const out: string[] = [];
          const next: { rows: number; span: number }[] = [];
          let col = 0;
          const fillCovered = (): void => {
            for (let c = carried[col]; c && c.rows > 0; c = carried[col]) {
              out.push(''); // continuation cell, printed empty in the seed
              if (c.rows > 1) next[col] = { rows: c.rows - 1, span: c.span };
              col += c.span;
            }
          };
          $(tr)
            .children('td, th')
            .each((_, td) => {
              fillCovered();
              const span = Number($(td).attr('colspan') ?? 1);
              const down = Number($(td).attr('rowspan') ?? 1);
              if (down > 1) next[col] = { rows: down - 1, span };
              const paras = $(td).children(); // mammoth gives each cell paragraph its own <p>
              out.push(paras.length === 0 ? $(td).text() : paras.map((_, p) => $(p).text()).get().join('\n'));
              col += span;
            });
          fillCovered();
          rows.push(out);
          carried = next;
        });
      items.push({ kind: 'table', rows, where });
    });
  return { items, headings, warnings: messages.map((m) => m.message) };
}

const show = (s: string | undefined): string => (s === undefined ? '(none)' : JSON.stringify(s));

async function main(): Promise<void> {
  const seedPath = resolve(process.argv[2] ?? DEFAULT_SEED);
  const docxPath = resolve(process.argv[3] ?? join(packageRoot(), 'samples/qinglong-2024.docx'));
  const seed = parseSeed(readFileSync(seedPath, 'utf8'));
  const { items: docx, headings, warnings } = await readDocx(docxPath);
  const mismatches: string[] = [];
  const stats = { texts: 0, tables: 0, rows: 0, cells: 0 };
  if (seed.length !== docx.length) mismatches.push(`block count: seed ${seed.length}, docx ${docx.length}`);
  for (let i = 0; i < Math.max(seed.length, docx.length); i++) {
    const a = seed[i];
    const b = docx[i];
    if (!a || !b || a.kind !== b.kind) {
      mismatches.push(`block ${i + 1}: seed ${a?.kind ?? 'none'} (${a?.where}), docx ${b?.kind ?? 'none'} (${b?.where})`);
      continue;
    }
    if (a.kind === 'text' && b.kind === 'text') {
      stats.texts++;
      if (a.text !== b.text) mismatches.push(`${a.where} / ${b.where}: ${show(a.text)} ≠ ${show(b.text)}`);
      continue;
    }
    if (a.kind !== 'table' || b.kind !== 'table') continue;
    stats.tables++;
    if (a.rows.length !== b.rows.length) mismatches.push(`table at ${a.where}: ${a.rows.length} rows in seed, ${b.rows.length} in docx`);
    a.rows.forEach((seedRow, r) => {
      const docxRow = b.rows[r] ?? [];
      stats.rows++;
      if (seedRow.length !== docxRow.length)
        mismatches.push(`table at ${a.where}, row ${r + 1}: ${seedRow.length} cells in seed, ${docxRow.length} in docx`);
      seedRow.forEach((cell, c) => {
        stats.cells++;
        if (cell !== docxRow[c]) mismatches.push(`table at ${a.where}, row ${r + 1}, cell ${c + 1}: ${show(cell)} ≠ ${show(docxRow[c])}`);
      });
    });
  }
  for (const w of warnings) console.log(`mammoth: ${w}`);
  for (const m of mismatches) console.log(`MISMATCH ${m}`);
  const h = Object.entries(headings).map(([tag, n]) => `${n} ${tag}`).join(', ');
  console.log(
    `compared ${stats.tables} tables, ${stats.rows} rows, ${stats.cells} cells (vMerge continuations included), ` +
      `${stats.texts} paragraphs/headings (${h}): ${mismatches.length} mismatches`,
  );
  if (mismatches.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
