// Throughput of readPdf against raw pdf.js on the real PDFs: pages per second (median of
// 5 runs after one warm-up), their ratio, and peak RSS. Raw and reader runs alternate, so a
// change in machine load hits both alike; peak RSS comes from one child process per side.
//   npx tsc -p tsconfig.json && node dist/scripts/bench-pdf-reader.js [PDF …]
// Default files: ../shared/real/**/*.pdf relative to the current directory (the project root).
// "raw" is load.ts's page read alone: getTextContent + getOperatorList (+ page.cleanup).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPdf } from '../src/readers/pdf/load.js';
import { readPdf } from '../src/readers/pdf/index.js';

const RUNS = 5;

type Mode = 'raw' | 'reader';

interface FileResult {
  file: string;
  pages: number;
  rawMs: number;
  readerMs: number;
}

async function rawPass(bytes: Uint8Array): Promise<number> {
  const src = await openPdf(bytes);
  try {
    for (let n = 1; n <= src.numPages; n++) await src.readPage(n);
    return src.numPages;
  } finally {
    await src.destroy();
  }
}

async function readerPass(bytes: Uint8Array): Promise<number> {
  const doc = await readPdf(bytes);
  return doc.pages ?? 0;
}

async function timed(pass: (bytes: Uint8Array) => Promise<number>, bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  await pass(bytes);
  return performance.now() - t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timeFiles(files: string[]): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const pages = await rawPass(bytes); // warm-up: JIT, CMaps, fonts
    await readerPass(bytes);
    const raw: number[] = [];
    const reader: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      raw.push(await timed(rawPass, bytes));
      reader.push(await timed(readerPass, bytes));
    }
    out.push({ file, pages, rawMs: median(raw), readerMs: median(reader) });
  }
  return out;
}

/** Peak RSS (MB) of one pass of `mode` over the files, in a fresh process. */
async function peakRss(mode: Mode, files: string[]): Promise<number> {
  for (const file of files) await (mode === 'raw' ? rawPass : readerPass)(new Uint8Array(readFileSync(file)));
  return process.resourceUsage().maxRSS / 1024;
}

function defaultFiles(): string[] {
  const root = path.resolve(process.cwd(), '../shared/real');
  const found: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(path.join(root, dir.name))) {
      if (f.toLowerCase().endsWith('.pdf')) found.push(path.join(root, dir.name, f));
    }
  }
  return found.sort();
}

function childRss(mode: Mode, files: string[]): number {
  const script = fileURLToPath(import.meta.url);
  return Number(execFileSync(process.execPath, [script, '--rss', mode, ...files], { encoding: 'utf8' }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--rss') {
    process.stdout.write(String(await peakRss(args[1] as Mode, args.slice(2))));
    return;
  }
  const files = args.length > 0 ? args : defaultFiles();
  const results = await timeFiles(files);
  const rate = (pages: number, ms: number): string => (pages / (ms / 1000)).toFixed(1);
  console.log(`median of ${RUNS} runs per file, pages/s (higher is better)`);
  console.log(['file', 'pages', 'raw p/s', 'reader p/s', 'reader/raw time'].join('\t'));
  let pages = 0;
  let rawMs = 0;
  let readerMs = 0;
  for (const r of results) {
    pages += r.pages;
    rawMs += r.rawMs;
    readerMs += r.readerMs;
    console.log([path.basename(r.file), r.pages, rate(r.pages, r.rawMs), rate(r.pages, r.readerMs), (r.readerMs / r.rawMs).toFixed(2)].join('\t'));
  }
  console.log(['all', pages, rate(pages, rawMs), rate(pages, readerMs), (readerMs / rawMs).toFixed(2)].join('\t'));
  console.log(`peak RSS (one pass over the files): raw ${childRss('raw', files).toFixed(0)} MB, reader ${childRss('reader', files).toFixed(0)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
