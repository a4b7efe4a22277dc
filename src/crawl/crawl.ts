// The crawl of the configured portals: listing pages (with their next pages) → items →
// detail pages → attachments, every request through the polite fetcher, every response
// recorded in the state the moment it is stored, and the manifest written from the state
// at the end. An outer layer: it downloads and lists; ingest reads.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../input/limits.js';
import { lockFolder } from '../sink/folder-lock.js';
import type { CrawlConfig, PortalConfig } from './config.js';
import { decodeHtml } from '../util/decode-text.js';
import { statesAmounts } from '../util/states-amounts.js';
import { PoliteFetcher } from './http.js';
import type { FetchOutcome, Validators } from './http.js';
import { isDocumentResponse, isDocumentUrl, isHtmlResponse, isPageUrl, parsePage, fileNameFor } from './links.js';
import type { Link } from './links.js';
import { manifestRows, writeManifest } from './manifest.js';
import { CrawlState, sha256 } from './state.js';
import type { UrlRecord } from './state.js';
import { allPresent, removeStaleDownloads, storeDownload } from './store.js';

export interface CrawlOptions {
  config: CrawlConfig;
  portals: PortalConfig[];
  outDir: string;
  /** stop after downloading this many new files (a first look at a new portal). */
  maxFiles?: number;
  /** the tool's name and version, for the User-Agent. */
  tool: { name: string; version: string };
  /** one line per download and per failure. */
  log?: (line: string) => void;
}

export interface CrawlFailure {
  url: string;
  code: string;
  message: string;
  /** the page that linked to it. */
  page_url?: string;
}

export interface PortalReport {
  id: string;
  pages: { fetched: number; unchanged: number };
  files: { downloaded: number; unchanged: number; duplicates: number };
  skipped: { off_site: number; robots: number; filtered: number };
  failures: CrawlFailure[];
  /** start pages that could not be read. */
  start_failures: number;
}

export interface CrawlReport {
  portals: PortalReport[];
  manifestPath: string;
  /** rows of the manifest: every file the crawl holds for these portals. */
  manifestRows: number;
  requests: number;
  elapsedMs: number;
  stoppedAtMaxFiles: boolean;
  /** 0, or 1 when a start page could not be read. */
  exitCode: number;
}

export async function runCrawl(options: CrawlOptions): Promise<CrawlReport> {
  const started = Date.now();
  await mkdir(options.outDir, { recursive: true });
  const lock = await lockFolder(options.outDir);
  try {
    const state = await CrawlState.open(options.outDir);
    const fetcher = new PoliteFetcher({
      userAgent: `${options.tool.name}/${options.tool.version} (+${options.config.contact})`,
      timeoutMs: options.config.timeout_ms,
      retries: options.config.retries,
      retryDelayMs: options.config.retry_delay_ms,
      maxBytes: Math.round(options.config.max_file_size_mb * 1024 * 1024),
    });
    const budget = { left: options.maxFiles ?? Number.POSITIVE_INFINITY };
    // portals run side by side; the fetcher keeps each host to one request at a time
    const reports = await Promise.all(
      options.portals.map(async (portal) => {
        await mkdir(join(options.outDir, portal.id), { recursive: true });
        await removeStaleDownloads(join(options.outDir, portal.id));
        const crawl = new PortalCrawl(portal, { outDir: options.outDir, state, fetcher, budget, log: options.log ?? (() => undefined) });
        await crawl.run();
        return crawl.report;
      }),
    );
    await state.prunePages();
    const rows = manifestRows(state, options.portals);
    const manifestPath = await writeManifest(options.outDir, rows);
    return {
      portals: reports,
      manifestPath,
      manifestRows: rows.length,
      requests: fetcher.requests,
      elapsedMs: Date.now() - started,
      stoppedAtMaxFiles: budget.left <= 0,
      exitCode: reports.some((r) => r.start_failures > 0) ? 1 : 0,
    };
  } finally {
    await lock.release();
  }
}

interface Context {
  outDir: string;
  state: CrawlState;
  fetcher: PoliteFetcher;
  budget: { left: number };
  log: (line: string) => void;
}

/** Where a file was found: recorded with it and copied into the manifest. */
interface Found {
  page_url: string;
  title: string;
  link_text: string;
}

interface Page {
  url: string;
  links: (selector: string) => Link[];
  text: (selector: string) => string;
  body: Buffer;
  record: UrlRecord;
}

/** how a URL is requested: a page (or a document behind a page-like URL), a document by its URL, a link that may be one. */
type Role = 'page' | 'file' | 'probe';

class PortalCrawl {
  readonly report: PortalReport;
  private readonly visited = new Set<string>();

  constructor(
    private readonly portal: PortalConfig,
    private readonly ctx: Context,
  ) {
    this.report = {
      id: portal.id,
      pages: { fetched: 0, unchanged: 0 },
      files: { downloaded: 0, unchanged: 0, duplicates: 0 },
      skipped: { off_site: 0, robots: 0, filtered: 0 },
      failures: [],
      start_failures: 0,
    };
  }

