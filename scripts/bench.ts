// The batch benchmark (a script, not a test): builds a corpus from the samples, runs the
// built CLI over it with one worker and with every core, and compares with what the
// reading libraries alone manage on the same files.
//   npm run bench -- [--docx 500] [--pdf 500] [--xlsx 200] [--doc 20] [--raw 100] [--scans 4] [--scale 1000,5000] [--keep DIR]
// --scale N,M: also runs N and M DOCX documents with every core, for peak memory against size.
// --xlsx, --doc: copies of the sample's workbook (a sheet per table) and Word 97 fixtures
// (test/fixtures/office/); the .doc rows also time LibreOffice alone, cold (a new profile) and warm.
// --scans N: OCR throughput on the first N committed scans (test/fixtures/scans/, 8 pages each;
// 0 skips it), pages/s per core and peak RSS of node + tesseract, beside the text-layer PDF rows.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { packageRoot } from '../src/util/package-root.js';
import { committedScans, formatOcr, measureOcr, ocrEngine } from './ocr-throughput.js';

const run = promisify(execFile);
const root = packageRoot();
const BIN = join(root, 'dist', 'src', 'cli', 'main.js');
const SAMPLE_DOCX = join(root, 'samples', 'qinglong-2024.docx');
const SAMPLE_PDFS = ['qinglong-2024.chromium.pdf', 'qinglong-2024.libreoffice.pdf'].map((name) => join(root, 'samples', name));
const DEPARTMENT = '青龙满族自治县机关事务服务中心';

// ---- corpus

/**
 * DOCX variant i: the department renamed and every amount (a number printed with two
 * decimals, not a percentage, in tables and text alike) multiplied by the same whole
 * factor, so totals still add up and the narrative still matches the tables, while text,
 * numbers and bytes differ from document to document.
 */
