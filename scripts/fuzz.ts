// Fuzzing (a script, not a test): mutates the sample DOCX and PDFs (bytes, and the XML
// inside the DOCX) and runs every mutant through the real batch: worker pool, time limit,
// cache, writer. Every mutant must end in documents.jsonl or errors.jsonl; the run must
// not crash or hang. Mutants that end in INTERNAL_ERROR or TIMEOUT are kept for whoever
// fixes them.
//   npm run fuzz -- [--count 600] [--seed 1] [--out DIR] [--timeout 30s]
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { runIngest } from '../src/cli/run.js';
import { readToolInfo } from '../src/cli/package-info.js';
import { parseDuration } from '../src/cli/parse-options.js';
import { packageRoot } from '../src/util/package-root.js';

/** A small deterministic PRNG (mulberry32), so a seed reproduces a run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = (rng: Rng, n: number): number => Math.floor(rng() * n);

// ---- byte mutations: what damaged downloads and broken writers produce

const BYTE_MUTATIONS: Record<string, (bytes: Buffer, rng: Rng) => Buffer> = {
  flip: (bytes, rng) => {
    const out = Buffer.from(bytes);
    for (let i = 1 + pick(rng, 16); i > 0; i--) {
      const at = pick(rng, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << pick(rng, 8));
    }
    return out;
  },
  overwrite: (bytes, rng) => {
    const out = Buffer.from(bytes);
    const at = pick(rng, out.length);
    for (let i = 0; i < 1 + pick(rng, 64) && at + i < out.length; i++) out[at + i] = pick(rng, 256);
    return out;
  },
  truncate: (bytes, rng) => bytes.subarray(0, pick(rng, bytes.length)),
  cut: (bytes, rng) => {
    const at = pick(rng, bytes.length);
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + pick(rng, 4096))]);
  },
  duplicate: (bytes, rng) => {
    const at = pick(rng, bytes.length);
    const chunk = bytes.subarray(at, at + 1 + pick(rng, 4096));
    return Buffer.concat([bytes.subarray(0, at), chunk, chunk, bytes.subarray(at + chunk.length)]);
  },
  insert: (bytes, rng) => {
    const at = pick(rng, bytes.length);
    const junk = Buffer.from(Array.from({ length: 1 + pick(rng, 256) }, () => pick(rng, 256)));
    return Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
  },
};

// ---- DOCX mutations: valid zips whose XML is odd, which reach the reader and extractors

const XML_MUTATIONS: Record<string, (xml: string, rng: Rng) => string> = {
  // drop a random element range: cells, rows, whole tables disappear
  'drop-element': (xml, rng) => {
    const tags = [...xml.matchAll(/<w:(tc|tr|p|tbl|gridCol|r)[ >]/g)];
    const start = tags[pick(rng, tags.length)];
    if (!start?.index) return xml;
    const close = xml.indexOf(`</w:${start[1]}>`, start.index);
    return close < 0 ? xml : xml.slice(0, start.index) + xml.slice(close + start[1]!.length + 6);
  },
  // repeat a row: tables grow, totals stop adding up
  'duplicate-row': (xml, rng) => {
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)];
    const row = rows[pick(rng, rows.length)];
    return row?.index === undefined ? xml : xml.slice(0, row.index) + row[0] + xml.slice(row.index);
  },
  // replace a text run with something hostile
  'odd-text': (xml, rng) => {
    const odd = ['', '-', '—', '1e308', '-0.00', '９９９．９９', '合计', '(续)', '单位：元', 'NaN', '1,2,3.4.5', '　', '%', '0'.repeat(400)];
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
    const text = texts[pick(rng, texts.length)];
    if (text?.index === undefined) return xml;
    const replacement = text[0].replace(text[1] ?? '', odd[pick(rng, odd.length)] ?? '');
    return xml.slice(0, text.index) + replacement + xml.slice(text.index + text[0].length);
  },
  // merged cells out of range
  'odd-span': (xml, rng) => xml.replace(/<w:gridSpan w:val="\d+"\/>/, `<w:gridSpan w:val="${[0, 1, 50, 9999][pick(rng, 4)]}"/>`),
  'odd-merge': (xml) => xml.replace(/<w:vMerge\/>/, '<w:vMerge w:val="restart"/>'),
  // a closing tag lost: malformed XML
  'unclosed': (xml, rng) => {
    const closes = [...xml.matchAll(/<\/w:(tc|tr|tbl|p)>/g)];
    const close = closes[pick(rng, closes.length)];
    return close?.index === undefined ? xml : xml.slice(0, close.index) + xml.slice(close.index + close[0].length);
  },
};

async function mutateDocxXml(bytes: Buffer, rng: Rng, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const mutate = XML_MUTATIONS[name] as (xml: string, rng: Rng) => string;
  for (let i = 1 + pick(rng, 3); i > 0; i--) xml = mutate(xml, rng);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export interface Mutant {
  name: string;
  /** the mutation applied. */
  how: string;
  bytes: Buffer;
}

