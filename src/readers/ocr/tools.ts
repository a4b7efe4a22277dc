// The system tools OCR runs: tesseract (with its chi_sim data) and pdftoppm (poppler-utils),
// both Debian packages. Found once per process; their absence is a value, not an exception,
// so a batch reads every text-layer document and only the pages that need OCR fail.
import { execFile, spawnSync } from 'node:child_process';

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

/** Debian packages that provide the tools, for messages and the README. */
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

let found: OcrTools | string | undefined;

/**
 * The tools, or why they cannot be used. BUDGET_INGEST_TESSERACT / BUDGET_INGEST_PDFTOPPM
 * override the binaries (a path that does not exist turns OCR off).
 */
export function ocrTools(): OcrTools | string {
  if (found !== undefined) return found;
  const tesseract = process.env['BUDGET_INGEST_TESSERACT'] ?? 'tesseract';
  const pdftoppm = process.env['BUDGET_INGEST_PDFTOPPM'] ?? 'pdftoppm';
  const langs = spawnSync(tesseract, ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  const ppm = spawnSync(pdftoppm, ['-v'], { encoding: 'utf8', timeout: 10_000 });
  if (langs.error || langs.status !== 0) found = `${tesseract} is not installed`;
  else if (!/^chi_sim$/m.test(langs.stdout)) found = `tesseract has no chi_sim language data`;
  else if (ppm.error) found = `${pdftoppm} is not installed`;
  else found = { tesseract, pdftoppm };
  return found;
}

/** Forgets what was found (tests switch the tools off and on through the environment). */
export function resetOcrTools(): void {
  found = undefined;
}

/** Runs a tool and resolves with its stdout; rejects with its stderr on failure. */
export function runTool(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // one thread: the batch already runs one document per core
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    execFile(cmd, args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} failed: ${err.message} ${stderr}`.trim()));
      else resolve(stdout);
    });
  });
}