async function docxVariant(sample: Buffer, i: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sample);
  const factor = 2 + (i % 7);
  const scale = (amount: string): string => {
    const value = Number(amount.replaceAll(',', '')) * factor;
    return amount.includes(',') ? value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value.toFixed(2);
  };
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const varied = xml
    .replaceAll(DEPARTMENT, `青龙满族自治县第${i + 1}服务中心`)
    .replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/\d[\d,]*\.\d\d(?![\d%])/g, scale)}<`);
  zip.file('word/document.xml', varied);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** PDF variant i: a comment after %%EOF, so each file has its own doc_id (the content is the sample's). */
function pdfVariant(sample: Buffer, i: number): Buffer {
  return Buffer.concat([sample, Buffer.from(`%bench variant ${i}\n`)]);
}

const corpusFiles = (dir: string, ext: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => join(dir, `dept-${String(i).padStart(5, '0')}${ext}`));

async function makeCorpus(dir: string, docx: number, pdf: number): Promise<{ docx: string; pdf: string }> {
  const folders = { docx: join(dir, 'docx'), pdf: join(dir, 'pdf') };
  await mkdir(folders.docx, { recursive: true });
  await mkdir(folders.pdf, { recursive: true });
  const sample = await readFile(SAMPLE_DOCX);
  for (const [i, file] of corpusFiles(folders.docx, '.docx', docx).entries()) await writeFile(file, await docxVariant(sample, i));
  const pdfs = await Promise.all(SAMPLE_PDFS.map((path) => readFile(path)));
  for (const [i, file] of corpusFiles(folders.pdf, '.pdf', pdf).entries()) await writeFile(file, pdfVariant(pdfs[i % pdfs.length] as Buffer, i));
  return folders;
}

// ---- the library bound: what mammoth / pdf.js alone do with the same files, one core

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Wall and CPU seconds of `work` in this process (the bench runs nothing else meanwhile). */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function rawDocx(files: readonly string[]): Promise<Measured> {
  const run = await timed(async () => {
    for (const file of files) await mammoth.convertToHtml({ buffer: await readFile(file) });
  });
  return { docs: files.length, pages: 0, seconds: run.seconds, cpuSeconds: run.cpuSeconds };
}

/** getTextContent + getOperatorList of every page, with the reader's options. */
async function rawPdf(files: readonly string[]): Promise<Measured> {
  const run = await timed(async () => {
    let pages = 0;
    for (const file of files) {
      const task = getDocument({
        data: new Uint8Array(await readFile(file)),
        cMapUrl: join(pdfjsDir, 'cmaps') + sep,
        cMapPacked: true,
        standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + sep,
        isEvalSupported: false,
        useSystemFonts: false,
        disableFontFace: true,
        verbosity: 0,
      });
      const doc = await task.promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await Promise.all([page.getTextContent(), page.getOperatorList()]);
        page.cleanup();
      }
      pages += doc.numPages;
      await doc.destroy();
    }
    return pages;
  });
  return { docs: files.length, pages: run.value, seconds: run.seconds, cpuSeconds: run.cpuSeconds };
}

/** SheetJS reading the workbooks, as the reader calls it. */
async function rawXlsx(files: readonly string[]): Promise<Measured> {
  const XLSX = await import('@e965/xlsx');
  const run = await timed(async () => {
    for (const file of files) XLSX.read(await readFile(file), { type: 'buffer', dense: true, cellFormula: false, cellHTML: false });
  });
  return { docs: files.length, pages: 0, seconds: run.seconds, cpuSeconds: run.cpuSeconds };
}

/** LibreOffice converting each .doc to DOCX, one profile for all (the first conversion makes it). */
async function rawSoffice(files: readonly string[], scratch: string): Promise<{ raw: Measured; coldSeconds: number; warmSeconds: number[] }> {
  const profile = pathToFileURL(join(scratch, 'lo-profile')).href;
  const times: number[] = [];
  const out = join(scratch, 'soffice-out');
  for (const file of files) {
    const started = performance.now();
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, file]);
    times.push((performance.now() - started) / 1000);
  }
  await rm(out, { recursive: true, force: true });
  const seconds = times.reduce((a, b) => a + b, 0);
  // soffice's CPU is not this process's: per CPU-second figures are left out for it
  return { raw: { docs: files.length, pages: 0, seconds, cpuSeconds: Number.NaN }, coldSeconds: times[0] ?? 0, warmSeconds: times.slice(1) };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

// ---- the pipeline: the built CLI, as users run it

interface Measured {
  docs: number;
  pages: number;
  seconds: number;
  /** CPU time, all threads: on a shared machine wall time alone says little, so ratios are given both ways. */
  cpuSeconds: number;
}

interface PipelineRun extends Measured {
  peakRssMb: number;
}

async function pipeline(input: string, workers: number, scratch: string): Promise<PipelineRun> {
  const out = join(scratch, `out-${workers}`);
  await rm(out, { recursive: true, force: true });
  const started = performance.now();
  await run(process.execPath, [BIN, 'ingest', input, '--out', out, '--workers', String(workers), '--quiet'], {
    maxBuffer: 1 << 26,
  }).catch((err: { code?: number }) => {
    if (err.code !== 0 && err.code !== 2) throw err; // 2: --strict only
  });
  const seconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    inputs: unknown[];
    run: { peak_rss_bytes: number; cpu_seconds: number };
  };
  const documents = (await readFile(join(out, 'documents.jsonl'), 'utf8')).split('\n').filter(Boolean);
  const pages = documents.reduce((sum, line) => sum + ((JSON.parse(line) as { pages: number | null }).pages ?? 0), 0);
  if (documents.length !== manifest.inputs.length) {
    throw new Error(`${input}: ${manifest.inputs.length - documents.length} input(s) failed; see ${out}/errors.jsonl`);
  }
  await rm(out, { recursive: true, force: true });
  return { docs: manifest.inputs.length, pages, seconds, cpuSeconds: manifest.run.cpu_seconds, peakRssMb: manifest.run.peak_rss_bytes / 2 ** 20 };
}

// ---- report

const fixed = (n: number, digits = 1): string => n.toFixed(digits);

function row(label: string, r: Measured & { peakRssMb?: number }): string {
  const pages = r.pages > 0 ? `  ${fixed(r.pages / r.seconds).padStart(6)} pages/s` : '';
  const perCpu = r.pages > 0 ? `${fixed(r.pages / r.cpuSeconds)} pages` : `${fixed(r.docs / r.cpuSeconds, 2)} docs`;
  const memory = r.peakRssMb === undefined ? '' : `  peak RSS ${fixed(r.peakRssMb, 0)} MB`;
  return (
    `  ${label.padEnd(14)} ${String(r.docs).padStart(5)} docs  ${fixed(r.seconds).padStart(7)} s  ${fixed(r.docs / r.seconds, 2).padStart(6)} docs/s${pages}` +
    `  | CPU ${fixed(r.cpuSeconds / r.seconds, 2)} cores, ${perCpu} per CPU-s${memory}`
  );
}

/** Throughput ratio a ÷ b (pages when both have pages, else documents), by wall time and by CPU time. */
function ratio(a: Measured, b: Measured): string {
  const work = (m: Measured): number => (a.pages > 0 && b.pages > 0 ? m.pages : m.docs);
  const wall = work(a) / a.seconds / (work(b) / b.seconds);
  const cpu = work(a) / a.cpuSeconds / (work(b) / b.cpuSeconds);
  return `${fixed(wall, 2)} by wall time, ${fixed(cpu, 2)} per CPU-second`;
}

/** The cores two spinning threads get right now: what a shared machine leaves for the benchmark. */
async function availableCores(): Promise<number> {
  const code = 'const t = Date.now(); let x = 0; while (Date.now() - t < 2000) x += Math.sqrt(x + 1);';
  const run = await timed(() => Promise.all(Array.from({ length: 2 }, () => new Promise((done) => new Worker(code, { eval: true }).on('exit', done)))));
  return run.cpuSeconds / run.seconds;
}

async function compare(kind: string, rawLabel: string, raw: Measured, folder: string, scratch: string, cores: number): Promise<{ lines: string[]; one: PipelineRun }> {
  const free = await availableCores();
  const one = await pipeline(folder, 1, scratch);
  const all = await pipeline(folder, cores, scratch);
  // the parallel speed-up a free machine would show: the 2-worker run's CPU efficiency times the cores
  const efficiency = (all.docs / all.cpuSeconds) / (one.docs / one.cpuSeconds);
  const lines = [
    `${kind} (cores free before the runs, by two spinning threads: ${fixed(free, 2)} of ${cores})`,
    row(rawLabel, raw),
    row('1 worker', one),
    row(`${cores} workers`, all),
    `  1 worker ÷ ${rawLabel.trim()}: ${ratio(one, raw)}`,
    `  ${cores} workers ÷ 1 worker: ${fixed(one.seconds / one.docs / (all.seconds / all.docs), 2)} by wall time; ` +
      `CPU efficiency ${fixed(efficiency, 2)}, so ${fixed(efficiency * cores, 2)} on ${cores} free cores`,
  ];
  return { lines, one };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docx: { type: 'string', default: '500' },
      pdf: { type: 'string', default: '500' },
      xlsx: { type: 'string', default: '200' },
      doc: { type: 'string', default: '20' },
      raw: { type: 'string', default: '100' },
      scans: { type: 'string', default: '4' },
      scale: { type: 'string' },
      keep: { type: 'string' },
    },
  });
  const counts = { docx: Number(values.docx), pdf: Number(values.pdf) };
  const cores = availableParallelism();
  const scratch = values.keep ?? (await mkdtemp(join(tmpdir(), 'bench-')));
  try {
    console.log(`building a corpus of ${counts.docx} DOCX + ${counts.pdf} PDF in ${scratch} …`);
    const corpus = await makeCorpus(join(scratch, 'corpus'), counts.docx, counts.pdf);
    const rawCount = Number(values.raw);
    const lines: string[] = [`budget-ingest benchmark, Node ${process.version}, ${cores} core(s)`];
    let textLayer: PipelineRun | undefined;

    if (counts.docx > 0) {
      const raw = await rawDocx(corpusFiles(corpus.docx, '.docx', Math.min(rawCount, counts.docx)));
      lines.push(...(await compare('DOCX', 'mammoth alone', raw, corpus.docx, scratch, cores)).lines);
      lines.push('  targets: 1 worker ≥ 0.7 × mammoth alone; 2 workers ≥ 1.7 × 1 worker');
    }
    if (counts.pdf > 0) {
      const raw = await rawPdf(corpusFiles(corpus.pdf, '.pdf', Math.min(rawCount, counts.pdf)));
      const pdf = await compare('PDF', 'pdf.js alone', raw, corpus.pdf, scratch, cores);
      textLayer = pdf.one;
      lines.push(...pdf.lines);
      lines.push('  targets: ≥ 55 pages/s per core (1 worker); 2 workers ≥ 1.7 × 1 worker');
    }
    const scans = committedScans().slice(0, Number(values.scans));
    if (scans.length > 0) {
      const ocr = await measureOcr(scans);
      lines.push(`PDF scans through OCR, in one process (${ocrEngine()})`, ...formatOcr(ocr));
      if (textLayer) lines.push(`  text layer, 1 worker: ${fixed(textLayer.pages / textLayer.cpuSeconds)} pages per CPU-s: OCR is ${fixed(textLayer.pages / textLayer.cpuSeconds / (ocr.pages / ocr.cpuSeconds), 0)} × slower per page`);
    }
    for (const [kind, fixture, count] of [
      ['xlsx', 'qinglong-2024.sheets.xlsx', Number(values.xlsx)],
      ['doc', 'qinglong-2024.doc', Number(values.doc)],
    ] as const) {
      if (count <= 0) continue;
      // the same bytes under many names: each is processed (the cache is keyed by path too)
      const dir = join(scratch, 'corpus', kind);
      await mkdir(dir, { recursive: true });
      const bytes = await readFile(join(root, 'test', 'fixtures', 'office', fixture));
      const files = corpusFiles(dir, `.${kind}`, count);
      for (const file of files) await writeFile(file, bytes);
      if (kind === 'xlsx') {
        lines.push(...(await compare('XLSX (the sample, a sheet per table)', 'SheetJS alone', await rawXlsx(files.slice(0, rawCount)), dir, scratch, cores)).lines);
      } else {
        const soffice = await rawSoffice(files.slice(0, Math.min(rawCount, 10)), scratch);
        lines.push(...(await compare('DOC (the sample saved as Word 97)', 'soffice alone', soffice.raw, dir, scratch, cores)).lines);
        lines.push(
          `  one LibreOffice conversion (.doc → DOCX): ${fixed(soffice.coldSeconds, 2)} s with a new profile, ` +
            `median ${fixed(median(soffice.warmSeconds), 2)} s with the profile made (each worker makes one once); CPU figures count node threads, not soffice`,
        );
      }
    }
    if (values.scale) {
      lines.push(`peak RSS against batch size (DOCX, ${cores} workers; target < 400 MB and flat)`);
      const sample = await readFile(SAMPLE_DOCX);
      for (const size of values.scale.split(',').map(Number)) {
        const dir = join(scratch, `scale-${size}`);
        await mkdir(dir, { recursive: true });
        for (const [i, file] of corpusFiles(dir, '.docx', size).entries()) await writeFile(file, await docxVariant(sample, i));
        lines.push(row(`${size} docs`, await pipeline(dir, cores, scratch)));
        await rm(dir, { recursive: true, force: true });
      }
    }
    console.log(lines.join('\n'));
  } finally {
    if (!values.keep) await rm(scratch, { recursive: true, force: true });
  }
}

await main();
