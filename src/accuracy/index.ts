// The accuracy harness: expected records in, scores out (scripts/accuracy.ts prints them).
import { evaluate } from './evaluate.js';
import { findExpectedFiles, readExpected } from './expected.js';
import { summarize, type Summary } from './report.js';

export { formatReport, isPerfect, type Summary } from './report.js';
export { scores } from './score.js';

/** Scores every expected file below `paths`, one document at a time (PDF reading is CPU-bound). */
export async function runAccuracy(paths: string[]): Promise<Summary> {
  const docs = [];
  for (const file of findExpectedFiles(paths)) docs.push(await evaluate(readExpected(file)));
  return summarize(docs);
}
