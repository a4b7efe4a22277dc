// The committed variant corpus is what scripts/make-variants.ts makes from the seed now:
// same DOCX bytes, same expected records, and those records pass every check. (The PDFs
// need LibreOffice; they are rebuilt with the DOCX by `npm run make:variants`.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExpected } from '../../src/accuracy/expected.js';
import { expectedCheckFailures, expectedText, makeVariant, VARIANT_EXPECTED, VARIANT_FIXTURES, variantDocx } from '../../scripts/variants/build.js';
import { VARIANTS } from '../../scripts/variants/list.js';
import { loadSeed } from '../../scripts/variants/seed.js';

const seed = loadSeed(process.cwd());

test.each(VARIANTS.map((v) => [v.name, v] as const))('%s is current and adds up', async (name, def) => {
  const v = makeVariant(def, seed);
  expect(expectedCheckFailures(v).failed).toEqual([]);
  const docx = join(VARIANT_FIXTURES, `${name}.docx`);
  expect((await variantDocx(v)).equals(readFileSync(docx))).toBe(true);
  for (const [format, input] of [['docx', docx], ['pdf', join(VARIANT_FIXTURES, `${name}.pdf`)]] as const) {
    const file = join(VARIANT_EXPECTED, `${name}.${format}.jsonl`);
    const pages = readExpected(file).document.pages;
    expect(readFileSync(file, 'utf8')).toBe(expectedText(v, file, input, format, pages));
  }
});
