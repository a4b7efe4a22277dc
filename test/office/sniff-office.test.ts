// Office formats by content: OLE2 containers by their streams, zips by their content
// types; the extension only names the WPS Office variants of the same containers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffFormat, type SniffResult } from '../../src/input/sniff.js';
import { makeZip } from '../input/make-zip.js';
import { encryptedDoc, encryptedXls, encryptedXlsx, OFFICE } from './bad-files.js';

const fixture = (name: string): Buffer => readFileSync(join(OFFICE, name));
const code = (r: SniffResult): string => (r.kind === 'error' ? r.error.code : r.kind);

test.each([
  ['qinglong-2024.doc', 'a.doc', 'doc'],
  ['qinglong-2024.doc', 'a.wps', 'wps'], // WPS Office writes Word 97 binaries named .wps
  ['qinglong-2024.doc', 'a.xls', 'doc'], // mislabelled: read as what it is
  ['qinglong-2024.sheets.xls', 'a.xls', 'xls'],
  ['qinglong-2024.sheets.xls', 'a.et', 'et'],
  ['qinglong-2024.sheets.xls', 'a.doc', 'xls'],
  ['qinglong-2024.sheets.xlsx', 'a.xlsx', 'xlsx'],
  ['qinglong-2024.sheets.xlsx', 'a.et', 'et'], // WPS Office's .et saved as Office Open XML
  ['qinglong-2024.sheets.xlsx', 'a.docx', 'xlsx'],
])('%s named %s is %s', async (file, name, format) => {
  expect(await sniffFormat(fixture(file), name)).toEqual({ kind: format });
});

test('a zip is what its content types say its main part is, wherever the part lives', async () => {
  const types = (main: string, type: string) =>
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${main}" ContentType="application/vnd.openxmlformats-officedocument.${type}.main+xml"/></Types>`;
  expect(await sniffFormat(makeZip({ '[Content_Types].xml': types('/xl/book.xml', 'spreadsheetml.sheet'), 'xl/book.xml': '' }), 'a.zip')).toEqual({ kind: 'xlsx' });
  expect(await sniffFormat(makeZip({ '[Content_Types].xml': types('/word/main.xml', 'wordprocessingml.document'), 'word/main.xml': '' }))).toEqual({ kind: 'docx' });
  // no content types: the usual part names
  expect(await sniffFormat(makeZip({ 'xl/workbook.xml': '' }))).toEqual({ kind: 'xlsx' });
});

test('password-protected .doc and .xlsx are ENCRYPTED_DOCUMENT before anything is read; .xls when read', async () => {
  for (const [bytes, name] of [[encryptedDoc(), 'a.doc'], [encryptedXlsx(), 'a.xlsx']] as const) {
    const r = await sniffFormat(bytes, name);
    expect(r.kind === 'error' && [r.error.code, r.error.message]).toEqual(['ENCRYPTED_DOCUMENT', expect.stringMatching(/password-protected.*remove the password/)]);
  }
  // the .xls password sits in the workbook stream (FILEPASS): the reader finds it
  expect(code(await sniffFormat(encryptedXls(), 'a.xls'))).toBe('xls');
});

test('an OLE2 file holding neither a Word document nor a workbook names its streams', async () => {
  const { CFB } = await import('@e965/xlsx');
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/PowerPoint Document', Buffer.alloc(600, 1));
  const r = await sniffFormat(Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array), 'a.ppt');
  expect(r.kind === 'error' && [r.error.code, r.error.message]).toEqual(['UNSUPPORTED_FORMAT', expect.stringMatching(/neither a Word document nor a workbook \(streams: .*PowerPoint Document/)]);
});
