// Makes the scanned fixtures: the table pages of a few text-layer PDFs rendered to images as a
// county bureau's scanner would leave them (rotated up to ±1°, blurred, speckled, a red stamp over
// a table corner, a handwritten-style signature, JPEG artefacts), put back into image-only PDFs
// (one DCT image per page, nothing else) in test/fixtures/scans/, with their expected records in
// expected/scans/: the source's text-layer reading of the same pages (the reader gives the DOCX's
// records from those PDFs, test/pipeline/format-parity), whose checks must all pass.
// Run by hand when a source or a quality changes; the outputs are committed, so tests never
// need ImageMagick.
//
// Needs (Debian 12): poppler-utils (pdftoppm, pdfseparate, pdfunite), imagemagick,
// fonts-noto-cjk (the stamp's characters).
// Usage: npm run make:scans [-- name...] [--seed N --out DIR] [--pdf FILE]
//   --seed: another draw of angles, seal and signature places and noise (0, the committed
//   fixtures'); --out: write the scans and expected records under DIR instead (measuring the
//   reader on scans it was not tuned on); --pdf: scan FILE whole instead, without seal or
//   signature (another template; compare its scans with its hand-checked records).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { expectedDocument, formatExpected, expectedLine } from '../src/accuracy/expected.js';
import { processDocument } from '../src/pipeline/process.js';
import { jpegImage } from '../src/readers/docx/picture-image.js';
import { packageRoot } from '../src/util/package-root.js';
import { imageOnlyPdf } from '../src/util/pdf-writer.js';
import { random } from './fuzz.js';
import { pinPdf } from './make-sample-pdfs.js';
import { option, positional } from './options.js';
import { runMain } from './run-main.js';

export const SCAN_FIXTURES = 'test/fixtures/scans';
export const SCAN_EXPECTED = 'expected/scans';

interface Source {
  name: string;
  pdf: string;
  /** the scanned pages (1-based, in order): the text-layer reading of these pages is the expected one. */
  pages: number[];
  /** where the seal's and the signature's (top left) are drawn, in points before their jitter: MARKS unless said; null: none. */
  marks?: Marks | null;
  /** the qualities scanned (names of QUALITIES): all unless said. */
  qualities?: string[];
}

interface Marks {
  seal: [x: number, y: number];
  signature: [x: number, y: number];
}

/** A4 portrait: a red seal over the top right corner of the first table, a signature at the page's foot. */
const MARKS: Marks = { seal: [470, 150], signature: [330, 800] };

interface Quality {
  name: string;
  dpi: number;
  /** JPEG quality. */
  jpeg: number;
  /** Gaussian blur sigma (pixels). */
  blur: number;
  /** ImageMagick noise attenuation. */
  noise: number;
}

const SOURCES: Source[] = [
  // tables 1-9 of the sample (Chromium print: 收支总表 … 三公)
  { name: 'qinglong-2024', pdf: 'samples/qinglong-2024.chromium.pdf', pages: range(1, 8) },
  // another layout: 江苏-style headers and columns
  { name: 'jiangsu-layout', pdf: 'test/fixtures/variants/jiangsu-layout.pdf', pages: range(1, 8) },
  // the sample's first 项目绩效目标表 (projects 1-4 and the indicators of 1-3; project 4's
  // indicators are printed on page 15, so its record is whole here and it has none): every
  // project table continues over a page break, no page range ends with a project's last row
  { name: 'qinglong-2024-projects', pdf: 'samples/qinglong-2024.chromium.pdf', pages: range(12, 14) },
  // 北京's 报表 (landscape, rules printed 0.75 grey and header rows shaded, names printed against
  // their column's left rule): the 收支总表 and the 财政拨款收支总表. Its text-layer reading of these
  // two tables is expected/corpus/beijing-xinfang-2026.jsonl's, checked by hand.
  // A seal over its faint rules takes them out with it (docs/ocr.md, Limits): the seal is a
  // 骑缝章 on the left margin here, the signature under the table.
  {
    name: 'beijing-xinfang',
    pdf: '../shared/corpus/北京/北京-北京-633fab9d-政府办公厅_附件2：北京市信访办公室2026年度部门预算报表.pdf',
    pages: [1, 5],
    marks: { seal: [40, 260], signature: [330, 560] },
    // at 150 dpi its 0.75-grey rules are lost to the blur and JPEG (docs/ocr.md, Limits)
    qualities: ['200dpi'],
  },
];

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export const QUALITIES: Quality[] = [
  { name: '200dpi', dpi: 200, jpeg: 50, blur: 0.6, noise: 0.5 },
  { name: '150dpi', dpi: 150, jpeg: 45, blur: 0.5, noise: 0.4 },
];

