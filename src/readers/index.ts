// One interface over the readers: bytes of a sniffed format → the document model.
import type { DocumentModel } from '../model/document.js';
import type { DocumentFormat } from '../schema/records.js';
import { readDocx } from './docx/index.js';

export interface ReadOptions {
  /** PDF: write the per-page debug view (lines, cells, text assignment) here. */
  debugDir?: string;
  /** PDF: read at most this many pages. */
  maxPages?: number;
  /** .doc/.wps: when (epoch ms) the LibreOffice conversion must have ended; the worker pool sets it inside its own limit. */
  convertDeadline?: number;
  /** workbooks: cells a workbook may store (TOO_LARGE above). */
  maxCells?: number;
  /**
   * a counter shared with the worker pool (an Int32Array on a SharedArrayBuffer): the readers
   * add the pages and pictures they send to OCR, and the pool gives the document more time for
   * each (--ocr-timeout).
   */
  ocrPages?: Int32Array;
}

export async function readDocument(format: DocumentFormat, bytes: Uint8Array, options: ReadOptions = {}): Promise<DocumentModel> {
  const pictures = options.ocrPages ? { ocrPages: options.ocrPages } : {};
  if (format === 'docx') return readDocx(bytes, pictures);
  if (format === 'doc' || format === 'wps' || format === 'rtf' || format === 'odt' || format === 'wordml') {
    const { readConverted } = await import('./soffice/index.js');
    const left = options.convertDeadline === undefined ? undefined : Math.max(500, options.convertDeadline - Date.now());
    return readConverted(bytes, format, left, pictures);
  }
  if (format === 'html' || format === 'mhtml') {
    const { readHtml, readMhtml } = await import('./html/index.js');
    return format === 'html' ? readHtml(bytes) : readMhtml(bytes);
  }
  if (format === 'png' || format === 'jpeg') {
    const { readImage } = await import('./image/index.js');
    return readImage(bytes, format, options);
  }
  if (format === 'xlsx' || format === 'xls' || format === 'et' || format === 'ods' || format === 'spreadsheetml' || format === 'csv') {
    const { readWorkbook } = await import('./sheet/index.js');
    return readWorkbook(bytes, format, options.maxCells !== undefined ? { maxCells: options.maxCells } : {});
  }
  const { readPdf } = await import('./pdf/index.js');
  // pdf.js wants a plain Uint8Array (not a Buffer) and may detach its buffer: give it a copy.
  return readPdf(new Uint8Array(bytes), options);
}
