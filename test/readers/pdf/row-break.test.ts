// A table row broken across a page (LibreOffice breaks a tall row when "keep rows" is off),
// and numbers and codes wrapped inside a narrow cell.
import { readFileSync } from 'node:fs';
import type { DocumentModel } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { cell, rowTexts, tables } from './helpers.js';
import { buildPdf, grid, text, type PageSpec } from './pdf-builder.js';

const readFixture = (file: string): Promise<DocumentModel> => readPdf(new Uint8Array(readFileSync(file)));
const read = (pages: PageSpec[]): Promise<DocumentModel> => readPdf(buildPdf(pages));
const EMPTY10 = new Array<string>(10).fill('');

describe('test/fixtures/pdf/row-break.pdf (make-row-break.mjs): row 序号 21 starts at the end of page 1, ends on page 2', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readFixture('test/fixtures/pdf/row-break.pdf');
  });

  test('one table, the header repeated on page 2 dropped, the broken row joined cell by cell', () => {
    expect(doc.pages).toBe(2);
    const all = tables(doc);
    expect(all).toHaveLength(1);
    const t = all[0];
    if (!t) return;
    // header, 20 filler rows, 21 (broken), 22, 23
    expect(t.rows).toHaveLength(24);
    expect(rowTexts(t, 0).slice(0, 4)).toEqual(['序号', '科目编码', '科目名称', '合计']);
    expect(rowTexts(t, 20)).toEqual(['20', '2010101', '行政运行', '1.00', '1.00', '1.00', ...EMPTY10.slice(3)]);
    // printed "2130" | "巩固" at the bottom of page 1, "5" | "拓展脱贫攻坚成果" at the top of page 2
    const broken = rowTexts(t, 21);
    expect(broken[0]).toBe('21');
    expect(broken[1]).toBe('21305');
    expect(broken[2]).toBe('巩固拓展脱贫攻坚成果');
    expect(broken[3]).toBe('4.00');
    expect(broken[4]).toBe('4.00');
    expect(broken[5]).toBe('4.00');
    expect(broken.slice(6)).toEqual(EMPTY10.slice(3));
    // the joined row stays where it started
    expect(cell(t, 21, 1).page).toBe(1);
    expect(cell(t, 21, 1).origin).toBeNull();
    expect(rowTexts(t, 22)).toEqual(['22', '2130599', '巩固拓展脱贫攻坚成果', '4.00', '4.00', '4.00', ...EMPTY10.slice(3)]);
    expect(rowTexts(t, 23)).toEqual(['23', '221', '住房保障支出', '15.92', '15.92', '15.92', ...EMPTY10.slice(3)]);
    expect(cell(t, 22, 0).page).toBe(2);
    // no row left over from the break
    expect(t.rows.filter((r) => r[0]?.text === '')).toEqual([]);
  });
});

describe('continuation rows at the top of a page (hand-built)', () => {
  // 序号 | 项目 | 金额, one table over two pages, no header on page 2
  const xs = [60, 100, 240, 340];
  const page1 = (last: [string, string, string]): string =>
    grid(xs, [760, 740, 720], 'stroke') +
    text(64, 746, 12, '1') + text(104, 746, 12, '办公费') + text(244, 746, 12, '1.00') +
    (last[0] ? text(64, 726, 12, last[0]) : '') +
    // ten characters: the line is full (the cell is 140 pt wide)
    text(104, 726, 12, last[1]) +
    (last[2] ? text(244, 726, 12, last[2]) : '');
  const page2 = (first: [string, string, string]): string =>
    grid(xs, [800, 780, 760], 'stroke') +
    (first[0] ? text(64, 786, 12, first[0]) : '') +
    text(104, 786, 12, first[1]) +
    (first[2] ? text(244, 786, 12, first[2]) : '') +
    text(64, 766, 12, '9') + text(104, 766, 12, '水费') + text(244, 766, 12, '3.00');
  const rowsOf = async (last: [string, string, string], first: [string, string, string]): Promise<string[][]> => {
    const [t] = tables(await read([{ content: page1(last) }, { content: page2(first) }]));
    return (t?.rows ?? []).map((r) => r.map((c) => c.text));
  };

  test('an amount where the cell above was empty joins', async () => {
    expect(await rowsOf(['2', '一二三四五六七八九十', ''], ['', '甲乙', '2.00'])).toEqual([
      ['1', '办公费', '1.00'],
      ['2', '一二三四五六七八九十甲乙', '2.00'],
      ['9', '水费', '3.00'],
    ]);
  });

  test('an amount where the cell above had one starts a new row', async () => {
    expect(await rowsOf(['2', '一二三四五六七八九十', '2.00'], ['', '甲乙', '5.00'])).toHaveLength(4);
  });

  test('a 序号 where the cell above was empty starts a new row', async () => {
    expect(await rowsOf(['', '一二三四五六七八九十', ''], ['3', '甲乙', ''])).toEqual([
      ['1', '办公费', '1.00'],
      ['', '一二三四五六七八九十', ''],
      ['3', '甲乙', ''],
      ['9', '水费', '3.00'],
    ]);
  });
});