function run(cmd: string, args: string[]): void {
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (res.error || res.status !== 0) {
    throw new Error(`${cmd} failed (${res.error?.message ?? `exit ${res.status}`}): ${res.stderr}\n(apt-get install -y poppler-utils imagemagick fonts-noto-cjk)`);
  }
}

const STAMP_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** One page image degraded as a scan: ImageMagick draw, rotate, blur, noise, JPEG. */
function degrade(png: string, jpg: string, q: Quality, rnd: () => number, seed: number, marks: Marks | null): void {
  const s = q.dpi / 72; // pixels per point
  const angle = (rnd() * 2 - 1).toFixed(2); // ±1°
  // the page's own size (a landscape page stays landscape)
  const header = readFileSync(png);
  const size = `${header.readUInt32BE(16)}x${header.readUInt32BE(20)}`;
  run('convert', [
    png,
    ...(marks ? markLayer(marks, s, size, rnd) : []),
    // rotated in place: the page keeps its size, as a scanner's does
    '-background', 'white', '-rotate', angle, '-gravity', 'center', '-extent', size,
    '-blur', `0x${q.blur}`,
    '-seed', String(seed), '-attenuate', String(q.noise), '+noise', 'Gaussian',
    '-strip', '-quality', String(q.jpeg), '-sampling-factor', '2x2',
    jpg,
  ]);
}

/**
 * ImageMagick arguments drawing the seal and the signature on their own layer, multiplied in:
 * ink over print darkens it, as on paper (print under a seal stays black; an alpha blend would
 * lighten it).
 */
function markLayer(marks: Marks, s: number, size: string, rnd: () => number): string[] {
  const cx = Math.round(marks.seal[0] * s + rnd() * 40 * s);
  const cy = Math.round(marks.seal[1] * s + rnd() * 60 * s);
  const r = Math.round(58 * s);
  const sx = Math.round(marks.signature[0] * s + rnd() * 60 * s);
  const sy = Math.round(marks.signature[1] * s);
  const w = (n: number): number => Math.round(n * s);
  const signature = `M ${sx},${sy} C ${sx + w(20)},${sy - w(30)} ${sx + w(30)},${sy + w(20)} ${sx + w(50)},${sy - w(10)} S ${sx + w(80)},${sy + w(15)} ${sx + w(100)},${sy - w(20)} S ${sx + w(130)},${sy + w(10)} ${sx + w(150)},${sy - w(5)}`;
  return [
    '(', '-size', size, 'xc:white',
    '-fill', 'none', '-stroke', 'rgb(215,70,80)', '-strokewidth', String(w(3)),
    '-draw', `circle ${cx},${cy} ${cx + r},${cy}`,
    '-fill', 'rgb(215,70,80)', '-stroke', 'none', '-font', STAMP_FONT, '-pointsize', String(w(13)),
    '-draw', `text ${cx - w(40)},${cy + w(5)} '预算专用章'`,
    '-draw', `polygon ${cx},${cy - w(38)} ${cx + w(9)},${cy - w(14)} ${cx - w(9)},${cy - w(14)}`,
    '-fill', 'none', '-stroke', 'rgb(45,75,200)', '-strokewidth', String(w(1.6)),
    '-draw', `path '${signature}'`,
    ')', '-compose', 'Multiply', '-composite', '-compose', 'Over',
  ];
}

/** An image-only PDF: each page one JPEG drawn over the whole page at `dpi`. */
export function imagePdf(jpegs: Buffer[], dpi: number): Buffer {
  return imageOnlyPdf(
    jpegs.map((jpeg) => {
      const image = jpegImage(jpeg);
      if (typeof image === 'string') throw new Error(image);
      return { ...image, ppi: dpi };
    }),
  );
}

