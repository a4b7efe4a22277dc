// Options that ingest and the queue commands share: the pool (threads, time and memory
// limits, a memory budget) and the input limits that change results.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { poolForMemory } from '../batch/memory-budget.js';
import { DEFAULT_OCR_PAGE_TIMEOUT_MS } from '../batch/time-limit.js';
import { DEFAULT_LIMITS, formatBytes } from '../input/limits.js';
import type { InputLimits } from '../input/limits.js';
import { parseCount, parseDuration, parsePositive, parseSize } from './parse-options.js';
import { DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS, DEFAULT_WORKER_MEMORY_MB } from './run.js';

export interface PoolFlags {
  workers: number;
  timeout?: number;
  ocrTimeout?: number;
  workerMemory: number;
  memory?: number;
}

export interface LimitFlags {
  maxPages: number;
  maxFileSize?: number;
  zipMaxEntries: number;
  zipMaxSize?: number;
  zipMaxRatio: number;
}

export function addPoolOptions(command: Command, workersHelp: string): Command {
  return command
    .option('--workers <n>', workersHelp, parseCount, availableParallelism())
    .option('--timeout <duration>', `time limit per document, e.g. 90s or 5m (default: ${DEFAULT_TIMEOUT_MS / 1000}s)`, parseDuration)
    .option('--ocr-timeout <duration>', `added to a document's time limit for each page or picture it sends to OCR (default: ${DEFAULT_OCR_PAGE_TIMEOUT_MS / 1000}s)`, parseDuration)
    .option('--worker-memory <MB>', 'heap limit per worker thread, MB', parsePositive, DEFAULT_WORKER_MEMORY_MB)
    .option('--memory <MB>', 'memory budget of the whole process, MB: sets the threads (at most --workers) and their heap limits to stay under it', parsePositive);
}

/** The pool the flags ask for: --memory, when given, fits --workers and --worker-memory under it. */
export function poolFrom(flags: PoolFlags): { workers: number; timeoutMs: number; ocrPageTimeoutMs: number; workerMemoryMb: number } {
  const sized =
    flags.memory !== undefined && flags.workers > 0
      ? poolForMemory(flags.memory, flags.workers, flags.workerMemory)
      : { workers: flags.workers, workerMemoryMb: flags.workerMemory };
  return { ...sized, timeoutMs: flags.timeout ?? DEFAULT_TIMEOUT_MS, ocrPageTimeoutMs: flags.ocrTimeout ?? DEFAULT_OCR_PAGE_TIMEOUT_MS };
}

export function addLimitOptions(command: Command): Command {
  return command
    .option('--max-pages <n>', 'PDF: read at most this many pages (the rest is skipped with a warning)', parseCount, DEFAULT_MAX_PAGES)
    .option('--max-file-size <size>', `refuse larger files (TOO_LARGE) (default: ${formatBytes(DEFAULT_LIMITS.maxFileBytes)})`, parseSize)
    .option('--zip-max-entries <n>', 'refuse zips with more entries (ZIP_BOMB)', parseCount, DEFAULT_LIMITS.zipMaxEntries)
    .option('--zip-max-size <size>', `refuse zips inflating to more (ZIP_BOMB) (default: ${formatBytes(DEFAULT_LIMITS.zipMaxInflatedBytes)})`, parseSize)
    .option('--zip-max-ratio <n>', 'refuse zip entries over 1 MB compressed more than this (ZIP_BOMB)', parsePositive, DEFAULT_LIMITS.zipMaxRatio);
}

export function limitsFrom(flags: LimitFlags): { limits: InputLimits; maxPages: number } {
  return {
    maxPages: flags.maxPages,
    limits: {
      maxFileBytes: flags.maxFileSize ?? DEFAULT_LIMITS.maxFileBytes,
      zipMaxEntries: flags.zipMaxEntries,
      zipMaxInflatedBytes: flags.zipMaxSize ?? DEFAULT_LIMITS.zipMaxInflatedBytes,
      zipMaxRatio: flags.zipMaxRatio,
    },
  };
}
