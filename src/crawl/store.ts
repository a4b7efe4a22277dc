// Downloads on disk: <out>/<portal>/<sha256 prefix>-<sanitized original name>, so a name is
// stable across runs and the same bytes get the same name. A zip or RAR of documents is
// unpacked into a folder of the same kind of name, within the zip-bomb limits ingest applies;
// an Office file (a zip inside) is kept as it is; an archive refused by the limits or
// damaged is kept whole, with a note, so ingest reports it by code.
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { openArchive, type ArchiveEntry } from '../input/archive.js';
import { DEFAULT_LIMITS } from '../input/limits.js';
import type { ZipLimits } from '../input/sniff.js';
import { removeStaleTempFiles, writeFileAtomic } from '../sink/atomic-write.js';
import { extensionOf } from './links.js';
import { sha256 } from './state.js';
import type { StoredFile } from './state.js';

const MAX_NAME_CHARS = 80;

/** A name safe on every file system: no separators, controls or reserved characters; short; extension kept. */
export function sanitizeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const ext = extensionOf(cleaned);
  const stem = ext ? cleaned.slice(0, -(ext.length + 1)) : cleaned;
  const short = [...stem].slice(0, MAX_NAME_CHARS).join('') || 'file';
  return ext ? `${short}.${ext}` : short;
}

export interface Stored {
  files: StoredFile[];
  note?: string;
}

/** Writes a download (and a zip's entries) under <out>/<portal>/; writing the same bytes again changes nothing. */
export async function storeDownload(outDir: string, portal: string, name: string, bytes: Buffer, limits: ZipLimits = DEFAULT_LIMITS): Promise<Stored> {
  const sha = sha256(bytes);
  const base = `${sha.slice(0, 12)}-${sanitizeName(name)}`;
  const whole = async (note?: string): Promise<Stored> => {
    const path = posix.join(portal, base);
    await writeOnce(join(outDir, path), bytes);
    return { files: [{ path, sha256: sha }], ...(note ? { note } : {}) };
  };
  const archive = await openArchive(bytes, limits);
  // an Office file or OpenDocument is a zip too: it is the document
  if (archive.kind === 'document') return whole();
  if (archive.kind === 'error') return whole(`archive not unpacked: ${archive.error.message}; kept as downloaded`);
  return { files: await unpack(outDir, posix.join(portal, base.replace(/\.(zip|rar)$/i, '')), archive.entries) };
}

async function unpack(outDir: string, folder: string, entries: readonly ArchiveEntry[]): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  for (const entry of entries) {
    const path = posix.join(folder, ...entry.name.split('/').map(sanitizeName));
    await writeOnce(join(outDir, path), entry.bytes);
    files.push({ path, sha256: sha256(entry.bytes), entry: entry.name });
  }
  return files;
}

async function writeOnce(path: string, data: Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isFile() && existing.size === data.byteLength) return; // content-named: the same bytes
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, data);
}

/** Removes the temp files a killed run left in a portal's folder and its unpacked zips. */
export async function removeStaleDownloads(portalDir: string): Promise<void> {
  await removeStaleTempFiles(portalDir);
  const entries = await readdir(portalDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isDirectory()) await removeStaleTempFiles(join(entry.parentPath, entry.name));
}

/** Whether every stored file of a record is still on disk (someone may have deleted downloads). */
export async function allPresent(outDir: string, files: readonly StoredFile[]): Promise<boolean> {
  const present = await Promise.all(files.map((f) => stat(join(outDir, f.path)).then((s) => s.isFile(), () => false)));
  return present.every(Boolean);
}
