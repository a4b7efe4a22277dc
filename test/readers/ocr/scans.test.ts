// The generated scans (npm run make:scans): image-only PDFs of the sample's tables 1-9 at 200
// and 150 dpi, rotated, blurred, speckled, stamped and signed, read through OCR and scored
// against the text-layer records of the same pages. The sample's two (the 江苏 layout's are in
// `npm run accuracy -- expected/scans`): OCR costs about 5 CPU-seconds a page.
import { evaluate } from '../../../src/accuracy/evaluate.js';
import { readExpected } from '../../../src/accuracy/expected.js';
import { scores } from '../../../src/accuracy/index.js';

// Floors a little under what `npm run accuracy -- expected/scans` measures now (0.585 and
// 0.596, docs/ocr.md): far from the targets (0.99 at 200 dpi, 0.97 at 150 dpi), which
// this test is to be raised to as the reader gets there.
const F1_200 = 0.55;
const F1_150 = 0.55;

const CASES: [string, number][] = [
  ['expected/scans/qinglong-2024.200dpi.jsonl', F1_200],
  ['expected/scans/qinglong-2024.150dpi.jsonl', F1_150],
];

describe.each(CASES)('%s', (file, floor) => {
  test(`cell F1 ≥ ${floor}, every table found, metadata right`, async () => {
    const s = await evaluate(readExpected(file));
    expect(s.error).toBeNull();
    expect(s.tables.missing).toEqual([]);
    expect(s.metadata).toEqual({});
    expect(scores(s.counts).f1).toBeGreaterThanOrEqual(floor);
  }, 600_000);
});
