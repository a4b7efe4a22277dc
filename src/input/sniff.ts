// Decides the format from the bytes, never from the file name: portals serve .doc files
// named .docx, HTML error pages named .pdf, and zips of attachments. The name is used only
// to word the message for the user.
import { extname } from 'node:path';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { IngestError } from '../pipeline/errors.js';
import type { DocumentFormat } from '../schema/records.js';
import { DEFAULT_LIMITS, formatBytes, ZIP_RATIO_MIN_BYTES } from './limits.js';
import type { InputLimits } from './limits.js';
import {
  OFD_ROOT,
  OLE2_MAGIC,
  OTHER_SIGNATURES,
  JPEG_MAGIC,
  PDF_HEADER,
  PDF_HEADER_SEARCH,
  PNG_MAGIC,
  RTF_MAGIC,
  ZIP_EMPTY,
  ZIP_LOCAL_HEADER,
  occursWithin,
  startsWith,
} from './signatures.js';
import { isDelimitedText } from './delimited.js';
import { sniffOle2 } from './ole2.js';
import { statesAmounts } from '../util/states-amounts.js';
import { zipFormat } from './zip-content-types.js';

export type SniffResult = { kind: DocumentFormat } | { kind: 'error'; error: IngestError };

const WPS_EXTENSIONS = new Set(['.wps', '.et', '.dps']);

export type ZipLimits = Pick<InputLimits, 'zipMaxEntries' | 'zipMaxInflatedBytes' | 'zipMaxRatio'>;

export async function sniffFormat(bytes: Uint8Array, name = '', limits: ZipLimits = DEFAULT_LIMITS): Promise<SniffResult> {
  if (bytes.length === 0) {
    return fail('EMPTY_FILE', 'the file is empty (0 bytes): the download probably failed; download it again');
  }
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes, ext, limits);
  if (startsWith(bytes, OLE2_MAGIC)) {
    try {
      return { kind: await sniffOle2(bytes, ext) };
    } catch (e) {
      if (e instanceof IngestError) return { kind: 'error', error: e };
      throw e;
    }
  }
  if (occursWithin(bytes, PDF_HEADER, PDF_HEADER_SEARCH)) return { kind: 'pdf' };
  // a scanned page published as a picture: read by OCR
  if (startsWith(bytes, PNG_MAGIC)) return { kind: 'png' };
  if (startsWith(bytes, JPEG_MAGIC)) return { kind: 'jpeg' };
  // converted to DOCX by LibreOffice, as .doc is
  if (startsWith(bytes, RTF_MAGIC)) return { kind: 'rtf' };
  const text = textFormat(bytes);
  if (text) return { kind: text };
  if (WPS_EXTENSIONS.has(ext)) return fail('UNSUPPORTED_FORMAT', WPS_MESSAGE);
  if (looksLikeHtml(bytes)) {
    // a page printing tables (a disclosure published as a web page, or tables a system saved as
    // HTML under an Office name), or an article stating amounts (a 说明 published as the portal's
    // article, its tables attached): read; an error, login or listing page states no amount
    if (holdsTable(bytes) || statesAmounts(bytes)) return { kind: 'html' };
    const named = ext ? ` (although it is named ${ext})` : '';
    return fail(
      'UNSUPPORTED_FORMAT',
      `this is an HTML page, not a document${named}: probably a download error (the portal sent an error, login or redirect page); download the document again from the portal`,
    );
  }
  const known = OTHER_SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (known) return fail('UNSUPPORTED_FORMAT', `this is ${known.what}, not a PDF or .docx: ${known.advice}`);
  // tab- or comma-separated text: read as a one-sheet workbook
  if (isDelimitedText(bytes)) return { kind: 'csv' };
  return fail(
    'UNSUPPORTED_FORMAT',
    'unrecognised file format: PDF, Word (.docx, .doc, .rtf), WPS (.wps, .et), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), HTML pages with tables, tab- or comma-separated text and scanned pages as PNG or JPEG are read; check that this is a budget disclosure and save it as PDF or .docx',
  );
}

