// One interface over the readers: bytes of a sniffed format → the document model.
import type { DocumentModel } from '../model/document.js';
import { readDocx } from './docx/index.js';

export interface ReadOptions {
  /** PDF: write the per-page debug view (lines, cells, text assignment) here. */
  debugDir?: string;
  /** PDF: read at most this many pages. */
  maxPages?: number;
}

export async function readDocument(format: 'docx' | 'pdf', bytes: Uint8Array, options: ReadOptions = {}): Promise<DocumentModel> {
  if (format === 'docx') return readDocx(bytes);
  const { readPdf } = await import('./pdf/index.js');
  // pdf.js wants a plain Uint8Array (not a Buffer) and may detach its buffer: give it a copy.
  return readPdf(new Uint8Array(bytes), options);
}
