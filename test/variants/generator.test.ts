// The committed variant corpus is what scripts/make-variants.ts makes from the seed now:
// same DOCX bytes, same expected records, and those records pass every check. (The PDFs
// need LibreOffice; they are rebuilt with the DOCX by `npm run make:variants`.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExpected } from '../../src/accuracy/expected.js';
import {
  expectedCheckFailures,
  expectedText,
  FINAL_EXPECTED,
  FINAL_FIXTURES,
  makeVariant,
  VARIANT_EXPECTED,
  VARIANT_FIXTURES,
  variantDocx,
} from '../../scripts/variants/build.js';
import { FINAL_VARIANTS } from '../../scripts/variants/final/list.js';
import { VARIANTS } from '../../scripts/variants/list.js';
import { loadSeed } from '../../scripts/variants/seed.js';

const seed = loadSeed(process.cwd());

const ALL = [
  ...VARIANTS.map((v) => [v.name, v, VARIANT_FIXTURES, VARIANT_EXPECTED, undefined] as const),
  // the 决算 variants add up exactly, without the rounding tolerance
  ...FINAL_VARIANTS.map((v) => [v.name, v, FINAL_FIXTURES, FINAL_EXPECTED, 0] as const),
];

test.each(ALL)('%s is current and adds up', async (name, def, fixtures, expected, tolerance) => {
  const v = makeVariant(def, seed);
  expect(expectedCheckFailures(v, tolerance).failed).toEqual([]);
  const docx = join(fixtures, `${name}.docx`);
  expect((await variantDocx(v)).equals(readFileSync(docx))).toBe(true);
  for (const [format, input] of [['docx', docx], ['pdf', join(fixtures, `${name}.pdf`)]] as const) {
    const file = join(expected, `${name}.${format}.jsonl`);
    const pages = readExpected(file).document.pages;
    expect(readFileSync(file, 'utf8')).toBe(expectedText(v, file, input, format, pages));
  }
});
