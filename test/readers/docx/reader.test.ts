// The DOCX reader against the transcription the sample was built from: every table cell,
// with merged cells expanded, and every heading and paragraph in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildGrid, rowTexts } from '../../../src/model/grid.js';
import type { DocumentModel, TableBlock } from '../../../src/model/document.js';
import { readDocx } from '../../../src/readers/docx/index.js';
import { readGridOffsets } from '../../../src/readers/docx/grid-offsets.js';
import { packageRoot } from '../../../src/util/package-root.js';
import { doctorDocx } from '../../helpers/doctor-docx.js';
import { SAMPLE_DOCX } from '../../helpers/paths.js';

type SrcCell = { text: string; rowSpan?: number; colSpan?: number };
type SrcBlock = { type: 'heading' | 'paragraph'; text: string; level?: number } | { type: 'table'; rows: SrcCell[][] };
const source = JSON.parse(readFileSync('scripts/sample-src/qinglong-2024.json', 'utf8')) as { blocks: SrcBlock[] };

let model: DocumentModel;
beforeAll(async () => {
  model = await readDocx(readFileSync(SAMPLE_DOCX));
});

const tables = (m: DocumentModel) => m.blocks.filter((b): b is TableBlock => b.kind === 'table');
// mammoth joins a cell's paragraphs with "\n" and keeps spaces; the transcription does the same.
const raw = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));

test('24 tables, each cell where the transcription puts it', () => {
  const expected = source.blocks.filter((b) => b.type === 'table');
  const got = tables(model);
  expect(got).toHaveLength(24);
  expect(got.map((t) => t.index)).toEqual([...Array(24).keys()]);
  got.forEach((t, i) => {
    const want = buildGrid((expected[i] as { rows: SrcCell[][] }).rows, i);
    expect(raw(t)).toEqual(raw(want));
    expect(t.rows.map((r) => r.map((c) => [c.rowSpan, c.colSpan, c.origin]))).toEqual(want.rows.map((r) => r.map((c) => [c.rowSpan, c.colSpan, c.origin])));
  });
});

test('merged header cells are expanded with their origin', () => {
  const income = tables(model)[1]!; // 部门预算收入总表
  const header1 = income.rows[1]!;
  const header2 = income.rows[2]!;
  expect(rowTexts(header1).slice(0, 5)).toEqual(['序号', '功能分类科目', '功能分类科目', '合计', '本年收入']);
  expect(header1[2]!.origin).toEqual({ row: 1, col: 1 });
  expect(header1[1]).toMatchObject({ colSpan: 2, origin: null });
  // 序号 and 合计 span both header rows; 本年收入 spans 8 columns.
  expect(header2[0]!.origin).toEqual({ row: 1, col: 0 });
  expect(rowTexts(header2).slice(1, 6)).toEqual(['科目编码', '科目名称', '合计', '小计', '财政拨款收入']);
  expect(rowTexts(header1).slice(4, 12).every((t) => t === '本年收入')).toBe(true);
  expect(rowTexts(header1)[12]).toBe('上年结转');
});

test('headings and paragraphs in order, as printed', () => {
  const text = (b: { text: string }) => b.text;
  const want = source.blocks.filter((b) => b.type !== 'table') as Array<{ type: string; text: string; level?: number }>;
  const got = model.blocks.filter((b) => b.kind !== 'table') as Array<{ kind: string; text: string; level: number | null }>;
  expect(got.map(text)).toEqual(want.map(text));
  expect(got.map((b) => b.kind)).toEqual(want.map((b) => b.type));
  expect(got.filter((b) => b.kind === 'heading')).toHaveLength(21);
  expect(model.format).toBe('docx');
  expect(model.pages).toBeNull();
});