/** Expected records of the scan: the text-layer reading of the source's scanned pages, its projects and indicators included (and scored). */
async function expectedFor(src: Source, textPages: string, scan: string, expectedFile: string): Promise<string> {
  // read under the scan's name: what a file name tells (北京市信访办公室2026年度…) the scan's does not
  const r = await processDocument({ bytes: new Uint8Array(readFileSync(textPages)), source: scan });
  if (r.kind !== 'document') throw new Error(`${src.name}: ${r.error.code}`);
  const { document, budget_lines, projects, indicators, checks } = r.output;
  const failed = checks.filter((c) => c.status === 'fail');
  if (failed.length > 0) throw new Error(`${src.name}: the text-layer reading fails checks: ${failed.map((c) => c.check).join(', ')}`);
  const doc = expectedDocument(document, scan, expectedFile, document.tables_found);
  // the budget-table scans print no project: their files stay as they were made (projects not scored)
  return formatExpected(doc, budget_lines.map(expectedLine), projects.length > 0 ? { projects, indicators } : undefined);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const names = positional(args, ['--seed', '--out', '--pdf']);
  const seed = Number(option(args, '--seed') ?? 0);
  const root = packageRoot();
  const outRoot = option(args, '--out') ?? root;
  const other = option(args, '--pdf');
  mkdirSync(join(outRoot, SCAN_FIXTURES), { recursive: true });
  mkdirSync(join(outRoot, SCAN_EXPECTED), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'budget-ingest-scans-'));
  try {
    const sources = other ? [wholeDocument(other)] : SOURCES.filter((s) => names.length === 0 || names.includes(s.name));
    for (const src of sources) {
      const pdf = resolve(root, src.pdf);
      // the scanned pages as a text PDF: what the scan's expected records are read from
      const { pages } = src;
      run('pdfseparate', ['-f', String(pages[0]), '-l', String(pages.at(-1)), pdf, join(tmp, `${src.name}-%d.pdf`)]);
      const textPages = join(tmp, `${src.name}-text.pdf`);
      run('pdfunite', [...pages.map((p) => join(tmp, `${src.name}-${p}.pdf`)), textPages]);
      const qualities = QUALITIES.filter((q) => !src.qualities || src.qualities.includes(q.name));
      qualities.forEach((q) => {
        const qi = QUALITIES.indexOf(q);
        const rnd = random(1000 * qi + src.name.length + 7919 * seed);
        const jpegs = pages.map((p) => {
          const stem = join(tmp, `${src.name}-${q.name}-${p}`);
          run('pdftoppm', ['-r', String(q.dpi), '-f', String(p), '-l', String(p), '-singlefile', '-png', pdf, stem]);
          degrade(`${stem}.png`, `${stem}.jpg`, q, rnd, 7 * p + qi + 101 * seed, src.marks ?? MARKS);
          return readFileSync(`${stem}.jpg`);
        });
        const out = join(outRoot, SCAN_FIXTURES, `${src.name}.${q.name}.pdf`);
        writeFileSync(out, pinPdf(imagePdf(jpegs, q.dpi)).bytes);
        console.log(`${out}: ${jpegs.length} pages, ${Math.round(readFileSync(out).length / 1024)} KB`);
      });
      for (const q of qualities) {
        const scan = join(outRoot, SCAN_FIXTURES, `${src.name}.${q.name}.pdf`);
        const expectedFile = join(outRoot, SCAN_EXPECTED, `${src.name}.${q.name}.jsonl`);
        writeFileSync(expectedFile, await expectedFor(src, textPages, scan, expectedFile));
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Any PDF scanned whole, without seal or signature (`--pdf FILE`): another template to measure the reader on. */
function wholeDocument(file: string): Source {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1] ?? 0);
  if (!(pages > 0)) throw new Error(`${file}: pdfinfo gives no page count (${info.stderr})`);
  return { name: basename(file, extname(file)), pdf: resolve(file), pages: range(1, pages), marks: null };
}

runMain(import.meta.url, main);
