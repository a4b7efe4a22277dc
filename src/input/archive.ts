// A zip or RAR of documents (portals publish a disclosure's 情况说明 and 报表 as one .zip or
// .rar) is read as the documents inside it. Office files, OpenDocument and OFD are zips too:
// they are documents. The archive's directory is checked against the zip-bomb limits before
// anything is unpacked.
import { buffer } from 'node:stream/consumers';
import { createExtractorFromData } from 'node-unrar-js';
import yauzl from 'yauzl';
import { IngestError } from '../pipeline/errors.js';
import { decodeGuessing } from '../util/decode-text.js';
import { isJunkName } from './collect.js';
import { OFD_ROOT, RAR_MAGIC, startsWith, ZIP_LOCAL_HEADER } from './signatures.js';
import { bombReason, listZip, type ZipLimits } from './sniff.js';

export interface ArchiveEntry {
  /** the entry's path inside the archive, '/'-separated, without empty, '.' or '..' parts. */
  name: string;
  bytes: Uint8Array;
}

export type Archive =
  | { kind: 'archive'; entries: ArchiveEntry[] }
  | { kind: 'document' }
  | { kind: 'error'; error: IngestError };

/**
 * What a file is as a container: an archive of documents (its entries, read), a document
 * (anything else, an Office zip included), or an archive refused (a bomb, damaged entries).
 * A zip whose directory cannot be read is a document here: the reader reports it.
 */
export async function openArchive(bytes: Uint8Array, limits: ZipLimits): Promise<Archive> {
  if (startsWith(bytes, RAR_MAGIC)) return openRar(bytes, limits);
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return { kind: 'document' };
  let listed: Awaited<ReturnType<typeof listZip>>;
  try {
    listed = await listZip(bytes, limits);
  } catch {
    return { kind: 'document' };
  }
  if (typeof listed === 'string') return { kind: 'error', error: new IngestError('ZIP_BOMB', 'detect', listed) };
  // Office, OpenDocument and OFD files are zips of their parts
  if (listed.names.has('[content_types].xml') || listed.names.has('mimetype') || listed.names.has(OFD_ROOT)) return { kind: 'document' };
  try {
    return { kind: 'archive', entries: await readZipEntries(bytes) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      kind: 'error',
      error: new IngestError('CORRUPT_ZIP', 'read', `zip archive whose entries cannot be unpacked (${reason}): download it again, or extract it by hand`),
    };
  }
}

// RAR 4 and 5 through unrar compiled to WebAssembly (node-unrar-js): sizes from the file
// headers first, then the entries unpacked in memory.
async function openRar(bytes: Uint8Array, limits: ZipLimits): Promise<Archive> {
  const refused = (code: IngestError['code'], message: string): Archive => ({ kind: 'error', error: new IngestError(code, 'read', message) });
  try {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const extractor = await createExtractorFromData({ data });
    const list = extractor.getFileList();
    if (list.arcHeader.flags.volume) {
      return refused('UNSUPPORTED_FORMAT', 'one volume of a multi-volume RAR archive: put all its parts in one folder, extract them with unrar or 7-Zip and pass the extracted files');
    }
    const headers = [...list.fileHeaders].filter((h) => !h.flags.directory);
    const bomb = bombReason(
      headers.length,
      headers.map((h) => ({ name: h.name, packed: h.packSize, unpacked: h.unpSize })),
      limits,
      'RAR archive',
    );
    if (bomb) return refused('ZIP_BOMB', bomb);
    if (headers.some((h) => h.flags.encrypted)) {
      return refused('ENCRYPTED_DOCUMENT', 'password-protected RAR archive: extract it with its password and pass the extracted files');
    }
    const entries: ArchiveEntry[] = [];
    for (const file of extractor.extract().files) {
      const name = cleanName(file.fileHeader.name);
      if (!file.fileHeader.flags.directory && name && file.extraction) entries.push({ name, bytes: file.extraction });
    }
    return { kind: 'archive', entries };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (/password/i.test(reason)) return refused('ENCRYPTED_DOCUMENT', 'password-protected RAR archive: extract it with its password and pass the extracted files');
    return refused('CORRUPT_ZIP', `RAR archive that cannot be unpacked (${reason}): it is probably truncated or damaged; download it again`);
  }
}

/** An entry's path, '/'-separated, without empty, '.' or '..' parts; null for OS junk (__MACOSX, Thumbs.db, …). */
function cleanName(raw: string): string | null {
  const parts = raw.split(/[/\\]+/).filter((part) => part !== '' && part !== '.' && part !== '..');
  return parts.length === 0 || parts.some(isJunkName) ? null : parts.join('/');
}

/** Every file entry of a zip with its path parts cleaned; folders, __MACOSX and OS junk are left out. */
async function readZipEntries(bytes: Uint8Array): Promise<ArchiveEntry[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    decodeStrings: false,
    validateEntrySizes: true,
  });
  const out: ArchiveEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = entryNameOf(entry.fileNameRaw, entry.generalPurposeBitFlag);
      const name = cleanName(raw);
      if (raw.endsWith('/') || raw.endsWith('\\') || !name) continue; // a folder, or junk
      const data = await buffer(await zip.openReadStreamPromise(entry));
      out.push({ name, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    }
  } finally {
    zip.close();
  }
  return out;
}

// zips made on Chinese Windows store GBK names without the UTF-8 flag (bit 11)
function entryNameOf(raw: Buffer, flags: number): string {
  return flags & 0x800 ? raw.toString('utf8') : decodeGuessing(raw);
}
