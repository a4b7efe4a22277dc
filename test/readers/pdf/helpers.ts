// Shared helpers of the PDF reader tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Cell, DocumentModel, TableBlock } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';

/** The real disclosures: CI has ../shared beside the clone. */
export const REAL = path.resolve(process.cwd(), '../shared/real');

export function readReal(relative: string): Promise<DocumentModel> {
  return readPdf(new Uint8Array(readFileSync(path.join(REAL, relative))));
}

export const tables = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

/**
 * The table printed under a title: the first table within three blocks after a text block
 * whose text (spaces removed) matches `title`, as a title locator would find it.
 */
export function tableAfter(doc: DocumentModel, title: RegExp): TableBlock {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.kind === 'table' || !title.test(b.text.replace(/\s+/g, ''))) continue;
    for (let k = i + 1; k <= i + 3 && k < blocks.length; k++) {
      const next = blocks[k];
      if (next?.kind === 'table') return next;
    }
  }
  throw new Error(`no table after a block matching ${title}`);
}

export const rowTexts = (t: TableBlock, r: number): string[] => (t.rows[r] ?? []).map((c) => c.text);

export function cell(t: TableBlock, r: number, c: number): Cell {
  const found = t.rows[r]?.[c];
  if (!found) throw new Error(`no cell ${r},${c} in a ${t.rows.length}×${t.rows[0]?.length ?? 0} table`);
  return found;
}

/** rowSpan×colSpan of the cell whose top-left is (r, c). */
export function span(t: TableBlock, r: number, c: number): string {
  const x = cell(t, r, c);
  expect(x.origin).toBeNull();
  return `${x.rowSpan}x${x.colSpan}`;
}

export const size = (t: TableBlock): string => `${t.rows.length}x${t.rows[0]?.length ?? 0}`;
