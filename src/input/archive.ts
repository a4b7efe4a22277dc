// A zip of documents (portals publish a disclosure's 情况说明 and 报表 as one .zip) is read as
// the documents inside it. Office files and OpenDocument are zips too: they are documents.
// The central directory is checked against the zip-bomb limits before anything is inflated.
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { IngestError } from '../pipeline/errors.js';
import { decodeGuessing } from '../util/decode-text.js';
import { isJunkName } from './collect.js';
import { startsWith, ZIP_LOCAL_HEADER } from './signatures.js';
import { listZip, type ZipLimits } from './sniff.js';

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
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return { kind: 'document' };
  let listed: Awaited<ReturnType<typeof listZip>>;
  try {
    listed = await listZip(bytes, limits);
  } catch {
    return { kind: 'document' };
  }
  if (typeof listed === 'string') return { kind: 'error', error: new IngestError('ZIP_BOMB', 'detect', listed) };
  if (listed.names.has('[content_types].xml') || listed.names.has('mimetype')) return { kind: 'document' };
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

/** Every file entry of a zip with its path parts cleaned; folders, __MACOSX and OS junk are left out. */
export async function readZipEntries(bytes: Uint8Array): Promise<ArchiveEntry[]> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    decodeStrings: false,
    validateEntrySizes: true,
  });
  const out: ArchiveEntry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = entryNameOf(entry.fileNameRaw, entry.generalPurposeBitFlag);
      if (raw.endsWith('/') || raw.endsWith('\\')) continue; // a folder
      const parts = raw.split(/[/\\]+/).filter((part) => part !== '' && part !== '.' && part !== '..');
      if (parts.length === 0 || parts.some(isJunkName)) continue;
      const data = await buffer(await zip.openReadStreamPromise(entry));
      out.push({ name: parts.join('/'), bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
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
