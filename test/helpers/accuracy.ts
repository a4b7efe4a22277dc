// One test per expected file (the pipeline's cells against its expected records), then one
// for the corpus: F1 = 1.000 per format and overall.
import { basename } from 'node:path';
import { evaluate, type DocumentScore } from '../../src/accuracy/evaluate.js';
import { findExpectedFiles, readExpected } from '../../src/accuracy/expected.js';
import { summarize } from '../../src/accuracy/report.js';
import { scores } from '../../src/accuracy/score.js';

export interface SuiteOptions {
  count: number;
  filter?: (file: string) => boolean;
  checksPass: boolean;
  /** check ids known to fail on what a document reads, by file name prefix, with the reason in a comment. */
  knownCheckFailures?: Record<string, string[]>;
}

/** Every table, metadata field and cell as expected: F1 = 1 (the first differences shown otherwise). */
export function expectPerfect(d: DocumentScore): void {
  const t = d.tables;
  expect({ error: d.error, missing: t.missing, extra: t.extra, metadata: d.metadata, diffs: d.diffs.slice(0, 10) }).toEqual({
    error: null,
    missing: [],
    extra: [],
    metadata: {},
    diffs: [],
  });
  expect(scores(d.counts).f1).toBe(1);
}

export function accuracySuite(paths: string[], options: SuiteOptions): void {
  const files = findExpectedFiles(paths).filter(options.filter ?? (() => true));
  const done: DocumentScore[] = [];

  test('the corpus is there', () => expect(files).toHaveLength(options.count));

  test.each(files)('%s', async (file) => {
    const d = await evaluate(readExpected(file));
    done.push(d);
    expectPerfect(d);
    if (options.checksPass) {
      const known = Object.entries(options.knownCheckFailures ?? {}).find(([prefix]) => basename(file).startsWith(prefix))?.[1] ?? [];
      expect(d.checksFailed.filter((c) => !known.includes(c.slice(0, c.indexOf(':'))))).toEqual([]);
    }
  });

  test('F1 = 1.000 per format and overall', () => {
    expect(done).toHaveLength(files.length);
    const s = summarize(done);
    for (const [format, c] of s.byFormat) expect([format, scores(c).f1]).toEqual([format, 1]);
    expect(scores(s.overall).f1).toBe(1);
    expect(s.perfect).toBe(true);
  });
}
