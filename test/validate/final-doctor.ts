// Doctored copies of the generated 决算 (final-central): one printed cell changed in the
// transcription, the DOCX built again and read by the whole pipeline.
import { variantDocx, makeVariant } from '../../scripts/variants/build.js';
import { FINAL_VARIANTS } from '../../scripts/variants/final/list.js';
import { loadSeed, type TableBlockSrc, type Variant } from '../../scripts/variants/seed.js';
import type { SampleBlock } from '../../scripts/make-sample-docx.js';
import { processDocument, type DocumentOutput } from '../../src/pipeline/process.js';

export interface Cell {
  /** the title printed over the table. */
  title: string;
  /** the text of a cell of the row (its code or name). */
  row: string;
  /** the cell's index in that row, and the text printed instead. */
  col: number;
  was: string;
  text: string;
}

export const FINAL_CENTRAL: Variant = makeVariant(FINAL_VARIANTS.find((v) => v.name === 'final-central')!, loadSeed(process.cwd()));

/** The blocks with one cell printed otherwise; throws unless the cell holds `was`. */
export function doctorBlocks(blocks: readonly SampleBlock[], cell: Cell): SampleBlock[] {
  const at = blocks.findIndex((b, i) => b.type === 'heading' && b.text === cell.title && blocks.slice(i + 1).find((x) => x.type === 'table'));
  if (at < 0) throw new Error(`no table titled ${cell.title}`);
  const index = blocks.findIndex((b, i) => i > at && b.type === 'table');
  const table = blocks[index] as TableBlockSrc;
  const rows = table.rows.filter((r) => r.some((c) => c.text === cell.row));
  if (rows.length !== 1) throw new Error(`${cell.title}: ${rows.length} rows print ${cell.row}`);
  const old = rows[0]![cell.col]?.text;
  if (old !== cell.was) throw new Error(`${cell.title} ${cell.row} cell ${cell.col} prints "${old}", not "${cell.was}"`);
  const doctored: TableBlockSrc = { ...table, rows: table.rows.map((r) => (r === rows[0] ? r.map((c, k) => (k === cell.col ? { ...c, text: cell.text } : c)) : r)) };
  return blocks.map((b, i) => (i === index ? doctored : b));
}

export async function read(v: Variant): Promise<DocumentOutput> {
  const r = await processDocument({ bytes: new Uint8Array(await variantDocx(v)), source: 'final-central.docx' });
  if (r.kind !== 'document') throw new Error(`${r.error.code} ${r.error.message}`);
  return r.output;
}
