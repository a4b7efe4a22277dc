// Builds the Word 97 / WPS / workbook copies of the sample and of some variants into
// test/fixtures/office/, with their expected records in expected/office/:
// - <name>.doc: the DOCX saved as Word 97 by LibreOffice (as most .doc on portals are re-saves);
//   qinglong-2024.wps: the same bytes named as WPS Office names its Word 97 files;
// - <name>.sheets.xlsx: a sheet per table, amounts with number formats, totals as formulas;
//   qinglong-2024.named.xlsx: the same with no title rows, each sheet named by its table's name
//   short of 部门预算 and 表 (一般公共预算财政拨款支出);
// - <name>.stacked.xlsx: every table on one sheet, cells spread over a shared grid (an HTML import);
// - qinglong-2024.sheets.xls and qinglong-2024.stacked.et: the same as BIFF8 (Excel 97; WPS's .et);
// - qinglong-2024.article.html: the disclosure as a portal's article page (GBK, layout table,
//   navigation; scripts/office/article.ts); qinglong-2024.export.xls: the stacked sheet as
//   SheetJS writes HTML, named .xls as systems name their "Excel" exports;
//   qinglong-2024.odt / .rtf: the DOCX saved by LibreOffice as OpenDocument text and RTF (the
//   .odt differs from run to run in settings.xml's Rsid only);
//   qinglong-2024.sheets.ods: the sheet-per-table workbook as OpenDocument;
// - the forms systems export under Office names: qinglong-2024.sheets.xml.xls (Excel 2003 XML,
//   SpreadsheetML), qinglong-2024.wordml.doc (Word 2003 XML: scripts/office/wordml.ts),
//   qinglong-2024.mht.doc (the article page as Word's single-file web page, MHTML);
// - delimited text: qinglong-2024.tsv.xls (tab-separated UTF-8 under an .xls name, as systems
//   export "Excel") and qinglong-2024.gbk.csv (comma-separated, GBK): no merges, no formats.
// The workbooks are written from the DOCX's document model (scripts/office/workbook.ts). The
// expected records are the DOCX's (hand-checked for the sample, generated for the variants),
// with the new source and format. The outputs are committed: tests need no LibreOffice to
// read the workbooks, and convert only the .doc they must.
// Usage: npm run make:office   (needs LibreOffice: apt-get install libreoffice-writer-nogui)
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { readExpected, formatExpected } from '../src/accuracy/expected.js';
import { readDocx } from '../src/readers/docx/index.js';
import type { DocumentFormat } from '../src/schema/records.js';
import { packageRoot } from '../src/util/package-root.js';
import { libreOfficeConvert, toolEnv } from './make-sample-pdfs.js';
import { SAMPLE_TITLE } from './render-sample-html.js';
import { articleHtml } from './office/article.js';
import { mhtmlOf } from './office/mhtml.js';
import { wordmlOf } from './office/wordml.js';
import { delimitedOf, workbookOf } from './office/workbook.js';
import { gbk } from './gbk.js';

const OFFICE_FIXTURES = 'test/fixtures/office';
const OFFICE_EXPECTED = 'expected/office';

interface Source {
  name: string;
  docx: string;
  expected: string;
  /** the copies made of it. */
  doc: boolean;
  biff: boolean;
}

const variant = (name: string, doc: boolean): Source => ({
  name,
  docx: `test/fixtures/variants/${name}.docx`,
  expected: `expected/variants/${name}.docx.jsonl`,
  doc,
  biff: false,
});

const OFFICE_SOURCES: readonly Source[] = [
  { name: 'qinglong-2024', docx: 'samples/qinglong-2024.docx', expected: 'expected/seed/qinglong-2024.docx.jsonl', doc: true, biff: true },
  variant('yuan-thousands', true), // 元 with thousands separators: #,##0.00 in the workbooks
  variant('split-codes', true), // 类 | 款 | 项 in columns of their own
  variant('three-public-horizontal', false),
  variant('jiangsu-layout', false),
];

function writeExpected(root: string, src: Source, file: string, format: DocumentFormat): void {
  const want = readExpected(join(root, src.expected));
  const out = join(root, OFFICE_EXPECTED, `${basename(file)}.jsonl`);
  const source = relative(resolve(out, '..'), join(root, OFFICE_FIXTURES, file)).split('\\').join('/');
  writeFileSync(out, formatExpected({ ...want.document, source, format, pages: null }, want.lines));
}

async function main(): Promise<void> {
  const root = packageRoot();
  const fixtures = join(root, OFFICE_FIXTURES);
  mkdirSync(fixtures, { recursive: true });
  mkdirSync(join(root, OFFICE_EXPECTED), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-office-'));
  try {
    const env = toolEnv(tmp);
    for (const src of OFFICE_SOURCES) {
      const docx = join(root, src.docx);
      const model = await readDocx(new Uint8Array(readFileSync(docx)));
      const made: Array<[string, DocumentFormat]> = [];
      const put = (file: string, bytes: Buffer, format: DocumentFormat): void => {
        writeFileSync(join(fixtures, file), bytes);
        made.push([file, format]);
      };
      put(`${src.name}.sheets.xlsx`, workbookOf(model, 'sheets', 'xlsx'), 'xlsx');
      put(`${src.name}.stacked.xlsx`, workbookOf(model, 'stacked', 'xlsx'), 'xlsx');
      if (src.biff) {
        put(`${src.name}.named.xlsx`, workbookOf(model, 'named', 'xlsx'), 'xlsx');
        put(`${src.name}.sheets.xls`, workbookOf(model, 'sheets', 'xls'), 'xls');
        put(`${src.name}.stacked.et`, workbookOf(model, 'stacked', 'xls'), 'et');
        put(`${src.name}.article.html`, articleHtml(model, SAMPLE_TITLE), 'html');
        put(`${src.name}.export.xls`, workbookOf(model, 'stacked', 'html'), 'html');
        put(`${src.name}.sheets.ods`, workbookOf(model, 'sheets', 'ods'), 'ods');
        put(`${src.name}.sheets.xml.xls`, workbookOf(model, 'sheets', 'xlml'), 'spreadsheetml');
        put(`${src.name}.mht.doc`, mhtmlOf(articleHtml(model, SAMPLE_TITLE), 'gb2312'), 'mhtml');
        put(`${src.name}.tsv.xls`, Buffer.from(delimitedOf(model, '\t')), 'csv');
        put(`${src.name}.gbk.csv`, gbk(delimitedOf(model, ',')), 'csv');
      }
      if (src.doc) {
        put(`${src.name}.doc`, libreOfficeConvert(docx, 'doc:MS Word 97', '.doc', tmp, env), 'doc');
        if (src.biff) {
          copyFileSync(join(fixtures, `${src.name}.doc`), join(fixtures, `${src.name}.wps`));
          made.push([`${src.name}.wps`, 'wps']);
          put(`${src.name}.odt`, libreOfficeConvert(docx, 'odt', '.odt', tmp, env), 'odt');
          put(`${src.name}.rtf`, libreOfficeConvert(docx, 'rtf:Rich Text Format', '.rtf', tmp, env), 'rtf');
          put(`${src.name}.wordml.doc`, await wordmlOf(readFileSync(docx)), 'wordml');
        }
      }
      for (const [file, format] of made) writeExpected(root, src, file, format);
      console.log(`${src.name}: ${made.map(([f]) => f).join(', ')}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
