// Builds the variant corpus: for each variant of scripts/variants/list.ts, a DOCX (docx, as
// the seed sample is built) and a PDF (LibreOffice, as the seed's PDF is made) into
// test/fixtures/variants/, and their expected records into expected/variants/
// (<name>.docx.jsonl, <name>.pdf.jsonl). The expected records must pass every
// reconciliation check before anything is written. Run by hand when the seed or a variant
// changes; the outputs are committed, so tests never need LibreOffice or fonts.
// --pending makes the variants the pipeline does not read right yet (PENDING_VARIANTS) into
// test/fixtures/variants-pending/ and expected/variants-pending/, which no test reads.
// --final makes the 决算 variants (FINAL_VARIANTS) into test/fixtures/final-variants/ and
// expected/final-variants/.
// Usage: npm run make:variants [-- name...] [--docx-only] [--pending | --final]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { libreOfficePdf, pdfText, pinPdf, toolEnv } from './make-sample-pdfs.js';
import {
  expectedCheckFailures,
  expectedText,
  FINAL_EXPECTED,
  FINAL_FIXTURES,
  makeVariant,
  PENDING_EXPECTED,
  PENDING_FIXTURES,
  VARIANT_EXPECTED,
  VARIANT_FIXTURES,
  variantDocx,
} from './variants/build.js';
import { FINAL_VARIANTS } from './variants/final/list.js';
import { PENDING_VARIANTS, VARIANTS } from './variants/list.js';
import { loadSeed } from './variants/seed.js';
import { runMain } from './run-main.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const docxOnly = args.includes('--docx-only');
  const pending = args.includes('--pending');
  const final = args.includes('--final');
  const [list, fixturesDir, expectedDir] = pending
    ? [PENDING_VARIANTS, PENDING_FIXTURES, PENDING_EXPECTED]
    : final
      ? [FINAL_VARIANTS, FINAL_FIXTURES, FINAL_EXPECTED]
      : [VARIANTS, VARIANT_FIXTURES, VARIANT_EXPECTED];
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !list.some((v) => v.name === n));
  if (unknown.length > 0) throw new Error(`unknown variants: ${unknown.join(', ')}; known: ${list.map((v) => v.name).join(', ')}`);
  const root = packageRoot();
  const fixtures = join(root, fixturesDir);
  const expected = join(root, expectedDir);
  mkdirSync(fixtures, { recursive: true });
  mkdirSync(expected, { recursive: true });
  const seed = loadSeed(root);
  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-variants-'));
  try {
    const env = docxOnly ? null : toolEnv(tmp);
    for (const def of list.filter((v) => names.length === 0 || names.includes(v.name))) {
      const v = makeVariant(def, seed);
      const { checks, failed } = expectedCheckFailures(v, final ? 0 : undefined);
      if (failed.length > 0) throw new Error(`${def.name}: expected records fail their checks:\n  ${failed.join('\n  ')}`);
      const docx = join(fixtures, `${def.name}.docx`);
      writeFileSync(docx, await variantDocx(v));
      const docxExpected = join(expected, `${def.name}.docx.jsonl`);
      writeFileSync(docxExpected, expectedText(v, docxExpected, docx, 'docx', null));
      let pages = '';
      if (env) {
        const pdf = join(fixtures, `${def.name}.pdf`);
        const { bytes } = pinPdf(libreOfficePdf(docx, tmp, env));
        writeFileSync(pdf, bytes);
        const n = (await pdfText(bytes)).pages;
        const pdfExpected = join(expected, `${def.name}.pdf.jsonl`);
        writeFileSync(pdfExpected, expectedText(v, pdfExpected, pdf, 'pdf', n));
        pages = `, PDF ${n} pages`;
      }
      console.log(`${def.name}: ${v.lines.length} lines, ${checks} checks pass${pages}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

runMain(import.meta.url, main);