describe('numbers and codes wrapped inside a narrow cell', () => {
  test('qinglong LibreOffice PDF, page 26 (政府采购): no space inside "772.85" or "C99000000"', async () => {
    const doc = await readFixture('samples/qinglong-2024.libreoffice.pdf');
    const t = tables(doc).find((x) => x.page === 26);
    expect(t).toBeDefined();
    if (!t) return;
    // printed "772." | "85" and "C99" | "000" | "000"
    expect(cell(t, 3, 0).text).toBe('合计');
    expect(cell(t, 3, 7).text).toBe('772.85');
    expect(cell(t, 4, 7).text).toBe('772.85');
    expect(cell(t, 5, 3).text).toBe('C99000000');
    expect(cell(t, 6, 3).text).toBe('C21040000');
    expect(cell(t, 6, 1).text).toBe('1005.59');
    expect(cell(t, 3, 14).text).toBe('1212.23');
    expect(rowTexts(t, 1)[14]).toBe('2024年预留中小微企业份额');
  });

  test('qinglong LibreOffice PDF, 部门预算收入总表: codes "2120" | "899" read "2120899"', async () => {
    const doc = await readFixture('samples/qinglong-2024.libreoffice.pdf');
    const t = tables(doc).find((x) => x.rows.some((r) => r[2]?.text === '其他国有土地使用权出让收入安排的支出'));
    expect(t).toBeDefined();
    const row = t?.rows.find((r) => r[2]?.text === '其他国有土地使用权出让收入安排的支出');
    expect(row?.slice(0, 4).map((c) => c.text)).toEqual(['16', '2120899', '其他国有土地使用权出让收入安排的支出', '200.00']);
  });

  test('words wrapped at a space keep it; a short line does not glue its number to the next', async () => {
    // one 60 pt wide cell: "AB CD" wrapped as "AB" | "CD" (letters only), "12" | "34" with room
    // left; "10" | "20" centred in a 140 pt cell (its indent is not padding)
    const content =
      grid([60, 120, 260], [760, 720, 680, 640], 'stroke') +
      text(64, 746, 12, 'AB') + text(64, 730, 12, 'CD') + text(124, 746, 12, '甲') +
      text(64, 706, 12, '12') + text(64, 690, 12, '34') + text(124, 706, 12, '乙') +
      text(64, 666, 12, '丙') + text(183, 666, 12, '10') + text(183, 650, 12, '20');
    const [t] = tables(await read([{ content }]));
    expect(t?.rows.map((r) => r[0]?.text)).toEqual(['AB CD', '12 34', '丙']);
    expect(t?.rows.map((r) => r[1]?.text)).toEqual(['甲', '乙', '10 20']);
  });

  test('a code filling the cell width joins its next line without a space', async () => {
    // 40 pt cell, 4 pt padding: "2130" (Helvetica 10 pt digits are 5.56 pt) leaves no room for a fifth digit
    const content =
      grid([60, 96, 300], [760, 720], 'stroke') +
      text(64, 746, 10, '21305') + text(64, 734, 10, '99') + text(100, 746, 10, '巩固拓展');
    const [t] = tables(await read([{ content }]));
    expect(t?.rows.map((r) => r[0]?.text)).toEqual(['2130599']);
  });
});
