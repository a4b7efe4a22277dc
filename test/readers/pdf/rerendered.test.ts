// The same printed pages from another PDF producer. poppler's cairo backend (as GTK print
// dialogs and cups-pdf produce them) re-draws the fake bold that WPS makes by stroking text
// as one stroked outline path per glyph, on top of the text: its straight strokes must not
// become table borders. Before they were ignored, these four read at F1 0.000 to 0.053.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { evaluate } from '../../../src/accuracy/evaluate.js';
import { readExpected } from '../../../src/accuracy/expected.js';
import { expectPerfect } from '../../helpers/accuracy.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'rerendered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  'expected/real/jiangsu-zhengxie-2018.jsonl',
  'expected/corpus/beijing-xinfang-2026.jsonl',
  'expected/corpus/changsha-jiaoyu-2026.jsonl',
  'expected/corpus/foshan-guidao-final-2019.jsonl',
])('%s re-rendered by pdftocairo reads as printed', async (file) => {
  const expected = readExpected(file);
  const input = join(dir, `${basename(file, '.jsonl')}.pdf`);
  await run('pdftocairo', ['-pdf', expected.input, input]);
  expectPerfect(await evaluate({ ...expected, input }));
});
