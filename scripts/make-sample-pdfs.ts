// Makes the two PDF renderings of the bundled sample that are committed next to it:
//   samples/qinglong-2024.libreoffice.pdf  LibreOffice headless, from samples/qinglong-2024.docx
//   samples/qinglong-2024.chromium.pdf     headless Chromium printing the HTML that
//                                          render-sample-html.ts makes from the transcription JSON
//   test/fixtures/pdf/qinglong-2024.chromium-type3.pdf  the same HTML set in Noto Sans CJK SC,
//                                          a CFF font, which Chromium writes as Type 3 fonts
// Run once by hand when the sample changes; tests and CI only read the committed PDFs and never
// need LibreOffice, Chromium or these fonts.
//
// Needs (Debian 12 packages; nothing is downloaded at run time):
//   apt-get install -y libreoffice-writer-nogui chromium \
//     fonts-noto-cjk fonts-liberation2 fonts-wqy-microhei
//   (poppler-utils and qpdf are handy to inspect the results, but this script does not use them)
// Fonts: the DOCX asks for 宋体 and Times New Roman; a private fontconfig file maps 宋体/SimSun to
// Noto Serif CJK SC (LibreOffice's own fallback would pick Noto Sans CJK JP), and Times New
// Roman resolves to its metric twin Liberation Serif. The HTML uses WenQuanYi Micro Hei, a
// TrueType font: Skia (Chromium's PDF backend) embeds TrueType as a CID font, but draws CFF
// fonts such as Noto Sans CJK, and any synthetic bold, as Type 3 glyph procedures.
//
// Determinism: both tools stamp the time of conversion; LibreOffice also a random /ID and a
// /DocChecksum. pinPdf overwrites those in place with same-length values (a fixed date, a hash
// of the rest of the file), so xref offsets stay valid and the same inputs, tools and fonts
// give the same bytes. Chromium ignores SOURCE_DATE_EPOCH, LibreOffice 7.4 too.
//
// Usage: node dist/scripts/make-sample-pdfs.js [--keep-temp]
//   SOFFICE=/path/to/soffice CHROMIUM=/path/to/chromium override the binaries.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalizeCodePoints } from '../src/readers/pdf/chars.js';
import { packageRoot } from '../src/util/package-root.js';
import type { SampleBlock } from './make-sample-docx.js';
import { renderHtml, SAMPLE_TITLE } from './render-sample-html.js';
import { runMain } from './run-main.js';

const APT_HINT = 'apt-get install -y libreoffice-writer-nogui chromium fonts-noto-cjk fonts-liberation2 fonts-wqy-microhei';
/** Same instant as the DOCX's core.xml dates (make-sample-docx FIXED_DATE), as PDF date digits. */
const PDF_DATE = '20240101000000';
const FONTS_NEEDED = ['Noto Serif CJK SC', 'Noto Sans CJK SC', 'Liberation Serif', 'WenQuanYi Micro Hei'];
/** Strings the text layer of both renderings must hold (table title, a number, the unit name). */
const EXPECTED_TEXT = ['部门预算收支总表', '1038.81', '青龙满族自治县机关事务服务中心', '部门预算财政拨款“三公”经费支出表'];

const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
</fontconfig>
`;

/**
 * Overwrites the volatile parts of a PDF in place, each with a value of the same length:
 * /CreationDate and /ModDate (literal strings D:YYYYMMDDHHmmSS…) get `date` and a zero UTC
 * offset; the hex strings of the trailer's /ID and LibreOffice's /DocChecksum get a hash of
 * the file with those blanked. Byte offsets (xref table, startxref) are untouched. Returns what
 * was pinned, e.g. ['CreationDate', 'ID'].
 */
export function pinPdf(pdf: Buffer, date = PDF_DATE): { bytes: Buffer; pinned: string[] } {
  if (!/^\d{14}$/.test(date)) throw new Error(`date must be YYYYMMDDHHmmSS, got ${date}`);
  const pinned: string[] = [];
  let s = pdf.toString('latin1'); // one char per byte, so lengths and offsets carry over
  s = s.replace(
    /\/(CreationDate|ModDate)(\s*)\(D:(\d{14})([^()]*)\)/g,
    (_m, key: string, space: string, _when: string, zone: string) => {
      pinned.push(key);
      return `/${key}${space}(D:${date}${zone.replace(/\d/g, '0').replace('-', '+')})`;
    },
  );
  const id = /(\/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])/g;
  const checksum = /(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g;
  const zero = (hex: string): string => '0'.repeat(hex.length);
  s = s.replace(id, (_m, a: string, x: string, b: string, y: string, c: string) => a + zero(x) + b + zero(y) + c);
  s = s.replace(checksum, (_m, a: string, x: string) => a + zero(x));
  const digest = createHash('sha256').update(s, 'latin1').digest('hex').toUpperCase();
  const fill = (hex: string): string => {
    const value = digest.repeat(Math.ceil(hex.length / digest.length) || 1).slice(0, hex.length);
    return hex === hex.toLowerCase() && /[a-f]/.test(hex) ? value.toLowerCase() : value;
  };
  s = s.replace(id, (_m, a: string, x: string, b: string, y: string, c: string) => {
    pinned.push('ID');
    return a + fill(x) + b + fill(y) + c;
  });
  s = s.replace(checksum, (_m, a: string, x: string) => {
    pinned.push('DocChecksum');
    return a + fill(x);
  });
  const bytes = Buffer.from(s, 'latin1');
  if (bytes.length !== pdf.length) throw new Error('pinPdf changed the file length'); // cannot happen
  return { bytes, pinned };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const res = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 300_000 });
  if (res.error && (res.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${what}: ${cmd} not found; install it with: ${APT_HINT}`);
  }
  if (res.error || res.status !== 0) {
    // both tools chatter on stderr (dbus, javaldx) even when they succeed: show it only now
    throw new Error(`${what} failed (${res.error?.message ?? `exit ${res.status}`}):\n${res.stdout}${res.stderr}`);
  }
}

