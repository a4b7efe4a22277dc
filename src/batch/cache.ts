// Per-input results on disk, keyed by content: a re-run skips every input whose bytes,
// name, metadata and pipeline are unchanged, and a run killed at any moment loses only
// the inputs still in flight. Each entry is written atomically as its input finishes, and
// the output folder is assembled from the entries alone, so a resumed run writes the same
// bytes as an uninterrupted one.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { InputMeta } from '../input/metadata.js';
import type { ErrorCode } from '../schema/records.js';
import { writeFileAtomic } from '../sink/atomic-write.js';
import type { RenderedEntry } from '../sink/render.js';

/**
 * Codes worth another try on the next run, so never served from the cache: a time limit,
 * a crash or a bug may not repeat, and an unreadable file may become readable.
 */
export const RETRY_CODES: ReadonlySet<ErrorCode> = new Set(['TIMEOUT', 'INTERNAL_ERROR', 'READ_FAILED']);

interface StoredEntry {
  key: string;
  entry: RenderedEntry;
}

export interface CacheKeyParts {
  doc_id: string;
  /** file names feed metadata (the year), so the same bytes under another name are another entry. */
  source: string;
  meta?: InputMeta;
}

/** One input's identity under a pipeline: the cache key, and a queue's job id. */
export function entryKey(fingerprint: string, parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(JSON.stringify([fingerprint, parts.doc_id, parts.source, parts.meta ?? null]))
    .digest('hex');
}

export class ResultCache {
  /** entry files read or written by this run, for prune(). */
  private readonly used = new Set<string>();

  /**
   * @param dir the cache folder
   * @param fingerprint the pipeline's identity (code, versions, settings): see fingerprint.ts
   */
  constructor(
    readonly dir: string,
    private readonly fingerprint: string,
  ) {}

  key(parts: CacheKeyParts): string {
    return entryKey(this.fingerprint, parts);
  }

  /** The cached entry, or null when there is none (or it is unreadable, or worth retrying). */
  async get(doc_id: string, key: string): Promise<RenderedEntry | null> {
    const path = this.entryPath(doc_id, key);
    let stored: StoredEntry;
    try {
      stored = JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as StoredEntry;
    } catch {
      return null; // missing, or damaged by something other than us: process again
    }
    if (stored.key !== key || !isFinal(stored.entry)) return null;
    this.used.add(path);
    return stored.entry;
  }

  /** Stores an entry atomically; returns its path. Entries worth retrying are stored too: the run assembles its output from them. */
  async put(doc_id: string, key: string, entry: RenderedEntry): Promise<string> {
    const path = this.entryPath(doc_id, key);
    await mkdir(join(path, '..'), { recursive: true });
    const stored: StoredEntry = { key, entry };
    await writeFileAtomic(path, gzipSync(JSON.stringify(stored), { level: 1 }));
    this.used.add(path);
    return path;
  }

  /** Reads back an entry this run stored or found. */
  async load(path: string): Promise<RenderedEntry> {
    return (JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as StoredEntry).entry;
  }

  /**
   * Removes every entry this run did not use, and temp files of killed runs. Only for a
   * cache that belongs to one output folder: entries of other inputs would go too.
   */
  async prune(): Promise<number> {
    let removed = 0;
    for (const shard of await readdir(this.dir).catch(() => [] as string[])) {
      const shardDir = join(this.dir, shard);
      const names = await readdir(shardDir).catch(() => [] as string[]);
      for (const name of names) {
        const path = join(shardDir, name);
        if (this.used.has(path)) continue;
        await rm(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  // <dir>/<first two hex digits of doc_id>/<doc_id>-<key prefix>.json.gz: shards keep
  // folders small at county scale; the doc_id in the name helps finding a document's entries
  entryPath(doc_id: string, key: string): string {
    return join(this.dir, doc_id.slice(0, 2), `${doc_id}-${key.slice(0, 16)}.json.gz`);
  }
}

function isFinal(entry: RenderedEntry): boolean {
  return !entry.errors.some((error) => RETRY_CODES.has(error.code));
}