  async run(): Promise<void> {
    for (const start of this.portal.start) {
      let url: string | undefined = start;
      for (let n = 0; url !== undefined && n < this.portal.list.max_pages && this.ctx.budget.left > 0; n++) {
        if (!this.firstVisit(url)) break; // a last page whose "next" points back
        const page = await this.resource(url, 'page', { page_url: '', title: '', link_text: '' });
        if (!page) {
          if (n === 0) this.report.start_failures++;
          break;
        }
        for (const item of page.links(this.portal.list.item)) {
          if (this.ctx.budget.left <= 0) break;
          await this.item(item, page.url);
        }
        url = this.portal.list.next ? page.links(this.portal.list.next)[0]?.url : undefined;
      }
    }
  }

  private async item(link: Link, listingUrl: string): Promise<void> {
    if (!this.wanted(link.text)) {
      this.report.skipped.filtered++;
      return;
    }
    const found = { page_url: listingUrl, title: link.text, link_text: link.text };
    if (isDocumentUrl(link.url)) {
      await this.file(link.url, 'file', found);
      return;
    }
    if (!this.firstVisit(link.url)) return;
    const page = await this.resource(link.url, 'page', found);
    if (!page) return;
    const title = (this.portal.detail.title && page.text(this.portal.detail.title)) || link.text;
    // a 说明 published as the article itself (昆明, 郑州: its tables attached or none): the page is a document too
    if (statesAmounts(page.body)) await this.keepArticle(page, { ...found, title });
    for (const attachment of page.links(this.portal.detail.attachments)) {
      if (this.ctx.budget.left <= 0) return;
      if (isPageUrl(attachment.url)) continue; // navigation, not an attachment
      await this.file(attachment.url, isDocumentUrl(attachment.url) ? 'file' : 'probe', { page_url: page.url, title, link_text: attachment.text });
    }
  }

  /** A detail page kept as a document (<sha>-<title>.html), listed in the manifest under its own URL. */
  private async keepArticle(page: Page, found: Found): Promise<void> {
    const { record } = page;
    if (record.stored && (await allPresent(this.ctx.outDir, record.stored))) {
      await this.keepFile(record, found);
      return;
    }
    if (this.ctx.budget.left <= 0) return;
    const stored = await storeDownload(this.ctx.outDir, this.portal.id, `${found.title}.html`, page.body, DEFAULT_LIMITS);
    this.report.files.downloaded++;
    this.ctx.budget.left--;
    this.ctx.log(`${this.portal.id}: kept the article ${page.url} → ${stored.files.map((f) => f.path).join(', ')}`);
    await this.ctx.state.put({ ...record, name: `${found.title}.html`, stored: stored.files, ...found });
  }

  private async file(url: string, role: Role, found: Found): Promise<void> {
    if (this.firstVisit(url)) await this.resource(url, role, found);
  }

  private firstVisit(url: string): boolean {
    if (this.visited.has(url)) return false;
    this.visited.add(url);
    return true;
  }

  private wanted(title: string): boolean {
    const { include, exclude } = this.portal;
    return (include.length === 0 || include.some((word) => title.includes(word))) && !exclude.some((word) => title.includes(word));
  }

  /** Requests one URL as its state says (conditionally, or not at all) and records what came back; a page comes back parsed. */
  private async resource(url: string, role: Role, found: Found): Promise<Page | null> {
    const { state } = this.ctx;
    const known = state.get(this.portal.id, url);
    const have = known ? await this.stillHave(known) : false;
    if (known?.kind === 'other' && role === 'probe') return null; // a page behind an attachment link, seen before
    // a document at a URL without validators is taken as unchanging: not downloaded again
    if (have && known?.kind === 'file' && !known.etag && !known.last_modified) {
      await this.keepFile(known, found);
      return null;
    }
    if (this.ctx.budget.left <= 0 && known?.kind !== 'page') return null;
    const validators: Validators = have && known ? { etag: known.etag, lastModified: known.last_modified } : {};
    const outcome = await this.ctx.fetcher.get(url, {
      allowHosts: this.portal.allow_hosts,
      delayMs: this.portal.delay_ms,
      validators,
      // a probed link is downloaded only when the server says it is a document
      ...(role === 'probe' ? { accept: (headers: Headers) => isDocumentResponse(headers) && !isHtmlResponse(headers) } : {}),
    });
    switch (outcome.kind) {
      case 'failed':
        this.failed(outcome, found);
        return null;
      case 'declined':
        await state.put({ portal: this.portal.id, url, kind: 'other', final_url: outcome.url, content_type: outcome.headers.get('content-type') ?? '', fetched_at: now() });
        return null;
      case 'not-modified':
        if (!known || !have) {
          this.failed({ kind: 'failed', url, code: 'HTTP_ERROR', message: 'answered 304 Not Modified to a request that was not conditional' }, found);
          return null;
        }
        if (known.kind === 'file') {
          await this.keepFile(known, found);
          return null;
        }
        this.report.pages.unchanged++;
        return this.parse(known, (await state.readPage(known.sha256!))!);
      case 'ok': {
        const isPage = role === 'page' && (isHtmlResponse(outcome.headers) || !isDocumentResponse(outcome.headers));
        if (!isPage) {
          await this.storeFile(url, role, outcome, known, found);
          return null;
        }
        const sha = await state.putPage(outcome.body);
        const same = known?.sha256 === sha;
        const record: UrlRecord = {
          ...this.validatorsOf(url, outcome),
          kind: 'page',
          sha256: sha,
          fetched_at: same ? known.fetched_at : now(),
          // an article kept as a document stays kept while its bytes are the same
          ...(same && known.stored ? { name: known.name, stored: known.stored, page_url: known.page_url, title: known.title, link_text: known.link_text } : {}),
        };
        await state.put(record);
        this.report.pages.fetched++;
        return this.parse(record, outcome.body);
      }
    }
  }