/** `count` mutants of the seeds, alternating between them; half the DOCX ones are XML mutations. */
export async function* mutants(seeds: readonly { name: string; bytes: Buffer }[], count: number, seed: number): AsyncGenerator<Mutant> {
  const rng = random(seed);
  const byteNames = Object.keys(BYTE_MUTATIONS);
  const xmlNames = Object.keys(XML_MUTATIONS);
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length] as { name: string; bytes: Buffer };
    const isDocx = base.name.endsWith('.docx');
    const id = String(i).padStart(4, '0');
    if (isDocx && rng() < 0.5) {
      const how = xmlNames[pick(rng, xmlNames.length)] as string;
      yield { name: `${id}-${how}-${base.name}`, how, bytes: await mutateDocxXml(base.bytes, rng, how) };
    } else {
      const how = byteNames[pick(rng, byteNames.length)] as string;
      yield { name: `${id}-${how}-${base.name}`, how, bytes: (BYTE_MUTATIONS[how] as (b: Buffer, r: Rng) => Buffer)(base.bytes, rng) };
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '600' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      timeout: { type: 'string', default: '30s' },
    },
  });
  const root = packageRoot();
  const work = values.out ?? join(tmpdir(), `fuzz-${values.seed}`);
  const corpus = join(work, 'mutants');
  await rm(work, { recursive: true, force: true });
  await mkdir(corpus, { recursive: true });
  // the samples, and the sample DOCX as LibreOffice writes it (sliver grid columns)
  const seedFiles = ['samples/qinglong-2024.docx', 'samples/qinglong-2024.chromium.pdf', 'samples/qinglong-2024.libreoffice.pdf', 'test/fixtures/docx/qinglong-2024.libreoffice.docx'];
  const seeds = await Promise.all(seedFiles.map(async (path) => ({ name: basename(path), bytes: await readFile(join(root, path)) })));
  const kinds = new Map<string, number>();
  for await (const mutant of mutants(seeds, Number(values.count), Number(values.seed))) {
    await writeFile(join(corpus, mutant.name), mutant.bytes);
    kinds.set(mutant.how, (kinds.get(mutant.how) ?? 0) + 1);
  }
  console.log(`${values.count} mutants of ${seedFiles.join(', ')} (seed ${values.seed}) in ${corpus}`);
  console.log(`  by mutation: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  const started = performance.now();
  let slowest = { ms: 0, source: '' };
  const report = await runIngest({
    paths: [corpus],
    outDir: join(work, 'out'),
    tool: readToolInfo(),
    workers: availableParallelism(),
    timeoutMs: parseDuration(values.timeout),
    reprocess: true,
    onProgress: (p) => {
      if (p.ms > slowest.ms) slowest = { ms: p.ms, source: p.source };
    },
  });
  const seconds = (performance.now() - started) / 1000;

  const inputs = report.manifest.inputs;
  const documents = inputs.filter((i) => i.outcome === 'document').length;
  const byCode = new Map<string, number>();
  for (const error of report.errors) byCode.set(error.code, (byCode.get(error.code) ?? 0) + 1);
  const findings = report.errors.filter((e) => e.code === 'INTERNAL_ERROR' || e.code === 'TIMEOUT');
  const keep = join(work, 'findings');
  await mkdir(keep, { recursive: true });
  for (const finding of findings) await copyFile(finding.source, join(keep, finding.source.split('/').pop() as string));

  console.log(`ran in ${seconds.toFixed(1)} s; slowest mutant ${(slowest.ms / 1000).toFixed(1)} s (${slowest.source})`);
  console.log(`  ${inputs.length} inputs: ${documents} read as documents, ${inputs.length - documents} only in errors.jsonl`);
  console.log(`  error records by code: ${[...byCode].sort().map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  console.log(`  accounted for: ${inputs.length === Number(values.count) ? 'every mutant' : `ONLY ${inputs.length} of ${values.count}`}`);
  if (findings.length > 0) {
    console.log(`  ${findings.length} finding(s) (INTERNAL_ERROR / TIMEOUT), copied to ${keep}:`);
    const messages = new Map<string, number>();
    for (const f of findings) {
      const key = `${f.code} ${f.message.slice(0, 160)}`;
      messages.set(key, (messages.get(key) ?? 0) + 1);
    }
    for (const [message, n] of [...messages].sort((a, b) => b[1] - a[1])) console.log(`    ${n}× ${message}`);
  }
  if (inputs.length !== Number(values.count)) process.exitCode = 1;
}

// run as a script, not when a test imports the mutators
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
