// The per-document time limit grows with the pages a document sends to OCR (--ocr-timeout per
// page): the watcher on a fake clock, then the pool with a stand-in worker that counts pages
// the way the readers do (milliseconds, not a real scan's minutes).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPool, type WorkerPool } from '../../src/batch/pool.js';
import { describeLimit, limitFor, watchTimeLimit, type Clock } from '../../src/batch/time-limit.js';
import { readDocument } from '../../src/readers/index.js';
import { packageRoot } from '../../src/util/package-root.js';
import { tempDir } from '../cli/helpers.js';
import { withoutOcr } from '../helpers/without-ocr.js';

/** A clock whose time moves only when the test says so. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return t;
    },
    clearTimeout: (t) => void (timers = timers.filter((x) => x !== t)),
    advance(ms) {
      const end = now + ms;
      for (let next = timers.sort((a, b) => a.at - b.at)[0]; next && next.at <= end; next = timers.sort((a, b) => a.at - b.at)[0]) {
        timers = timers.filter((x) => x !== next);
        now = next.at;
        next.fn();
      }
      now = end;
    },
  };
}

const LIMIT = { baseMs: 120_000, perOcrPageMs: 30_000 };

test('the limit is --timeout plus --ocr-timeout per OCR page, and says so', () => {
  expect(limitFor(LIMIT, 0)).toBe(120_000);
  expect(limitFor(LIMIT, 12)).toBe(480_000);
  expect(describeLimit(LIMIT, 0)).toBe('120 s');
  expect(describeLimit(LIMIT, 12)).toBe("120 s + 30 s × 12 OCR'd page(s) = 480 s");
});

test('a document without OCR expires at --timeout', () => {
  const clock = fakeClock();
  let expired = -1;
  watchTimeLimit(LIMIT, () => 0, () => (expired = clock.now()), clock);
  clock.advance(119_999);
  expect(expired).toBe(-1);
  clock.advance(1);
  expect(expired).toBe(120_000);
});

test('pages counted before the base limit runs out extend it; pages counted later extend it from then', () => {
  const clock = fakeClock();
  let pages = 0;
  let expired = -1;
  watchTimeLimit(LIMIT, () => pages, () => (expired = clock.now()), clock);
  clock.advance(10_000);
  pages = 4; // the reader found four image-only pages: 120 + 4 × 30 = 240 s
  clock.advance(200_000);
  expect(expired).toBe(-1);
  pages = 5; // one more (a garbled page) at 210 s: 270 s
  clock.advance(59_999);
  expect(expired).toBe(-1);
  clock.advance(1);
  expect(expired).toBe(270_000);
});

test('stopping the watch cancels it', () => {
  const clock = fakeClock();
  let expired = false;
  const stop = watchTimeLimit(LIMIT, () => 0, () => (expired = true), clock);
  clock.advance(60_000);
  stop();
  clock.advance(600_000);
  expect(expired).toBe(false);
});

describe('in the pool', () => {
  // input.source: "<pages to OCR> <ms to work>"; the count goes where the readers put it
  const WORKER = `
export async function run(input) {
  const [pages, ms] = input.source.split(' ').map(Number);
  Atomics.add(input.options.ocrPages, 0, pages);
  await new Promise((r) => setTimeout(r, ms));
  return { kind: 'ok', source: input.source };
}
`;
  let dir: string;
  let pool: WorkerPool;
  beforeAll(async () => {
    dir = await tempDir('ocr-limit-');
    const file = join(dir, 'worker.mjs');
    await writeFile(file, WORKER);
    pool = createPool({ workers: 2, timeoutMs: 300, ocrPageTimeoutMs: 400, memoryMb: 64, worker: { file: pathToFileURL(file).href, name: 'run' } });
  });
  afterAll(async () => {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  });
  const outcome = (source: string): Promise<unknown> =>
    pool.process({ source, bytes: new Uint8Array([1]) }).then(
      (r) => r,
      (err: { code?: string; message?: string }) => ({ code: err.code, message: err.message }),
    );

  test('a document that OCRs two pages gets 0.3 + 2 × 0.4 s; one without OCR is stopped at 0.3 s', async () => {
    const [scan, text] = await Promise.all([outcome('2 700'), outcome('0 700')]);
    expect(scan).toEqual({ kind: 'ok', source: '2 700' });
    expect(text).toEqual({ code: 'TIMEOUT', message: expect.stringMatching(/time limit \(0\.3 s\) .*--timeout/) });
  });

  test('the TIMEOUT of a scan names the OCR allowance and --ocr-timeout', async () => {
    expect(await outcome('1 1500')).toEqual({
      code: 'TIMEOUT',
      message: expect.stringMatching(/time limit \(0\.3 s \+ 0\.4 s × 1 OCR'd page\(s\) = 0\.7 s\) .*--ocr-timeout/),
    });
  });
});

test('the PDF reader counts the pages without a usable text layer before OCR; a text PDF counts none', async () => {
  const count = async (file: string): Promise<number> => {
    const ocrPages = new Int32Array(new SharedArrayBuffer(4));
    const bytes = new Uint8Array(await readFile(join(packageRoot(), file)));
    // without tesseract a scan ends in OCR_UNAVAILABLE, after the count
    await withoutOcr(() => readDocument('pdf', bytes, { ocrPages })).catch(() => undefined);
    return Atomics.load(ocrPages, 0);
  };
  expect(await count('test/fixtures/scans/qinglong-2024.150dpi.pdf')).toBe(8);
  expect(await count('samples/qinglong-2024.chromium.pdf')).toBe(0);
});
