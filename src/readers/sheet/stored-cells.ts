// Counts the cells an .xlsx stores (<c> elements of its worksheet parts, empty or not)
// without parsing it, streaming each part and stopping past the limit, so a workbook of a
// million styled blank rows is refused after reading half a million cells instead of
// costing SheetJS seconds per hundred thousand.
import yauzl from 'yauzl';
import { IngestError } from '../../pipeline/errors.js';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const LT = 0x3c;
const C = 0x63;
const COLON = 0x3a;

/** The cells stored, counted up to just past `limit`. */
export async function storedCells(bytes: Uint8Array, limit: number): Promise<number> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `the workbook's zip cannot be read (${(e as Error).message}): download it again`);
  }
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!WORKSHEET.test(entry.fileName)) continue;
      const stream = await zip.openReadStreamPromise(entry);
      let tail = Buffer.alloc(0);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const data = Buffer.concat([tail, chunk]);
        count += cellTags(data, tail.length);
        tail = data.subarray(Math.max(0, data.length - 16));
        if (count > limit) {
          stream.destroy();
          return count;
        }
      }
    }
    return count;
  } catch (e) {
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `a worksheet of the workbook cannot be inflated (${(e as Error).message}): it is probably truncated; download it again`);
  } finally {
    zip.close();
  }
}

/** <c …>, <c/>, <x:c …> tags; those ending before `from` were counted with the previous chunk (whose last bytes begin `data`). */
function cellTags(data: Buffer, from: number): number {
  let n = 0;
  for (let i = data.indexOf(LT); i !== -1; i = data.indexOf(LT, i + 1)) {
    let j = i + 1;
    let k = j; // an optional namespace prefix, up to a colon
    while (k < data.length && k - j < 12 && isNameChar(data[k]!)) k++;
    if (data[k] === COLON) j = k + 1;
    if (data[j] === C && j + 1 >= from && TAG_END.has(data[j + 1] ?? -1)) n++;
  }
  return n;
}

/** what may follow the element name c: whitespace, > or /> */
const TAG_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);
const isNameChar = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
