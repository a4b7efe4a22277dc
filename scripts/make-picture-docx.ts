// Makes the DOCX-with-table-pictures fixture: the sample DOCX whose first part (the 目录 and
// tables 1-9, i.e. pages 1-8 of its print, up to the third paragraph of 部门职责) is pasted as
// pictures, one per page, as small counties paste a scanned table page into Word; the rest
// stays text and tables. The pictures are the page images of the 150-dpi scan fixture (JPEG
// bytes as they are, with their 150-dpi JFIF density), so they are exactly as hard as that
// scan. Expected records: the scan's (the text-layer reading of the same eight pages, lines of
// the nine tables), under the sample DOCX's document fields.
//   test/fixtures/docx/qinglong-2024.pictures.docx, expected/pictures/qinglong-2024.pictures.jsonl
// Needs poppler-utils (pdfimages, pdftotext). Usage: npm run make:picture-docx
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expectedDocument, formatExpected, readExpected } from '../src/accuracy/expected.js';
import { processDocument } from '../src/pipeline/process.js';
import { packageRoot } from '../src/util/package-root.js';
import { jpegImage } from '../src/readers/docx/picture-image.js';
import { buildDocx, type PictureBlock, type SampleBlock } from './make-sample-docx.js';
import { runMain } from './run-main.js';

export const PICTURE_DOCX = 'test/fixtures/docx/qinglong-2024.pictures.docx';
export const PICTURE_EXPECTED = 'expected/pictures/qinglong-2024.pictures.jsonl';
const SCAN = 'test/fixtures/scans/qinglong-2024.150dpi.pdf';
const SCAN_EXPECTED = 'expected/scans/qinglong-2024.150dpi.jsonl';
const PRINT = 'samples/qinglong-2024.chromium.pdf';
/** The sample's blocks 0..51 are on pages 1-8 of its print (the scan's pages). */
const PICTURED_BLOCKS = 52;
/** Shown as wide as the A4 page's text column: 600 px at 96 to the inch. */
const SHOWN_WIDTH = 600;

function run(cmd: string, args: string[]): string {
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (res.error || res.status !== 0) throw new Error(`${cmd} failed (${res.error?.message ?? `exit ${res.status}`}): ${res.stderr} (apt-get install -y poppler-utils)`);
  return res.stdout;
}

async function main(): Promise<void> {
  const root = packageRoot();
  const { blocks } = JSON.parse(readFileSync(join(root, 'scripts/sample-src/qinglong-2024.json'), 'utf8')) as { blocks: SampleBlock[] };
  // the first block left as text is the first line of the print's page 9
  const next = blocks[PICTURED_BLOCKS];
  const page9 = run('pdftotext', ['-f', '9', '-l', '9', join(root, PRINT), '-']).trim();
  if (!next || next.type === 'table' || !page9.startsWith(next.text)) throw new Error(`block ${PICTURED_BLOCKS} is not the first line of page 9 of ${PRINT}`);

  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-pictures-'));
  try {
    run('pdfimages', ['-j', join(root, SCAN), join(tmp, 'page')]);
    const pictures: PictureBlock[] = readdirSync(tmp).sort().map((f) => {
      const jpeg = readFileSync(join(tmp, f));
      const image = jpegImage(jpeg);
      if (typeof image === 'string') throw new Error(`${f}: ${image}`);
      return { type: 'picture', jpeg, width: SHOWN_WIDTH, height: Math.round((SHOWN_WIDTH * image.height) / image.width) };
    });
    const docx = await buildDocx([...pictures, ...blocks.slice(PICTURED_BLOCKS)], '青龙满族自治县机关事务服务中心2024年部门预算信息公开（表格为图片）');
    const out = join(root, PICTURE_DOCX);
    writeFileSync(out, docx);
    console.log(`${out}: ${pictures.length} pictures, ${Math.round(docx.length / 1024)} KB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // expected: the scan's lines (same pages, text-layer reading), the sample DOCX's document fields
  const scan = readExpected(join(root, SCAN_EXPECTED));
  const sample = await processDocument({ bytes: new Uint8Array(readFileSync(join(root, 'samples/qinglong-2024.docx'))), source: 'samples/qinglong-2024.docx' });
  if (sample.kind !== 'document') throw new Error(`the sample DOCX: ${sample.error.code}`);
  const expectedFile = join(root, PICTURE_EXPECTED);
  mkdirSync(dirname(expectedFile), { recursive: true });
  const doc = expectedDocument(sample.output.document, join(root, PICTURE_DOCX), expectedFile, scan.document.checked_tables);
  writeFileSync(expectedFile, formatExpected(doc, scan.lines));
  console.log(`${expectedFile}: ${scan.lines.length} lines of ${scan.document.checked_tables.length} tables`);
}

runMain(import.meta.url, main);