// WPS Office's own pre-2005 formats (not OLE2, not zip): LibreOffice cannot read them either
const WPS_MESSAGE =
  'WPS Office file in its old native format (neither Word 97 nor Office Open XML inside): not supported; open it in WPS Office, save it as .docx or PDF and re-run';

function fail(code: IngestError['code'], message: string): SniffResult {
  return { kind: 'error', error: new IngestError(code, 'detect', message) };
}

// Text formats Office and document systems write under .doc/.xls names: a page saved as one
// MIME file (MHTML), Word's and Excel's 2003 XML. Told from the first bytes.
const TEXT_FORMATS: readonly { format: DocumentFormat; head: RegExp }[] = [
  { format: 'mhtml', head: /^(?:[\w-]+:[^\n]*\n)*?MIME-Version:[^\n]*\n(?:[^\n]*\n)*?Content-Type:\s*multipart\/related/i },
  { format: 'wordml', head: /^<\?xml[^>]*>\s*(?:<\?mso-application\s+progid="Word\.Document"\?>|[\s\S]*?<w:wordDocument\b)/i },
  { format: 'spreadsheetml', head: /^<\?xml[^>]*>\s*(?:<\?mso-application\s+progid="Excel\.Sheet"\?>|[\s\S]*?<(?:ss:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet)/i },
];

function textFormat(bytes: Uint8Array): DocumentFormat | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(2048, bytes.byteLength))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '') // UTF-8 byte order mark
    .replace(/\r\n/g, '\n')
    .trimStart();
  return TEXT_FORMATS.find((f) => f.head.test(head))?.format ?? null;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(1024, bytes.byteLength))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '') // UTF-8 byte order mark
    .trimStart()
    .toLowerCase();
  return /^<(!doctype html|html|head|body|meta|title|script|table)\b/.test(head) || (head.startsWith('<') && head.includes('<html'));
}

const holdsTable = (bytes: Uint8Array): boolean => /<table[\s>]/i.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));

// What a zip holds decides what it is: the entries are read from its central directory
// without inflating anything, which is also where a zip bomb shows (sizes, entry count).
async function sniffZip(bytes: Uint8Array, ext: string, limits: ZipLimits): Promise<SniffResult> {
  let names: Set<string>;
  let contentTypes: string | null;
  let mimetype: string | null;
  try {
    const listing = await listZip(bytes, limits);
    if (typeof listing === 'string') return fail('ZIP_BOMB', listing);
    ({ names, contentTypes, mimetype } = listing);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail(
      'CORRUPT_ZIP',
      `the file is a zip container (as .docx files are) but it cannot be read (${reason}): it is probably truncated or damaged; download it again`,
    );
  }
  const format = zipFormat(contentTypes, names, ext);
  if (format) return { kind: format };
  if (names.has(OFD_ROOT)) {
    return fail(
      'UNSUPPORTED_FORMAT',
      'OFD document (GB/T 33190, the format of China\'s official e-documents): not read; open it in an OFD reader (数科OFD阅读器, 福昕OFD版式办公套件) and save or print it as PDF, then re-run',
    );
  }
  if (names.has('ppt/presentation.xml')) {
    return fail('UNSUPPORTED_FORMAT', 'PowerPoint presentation (.pptx): not supported; save it as PDF and re-run');
  }
  if (names.has('mimetype') && names.has('content.xml')) {
    const odf = openDocumentFormat(mimetype);
    if (odf) return { kind: odf };
    return fail('UNSUPPORTED_FORMAT', 'OpenDocument file that is neither a text document (.odt) nor a spreadsheet (.ods), e.g. a presentation: save it as PDF and re-run');
  }
  if (names.has('[content_types].xml')) {
    return fail('UNSUPPORTED_FORMAT', 'Office Open XML file without a Word document part (word/document.xml): save it as .docx or PDF and re-run');
  }
  return fail(
    'UNSUPPORTED_FORMAT',
    'zip archive, not a document: `ingest` reads the documents inside a zip it is given, but here it came as one document (a queue job): extract it and pass the extracted files',
  );
}

