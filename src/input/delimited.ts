// Tables saved as delimited text: a system's "Excel" export that is tab-separated text under
// an .xls name, or a dataset's .csv (UTF-8 or GBK). Told from the bytes: no NUL, hanzi, and
// three or more lines split into two or more fields by one delimiter.
import { decodeGuessing } from '../util/decode-text.js';

/** How much of the file's start is looked at. */
const HEAD_BYTES = 8192;
/** Lines of fields that make a file a table rather than prose. */
const MIN_ROWS = 3;

export function isDelimitedText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head.includes(0)) return false;
  const text = decodeGuessing(head);
  if (!/[\u4e00-\u9fff]/.test(text)) return false;
  const lines = text.split(/\r?\n/);
  return ['\t', ','].some((d) => lines.filter((l) => l.split(d).filter((f) => f.trim() !== '').length >= 2).length >= MIN_ROWS);
}
