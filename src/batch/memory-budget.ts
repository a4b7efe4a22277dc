// --memory: the pool that fits a memory budget. Peak resident memory is about the main
// thread plus, per worker thread, its heap limit and what lives outside the heap (code,
// the young generation, the document's bytes and pdf.js buffers). The heap limit is what
// the budget sets: a document needing more stops with TOO_LARGE instead of taking the
// machine's memory. More workers are faster while there are cores for them, so the budget
// keeps as many as fit with at least MIN_HEAP_MB each and gives each the rest, up to the
// heap where V8 stops trading speed for memory (DEFAULT_WORKER_MEMORY_MB).
// Figures: README "Memory budget" (scripts/bench-memory.ts).

/** the main thread: Node, the batch loop, the manifest's input list. */
export const MAIN_THREAD_MB = 160;
/** per worker thread, outside its old-generation heap. */
export const THREAD_OVERHEAD_MB = 90;
/** below this, the corpus' larger documents stop with TOO_LARGE. */
export const MIN_HEAP_MB = 256;
/** what a 2-worker run without --memory stays under (measured on ../shared/corpus: README). */
export const DEFAULT_MEMORY_MB = 1024;

export interface PoolSize {
  workers: number;
  /** old-generation heap limit per worker, MB. */
  workerMemoryMb: number;
}

/**
 * The pool for `memoryMb` with at most `maxWorkers` threads (the cores, or --workers);
 * throws when not even one worker fits.
 */
export function poolForMemory(memoryMb: number, maxWorkers: number, maxHeapMb: number): PoolSize {
  const available = memoryMb - MAIN_THREAD_MB;
  const fitting = Math.floor(available / (MIN_HEAP_MB + THREAD_OVERHEAD_MB));
  if (fitting < 1) {
    throw new Error(
      `--memory ${memoryMb}: one worker needs at least ${MAIN_THREAD_MB + MIN_HEAP_MB + THREAD_OVERHEAD_MB} MB; give more memory`,
    );
  }
  const workers = Math.max(1, Math.min(maxWorkers, fitting));
  const workerMemoryMb = Math.min(maxHeapMb, Math.floor(available / workers - THREAD_OVERHEAD_MB));
  return { workers, workerMemoryMb };
}
