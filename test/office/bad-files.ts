// Bad Word 97 and workbook inputs, made from the office fixtures at test time (the large
// one is 5 MB: not worth committing): the container shapes a password, damage or a
// runaway exporter leave, each with the code it must end in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';

export const OFFICE = 'test/fixtures/office';

type Cfb = { FileIndex: Array<{ name: string; content: Uint8Array }> };

/** The sample .doc with the FIB's fEncrypted flag set, as Word sets it when a password protects the file. */
export function encryptedDoc(): Buffer {
  const cfb = XLSX.CFB.read(readFileSync(join(OFFICE, 'qinglong-2024.doc')), { type: 'buffer' }) as Cfb;
  const word = cfb.FileIndex.find((e) => e.name === 'WordDocument')!;
  word.content[0x0b] = (word.content[0x0b] ?? 0) | 0x01; // flags word at 0x0A, bit 0x0100
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An .xlsx saved with a password: an OLE2 container holding EncryptionInfo and EncryptedPackage. */
export function encryptedXlsx(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** The sample .xls with a FILEPASS record (RC4, as Excel writes for a password to open) after its first BOF. */
export function encryptedXls(): Buffer {
  const cfb = XLSX.CFB.read(readFileSync(join(OFFICE, 'qinglong-2024.sheets.xls')), { type: 'buffer' }) as Cfb;
  const book = cfb.FileIndex.find((e) => e.name === 'Workbook')!;
  const bytes = Buffer.from(book.content);
  const bofEnd = 4 + bytes.readUInt16LE(2);
  const filepass = Buffer.alloc(4 + 54);
  filepass.writeUInt16LE(0x002f, 0);
  filepass.writeUInt16LE(54, 2);
  filepass.writeUInt16LE(1, 4); // RC4
  filepass.writeUInt16LE(1, 6);
  filepass.writeUInt16LE(1, 8);
  book.content = Buffer.concat([bytes.subarray(0, bofEnd), filepass, bytes.subarray(bofEnd)]);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** The sample .doc cut in half: its OLE2 directory points past the end. */
export const truncatedDoc = (): Buffer => readFileSync(join(OFFICE, 'qinglong-2024.doc')).subarray(0, 230_000);

/** A workbook whose sheet stores a million formatted empty cells, one per row (as some exporters leave). */
export async function millionRows(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(join(OFFICE, 'qinglong-2024.sheets.xlsx')));
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}" s="1"/></row>`);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A1000000"/><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}
