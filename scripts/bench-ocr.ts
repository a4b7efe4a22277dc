// OCR throughput on the generated scans (or the PDFs given): per file, wall time, CPU seconds
// per page (this process and its tesseract/pdftoppm children, from /proc/self/stat) and pages
// per CPU-second, i.e. pages/s per core; the peak RSS of this process at the end (tesseract's
// own, ~150-250 MB per process with chi_sim, comes on top).
//   npm run bench:ocr [-- FILE.pdf …]
import { readdirSync, readFileSync } from 'node:fs';
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = join(packageRoot(), SCAN_FIXTURES);
  const files = args.length > 0 ? args : readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
  console.log('file\tpages\twall s\tCPU s/page\tpages/s per core');
  let pages = 0;
  let cpu = 0;
  for (const file of files) {
    const c0 = cpuSeconds();
    const t0 = performance.now();
    const doc = await readPdf(new Uint8Array(readFileSync(file)));
    const wall = (performance.now() - t0) / 1000;
    const used = cpuSeconds() - c0;
    const n = doc.pages ?? 0;
    pages += n;
    cpu += used;
    console.log(`${file.split('/').pop()}\t${n}\t${wall.toFixed(1)}\t${(used / n).toFixed(2)}\t${(n / used).toFixed(3)}`);
  }
  console.log(`all\t${pages}\t\t${(cpu / pages).toFixed(2)}\t${(pages / cpu).toFixed(3)}`);
  console.log(`engine: tesseract (chi_sim cells and page, eng digits), 300 dpi; peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
