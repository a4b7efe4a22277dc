// Makes test/fixtures/docx/qinglong-2024.libreoffice.docx: the bundled sample DOCX opened and
// saved again by LibreOffice, i.e. the same tables written by another producer. LibreOffice
// lays tables out from cell widths, not from the grid, and writes 1-twip "sliver" grid
// columns where row edges differ, as Word and WPS do after rows are resized one by one: the
// reader must give the same records (test/pipeline/format-parity.test.ts).
// Run once by hand when the sample changes; tests and CI only read the committed file.
//   apt-get install -y libreoffice-writer-nogui && node dist/scripts/make-resaved-docx.js
// Determinism: LibreOffice stamps the conversion time in docProps/core.xml; it is pinned, and
// the zip is rewritten with fixed entry dates.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageRoot } from '../src/util/package-root.js';
import { libreOfficeConvert } from './make-sample-pdfs.js';

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const ISO_DATE = '2024-01-01T00:00:00Z';

async function pin(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const core = zip.file('docProps/core.xml');
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    let content: Buffer | string = await entry.async('nodebuffer');
    if (entry === core) {
      content = content.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${ISO_DATE}`).replace(/<cp:revision>\d+</, '<cp:revision>1<');
    }
    out.file(entry.name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const root = packageRoot();
const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-resave-'));
try {
  const env = { ...process.env, HOME: tmp, TZ: 'UTC', LANG: 'C.UTF-8' };
  const resaved = libreOfficeConvert(join(root, 'samples', 'qinglong-2024.docx'), 'docx:MS Word 2007 XML', '.docx', tmp, env);
  const output = join(root, 'test', 'fixtures', 'docx', 'qinglong-2024.libreoffice.docx');
  const bytes = await pin(resaved);
  writeFileSync(output, bytes);
  console.log(`${output}: ${bytes.length} bytes`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
