// Counts the cells an .xlsx stores (<c> elements of its worksheet parts, empty or not)
// without parsing it, so a workbook of a million styled blank rows is refused in
// milliseconds instead of costing SheetJS seconds.
import yauzl from 'yauzl';
import { buffer } from 'node:stream/consumers';
import { IngestError } from '../../pipeline/errors.js';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
/** a cell element, with or without a namespace prefix: <c r="A1" ...>, <x:c>, <c/> */
const CELL = /<(?:[A-Za-z]\w*:)?c[\s>/]/g;

export async function storedCells(bytes: Uint8Array): Promise<number> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `the workbook's zip cannot be read (${(e as Error).message}): download it again`);
  }
  try {
    let count = 0;
    for await (const entry of zip.eachEntry()) {
      if (!WORKSHEET.test(entry.fileName)) continue;
      const xml = (await buffer(await zip.openReadStreamPromise(entry))).toString('latin1');
      count += xml.match(CELL)?.length ?? 0;
    }
    return count;
  } catch (e) {
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `a worksheet of the workbook cannot be inflated (${(e as Error).message}): it is probably truncated; download it again`);
  } finally {
    zip.close();
  }
}
