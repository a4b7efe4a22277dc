// The project sample printed to PDF by LibreOffice (stroked borders) and by Chromium: every
// table must match the transcription the DOCX was built from (whitespace aside: DOCX cells
// keep paragraph breaks, PDF text only has wrapped lines).
import { readFileSync } from 'node:fs';
import { buildGrid } from '../../../src/model/grid.js';
import type { TableBlock } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { tables } from './helpers.js';

type SrcCell = { text: string; rowSpan?: number; colSpan?: number };
type SrcBlock = { type: string; rows?: SrcCell[][] };
const source = JSON.parse(readFileSync('scripts/sample-src/qinglong-2024.json', 'utf8')) as { blocks: SrcBlock[] };
const expected = source.blocks.filter((b) => b.type === 'table').map((b, i) => buildGrid(b.rows ?? [], i));

/** Each row as "text[rowSpan×colSpan origin] | …", whitespace removed. */
const shape = (t: TableBlock): string[] =>
  t.rows.map((r) =>
    r.map((c) => `${c.text.replace(/\s+/g, '')}[${c.rowSpan}x${c.colSpan}${c.origin ? ` ${c.origin.row},${c.origin.col}` : ''}]`).join(' | '),
  );
const blank = (row: string): boolean => row.split(' | ').every((c) => c.startsWith('['));

test('LibreOffice PDF: all 24 tables as transcribed, merged cells included', async () => {
  const doc = await readPdf(new Uint8Array(readFileSync('samples/qinglong-2024.libreoffice.pdf')));
  const got = tables(doc);
  expect(got).toHaveLength(24);
  got.forEach((t, i) => expect(shape(t)).toEqual(shape(expected[i] as TableBlock)));
});

test('Chromium PDF: all 24 tables as transcribed (an empty row printed 3 pt tall is lost)', async () => {
  const doc = await readPdf(new Uint8Array(readFileSync('samples/qinglong-2024.chromium.pdf')));
  const got = tables(doc);
  expect(got).toHaveLength(24);
  got.forEach((t, i) => expect(shape(t).filter((r) => !blank(r))).toEqual(shape(expected[i] as TableBlock).filter((r) => !blank(r))));
});
