// Decides the format from the bytes, never from the file name: portals serve .doc files
// named .docx, HTML error pages named .pdf, and zips of attachments. The name is used only
// to word the message for the user.
import { extname } from 'node:path';
import yauzl from 'yauzl';
import { IngestError } from '../pipeline/errors.js';
import { DEFAULT_LIMITS, formatBytes, ZIP_RATIO_MIN_BYTES } from './limits.js';
import type { InputLimits } from './limits.js';
import {
  OLE2_MAGIC,
  OTHER_SIGNATURES,
  PDF_HEADER,
  PDF_HEADER_SEARCH,
  ZIP_EMPTY,
  ZIP_LOCAL_HEADER,
  occursWithin,
  startsWith,
} from './signatures.js';

export type SniffResult = { kind: 'pdf' } | { kind: 'docx' } | { kind: 'error'; error: IngestError };

const WPS_EXTENSIONS = new Set(['.wps', '.et', '.dps']);

export type ZipLimits = Pick<InputLimits, 'zipMaxEntries' | 'zipMaxInflatedBytes' | 'zipMaxRatio'>;

export async function sniffFormat(bytes: Uint8Array, name = '', limits: ZipLimits = DEFAULT_LIMITS): Promise<SniffResult> {
  if (bytes.length === 0) {
    return fail('EMPTY_FILE', 'the file is empty (0 bytes): the download probably failed; download it again');
  }
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes, limits);
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, OLE2_MAGIC)) return fail('UNSUPPORTED_FORMAT', ole2Message(bytes, ext));
  if (occursWithin(bytes, PDF_HEADER, PDF_HEADER_SEARCH)) return { kind: 'pdf' };
  if (WPS_EXTENSIONS.has(ext)) return fail('UNSUPPORTED_FORMAT', WPS_MESSAGE);
  if (looksLikeHtml(bytes)) {
    const named = ext ? ` (although it is named ${ext})` : '';
    return fail(
      'UNSUPPORTED_FORMAT',
      `this is an HTML page, not a document${named}: probably a download error (the portal sent an error, login or redirect page); download the document again from the portal`,
    );
  }
  const known = OTHER_SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (known) return fail('UNSUPPORTED_FORMAT', `this is ${known.what}, not a PDF or .docx: ${known.advice}`);
  return fail(
    'UNSUPPORTED_FORMAT',
    'unrecognised file format: only PDF and Word .docx files are supported; check that this is a budget disclosure and save it as PDF or .docx',
  );
}

const WPS_MESSAGE =
  'WPS Office file (.wps/.et/.dps): not supported yet; open it in WPS Office, save it as .docx or PDF and re-run';

function fail(code: IngestError['code'], message: string): SniffResult {
  return { kind: 'error', error: new IngestError(code, 'detect', message) };
}

function ole2Message(bytes: Uint8Array, ext: string): string {
  // Password-protected .docx/.xlsx are OLE2 containers holding an "EncryptedPackage" stream;
  // stream names are stored as UTF-16LE in the container's directory.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    return 'password-protected Office file: not supported; open it, remove the password, save it as .docx or PDF and re-run';
  }
  // Kingsoft's .wps is built on the Word 97-2003 binary format, so only the name tells them apart.
  if (WPS_EXTENSIONS.has(ext)) return WPS_MESSAGE;
  return 'legacy Word/Excel 97-2003 file: not supported yet; save it as .docx/.xlsx or PDF and re-run';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(1024, bytes.byteLength))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '') // UTF-8 byte order mark
    .trimStart()
    .toLowerCase();
  return /^<(!doctype html|html|head|body|meta|title|script)\b/.test(head) || (head.startsWith('<') && head.includes('<html'));
}

// What a zip holds decides what it is: the entries are read from its central directory
// without inflating anything, which is also where a zip bomb shows (sizes, entry count).
async function sniffZip(bytes: Uint8Array, limits: ZipLimits): Promise<SniffResult> {
  let names: Set<string>;
  try {
    const listing = await listZip(bytes, limits);
    if (typeof listing === 'string') return fail('ZIP_BOMB', listing);
    names = listing;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail(
      'CORRUPT_ZIP',
      `the file is a zip container (as .docx files are) but it cannot be read (${reason}): it is probably truncated or damaged; download it again`,
    );
  }
  // OOXML part names are case-insensitive
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('xl/workbook.xml')) {
    return fail('UNSUPPORTED_FORMAT', 'Excel workbook (.xlsx): not supported yet; save it as PDF and re-run');
  }
  if (names.has('ppt/presentation.xml')) {
    return fail('UNSUPPORTED_FORMAT', 'PowerPoint presentation (.pptx): not supported; save it as PDF and re-run');
  }
  if (names.has('mimetype') && names.has('content.xml')) {
    return fail('UNSUPPORTED_FORMAT', 'OpenDocument file (.odt/.ods): not supported yet; save it as .docx or PDF and re-run');
  }
  if (names.has('[content_types].xml')) {
    return fail('UNSUPPORTED_FORMAT', 'Office Open XML file without a Word document part (word/document.xml): save it as .docx or PDF and re-run');
  }
  return fail(
    'UNSUPPORTED_FORMAT',
    'zip archive, not a .docx: extract it and pass the extracted folder (PDF and .docx files inside are read)',
  );
}

const bombAdvice = (option: string): string =>
  `it looks like a zip bomb (or a damaged file) and was not opened; if it is a genuine document, re-run with a larger ${option}`;

/** The entry names, or why the zip is refused as a bomb. */
export async function listZip(bytes: Uint8Array, limits: ZipLimits): Promise<Set<string> | string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    // the count comes from the end record, so a zip of a million entries is refused before any is listed
    if (zip.entryCount > limits.zipMaxEntries) {
      return `the zip has ${zip.entryCount} entries, more than the limit of ${limits.zipMaxEntries}: ${bombAdvice('--zip-max-entries')}`;
    }
    const names = new Set<string>();
    let inflated = 0;
    for await (const entry of zip.eachEntry()) {
      names.add(entry.fileName.toLowerCase());
      inflated += entry.uncompressedSize;
      if (inflated > limits.zipMaxInflatedBytes) {
        return `the zip would inflate to more than ${formatBytes(limits.zipMaxInflatedBytes)} (the limit): ${bombAdvice('--zip-max-size')}`;
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > ZIP_RATIO_MIN_BYTES && ratio > limits.zipMaxRatio) {
        return (
          `the zip entry ${entry.fileName} inflates ${Math.round(ratio)} times (${formatBytes(entry.compressedSize)} → ` +
          `${formatBytes(entry.uncompressedSize)}), more than the limit of ${limits.zipMaxRatio}: ${bombAdvice('--zip-max-ratio')}`
        );
      }
    }
    return names;
  } finally {
    zip.close();
  }
}
