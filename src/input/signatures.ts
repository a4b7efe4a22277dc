// Magic numbers of formats users hand us by mistake, so the error can say what the file
// is and what to do with it. Kept as data: add a row when a portal ships something new.

export interface Signature {
  magic: readonly number[];
  /** what the file is, as told to the user. */
  what: string;
  /** what the user can do. */
  advice: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** RAR 4 and RAR 5 ("Rar!\x1a\x07"). */
export const RAR_MAGIC = ascii('Rar!\x1a\x07');

export const OTHER_SIGNATURES: readonly Signature[] = [
  // ingest opens RAR archives it is given (archive.ts); a queue job or a lone document does not
  { magic: RAR_MAGIC, what: 'a RAR archive', advice: 'give it to ingest, which reads the documents inside it, or extract it and pass the extracted files' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive', advice: 'extract it and pass the extracted folder' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive', advice: 'extract it and pass the extracted files' },
  // (PNG and JPEG pictures are read, by OCR: sniff.ts)
  { magic: ascii('II*\0'), what: 'a TIFF image', advice: 'convert it to PDF (tiff2pdf, or print it to PDF) and re-run: the PDF is read by OCR' },
  { magic: ascii('MM\0*'), what: 'a TIFF image', advice: 'convert it to PDF (tiff2pdf, or print it to PDF) and re-run: the PDF is read by OCR' },
  { magic: ascii('GIF8'), what: 'a GIF image', advice: 'save it as PNG or PDF and re-run: pictures are read by OCR' },
  { magic: ascii('BM'), what: 'a BMP image', advice: 'save it as PNG or PDF and re-run: pictures are read by OCR' },
];

export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
export const ZIP_LOCAL_HEADER = ascii('PK\x03\x04');
/** An OFD file is a zip whose root holds OFD.xml (zip entry names are listed lower case). */
export const OFD_ROOT = 'ofd.xml';
/** an empty zip is only an end-of-central-directory record. */
export const ZIP_EMPTY = ascii('PK\x05\x06');
export const PDF_HEADER = ascii('%PDF-');
export const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const JPEG_MAGIC = [0xff, 0xd8, 0xff];
export const RTF_MAGIC = ascii('{\\rtf');
/** pdf.js accepts a PDF whose header comes after up to this many junk bytes. */
export const PDF_HEADER_SEARCH = 1024;

export function startsWith(data: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (data.length < at + magic.length) return false;
  return magic.every((b, i) => data[at + i] === b);
}

/** Whether the needle lies wholly inside the first `limit` bytes. */
export function occursWithin(data: Uint8Array, needle: readonly number[], limit: number): boolean {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(limit, data.byteLength));
  return head.indexOf(Uint8Array.from(needle)) !== -1;
}