/** odt or ods from an OpenDocument file's mimetype entry; null for other kinds (presentations, drawings). */
function openDocumentFormat(mimetype: string | null): 'odt' | 'ods' | null {
  if (mimetype === 'application/vnd.oasis.opendocument.text') return 'odt';
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  return null;
}

const bombAdvice = (option: string): string =>
  `it looks like a zip bomb (or a damaged file) and was not opened; if it is a genuine document, re-run with a larger ${option}`;

/** A mimetype entry larger than this is not read (real ones are one MIME type). */
const MIMETYPE_MAX_BYTES = 256;
/** A [Content_Types].xml larger than this is not read (real ones are a few KB). */
const CONTENT_TYPES_MAX_BYTES = 256 * 1024;

/** An archive entry's sizes as its directory states them, before anything is unpacked. */
export interface DeclaredEntry {
  name: string;
  packed: number;
  unpacked: number;
}

/** Why an archive's directory says it is a bomb (too many entries, too large, too compressed), or null. */
export function bombReason(count: number, entries: Iterable<DeclaredEntry>, limits: ZipLimits, kind = 'zip'): string | null {
  // the count comes first (from a zip's end record), so an archive of a million entries is refused before any is listed
  if (count > limits.zipMaxEntries) {
    return `the ${kind} has ${count} entries, more than the limit of ${limits.zipMaxEntries}: ${bombAdvice('--zip-max-entries')}`;
  }
  let inflated = 0;
  for (const entry of entries) {
    inflated += entry.unpacked;
    if (inflated > limits.zipMaxInflatedBytes) {
      return `the ${kind} would inflate to more than ${formatBytes(limits.zipMaxInflatedBytes)} (the limit): ${bombAdvice('--zip-max-size')}`;
    }
    const ratio = entry.unpacked / Math.max(1, entry.packed);
    if (entry.unpacked > ZIP_RATIO_MIN_BYTES && ratio > limits.zipMaxRatio) {
      return (
        `the ${kind} entry ${entry.name} inflates ${Math.round(ratio)} times (${formatBytes(entry.packed)} → ` +
        `${formatBytes(entry.unpacked)}), more than the limit of ${limits.zipMaxRatio}: ${bombAdvice('--zip-max-ratio')}`
      );
    }
  }
  return null;
}

/** What a zip's directory and its small type entries say it is. */
export interface ZipListing {
  /** entry names, lower case. */
  names: Set<string>;
  /** Office Open XML's [Content_Types].xml. */
  contentTypes: string | null;
  /** OpenDocument's mimetype entry. */
  mimetype: string | null;
}

/** The listing, or why the zip is refused as a bomb. */
export async function listZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipListing | string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const tooMany = bombReason(zip.entryCount, [], limits);
    if (tooMany) return tooMany;
    const names = new Set<string>();
    const declared: DeclaredEntry[] = [];
    let contentTypes: string | null = null;
    let mimetype: string | null = null;
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName.toLowerCase();
      names.add(name);
      declared.push({ name: entry.fileName, packed: entry.compressedSize, unpacked: entry.uncompressedSize });
      if (name === '[content_types].xml' && entry.uncompressedSize <= CONTENT_TYPES_MAX_BYTES) {
        contentTypes = (await buffer(await zip.openReadStreamPromise(entry))).toString('utf8');
      }
      if (name === 'mimetype' && entry.uncompressedSize <= MIMETYPE_MAX_BYTES) {
        mimetype = (await buffer(await zip.openReadStreamPromise(entry))).toString('latin1').trim();
      }
    }
    return bombReason(0, declared, limits) ?? { names, contentTypes, mimetype };
  } finally {
    zip.close();
  }
}
