// A document's time limit in the worker pool: --timeout for the document, plus --ocr-timeout
// for each page or picture its reader sends to OCR (tesseract takes 4-6 CPU-seconds a page, so
// a 60-page scan needs minutes that a text PDF of 60 pages never does). The reader counts the
// pages into a counter shared with the pool (an Int32Array on a SharedArrayBuffer) before it
// OCRs them; when the base limit runs out, the pool looks at the counter and waits on if the
// document has earned more time.

/** --ocr-timeout's default: 5-8 times the CPU time tesseract takes for a page, for a busy machine. */
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 30_000;

export interface TimeLimit {
  /** per document. */
  baseMs: number;
  /** added for each page or picture read by OCR. */
  perOcrPageMs: number;
}

/** The limit of a document that has sent `ocrPages` pages to OCR, ms. */
export const limitFor = (limit: TimeLimit, ocrPages: number): number => limit.baseMs + limit.perOcrPageMs * ocrPages;

/** The limit in words, for the TIMEOUT message: "120 s" or "120 s + 30 s × 12 OCR'd pages = 480 s". */
export function describeLimit(limit: TimeLimit, ocrPages: number): string {
  const s = (ms: number): string => `${ms / 1000} s`;
  if (ocrPages === 0 || limit.perOcrPageMs === 0) return s(limit.baseMs);
  return `${s(limit.baseMs)} + ${s(limit.perOcrPageMs)} × ${ocrPages} OCR'd page(s) = ${s(limitFor(limit, ocrPages))}`;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
};

/**
 * Calls `expired` once the document has run longer than its limit, the limit read from
 * `ocrPages()` each time the current one runs out. Returns a function that stops watching.
 */
export function watchTimeLimit(limit: TimeLimit, ocrPages: () => number, expired: () => void, clock: Clock = REAL_CLOCK): () => void {
  const start = clock.now();
  let timer: unknown;
  const arm = (): void => {
    const left = limitFor(limit, ocrPages()) - (clock.now() - start);
    if (left <= 0) expired();
    else timer = clock.setTimeout(arm, left);
  };
  timer = clock.setTimeout(arm, limit.baseMs);
  return () => clock.clearTimeout(timer);
}
