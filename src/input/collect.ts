// Turns the paths given to a run into a deterministic list of input files. Folders are
// walked recursively; the result is sorted so the same tree always yields the same order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '../sink/compare.js';
import type { InputMeta } from './metadata.js';

export interface InputFile {
  /** where to read the bytes. */
  path: string;
  /** the path as given to the run (a folder argument joined with the file's relative path). */
  source: string;
  /** metadata given with the path (a manifest row), for every file found under it. */
  meta?: InputMeta;
}

/** A path to read, with the metadata its files inherit. */
export interface InputTarget {
  path: string;
  meta?: InputMeta;
}

export interface MissingInput {
  source: string;
  message: string;
}

export interface CollectedInputs {
  inputs: InputFile[];
  /** paths that do not exist or cannot be read; reported, never thrown. */
  missing: MissingInput[];
}

// Files that operating systems and Office leave next to documents.
const JUNK_NAMES = new Set(['thumbs.db', 'desktop.ini', '__macosx']);

/** Hidden entries, OS junk and Office lock files (~$name.docx) are skipped inside folders. */
export function isJunkName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || JUNK_NAMES.has(name.toLowerCase());
}

export interface CollectOptions {
  /** folders never walked into, e.g. the run's output folder when it lies inside an input folder. */
  exclude?: readonly string[];
}

/**
 * Files under the given paths, each once: a file reached twice keeps the first target's
 * metadata, so give targets with metadata (manifest rows) first.
 */
export async function collectInputs(
  paths: readonly (string | InputTarget)[],
  options: CollectOptions = {},
): Promise<CollectedInputs> {
  const found: InputFile[] = [];
  const missing: MissingInput[] = [];
  const seenFiles = new Set<string>();
  // excluded folders count as already walked
  const seenDirs = new Set<string>(await existingRealpaths(options.exclude ?? []));

  const addFile = async (path: string, source: string, meta: InputMeta | undefined): Promise<void> => {
    const real = await realpath(path);
    // the same file reached twice (repeated argument, folder and file, symlink) is read once
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push({ path, source, ...(meta ? { meta } : {}) });
  };

  const walk = async (dir: string, source: string, meta: InputMeta | undefined): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return; // symlink loops, folders given twice
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (isJunkName(entry.name)) continue;
      const path = join(dir, entry.name);
      const childSource = join(source, entry.name);
      try {
        const info = await stat(path); // follows symlinks
        if (info.isDirectory()) await walk(path, childSource, meta);
        else if (info.isFile()) await addFile(path, childSource, meta);
      } catch (err) {
        missing.push({ source: childSource, message: describeFsError(err) });
      }
    }
  };

  for (const target of paths) {
    const { path: given, meta } = typeof target === 'string' ? { path: target, meta: undefined } : target;
    try {
      const info = await stat(given);
      if (info.isDirectory()) await walk(given, given, meta);
      else if (info.isFile()) await addFile(given, given, meta);
      else missing.push({ source: given, message: 'not a regular file or folder: pass a file or a folder' });
    } catch (err) {
      missing.push({ source: given, message: describeFsError(err) });
    }
  }

  found.sort((a, b) => compareStrings(a.source, b.source));
  missing.sort((a, b) => compareStrings(a.source, b.source));
  return { inputs: found, missing };
}

async function existingRealpaths(paths: readonly string[]): Promise<string[]> {
  const reals = await Promise.all(paths.map((p) => realpath(p).catch(() => null)));
  return reals.filter((p): p is string => p !== null);
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder: check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: make the file readable and re-run';
    case 'ELOOP':
      return 'symbolic link loop: point the run at the real file';
    default:
      return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
  }
}
