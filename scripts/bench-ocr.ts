// OCR throughput on the generated scans (or the PDFs given): per file, wall time, CPU seconds
// per page and pages per CPU-second (pages/s per core), and the peak RSS of node + tesseract.
// `npm run bench` prints the same figures beside the text-layer ones (scripts/ocr-throughput.ts).
//   npm run bench:ocr [-- FILE.pdf …]
import { committedScans, formatOcr, measureOcr, ocrEngine } from './ocr-throughput.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args : committedScans();
  console.log(`OCR: ${ocrEngine()}`);
  console.log(formatOcr(await measureOcr(files)).join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
