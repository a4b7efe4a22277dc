// OLE2 compound files (Word 97, Excel 97, WPS Office, password-protected OOXML) told apart
// by the streams their directory lists, read with SheetJS's CFB parser. The stream names
// are data: add a row when a producer ships another container.
import { IngestError } from '../pipeline/errors.js';
import type { DocumentFormat } from '../schema/records.js';

type OleKind = 'word' | 'workbook' | 'encrypted-ooxml';

/** A stream whose presence says what the container holds, first match wins. */
const STREAMS: ReadonlyArray<{ name: RegExp; kind: OleKind }> = [
  { name: /^EncryptedPackage$/i, kind: 'encrypted-ooxml' }, // a .docx/.xlsx saved with a password
  { name: /^WordDocument$/i, kind: 'word' }, // Word 97-2003, and WPS Office's .wps (the same binary format)
  { name: /^(Workbook|Book)$/i, kind: 'workbook' }, // BIFF8 (Excel 97+, WPS Office .et) and BIFF5 (Excel 5/95)
];

/** Word 97 FIB flags (offset 0x0A of the WordDocument stream): fEncrypted (password to open). */
const FIB_FLAGS = 0x0a;
const F_ENCRYPTED = 0x0100;

interface CfbEntry {
  name: string;
  type: number;
  content?: Uint8Array | number[];
}

export async function sniffOle2(bytes: Uint8Array, ext: string): Promise<DocumentFormat> {
  const entries = await directory(bytes);
  const match = STREAMS.map((s) => ({ ...s, entry: entries.find((e) => e.type === 2 && s.name.test(e.name)) })).find((s) => s.entry);
  if (!match?.entry) {
    throw new IngestError(
      'UNSUPPORTED_FORMAT',
      'detect',
      `an OLE2 (Office 97-2003) file holding neither a Word document nor a workbook (streams: ${entries
        .filter((e) => e.type === 2)
        .map((e) => e.name.replace(/[\x00-\x1f]/g, ''))
        .slice(0, 8)
        .join(', ')}): save it as .docx, .xlsx or PDF and re-run`,
    );
  }
  if (match.kind === 'encrypted-ooxml') throw encrypted('Office file');
  if (match.kind === 'workbook') return ext === '.et' ? 'et' : 'xls';
  const stream = match.entry.content ?? [];
  if (stream.length < FIB_FLAGS + 2) throw corrupt('its WordDocument stream is cut short');
  if (((stream[FIB_FLAGS] ?? 0) | ((stream[FIB_FLAGS + 1] ?? 0) << 8)) & F_ENCRYPTED) throw encrypted('Word document');
  return ext === '.wps' ? 'wps' : 'doc';
}

async function directory(bytes: Uint8Array): Promise<CfbEntry[]> {
  const { CFB } = await import('@e965/xlsx');
  try {
    const cfb = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }) as { FileIndex: CfbEntry[] };
    return cfb.FileIndex;
  } catch (e) {
    throw corrupt(`its directory cannot be read: ${(e as Error).message}`);
  }
}

export const encrypted = (what: string): IngestError =>
  new IngestError(
    'ENCRYPTED_DOCUMENT',
    'detect',
    `password-protected ${what}: it cannot be read without the password; open it, remove the password (save without one) and re-run`,
  );

const corrupt = (why: string): IngestError =>
  new IngestError(
    'CORRUPT_DOCUMENT',
    'detect',
    `the file is an Office 97-2003 (OLE2) container but it is damaged (${why}): it is probably truncated; download it again, or open and re-save it in WPS Office or Word`,
  );
