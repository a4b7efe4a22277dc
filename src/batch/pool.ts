// A worker-thread pool running the pipeline (processDocument) off the main thread: one
// thread per core, a time limit per document, a heap limit per thread. A worker that
// hangs, crashes or runs out of memory is terminated and replaced by piscina; its
// document gets an error record with a code saying which, and the batch goes on.
import { Piscina } from 'piscina';
import { IngestError } from '../pipeline/errors.js';
import { removeProfiles } from '../readers/soffice/convert.js';
import type { ProcessInput, ProcessResult } from '../pipeline/process.js';
import type { Processor } from './process-input.js';
import { DEFAULT_OCR_PAGE_TIMEOUT_MS, describeLimit, watchTimeLimit, type TimeLimit } from './time-limit.js';

export interface PoolOptions {
  workers: number;
  /** per document, from the moment it is handed to a thread. */
  timeoutMs: number;
  /** added to a document's limit for each page or picture its reader sends to OCR (time-limit.ts). */
  ocrPageTimeoutMs?: number;
  /** V8 old-generation heap per thread, MB. */
  memoryMb: number;
  /** the module and export a thread runs: the compiled pipeline unless a test says otherwise. */
  worker?: { file: string; name: string };
}

export interface WorkerPool {
  process: Processor;
  /** Stops the threads; documents still in flight are abandoned. */
  close(): Promise<void>;
}

const YOUNG_GENERATION_MB = 8;

const PIPELINE = { file: new URL('../pipeline/process.js', import.meta.url).href, name: 'processDocument' };

export function createPool(options: PoolOptions): WorkerPool {
  const worker = options.worker ?? PIPELINE;
  const pool = new Piscina<ProcessInput, ProcessResult>({
    filename: worker.file,
    name: worker.name,
    minThreads: options.workers,
    maxThreads: options.workers,
    // threads live for the whole run: starting one loads mammoth and pdf.js again
    idleTimeout: Number.POSITIVE_INFINITY,
    // a small young generation keeps two workers under 400 MB resident (measured on 100
    // DOCX: 8 MB → 385 MB, 16 MB → 388–402 MB, at the same speed)
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    // pdf.js and jszip keep promises and timers between awaits; no thread parking between tasks
    atomics: 'disabled',
  });
  // a thread's uncaught error also rejects its task, which becomes that document's error
  // record; unlistened, the pool's 'error' event would end the whole process
  pool.on('error', () => undefined);
  return {
    process: async (input) => {
      const bytes = ownBuffer(input.bytes);
      // the reader adds the pages it sends to OCR here; each earns the document more time
      const ocrPages = new Int32Array(new SharedArrayBuffer(4));
      const pages = (): number => Atomics.load(ocrPages, 0);
      const limit: TimeLimit = { baseMs: options.timeoutMs, perOcrPageMs: options.ocrPageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS };
      const abort = new AbortController();
      const stop = watchTimeLimit(limit, pages, () => abort.abort());
      try {
        return await pool.run(
          // a LibreOffice conversion stops itself (killing soffice) before the thread would be terminated
          { ...input, bytes, options: { ...input.options, ocrPages, convertDeadline: Date.now() + options.timeoutMs - convertMargin(options.timeoutMs) } },
          { signal: abort.signal, transferList: [bytes.buffer as ArrayBuffer] },
        );
      } catch (err) {
        throw workerFailure(err, options, describeLimit(limit, pages()));
      } finally {
        stop();
      }
    },
    close: async () => {
      await pool.destroy();
      await removeProfiles();
    },
  };
}

/** Time kept after a conversion's deadline for reading its DOCX (the thread's start and the sniffing come before). */
const convertMargin = (timeoutMs: number): number => Math.min(5000, timeoutMs * 0.2);

// Transferring moves the bytes to the thread without a copy; only a buffer that is the
// view's alone may go (Node pools small buffers, and a moved pool would take other data).
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
}

function workerFailure(err: unknown, options: PoolOptions, limit: string): IngestError {
  const name = (err as { name?: unknown } | null)?.name;
  const code = (err as { code?: unknown } | null)?.code;
  if (name === 'AbortError') {
    return new IngestError(
      'TIMEOUT',
      'parse',
      `processing took longer than the time limit (${limit}) and was stopped: the file may be very large or malformed; re-run with a larger --timeout (or --ocr-timeout for scans), and report the file if it is an ordinary disclosure`,
    );
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new IngestError(
      'TOO_LARGE',
      'parse',
      `processing needed more memory than the limit (${options.memoryMb} MB per worker) and was stopped: re-run with a larger --worker-memory, or split the document`,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new IngestError(
    'INTERNAL_ERROR',
    'parse',
    `the worker processing this file crashed (${message}); it was replaced and the batch went on. Please report this with the input file`,
  );
}
