// What the crawler knows between runs, under <out>/.crawl-state/: one small JSON file per
// URL (validators, sha256, where the bytes are), written atomically the moment a response
// is stored, and the bodies of pages (content-addressed) so that a page answered 304 can
// still be read for its links. One file per URL keeps every write small and every state a
// `kill -9` can leave consistent: a record exists only after what it points at is on disk.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTempFiles, writeFileAtomic } from '../sink/atomic-write.js';

/** A file as stored under <out>: a download, or one entry of a downloaded zip. */
export interface StoredFile {
  /** relative to <out>, with forward slashes. */
  path: string;
  sha256: string;
  /** the entry's name inside the zip. */
  entry?: string;
}

export interface UrlRecord {
  portal: string;
  url: string;
  /** page: a listing or detail page; file: a document; other: a non-document behind an attachment link. */
  kind: 'page' | 'file' | 'other';
  /** where the last redirect led. */
  final_url: string;
  etag?: string;
  last_modified?: string;
  content_type?: string;
  sha256?: string;
  /** when these bytes were first downloaded (a 304 keeps it). */
  fetched_at: string;
  // files, and pages kept as documents
  name?: string;
  stored?: StoredFile[];
  page_url?: string;
  title?: string;
  /** the attachment link's own text (often the document's name). */
  link_text?: string;
  note?: string;
}

export const STATE_DIR = '.crawl-state';

export class CrawlState {
  private constructor(
    private readonly dir: string,
    private readonly records: Map<string, UrlRecord>,
  ) {
    for (const record of records.values()) this.index(record);
  }

  /** portal + sha256 → the record that stored those bytes first. */
  private readonly bySha = new Map<string, UrlRecord>();

  static async open(outDir: string): Promise<CrawlState> {
    const dir = join(outDir, STATE_DIR);
    await mkdir(join(dir, 'urls'), { recursive: true });
    await mkdir(join(dir, 'pages'), { recursive: true });
    await removeStaleTempFiles(join(dir, 'urls'));
    await removeStaleTempFiles(join(dir, 'pages'));
    const records = new Map<string, UrlRecord>();
    for (const name of await readdir(join(dir, 'urls'))) {
      if (!name.endsWith('.json')) continue;
      try {
        const record = JSON.parse(await readFile(join(dir, 'urls', name), 'utf8')) as UrlRecord;
        records.set(key(record.portal, record.url), record);
      } catch {
        // unreadable (damaged by hand: writes are atomic): forgotten, so the URL is fetched again
      }
    }
    return new CrawlState(dir, records);
  }

  get(portal: string, url: string): UrlRecord | undefined {
    return this.records.get(key(portal, url));
  }

  async put(record: UrlRecord): Promise<void> {
    await writeFileAtomic(join(this.dir, 'urls', `${sha256(key(record.portal, record.url))}.json`), `${JSON.stringify(record, null, 1)}\n`);
    this.records.set(key(record.portal, record.url), record);
    this.index(record);
  }

  private index(record: UrlRecord): void {
    if (record.kind === 'file' && record.sha256 && record.stored && !this.bySha.has(key(record.portal, record.sha256))) {
      this.bySha.set(key(record.portal, record.sha256), record);
    }
  }

  /** One portal's documents stored: files, and pages kept as documents (an article stating the disclosure). */
  files(portal: string): UrlRecord[] {
    return [...this.records.values()].filter((r) => r.portal === portal && (r.kind === 'file' || (r.kind === 'page' && r.stored !== undefined)));
  }

  /** The record of the same bytes at another URL of the portal (the same attachment posted twice). */
  sameBytes(portal: string, sha: string): UrlRecord | undefined {
    const record = this.bySha.get(key(portal, sha));
    return record?.sha256 === sha ? record : undefined; // a file changed since
  }

  async putPage(bytes: Uint8Array): Promise<string> {
    const sha = sha256(bytes);
    await writeFileAtomic(join(this.dir, 'pages', sha), bytes);
    return sha;
  }

  /** Deletes the bodies no page record points at any more (pages change every night). */
  async prunePages(): Promise<void> {
    const kept = new Set([...this.records.values()].filter((r) => r.kind === 'page').map((r) => r.sha256));
    const names = await readdir(join(this.dir, 'pages'));
    await Promise.all(names.filter((name) => !kept.has(name)).map((name) => rm(join(this.dir, 'pages', name), { force: true })));
  }

  async readPage(sha: string): Promise<Buffer | null> {
    return readFile(join(this.dir, 'pages', sha)).catch(() => null);
  }
}

const key = (portal: string, url: string): string => `${portal}\n${url}`;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
