// OCR throughput, shared by `npm run bench` (beside the text-layer figures) and
// `npm run bench:ocr`: each scan read by the PDF reader in this process, with CPU seconds of
// this process (the line reader's ONNX runtime runs inside it) and of its tesseract/pdftoppm
// children (/proc/self/stat), so pages per CPU-second = pages/s per core; and the peak resident
// memory of the whole process tree (node + the tesseract processes it runs), sampled from /proc
// while the scans are read.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readPdf } from '../src/readers/pdf/index.js';
import { packageRoot } from '../src/util/package-root.js';
import { SCAN_FIXTURES } from './make-scans.js';

/** CPU seconds of this process and of its waited-for children (Linux /proc, clock ticks at 100 Hz). */
function cpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields after the command: utime stime cutime cstime are the 12th-15th (0-based 11-14)
  return [11, 12, 13, 14].reduce((s, i) => s + Number(f[i]), 0) / 100;
}

/** Resident bytes of this process and all its descendants, from /proc/<pid>/stat (ppid, rss in pages). */
function treeRss(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      rss.set(Number(name), Number(f[21]) * 4096);
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** The committed scans (npm run make:scans). */
export function committedScans(): string[] {
  const dir = join(packageRoot(), SCAN_FIXTURES);
  return readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
}

/** The engine and settings the OCR reader runs, for the figures' heading. */
export function ocrEngine(): string {
  const tesseract = spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0]?.trim() ?? 'tesseract (version unknown)';
  const ort = (createRequire(import.meta.url)('onnxruntime-node/package.json') as { version: string }).version;
  return `PP-OCRv4 line recognizer (onnxruntime-node ${ort}, 1 thread) per cell line and page line, amounts decoded digits-only from the same scores; ${tesseract} chi_sim --psm 3 for the lines outside tables (OMP_THREAD_LIMIT=1); pages rendered at 300 dpi by pdftoppm`;
}

export interface OcrRow {
  file: string;
  pages: number;
  seconds: number;
  cpuSeconds: number;
}

export interface OcrThroughput {
  rows: OcrRow[];
  pages: number;
  seconds: number;
  cpuSeconds: number;
  /** the process tree's peak resident memory while reading (node + tesseract), MB. */
  peakTreeRssMb: number;
}

export async function measureOcr(files: readonly string[]): Promise<OcrThroughput> {
  let peak = treeRss();
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss())), 100);
  const rows: OcrRow[] = [];
  try {
    for (const file of files) {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      const doc = await readPdf(new Uint8Array(readFileSync(file)));
      rows.push({ file, pages: doc.pages ?? 0, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSeconds() - c0 });
    }
  } finally {
    clearInterval(sampler);
  }
  const sum = (k: 'pages' | 'seconds' | 'cpuSeconds'): number => rows.reduce((s, r) => s + r[k], 0);
  return { rows, pages: sum('pages'), seconds: sum('seconds'), cpuSeconds: sum('cpuSeconds'), peakTreeRssMb: peak / 2 ** 20 };
}

/** The figures as lines: one per scan, then all of them. */
export function formatOcr(t: OcrThroughput): string[] {
  const line = (label: string, r: Omit<OcrRow, 'file'>): string =>
    `  ${label.padEnd(28)} ${String(r.pages).padStart(3)} pages  ${r.seconds.toFixed(1).padStart(6)} s  ${(r.cpuSeconds / r.pages).toFixed(2)} CPU-s/page  ${(r.pages / r.cpuSeconds).toFixed(3)} pages/s per core`;
  return [
    ...t.rows.map((r) => line(r.file.split('/').pop() ?? r.file, r)),
    line('all', t),
    `  peak RSS of the process tree (node + tesseract): ${t.peakTreeRssMb.toFixed(0)} MB`,
  ];
}