function checkFonts(env: NodeJS.ProcessEnv): void {
  const res = spawnSync('fc-list', [':', 'family'], { env, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`fc-list failed; install fontconfig (${APT_HINT})`);
  const families = new Set(res.stdout.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())));
  const missing = FONTS_NEEDED.filter((f) => !families.has(f));
  if (missing.length > 0) throw new Error(`fonts missing: ${missing.join(', ')}; install them with: ${APT_HINT}`);
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Page count and whole-document text (items joined without separators) through pdf.js. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(pdfjsDir, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + sep,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str;
      text += '\n';
      page.cleanup();
    }
    return { pages: doc.numPages, text };
  } finally {
    await doc.destroy();
  }
}

/** A private fontconfig file and private tool profiles under `tmp`: nothing from ~ leaks in. */
export function toolEnv(tmp: string): NodeJS.ProcessEnv {
  writeFileSync(join(tmp, 'fonts.conf'), FONTS_CONF);
  const env = { ...process.env, FONTCONFIG_FILE: join(tmp, 'fonts.conf'), HOME: tmp, TZ: 'UTC', LANG: 'C.UTF-8' };
  checkFonts(env);
  return env;
}

/** LibreOffice headless, `input` converted by `filter` (e.g. pdf:writer_pdf_Export) to a file ending in `ext`; `tmp` holds the profile and the output. */
export function libreOfficeConvert(input: string, filter: string, ext: string, tmp: string, env: NodeJS.ProcessEnv): Buffer {
  const outDir = mkdtempSync(join(tmp, 'libreoffice-'));
  run(
    process.env['SOFFICE'] ?? 'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(tmp, 'lo-profile')).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, input],
    env,
    'LibreOffice',
  );
  const out = join(outDir, `${basename(input).replace(/\.[^.]+$/, '')}${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return readFileSync(out);
}

/** LibreOffice headless, DOCX → PDF (unpinned bytes). */
export const libreOfficePdf = (docx: string, tmp: string, env: NodeJS.ProcessEnv): Buffer => libreOfficeConvert(docx, 'pdf:writer_pdf_Export', '.pdf', tmp, env);

async function finish(raw: Buffer, output: string): Promise<void> {
  const { bytes, pinned } = pinPdf(raw);
  const { pages, text } = await pdfText(bytes);
  // Type 3 glyphs map to radicals (⻔ for 门) in their ToUnicode: compare as the reader reads
  const flat = normalizeCodePoints(text).replace(/\s+/g, '');
  const missing = EXPECTED_TEXT.filter((t) => !flat.includes(t));
  if (missing.length > 0) throw new Error(`${output}: text layer lacks ${missing.join(', ')}`);
  writeFileSync(output, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  console.log(`${output}: ${pages} pages, ${bytes.length} bytes, sha256 ${sha}…, pinned ${pinned.join(' ') || 'nothing'}`);
}

/** Headless Chromium printing `html` to PDF (unpinned bytes); `name` names the temporary files in `tmp`. */
export function chromiumPdf(html: string, name: string, tmp: string, env: NodeJS.ProcessEnv): Buffer {
  const htmlFile = join(tmp, `${name}.html`);
  writeFileSync(htmlFile, html);
  const pdf = join(tmp, `${name}.pdf`);
  run(
    process.env['CHROMIUM'] ?? 'chromium',
    [
      '--headless',
      '--no-sandbox', // we run as root in a container
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(tmp, 'chromium-profile')}`,
      '--no-pdf-header-footer',
      // untagged: tagging adds ~4,600 structure objects (0.9 MB instead of 0.2 MB)
      '--disable-pdf-tagging',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(htmlFile).href,
    ],
    env,
    'Chromium',
  );
  if (!existsSync(pdf)) throw new Error(`Chromium wrote no ${pdf}`);
  return readFileSync(pdf);
}

async function main(): Promise<void> {
  const keepTemp = process.argv.includes('--keep-temp');
  const root = packageRoot();
  const docx = join(root, 'samples/qinglong-2024.docx');
  const json = join(root, 'scripts/sample-src/qinglong-2024.json');
  for (const f of [docx, json]) if (!existsSync(f)) throw new Error(`missing input ${f}`);
  const stem = basename(docx, '.docx');
  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-pdfs-'));
  try {
    const env = toolEnv(tmp);

    // 1. LibreOffice, from the DOCX
    await finish(libreOfficePdf(docx, tmp, env), join(root, 'samples', `${stem}.libreoffice.pdf`));

    // 2. Chromium, from the HTML rendering of the transcription (the HTML stays in tmp): in a
    // TrueType font (CID fonts in the PDF) and in a CFF font (Type 3 fonts in the PDF)
    const { blocks } = JSON.parse(readFileSync(json, 'utf8')) as { blocks: SampleBlock[] };
    await finish(chromiumPdf(renderHtml(blocks, SAMPLE_TITLE), `${stem}.chromium`, tmp, env), join(root, 'samples', `${stem}.chromium.pdf`));
    const type3 = chromiumPdf(renderHtml(blocks, SAMPLE_TITLE, 'Noto Sans CJK SC'), `${stem}.chromium-type3`, tmp, env);
    await finish(type3, join(root, 'test/fixtures/pdf', `${stem}.chromium-type3.pdf`));
  } finally {
    if (keepTemp) console.log(`temporary files kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

// Run only as a script, so pinPdf can be imported without side effects.
runMain(import.meta.url, main);
