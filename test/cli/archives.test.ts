// A zip of documents given to ingest (portals publish a disclosure's parts as one .zip): each
// document inside is an input of its own, named <zip>/<path inside>; what cannot be read is
// an error record like any file's, and the batch goes on.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gbk } from '../../scripts/gbk.js';
import { runIngest } from '../../src/cli/run.js';
import { makeRar } from '../input/make-rar.js';
import { makeZip } from '../input/make-zip.js';
import { fakePdf, fakeProcessor, put, readJsonl, tempDir } from './helpers.js';

const TOOL = { name: 'budget-ingest', version: '0.0.0-test' };
let root: string;
beforeEach(async () => {
  root = await tempDir('archives-');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const ingest = (paths: string[], calls: string[] = [], maxFileBytes?: number) =>
  runIngest({
    paths,
    outDir: join(root, 'out'),
    tool: TOOL,
    processor: fakeProcessor(calls),
    recordRunTime: false,
    ...(maxFileBytes ? { limits: { maxFileBytes } } : {}),
  });

test('each document in a zip is read as an input of its own; folders, __MACOSX and junk are not', async () => {
  const inner = makeZip({ '表.pdf': fakePdf('ok') });
  const zip = await put(
    join(root, 'in', '2024年部门预算.zip'),
    makeZip({
      '2024年部门预算/': '',
      '2024年部门预算/情况说明.pdf': fakePdf('ok'),
      '2024年部门预算/报表.pdf': fakePdf('check-fail'),
      '2024年部门预算/坏.pdf': '<!doctype html><html></html>',
      '__MACOSX/2024年部门预算/._报表.pdf': 'junk',
      '2024年部门预算/Thumbs.db': 'junk',
      '附件.zip': inner,
    }),
  );
  const calls: string[] = [];
  const report = await ingest([zip], calls);
  expect(report.exitCode).toBe(0);
  expect(report.manifest.inputs.map((i) => [i.source, i.outcome])).toEqual([
    [`${zip}/2024年部门预算/坏.pdf`, 'error'],
    [`${zip}/2024年部门预算/情况说明.pdf`, 'document'],
    [`${zip}/2024年部门预算/报表.pdf`, 'document'],
    [`${zip}/附件.zip/表.pdf`, 'document'],
  ]);
  expect(calls.sort()).toEqual([`${zip}/2024年部门预算/坏.pdf`, `${zip}/2024年部门预算/情况说明.pdf`, `${zip}/2024年部门预算/报表.pdf`, `${zip}/附件.zip/表.pdf`].sort());
  expect((await readJsonl(join(root, 'out', 'errors.jsonl'))).map((e) => [e.source, e.code])).toEqual([[`${zip}/2024年部门预算/坏.pdf`, 'UNSUPPORTED_FORMAT']]);
  expect((await readJsonl(join(root, 'out', 'documents.jsonl'))).map((d) => d.source)).toEqual([
    `${zip}/2024年部门预算/情况说明.pdf`,
    `${zip}/2024年部门预算/报表.pdf`,
    `${zip}/附件.zip/表.pdf`,
  ]);
});

test('a RAR of documents is read the same way', async () => {
  const rar = await put(join(root, '附件.rar'), makeRar({ '报表/部门预算.pdf': fakePdf('ok'), '报表/说明.pdf': fakePdf('check-fail') }));
  const report = await ingest([rar]);
  expect(report.manifest.inputs.map((i) => [i.source, i.outcome])).toEqual([
    [`${rar}/报表/说明.pdf`, 'document'],
    [`${rar}/报表/部门预算.pdf`, 'document'],
  ]);
});

test('entry names a Chinese Windows zip stores in GBK (no UTF-8 flag) come out as printed', async () => {
  const zip = await put(join(root, 'gbk.zip'), makeZip({ '部门预算公开表.pdf': fakePdf('ok') }, { encodeName: gbk }));
  const report = await ingest([zip]);
  expect(report.manifest.inputs.map((i) => i.source)).toEqual([`${zip}/部门预算公开表.pdf`]);
});

test('an Office file is a zip too: it is one document, not an archive', async () => {
  const docx = await readFile(join(process.cwd(), 'samples', 'qinglong-2024.docx'));
  const zip = await put(join(root, 'in', 'a.docx'), docx);
  const calls: string[] = [];
  await ingest([zip], calls);
  expect(calls).toEqual([zip]);
});

test('an OFD file is a zip of its parts: one input and one UNSUPPORTED_FORMAT error that says to save it as PDF', async () => {
  const ofd = await put(join(root, 'ofd', '2024年部门预算.ofd'), makeZip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>', 'Doc_0/Pages/Page_0/Content.xml': '<ofd:Page/>' }));
  const calls: string[] = [];
  await ingest([ofd], calls);
  expect(calls).toEqual([ofd]);
});

test('an empty zip, an entry over the size limit and a zip bomb are error records; the batch goes on', async () => {
  const empty = await put(join(root, 'in', 'empty.zip'), makeZip({ '空/': '' }));
  // a zip of 1 KB holding an entry of 5 KB, over the 4 KB limit a file has here
  const big = await put(join(root, 'in', 'big.zip'), makeZip({ 'a.pdf': fakePdf('ok'), 'b.pdf': fakePdf(`ok\n${'x'.repeat(5000)}`) }, { deflate: true }));
  // 2 MB of one byte deflate ~1000:1: refused from the central directory, nothing inflated
  const bombPath = await put(join(root, 'in', 'bomb.zip'), makeZip({ 'x.pdf': Buffer.alloc(2 * 1024 * 1024, 0x20) }, { deflate: true }));
  const report = await ingest([join(root, 'in')], [], 4096);
  expect(report.manifest.inputs.map((i) => [i.source, i.outcome])).toEqual([
    [`${big}/a.pdf`, 'document'],
    [`${big}/b.pdf`, 'error'],
    [bombPath, 'error'],
    [empty, 'error'],
  ]);
  const errors = await readJsonl(join(root, 'out', 'errors.jsonl'));
  expect(errors.map((e) => [e.source, e.code])).toEqual([
    [`${big}/b.pdf`, 'TOO_LARGE'],
    [bombPath, 'ZIP_BOMB'],
    [empty, 'EMPTY_FILE'],
  ]);
  expect(String(errors[2]?.message)).toMatch(/^archive \(zip or RAR\) without any file in it/);
});