  private parse(record: UrlRecord, body: Buffer): Page {
    const parsed = parsePage(decodeHtml(body, record.content_type ?? null), record.final_url);
    return { url: record.final_url, ...parsed, body, record };
  }

  private async storeFile(url: string, role: Role, outcome: Extract<FetchOutcome, { kind: 'ok' }>, known: UrlRecord | undefined, found: Found): Promise<void> {
    const { state, outDir } = this.ctx;
    const sha = sha256(outcome.body);
    const base = this.validatorsOf(url, outcome);
    if (known?.kind === 'file' && known.sha256 === sha && (await this.stillHave(known))) {
      // answered 200 with the bytes we have: nothing is written again
      await state.put({ ...known, ...base, ...found });
      this.report.files.unchanged++;
      return;
    }
    // an error or login page where a document was linked: kept (ingest gives it a code), and said here
    const html = role === 'file' && isHtmlResponse(outcome.headers) ? HTML_FOR_DOCUMENT : undefined;
    const same = state.sameBytes(this.portal.id, sha);
    let stored: { files: UrlRecord['stored']; note?: string | undefined };
    if (same && (await this.stillHave(same))) {
      stored = { files: same.stored, note: same.note };
      this.report.files.duplicates++;
      this.ctx.log(`${this.portal.id}: ${url} has the same bytes as ${same.url}: stored once`);
    } else {
      const name = fileNameFor(outcome.url, outcome.headers, found.link_text);
      stored = await storeDownload(outDir, this.portal.id, name, outcome.body, DEFAULT_LIMITS);
      this.report.files.downloaded++;
      this.ctx.budget.left--;
      this.ctx.log(`${this.portal.id}: downloaded ${url} → ${stored.files!.map((f) => f.path).join(', ')}`);
    }
    await state.put({
      ...base,
      kind: 'file',
      sha256: sha,
      fetched_at: now(),
      name: fileNameFor(outcome.url, outcome.headers, found.link_text),
      stored: stored.files ?? [],
      ...found,
      ...(stored.note || html ? { note: stored.note ?? html } : {}),
    });
  }

  /** A file we hold, met again: only where it was found may have changed. */
  private async keepFile(known: UrlRecord, found: Found): Promise<void> {
    this.report.files.unchanged++;
    if (known.page_url !== found.page_url || known.title !== found.title || known.link_text !== found.link_text) {
      await this.ctx.state.put({ ...known, ...found });
    }
  }

  private validatorsOf(url: string, outcome: Extract<FetchOutcome, { kind: 'ok' }>): UrlRecord {
    const etag = outcome.headers.get('etag');
    const lastModified = outcome.headers.get('last-modified');
    return {
      portal: this.portal.id,
      url,
      kind: 'file',
      final_url: outcome.url,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { last_modified: lastModified } : {}),
      content_type: outcome.headers.get('content-type') ?? '',
      fetched_at: now(),
    };
  }

  private async stillHave(record: UrlRecord): Promise<boolean> {
    if (record.kind === 'file') return record.stored !== undefined && (await allPresent(this.ctx.outDir, record.stored));
    if (record.kind === 'page') return record.sha256 !== undefined && (await this.ctx.state.readPage(record.sha256)) !== null;
    return true;
  }

  private failed(outcome: Extract<FetchOutcome, { kind: 'failed' }>, found: Found): void {
    // never requested, by design: counted, not failures (unless it is a listing page, which the config asked for)
    const listing = found.page_url === '';
    if (!listing && (outcome.code === 'OFF_SITE' || outcome.code === 'ROBOTS')) {
      this.report.skipped[outcome.code === 'OFF_SITE' ? 'off_site' : 'robots']++;
      return;
    }
    const failure: CrawlFailure = { url: outcome.url, code: outcome.code, message: outcome.message, ...(found.page_url ? { page_url: found.page_url } : {}) };
    this.report.failures.push(failure);
    this.ctx.log(`${this.portal.id}: ${outcome.code} ${outcome.url}: ${outcome.message}`);
  }
}

const HTML_FOR_DOCUMENT =
  'the portal sent an HTML page (Content-Type text/html) where a document was linked: an error or login page (ingest records it as UNSUPPORTED_FORMAT; check the link on the portal), or tables or a 说明 saved as HTML (ingest reads them)';

const now = (): string => new Date().toISOString();
