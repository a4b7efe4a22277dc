// Prints the document model a reader makes of a file: text blocks and each table's first
// rows, one line per row (cells joined by " | "). For looking at a new template:
//   node dist/scripts/dump-model.js FILE [--rows N] [--json OUT]
import { readFileSync, writeFileSync } from 'node:fs';
import { sniffFormat } from '../src/input/sniff.js';
import { readDocument } from '../src/readers/index.js';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: dump-model FILE [--rows N] [--json OUT]');
const at = (name: string): string | undefined => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const maxRows = Number(at('--rows') ?? 6);
const bytes = new Uint8Array(readFileSync(file));
const sniffed = await sniffFormat(bytes, file);
if (sniffed.kind === 'error') throw new Error(`${file}: ${sniffed.error.code} ${sniffed.error.message}`);
const model = await readDocument(sniffed.kind, bytes);
const json = at('--json');
if (json) writeFileSync(json, JSON.stringify(model));
for (const b of model.blocks) {
  if (b.kind !== 'table') {
    console.log(`p${b.page ?? '-'} ${b.kind === 'heading' ? '#' : '¶'} ${b.text.slice(0, 120)}`);
    continue;
  }
  console.log(`p${b.page ?? '-'} TABLE ${b.index} (${b.rows.length}×${b.rows[0]?.length ?? 0})`);
  for (const row of b.rows.slice(0, maxRows)) console.log(`    ${row.map((c) => (c.origin ? '·' : c.text)).join(' | ')}`);
}
