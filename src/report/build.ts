// budget-ingest report: an output folder (and the source files it names) → a static HTML
// report that opens from the file system: index.html, errors.html, docs/<id>.html, img/,
// assets/. Same output folder and sources → same bytes (no time inside unless `date`).
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import PQueue from 'p-queue';
import type { DocumentRecord, TableRecord } from '../schema/records.js';
import { CSS, JS } from './assets.js';
import { documentBody, type TableImage } from './document-page.js';
import { errorAnchor, errorsBody } from './errors-page.js';
import { page } from './html.js';
import { documentRow, errorRow, overviewBody } from './overview-page.js';
import { readOutput, type OutputRecords } from './read-output.js';
import { cropOf, pageFrames, popplerAvailable, POPPLER_HINT, renderPages } from './render-pages.js';

/** Marks a folder as a report, so a rebuild may clear what an earlier build wrote there. */
const MARKER = '.budget-ingest-report';
const OWN = ['index.html', 'errors.html', 'docs', 'img', 'assets'];

export interface ReportOptions {
  outDir: string;
  reportDir: string;
  /** folder relative sources are resolved against (the folder the ingest ran in); default: the working folder */
  sourceRoot?: string;
  /** printed in the footer; nothing time-dependent is written without it */
  date?: string;
  /** render page images (default true); false builds the report without them */
  images?: boolean;
  concurrency?: number;
}

export interface ReportSummary {
  documents: number;
  errorInputs: number;
  images: number;
  /** why some or all PDFs have no images (missing tool, sources not found or changed) */
  notes: string[];
  files: number;
  bytes: number;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function prepare(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => null);
  if (entries && entries.length > 0) {
    if (!entries.includes(MARKER)) throw new Error(`${dir} is not empty and holds no report: choose a new or empty folder for --to`);
    await Promise.all(OWN.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  }
  await Promise.all(['docs', 'img', 'assets'].map((d) => mkdir(join(dir, d), { recursive: true })));
  await writeFile(join(dir, MARKER), 'written by budget-ingest report; a rebuild replaces this folder\'s report files\n');
}

const pageName = (doc_id: string): string => doc_id.slice(0, 16);

/** The source file of a document, when it is there and unchanged (its sha256 is the doc_id); else why not. */
async function sourceFile(d: DocumentRecord, root: string): Promise<{ path: string } | { why: string }> {
  const path = isAbsolute(d.source) ? d.source : resolve(root, d.source);
  if (!existsSync(path)) return { why: `source not found: ${path} (pass --sources <folder the ingest ran in>)` };
  if ((await sha256(path)) !== d.doc_id) return { why: `source changed since it was read: ${path}` };
  return { path };
}

/** Renders the pages of one PDF that print tables; table_index → its box on each page. */
async function renderTables(path: string, stem: string, tables: readonly TableRecord[], imgDir: string): Promise<{ images: Map<number, TableImage[]>; pages: number }> {
  const frames = await pageFrames(path);
  const sizes = await renderPages(path, tables.flatMap((t) => t.geometry?.pages.map((p) => p.page) ?? []), imgDir, stem);
  const images = new Map<number, TableImage[]>();
  for (const t of tables) {
    for (const p of t.geometry?.pages ?? []) {
      const frame = frames.get(p.page);
      const size = sizes.get(p.page);
      if (!frame || !size) continue;
      const list = images.get(t.table_index) ?? [];
      list.push({ crop: cropOf(frame, p.page, p.bbox, size), src: `../img/${stem}-p${p.page}.png`, page: size });
      images.set(t.table_index, list);
    }
  }
  return { images, pages: sizes.size };
}

async function toolName(outDir: string): Promise<string> {
  try {
    const m = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as { tool?: { name: string; version: string } };
    return m.tool ? `${m.tool.name} ${m.tool.version}` : 'budget-ingest';
  } catch {
    return 'budget-ingest';
  }
}

async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

export async function buildReport(opts: ReportOptions): Promise<ReportSummary> {
  const records: OutputRecords = await readOutput(opts.outDir);
  const dir = opts.reportDir;
  await prepare(dir);
  const footer = `${await toolName(opts.outDir)} · report of ${records.documents.length} documents and ${records.errors.length} error records${opts.date ? ` · ${opts.date}` : ''}`;
  const notes: string[] = [];
  const wantImages = opts.images ?? true;
  const poppler = wantImages && (await popplerAvailable());
  if (wantImages && !poppler && records.documents.some((d) => d.format === 'pdf')) notes.push(`pdftoppm not found: no page images; ${POPPLER_HINT}`);
  const queue = new PQueue({ concurrency: opts.concurrency ?? availableParallelism() });
  let images = 0;

  const docPages = records.documents.map(async (doc) => {
    const tables = records.tables.get(doc.doc_id) ?? [];
    let imageNote: string | null = poppler ? null : wantImages ? `no page images: ${POPPLER_HINT}` : 'page images not rendered (--no-images)';
    let rendered = new Map<number, TableImage[]>();
    if (poppler && doc.format === 'pdf') {
      const src = await sourceFile(doc, opts.sourceRoot ?? process.cwd());
      if ('why' in src) {
        imageNote = `no page images: ${src.why}`;
        notes.push(src.why);
      } else {
        const done = await queue
          .add(() => renderTables(src.path, pageName(doc.doc_id), tables, join(dir, 'img')))
          .catch((err: unknown) => {
            imageNote = `no page images: pdftoppm failed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
            notes.push(`${doc.source}: ${imageNote}`);
            return { images: new Map<number, TableImage[]>(), pages: 0 };
          });
        rendered = done.images;
        images += done.pages;
      }
    }
    const body = documentBody({ doc, tables, lines: records.lines.get(doc.doc_id) ?? [], checks: records.checks.get(doc.doc_id) ?? [], images: rendered, imageNote });
    await writeFile(join(dir, 'docs', `${pageName(doc.doc_id)}.html`), page({ title: `${doc.department_name ?? doc.source} · review`, root: '../', body, footer }));
  });
  await Promise.all(docPages);

  // inputs with no document record: one row each, linking to their (first) error
  const listed = new Set(records.documents.map((d) => d.source));
  const rows = [
    ...records.documents.map((d) => documentRow(d, `docs/${pageName(d.doc_id)}.html`)),
    ...records.errors.flatMap((e, i) => (listed.has(e.source) || !listed.add(e.source) ? [] : [errorRow(e, `errors.html#${errorAnchor(e, i)}`)])),
  ].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const allChecks = [...records.checks.values()].flat();
  await writeFile(join(dir, 'index.html'), page({ title: 'budget-ingest review report', root: '', body: overviewBody(rows, allChecks, records.errors), footer }));
  await writeFile(join(dir, 'errors.html'), page({ title: 'Error inputs · budget-ingest review report', root: '', body: errorsBody(records.errors), footer }));
  await writeFile(join(dir, 'assets', 'report.css'), CSS.trimStart());
  await writeFile(join(dir, 'assets', 'report.js'), JS.trimStart());
  const size = await folderSize(dir);
  return { documents: records.documents.length, errorInputs: rows.filter((r) => r.status === 'error' && !r.href.startsWith('docs/')).length, images, notes: [...new Set(notes)].sort(), ...size };
}
