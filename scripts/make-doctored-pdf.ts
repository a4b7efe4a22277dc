// Makes test/fixtures/report/qinglong-2024-doctored.pdf: the sample with one printed amount
// changed (一般公共预算财政拨款支出表, 2080502 事业单位离退休, 合计 7.75 → 9.75), printed by
// LibreOffice like samples/qinglong-2024.libreoffice.pdf, so the report's browser test has a
// real PDF whose failing checks name a known cell. Run by hand (needs LibreOffice and the
// fonts of make-sample-pdfs.ts); tests read the committed file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { doctorDocx, editCell } from '../test/helpers/doctor-docx.js';
import { libreOfficePdf, pinPdf, toolEnv } from './make-sample-pdfs.js';

/** The edit, in the model's numbering (table 4, row 12 = 2080502, column 3 = 合计). */
export const DOCTORED = { table: 4, row: 12, col: 3, text: '9.75', was: '7.75' } as const;

async function main(): Promise<void> {
  const root = packageRoot();
  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-doctored-'));
  try {
    const docx = join(tmp, 'qinglong-2024-doctored.docx');
    writeFileSync(docx, await doctorDocx(readFileSync(join(root, 'samples/qinglong-2024.docx')), (xml) => editCell(xml, DOCTORED)));
    const out = join(root, 'test/fixtures/report/qinglong-2024-doctored.pdf');
    writeFileSync(out, pinPdf(libreOfficePdf(docx, tmp, toolEnv(tmp))).bytes);
    console.log(`wrote ${out}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
