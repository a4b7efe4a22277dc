import { Document, Packer, Paragraph } from 'docx';
import { docId } from '../../src/input/doc-id.js';
import { sniffFormat } from '../../src/input/sniff.js';
import type { SniffResult } from '../../src/input/sniff.js';
import { makeZip } from './make-zip.js';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function errorOf(result: SniffResult): { code: string; stage: string; message: string } {
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return { code: result.error.code, stage: result.error.stage, message: result.error.message };
}

describe('sniffFormat', () => {
  test('an empty file is EMPTY_FILE', async () => {
    const error = errorOf(await sniffFormat(new Uint8Array(0), 'a.pdf'));
    expect(error).toMatchObject({ code: 'EMPTY_FILE', stage: 'detect' });
    expect(error.message).toMatch(/download it again/);
  });

  test('a %PDF- header makes a PDF, also after junk bytes as pdf.js allows', async () => {
    expect(await sniffFormat(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toEqual({ kind: 'pdf' });
    expect(await sniffFormat(Buffer.concat([Buffer.alloc(1000, 0x20), ascii('%PDF-1.4\n')]))).toEqual({ kind: 'pdf' });
  });

  test('a %PDF- header beyond the first 1024 bytes is not a PDF', async () => {
    const late = Buffer.concat([Buffer.alloc(1100, 0x41), ascii('%PDF-1.4\n')]);
    expect(errorOf(await sniffFormat(late)).code).toBe('UNSUPPORTED_FORMAT');
  });

  test('the name does not decide the format', async () => {
    expect(await sniffFormat(ascii('%PDF-1.5\n'), 'report.docx')).toEqual({ kind: 'pdf' });
  });

  test('an OLE2 header with nothing behind it is CORRUPT_DOCUMENT (formats inside OLE2: test/office/sniff-office)', async () => {
    const error = errorOf(await sniffFormat(Buffer.concat([OLE2, Buffer.alloc(504)]), 'budget.doc'));
    expect(error).toMatchObject({ code: 'CORRUPT_DOCUMENT', stage: 'detect' });
    expect(error.message).toMatch(/OLE2.*damaged.*download it again/);
  });

  test('a .wps file in WPS Office\'s old native format (not OLE2) is UNSUPPORTED_FORMAT naming WPS Office', async () => {
    const error = errorOf(await sniffFormat(ascii('\x00\x01wps 97 text'), '预算.wps'));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/WPS Office.*save it as \.docx or PDF/);
  });

  test('an HTML page named .pdf is reported as a probable download error', async () => {
    const page = ascii('\xef\xbb\xbf\r\n  <!DOCTYPE html>\n<html><head><title>404 Not Found</title></head></html>');
    const error = errorOf(await sniffFormat(page, 'downloads/预算.pdf'));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/HTML page.*named \.pdf.*download error.*download the document again/);
    expect(errorOf(await sniffFormat(ascii('<html lang="zh"><body>登录</body></html>'))).message).toMatch(/HTML page/);
  });

  test('an article page stating amounts, with no table, is read as a page (昆明: the 编制说明 is the portal\'s article, its tables an attached .xlsx)', async () => {
    const article = Buffer.from(
      '<html><head><meta charset="utf-8"></head><body><p>三、预算单位收入情况</p><p>2026年单位财务总收入154,991,108.01元，其中：一般公共预算121,884,997.75元，政府性基金0.00元。</p></body></html>',
    );
    expect(await sniffFormat(article, '审计局_2026年部门预算.html')).toEqual({ kind: 'html' });
    // two amounts are no article's: a page naming a fee or a fine stays a probable download error
    const notice = Buffer.from('<html><body><p>工本费10元，逾期罚款50元。</p></body></html>');
    expect(errorOf(await sniffFormat(notice, '预算.pdf')).code).toBe('UNSUPPORTED_FORMAT');
  });

  test('HTML printing tables is read as a page (a disclosure published as a web page, tables exported as HTML under an .xls name)', async () => {
    expect(await sniffFormat(ascii('<html><body><p>部门收支总表</p><table><tr><td>收入</td></tr></table></body></html>'), '2024年部门预算.html')).toEqual({ kind: 'html' });
    expect(await sniffFormat(ascii('<table border=1><tr><td>项目</td><td>预算数</td></tr></table>'), '收支总表.xls')).toEqual({ kind: 'html' });
    expect(await sniffFormat(ascii('<html><body><TABLE width="100%"><tr><td>x</td></tr></TABLE></body></html>'), 'a.doc')).toEqual({ kind: 'html' });
  });

  test('a real .docx (built with the docx package) is DOCX', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('部门预算')] }] }));
    expect(await sniffFormat(docx, 'x.pdf')).toEqual({ kind: 'docx' });
  });

  test('a zip holding word/document.xml is DOCX', async () => {
    const zip = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(await sniffFormat(zip)).toEqual({ kind: 'docx' });
  });

  test.each([
    [{ '[Content_Types].xml': '', 'ppt/presentation.xml': '' }, /PowerPoint.*save it as PDF/],
    [{ mimetype: 'application/vnd.oasis.opendocument.presentation', 'content.xml': '' }, /OpenDocument file that is neither a text document \(\.odt\) nor a spreadsheet/],
    [{ '[Content_Types].xml': '', 'word/other.xml': '' }, /without a Word document part/],
    [{ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }, /^OFD document .*save or print it as PDF, then re-run$/],
    [{ '预算.pdf': '%PDF-1.4', 'b.docx': 'PK' }, /zip archive, not a document: `ingest` reads the documents inside a zip it is given/],
  ])('a zip without word/document.xml is UNSUPPORTED_FORMAT (%#)', async (files, message) => {
    const error = errorOf(await sniffFormat(makeZip(files)));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(message);
  });

  test('an empty zip is a zip archive, not a document', async () => {
    expect(errorOf(await sniffFormat(makeZip({}))).message).toMatch(/zip archive/);
  });

  test('a zip whose central directory cannot be read is CORRUPT_ZIP', async () => {
    const zip = makeZip({ 'word/document.xml': '<w:document/>' });
    for (const bytes of [zip.subarray(0, zip.length - 30), Buffer.concat([ascii('PK\x03\x04'), Buffer.alloc(200)])]) {
      const error = errorOf(await sniffFormat(bytes, 'a.docx'));
      expect(error).toMatchObject({ code: 'CORRUPT_ZIP', stage: 'detect' });
      expect(error.message).toMatch(/truncated or damaged; download it again/);
    }
  });

  test('known non-document formats are named', async () => {
    expect(errorOf(await sniffFormat(ascii('Rar!\x1a\x07\x01\x00'))).message).toMatch(/RAR archive.*extract it/);
    expect(errorOf(await sniffFormat(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]))).message).toMatch(/7z archive.*extract it/);
  });

  test('what systems export under .doc and .xls names: MHTML, Word 2003 XML, Excel 2003 XML', async () => {
    const mht = 'From: <Saved by Microsoft Word 11>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="----=_NextPart_01"\r\n\r\n';
    expect(await sniffFormat(ascii(mht), 'a.doc')).toEqual({ kind: 'mhtml' });
    const word = '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>';
    expect(await sniffFormat(Buffer.from(word, 'utf8'), 'a.doc')).toEqual({ kind: 'wordml' });
    const excel = '<?xml version="1.0"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">';
    expect(await sniffFormat(ascii(excel), 'a.xls')).toEqual({ kind: 'spreadsheetml' });
    // other XML is no document
    expect(errorOf(await sniffFormat(ascii('<?xml version="1.0"?><rss><channel/></rss>'), 'a.xml')).code).toBe('UNSUPPORTED_FORMAT');
  });

  test('RTF and OpenDocument text and spreadsheets, by their bytes (the mimetype entry anywhere in the zip)', async () => {
    expect(await sniffFormat(ascii('{\\rtf1\\ansi\\ansicpg936'), 'a.doc')).toEqual({ kind: 'rtf' });
    const odf = (type: string): Buffer => makeZip({ 'META-INF/manifest.xml': '<manifest/>', mimetype: `application/vnd.oasis.opendocument.${type}`, 'content.xml': '' });
    expect(await sniffFormat(odf('text'), 'a.odt')).toEqual({ kind: 'odt' });
    expect(await sniffFormat(odf('spreadsheet'), 'a.xls')).toEqual({ kind: 'ods' });
  });

  test('tab- or comma-separated text with hanzi, three lines of fields or more, is delimited text whatever its name', async () => {
    const tsv = '部门收支总表\n单位：万元\n项目\t预算数\t项目\t预算数\n一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t10.00\n收入总计\t10.00\t支出总计\t10.00\n';
    expect(await sniffFormat(Buffer.from(tsv), 'export.xls')).toEqual({ kind: 'csv' });
    // comma-separated (a GBK one: test/fixtures/office/qinglong-2024.gbk.csv)
    const csv = Buffer.from('科目编码,科目名称,合计\n201,一般公共服务支出,10.00\n20101,人大事务,10.00\n');
    expect(await sniffFormat(csv, 'a.csv')).toEqual({ kind: 'csv' });
  });

  test('anything else is UNSUPPORTED_FORMAT saying what is supported: prose, two lines of fields, text with NUL bytes', async () => {
    for (const bytes of [
      Buffer.from('科目编码,科目名称\n201,一般公共服务支出\n'),
      Buffer.from('一、部门职责\n本部门负责全县机关事务管理。\n二、机构设置\n'),
      Buffer.from('项目\t预算数\n收入\t1\n支出\t1\n\0'),
    ]) {
      const error = errorOf(await sniffFormat(bytes, 'a.txt'));
      expect(error.code).toBe('UNSUPPORTED_FORMAT');
      expect(error.message).toMatch(/PDF, Word \(\.docx, \.doc, \.rtf\), WPS \(\.wps, \.et\), Excel \(\.xlsx, \.xls\), OpenDocument \(\.odt, \.ods\), HTML pages with tables, tab- or comma-separated text and scanned pages as PNG or JPEG are read/);
    }
  });

  test('a Uint8Array view into a larger buffer is read at its own offset', async () => {
    const backing = Buffer.concat([Buffer.alloc(16, 0x41), ascii('%PDF-1.7\n')]);
    expect(await sniffFormat(new Uint8Array(backing.buffer, backing.byteOffset + 16, 9))).toEqual({ kind: 'pdf' });
  });
});

describe('docId', () => {
  test('is the lower-case hex sha256 of the bytes', () => {
    expect(docId(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
