// The seed document a variant starts from: its transcription (blocks) and its expected
// records (expected/seed/qinglong-2024.docx.jsonl, checked by the golden tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedDocument, ExpectedLine } from '../../src/accuracy/expected.js';
import { readExpected } from '../../src/accuracy/expected.js';
import { mandatedTables as catalogueMandated } from '../../src/catalogue/index.js';
import { matchTitle } from '../../src/locate/titles.js';
import type { TableId } from '../../src/schema/records.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';

export type TableBlockSrc = Extract<SampleBlock, { type: 'table' }>;

/** A document to build and what reading it must give. */
export interface Variant {
  blocks: SampleBlock[];
  lines: ExpectedLine[];
  document: Omit<ExpectedDocument, 'source' | 'format' | 'pages'>;
}

export function loadSeed(root: string): Variant {
  const { blocks } = JSON.parse(readFileSync(join(root, 'scripts/sample-src/qinglong-2024.json'), 'utf8')) as { blocks: SampleBlock[] };
  const { document, lines } = readExpected(join(root, 'expected/seed/qinglong-2024.docx.jsonl'));
  const { source: _s, format: _f, pages: _p, ...rest } = document;
  return { blocks, lines, document: rest };
}

/** The nine mandated tables: index of the heading naming each and of the table under it. */
export function mandatedTables(blocks: SampleBlock[]): Array<{ title: number; table: number; id: TableId }> {
  const out: Array<{ title: number; table: number; id: TableId }> = [];
  blocks.forEach((b, i) => {
    const id = b.type === 'heading' ? matchTitle(b.text)?.def.id : undefined;
    if (id && catalogueMandated('budget').includes(id) && blocks[i + 1]?.type === 'table') out.push({ title: i, table: i + 1, id });
  });
  return out;
}

/** A copy with fn applied to every cell of the given tables (all when omitted). */
export function mapCells(blocks: SampleBlock[], fn: (cell: SampleCell, row: number, table: TableBlockSrc) => SampleCell, only?: Set<number>): SampleBlock[] {
  return blocks.map((b, i) =>
    b.type === 'table' && (!only || only.has(i)) ? { ...b, rows: b.rows.map((row, r) => row.map((c) => fn(c, r, b))) } : b,
  );
}

/** A copy with fn applied to every text: paragraphs, headings and cells. */
export function mapTexts(blocks: SampleBlock[], fn: (text: string) => string): SampleBlock[] {
  return mapCells(blocks, (c) => ({ ...c, text: fn(c.text) })).map((b) => (b.type === 'table' ? b : { ...b, text: fn(b.text) }));
}

/** The texts outside tables, as the checks read the 说明. */
export function narrative(blocks: SampleBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [] : [b.text]));
}
