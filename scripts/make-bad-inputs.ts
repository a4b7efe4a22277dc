// Writes test/fixtures/bad/: one file per error code an input can end in, built from the
// bundled sample or by hand, deterministically (same bytes on every run). The tests in
// test/batch/bad-inputs.test.ts run the built CLI over the folder and assert each code.
//   npm run make:bad-inputs
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { packageRoot } from '../src/util/package-root.js';
import { serializePdf as buildPdf } from '../src/util/pdf-writer.js';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
// no implicit folder entries: jszip would date them now, and the bytes would differ per run
const ENTRY = { date: FIXED_DATE, createFolders: false };
/** The bad-input test refuses files above this size (--max-file-size); only too-large.pdf exceeds it. */
export const TEST_MAX_FILE_SIZE = 60 * 1024;

/** File name → the code it must end in, and what it stands for. */
export const BAD_INPUTS: Record<string, { code: string; what: string }> = {
  'empty.pdf': { code: 'EMPTY_FILE', what: 'a failed download: 0 bytes' },
  'truncated.docx': { code: 'CORRUPT_ZIP', what: 'the sample DOCX cut in half' },
  'truncated.pdf': { code: 'CORRUPT_PDF', what: 'a PDF cut off before its cross-reference table' },
  'encrypted.pdf': { code: 'ENCRYPTED_PDF', what: 'a PDF with a user password' },
  'scanned.pdf': { code: 'NO_TEXT_LAYER', what: 'a page that is only an image' },
  'scanned.docx': { code: 'NO_TEXT_LAYER', what: 'a DOCX holding one picture and no text (a scan pasted into Word)' },
  'notice.docx': { code: 'NOT_A_BUDGET_DOCUMENT', what: 'a valid DOCX holding a meeting notice' },
  'notice.pdf': { code: 'NOT_A_BUDGET_DOCUMENT', what: 'a valid PDF holding a line of text' },
  // more Word 97 / workbook inputs (encrypted, truncated, a million rows, a hung conversion): test/office/bad-office.test.ts
  'legacy.doc': { code: 'CORRUPT_DOCUMENT', what: 'a Word 97-2003 (OLE2) header with nothing behind it' },
  'legacy.xls': { code: 'CORRUPT_DOCUMENT', what: 'an Excel 97-2003 (OLE2) header with nothing behind it' },
  'legacy.wps': { code: 'CORRUPT_DOCUMENT', what: 'a WPS Office (OLE2) header with nothing behind it' },
  'download-error.pdf': { code: 'UNSUPPORTED_FORMAT', what: 'an HTML error page saved as .pdf' },
  'bomb.docx': { code: 'ZIP_BOMB', what: 'word/document.xml inflating 1000:1 to 20 MB' },
  'too-large.pdf': { code: 'TOO_LARGE', what: `a valid PDF above the test's --max-file-size (${TEST_MAX_FILE_SIZE} bytes)` },
};

// ---- PDF by hand: objects, then a cross-reference table with exact offsets

// (the writer is src/util/pdf-writer.ts; scripts and test builders import it from here)
export { buildPdf };

const pdfStream = (data: string, dict = ''): string => `<< /Length ${Buffer.byteLength(data, 'latin1')} ${dict}>>\nstream\n${data}\nendstream`;

/** Catalog, pages, one A4 page (objects 1-4); the page's resources may point at object 5. */
function onePage(content: string, resources: string): string[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
    pdfStream(content),
  ];
}

/** A one-page PDF with a line of text in Helvetica; `padding` bytes of comment make it larger. */
export function textPdf(text: string, padding = 0): Buffer {
  const comment = padding > 0 ? `\n%${'x'.repeat(padding)}` : '';
  return buildPdf([
    ...onePage(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET${comment}`, '<< /Font << /F1 5 0 R >> >>'),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

function scannedPdf(): Buffer {
  const pixels = Buffer.from([0xff, 0x00, 0x00, 0xff]).toString('latin1');
  return buildPdf([
    ...onePage('q 500 0 0 700 50 70 cm /Im1 Do Q', '<< /XObject << /Im1 5 0 R >> >>'),
    pdfStream(pixels, '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

// Standard security handler, revision 2: no password opens it (the /U entry matches no
// key derived from an empty password), which is what a reader sees of a protected file.
function encryptedPdf(): Buffer {
  const id = '<00112233445566778899aabbccddeeff>';
  return buildPdf(
    [...onePage('BT ET', '<< >>'), `<< /Filter /Standard /V 1 /R 2 /O <${'1f'.repeat(32)}> /U <${'2e'.repeat(32)}> /P -44 >>`],
    `/Encrypt 5 0 R /ID [${id} ${id}] `,
  );
}

// ---- Office files

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE2 compound file header with nothing behind it: a .doc cut off after its first sector. */
const ole2 = (): Buffer => Buffer.concat([OLE2, Buffer.alloc(504)]);

async function zipOf(files: Record<string, string | Buffer>, level = 6): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content, ENTRY);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal valid DOCX with one paragraph per line. */
export function docx(paragraphs: readonly string[]): Promise<Buffer> {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipOf({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': document });
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
);

/** A DOCX that is a scan pasted into Word: one page-sized picture and no text. */
async function scannedDocx(): Promise<Buffer> {
  const ns =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const picture =
    '<w:drawing><wp:inline><wp:extent cx="5400000" cy="7600000"/><wp:docPr id="1" name="scan"/><a:graphic>' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="scan.png"/>' +
    '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdScan"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>' +
    '</wp:inline></w:drawing>';
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES.replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"'),
    '_rels/.rels': RELS,
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdScan" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    'word/media/image1.png': PNG_1X1,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body><w:p><w:r>${picture}</w:r></w:p></w:body></w:document>`,
  });
}

/** A DOCX whose document part is 20 MB of one repeated byte: ~1000:1, what zip bombs use. */
function bombDocx(): Promise<Buffer> {
  return zipOf({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': ' '.repeat(20 * 1024 * 1024) }, 9);
}

export async function makeBadInputs(dir: string): Promise<Map<string, Buffer>> {
  const sample = await readFile(join(packageRoot(), 'samples', 'qinglong-2024.docx'));
  const notice = textPdf('Notice of the annual meeting');
  const files = new Map<string, Buffer>([
    ['empty.pdf', Buffer.alloc(0)],
    ['truncated.docx', sample.subarray(0, Math.floor(sample.length / 2))],
    ['truncated.pdf', notice.subarray(0, 120)],
    ['encrypted.pdf', encryptedPdf()],
    ['scanned.pdf', scannedPdf()],
    ['scanned.docx', await scannedDocx()],
    ['notice.docx', await docx(['关于召开年度工作会议的通知', '各科室：定于三月五日上午九时在三楼会议室召开年度工作会议。'])],
    ['notice.pdf', notice],
    ['legacy.doc', ole2()],
    ['legacy.xls', ole2()],
    ['legacy.wps', ole2()],
    ['download-error.pdf', Buffer.from('<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>404</body></html>\n')],
    ['bomb.docx', await bombDocx()],
    ['too-large.pdf', textPdf('A large but valid file', TEST_MAX_FILE_SIZE + 4096)],
  ]);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of files) await writeFile(join(dir, name), bytes);
  return files;
}

// run as a script, not when a test imports the builders
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = join(packageRoot(), 'test', 'fixtures', 'bad');
  for (const [name, bytes] of await makeBadInputs(dir)) {
    console.log(`${name.padEnd(20)} ${String(bytes.length).padStart(7)} bytes  ${BAD_INPUTS[name]?.code}: ${BAD_INPUTS[name]?.what}`);
  }
}