describe('w:gridBefore / w:gridAfter', () => {
  test('readGridOffsets finds them per table and row, nested tables counted in document order', () => {
    const xml =
      '<w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr></w:tr><w:tr/>' +
      '<w:tr><w:tc><w:tbl><w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr></w:tr></w:tbl></w:tc></w:tr></w:tbl>' +
      '<w:tbl><w:tr></w:tr></w:tbl></w:body>';
    const off = readGridOffsets(xml);
    expect([...off.keys()].sort()).toEqual([0, 1]);
    expect(off.get(0)).toEqual([{ before: 2, after: 0 }, { before: 0, after: 0 }, { before: 0, after: 0 }]);
    expect(off.get(1)).toEqual([{ before: 0, after: 1 }]);
  });

  test('a row that starts one grid column in is re-aligned instead of shifted left', async () => {
    // Doctor the sample: the 固定资产 table's "资产总额" row loses its first cell and says
    // w:gridBefore=1 instead, as Word writes a row with a missing leading cell.
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE_DOCX));
    const xml = await zip.file('word/document.xml')!.async('string');
    const at = xml.indexOf('>资产总额<');
    const rowStart = xml.lastIndexOf('<w:tr>', at);
    const firstCellStart = xml.indexOf('<w:tc>', rowStart);
    const firstCellEnd = xml.indexOf('</w:tc>', firstCellStart) + '</w:tc>'.length;
    const doctored =
      xml.slice(0, rowStart) +
      xml.slice(rowStart, firstCellStart).replace(/^<w:tr( [^>]*)?>/, (m) => `${m}<w:trPr><w:gridBefore w:val="1"/></w:trPr>`) +
      xml.slice(firstCellEnd);
    zip.file('word/document.xml', doctored);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const m = await readDocx(bytes);
    const assets = tables(m)[23]!;
    const row = assets.rows.find((r) => r.some((c) => c.text === '15210.53'))!;
    expect(rowTexts(row)).toEqual(['', '', '15210.53']);
    expect(m.warnings.map((w) => w.code)).toContain('DOCX_GRID_OFFSET');
  });
});

test('a zip without word/document.xml is CORRUPT_DOCX, garbage is CORRUPT_ZIP', async () => {
  const zip = new JSZip();
  zip.file('hello.txt', 'hi');
  await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ code: 'CORRUPT_DOCX' });
  await expect(readDocx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).rejects.toMatchObject({ code: 'CORRUPT_ZIP' });
});

describe('pictures', () => {
  const scanned = readFileSync(join(packageRoot(), 'test', 'fixtures', 'bad', 'scanned.docx'));

  test('a DOCX of pictures and no text is NO_TEXT_LAYER, saying it needs OCR', async () => {
    await expect(readDocx(scanned)).rejects.toMatchObject({
      code: 'NO_TEXT_LAYER',
      message: expect.stringMatching(/^The DOCX holds 1 picture\(s\) and no text: .*OCR/),
    });
  });

  test('small pictures beside text are skipped, never inlined, and the document says how many and why', async () => {
    const withText = await doctorDocx(scanned, (xml) => xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>一、部门职责</w:t></w:r></w:p>'));
    const m = await readDocx(withText);
    expect(m.blocks).toEqual([
      { kind: 'paragraph', text: '一、部门职责', level: null, page: null },
      { kind: 'paragraph', text: '', level: null, page: null },
    ]);
    expect(m.warnings).toEqual([
      { code: 'DOCX_PICTURES_SKIPPED', message: '1 picture(s) were not read (picture 1: smaller than 200 px: a logo or a seal)' },
    ]);
  });
});

test('a DOCX whose document.xml reads but another part is damaged is CORRUPT_DOCX, also when its sliver columns are repaired', async () => {
  // mutant 439 of `npm run fuzz -- --count 800` (seed 1): bytes overwritten in a part mammoth needs
  const bytes = readFileSync(join(packageRoot(), 'test', 'fixtures', 'docx', 'fuzz-0439-damaged-part.docx'));
  await expect(readDocx(bytes)).rejects.toMatchObject({ code: 'CORRUPT_DOCX', message: expect.stringMatching(/^mammoth could not read the DOCX \(.*\)\. Open and re-save it/) });
});
