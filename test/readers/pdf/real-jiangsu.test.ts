// The four Jiangsu 2017–2018 disclosures (WPS, Word 2007, Acrobat Distiller with rotated
// pages, Excel 2010): expectations read off the printed pages by hand.
import type { DocumentModel } from '../../../src/model/document.js';
import { cell, readReal, rowTexts, size, span, tableAfter, tables } from './helpers.js';

const SUMMARY_EXPENDITURE_HEADER = ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'];

/** The three header rows every Jiangsu 收支预算总表 prints, with their merged cells. */
function expectSummaryHeader(doc: DocumentModel): void {
  const t = tableAfter(doc, /收支预算总表/);
  expect(rowTexts(t, 0)).toEqual(['收入', '收入', '支出', '支出', '支出', '支出']);
  expect(rowTexts(t, 1)).toEqual(['项目名称', '金额', '功能分类', '功能分类', '支出用途', '支出用途']);
  expect(rowTexts(t, 2)).toEqual(['项目名称', '金额', '功能科目名称', '金额', '项目名称', '金额']);
  expect([span(t, 0, 0), span(t, 0, 2), span(t, 1, 0), span(t, 1, 1), span(t, 1, 2), span(t, 1, 4)]).toEqual([
    '1x2', '1x4', '2x1', '2x1', '1x2', '1x2',
  ]);
  expect(cell(t, 2, 0).origin).toEqual({ row: 1, col: 0 });
  expect(cell(t, 0, 5).origin).toEqual({ row: 0, col: 2 });
}

describe('江苏省人民检察院 2018 (Word 2007, borders as filled rectangles)', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('jiangsu/2018年省检察院部门预算公开.pdf');
  });

  test('12 tables, each right after its title line', () => {
    expect(doc.pages).toBe(31);
    expect(tables(doc)).toHaveLength(12);
    expect(tables(doc).map((t) => t.page)).toEqual([13, 14, 15, 15, 15, 16, 17, 18, 19, 19, 20, 20]);
    const titles = doc.blocks.flatMap((b, i) => (b.kind === 'table' ? [doc.blocks[i - 2]] : []));
    expect(titles.map((b) => (b?.kind === 'table' ? '' : b?.text))).toEqual([
      '公开01表：收支预算总表', '公开02表：收入预算总表', '公开03表：支出预算总表', '公开04表：财政拨款收支预算总表',
      '公开05表：财政拨款支出预算表', '公开06表：财政拨款基本支出预算表', '公开07表：一般公共预算支出预算表',
      '公开08表：一般公共预算基本支出预算表', '公开09表：一般公共预算“三公”经费、会议费、培训费支出预算表',
      '公开10表：政府性基金支出预算表', '公开11表：一般公共预算机关运行经费支出预算表', '公开12表：政府采购支出预算表',
    ]);
  });

  test('收支预算总表: 26×6 over pages 13–14, the row cut by the page break joined', () => {
    const t = tableAfter(doc, /收支预算总表/);
    expect(size(t)).toBe('26x6');
    expect(t.page).toBe(13);
    expectSummaryHeader(doc);
    expect(rowTexts(t, 3)).toEqual(['一、财政拨款', '21,940.96', '一、一般公共服务支出', '', '一、基本支出', '13,994.31']);
    expect(rowTexts(t, 4)).toEqual(['1.一般公共预算', '21,940.96', '二、外交支出', '', '二、项目支出', '5,573.00']);
    expect(rowTexts(t, 5)).toEqual(['2.政府性基金预算', '', '三、国防支出', '', '三、单位预留机动经费', '2,388.04']);
    expect(rowTexts(t, 6)).toEqual(['二、财政专户管理资金', '', '四、公共安全支出', '16,458.75', '', '']);
    expect(rowTexts(t, 7)).toEqual(['三、其他资金', '14.39', '五、教育支出', '', '', '']);
    // "十七、国土海洋气象等支" ends page 13, "出" starts page 14
    expect(rowTexts(t, 19)).toEqual(['', '', '十七、国土海洋气象等支出', '', '', '']);
    expect(cell(t, 19, 2).page).toBe(13);
    expect(rowTexts(t, 20)).toEqual(['', '', '十八、住房保障支出', '3,660.38', '', '']);
    expect(cell(t, 20, 3).page).toBe(14);
    expect(rowTexts(t, 23)).toEqual(['当年收入小计', '21,955.35', '当年支出小计', '当年支出小计', '当年支出小计', '21,955.35']);
    expect(span(t, 23, 2)).toBe('1x3');
    expect(rowTexts(t, 24)).toEqual(['上年结转资金', '', '结转下年资金', '结转下年资金', '结转下年资金', '']);
    expect(rowTexts(t, 25)).toEqual(['收入合计', '21,955.35', '支出合计', '支出合计', '支出合计', '21,955.35']);
  });

  test('支出预算总表: one header row and one row of amounts', () => {
    const t = tableAfter(doc, /支出预算总表/);
    expect(size(t)).toBe('2x5');
    expect(rowTexts(t, 0)).toEqual(SUMMARY_EXPENDITURE_HEADER);
    expect(rowTexts(t, 1)).toEqual(['21,955.35', '13,994.31', '5,573.00', '2,388.04', '']);
  });

  test('收入预算总表: group labels merged down their rows', () => {
    const t = tableAfter(doc, /收入预算总表/);
    expect(size(t)).toBe('16x3');
    expect(rowTexts(t, 1)).toEqual(['收入总计', '收入总计', '21,955.35']);
    expect([span(t, 1, 0), span(t, 2, 0), span(t, 6, 0), span(t, 9, 0), span(t, 14, 0)]).toEqual(['1x2', '3x1', '3x1', '5x1', '2x1']);
    expect(rowTexts(t, 3)).toEqual(['一般公共预算资金', '公共财政拨款(补助)资金', '21,940.96']);
    expect(rowTexts(t, 12)).toEqual(['其他资金', '其他收入', '14.39']);
    expect(rowTexts(t, 15)).toEqual(['上年结转和结余资金', '其中：动用上年结转和结余资金', '']);
  });

  test('“三公” table: a three-level header', () => {
    const t = tableAfter(doc, /“三公”经费、会议费、培训费/);
    expect(size(t)).toBe('4x9');
    expect([span(t, 0, 0), span(t, 0, 1), span(t, 0, 7), span(t, 1, 3), span(t, 1, 6)]).toEqual(['3x1', '1x6', '3x1', '1x3', '2x1']);
    expect(rowTexts(t, 2).slice(3, 6)).toEqual(['小计', '公务用车购置费', '公务用车运行维护费']);
    expect(rowTexts(t, 3)).toEqual(['1,384.74', '484.30', '100.00', '267.80', '', '267.80', '116.50', '200.44', '700.00']);
  });

  test('page numbers are not content; wrapped paragraph lines are joined', () => {
    expect(doc.blocks.filter((b) => b.kind !== 'table' && /^\d+$/.test(b.text))).toEqual([]);
    const para = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('人民检察院是国家的法律监督机关'));
    expect(para?.kind !== 'table' && para?.text).toBe(
      '人民检察院是国家的法律监督机关。省检察院的主要任务是领导全省各级检察院依法履行法律监督职责，保证国家法律的统一正确实施。其主要职责有：',
    );
  });
});

describe('江苏省人大常委会办公厅 2017 (WPS, stroked lines, rows cut by page breaks)', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('jiangsu/江苏省人大办公厅2017年度预算公开.pdf');
  });

  test('收支预算总表: 26×6 over pages 7–9, both cut rows joined', () => {
    const t = tableAfter(doc, /收支预算总表/);
    expect(size(t)).toBe('26x6');
    expect(t.page).toBe(7);
    expectSummaryHeader(doc);
    expect(rowTexts(t, 3)).toEqual(['一、财政拨款', '13,649.07', '一、一般公共服务支出', '10,528.33', '一、基本支出', '7,666.68']);
    expect(rowTexts(t, 4)).toEqual(['1.一般公共预算', '13,649.07', '二、外交支出', '', '二、项目支出', '5,853.96']);
    expect(rowTexts(t, 5)).toEqual(['2.政府性基金预算', '', '三、国防支出', '', '三、单位预留机动经费', '128.43']);
    // "八、社会保障和就" | "业支出" across pages 7/8
    expect(rowTexts(t, 10)).toEqual(['', '', '八、社会保障和就业支出', '1,608.51', '', '']);
    expect(rowTexts(t, 20)).toEqual(['', '', '十八、住房保障支出', '1,512.23', '', '']);
    // "当 年 收 入" | "小计" across pages 8/9 (page 9 lacks two column borders)
    expect(rowTexts(t, 23)).toEqual(['当年收入小计', '13,649.07', '当年支出小计', '当年支出小计', '当年支出小计', '13,649.07']);
    expect(span(t, 23, 2)).toBe('1x3');
    expect(rowTexts(t, 24)).toEqual(['上年结转资金', '', '结转下年资金', '结转下年资金', '结转下年资金', '']);
    expect(rowTexts(t, 25)).toEqual(['收入合计', '13,649.07', '支出合计', '支出合计', '支出合计', '13,649.07']);
    expect(cell(t, 25, 0).page).toBe(9);
  });

  test('支出预算总表', () => {
    const t = tableAfter(doc, /支出预算总表/);
    expect(size(t)).toBe('2x5');
    expect(rowTexts(t, 0)).toEqual(SUMMARY_EXPENDITURE_HEADER);
    expect(rowTexts(t, 1)).toEqual(['13,649.07', '7,666.68', '5,853.96', '128.43', '']);
  });

  test('收入预算总表: a merged group label continued across the page break', () => {
    const t = tableAfter(doc, /收入预算总表/);
    expect(size(t)).toBe('16x3');
    expect(span(t, 6, 0)).toBe('3x1');
    expect(rowTexts(t, 8)).toEqual(['财政专户管理资金', '其他非税收入', '']);
    expect(cell(t, 8, 1).page).toBe(10);
    expect(rowTexts(t, 9)).toEqual(['其他资金', '小计', '']);
  });

  test('财政拨款基本支出预算表: title on page 12, table from page 13, last row from page 15', () => {
    const t = tableAfter(doc, /财政拨款基本支出预算表/);
    expect(t.page).toBe(13);
    expect(size(t)).toBe('25x3');
    expect(rowTexts(t, 1)).toEqual(['', '合计', '7,666.68']);
    expect(rowTexts(t, 24)).toEqual(['30312', '提租补贴', '1,018.01']);
    expect(cell(t, 24, 0).page).toBe(15);
  });
});

describe('中共江苏省委办公厅 2018 (Acrobat Distiller, pages rotated 90°)', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('jiangsu/江苏省委办公厅2018年度部门预算公开表.pdf');
  });

  test('收支预算总表: 26×6; a run spanning two cells is cut at the border', () => {
    const t = tableAfter(doc, /收支预算总表/);
    expect(size(t)).toBe('26x6');
    expectSummaryHeader(doc);
    // pdf.js returns "24,458.43 一、一般公共服务支出" as one run
    expect(rowTexts(t, 3)).toEqual(['一、财政拨款', '24,458.43', '一、一般公共服务支出', '20,153.75', '一、基本支出', '10,403.11']);
    expect(rowTexts(t, 4)).toEqual(['1.一般公共预算', '24,458.43', '二、外交支出', '', '二、项目支出', '12,081.46']);
    expect(rowTexts(t, 5)).toEqual(['2.政府性基金预算', '', '三、国防支出', '', '三、单位预留机动经费', '1,973.86']);
    expect(rowTexts(t, 10)).toEqual(['', '', '八、社会保障和就业支出', '1,289.52', '', '']);
    expect(rowTexts(t, 20)).toEqual(['', '', '十八、住房保障支出', '3,015.16', '', '']);
    expect(rowTexts(t, 23)).toEqual(['当年收入小计', '24,458.43', '当年支出小计', '当年支出小计', '当年支出小计', '24,458.43']);
    expect(rowTexts(t, 25)).toEqual(['收入合计', '24,458.43', '支出合计', '支出合计', '支出合计', '24,458.43']);
  });

  test('bboxes are in the unrotated user space of the rotated page', () => {
    const t = tableAfter(doc, /收支预算总表/);
    const b = cell(t, 3, 2).bbox;
    expect(b).toBeDefined();
    if (!b) return;
    // the page is 595×842 in user space and shown landscape: a wide, short cell on screen is tall and narrow here
    expect(b.y1 - b.y0).toBeGreaterThan(3 * (b.x1 - b.x0));
    for (const row of t.rows) {
      for (const c of row) {
        expect(c.bbox && c.bbox.x0 >= 0 && c.bbox.x1 <= 595.3 && c.bbox.y0 >= 0 && c.bbox.y1 <= 842).toBe(true);
      }
    }
  });

  test('支出预算总表 ("合    计" printed spread out)', () => {
    const t = tableAfter(doc, /支出预算总表/);
    expect(size(t)).toBe('2x5');
    expect(rowTexts(t, 0)).toEqual(SUMMARY_EXPENDITURE_HEADER);
    expect(rowTexts(t, 1)).toEqual(['24,458.43', '10,403.11', '12,081.46', '1,973.86', '']);
  });

  test('政府采购预算表: items merged down under their project', () => {
    const t = tableAfter(doc, /政府采购预算表/);
    expect(size(t)).toBe('40x6');
    expect(span(t, 4, 0)).toBe('8x1');
    expect(rowTexts(t, 3)).toEqual(['', '机要及电子政务业务费', '办公设备购置', '', '', '30.00']);
    expect(rowTexts(t, 11).slice(3)).toEqual(['其他办公消耗用品及类似物品', '分散自行组织', '2.50']);
    expect(cell(t, 39, 5).page).toBe(15);
  });
});

describe('江苏省政协办公厅 2018 (Excel 2010)', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('jiangsu/江苏省政协办公厅2018度部门预算公开表.pdf');
  });

  test('收支预算总表', () => {
    const t = tableAfter(doc, /收支预算总表/);
    expect(size(t)).toBe('26x6');
    expectSummaryHeader(doc);
    expect(rowTexts(t, 3)).toEqual(['一、财政拨款', '10,070.48', '一、一般公共服务支出', '7,827.46', '一、基本支出', '5,678.17']);
    expect(rowTexts(t, 4)).toEqual(['1.一般公共预算', '10,070.48', '二、外交支出', '', '二、项目支出', '3,314.68']);
    expect(rowTexts(t, 7)).toEqual(['三、其他资金', '80.00', '五、教育支出', '', '', '']);
    expect(rowTexts(t, 10)).toEqual(['', '', '八、社会保障和就业支出', '823.76', '', '']);
    expect(rowTexts(t, 20)).toEqual(['', '', '十八、住房保障支出', '1,499.26', '', '']);
    expect(rowTexts(t, 23)).toEqual(['当年收入小计', '10,150.48', '当年支出小计', '当年支出小计', '当年支出小计', '10,150.48']);
    expect(rowTexts(t, 25)).toEqual(['收入合计', '10,150.48', '支出合计', '支出合计', '支出合计', '10,150.48']);
  });

  test('支出预算总表', () => {
    const t = tableAfter(doc, /支出预算总表/);
    expect(size(t)).toBe('2x5');
    expect(rowTexts(t, 0)).toEqual(SUMMARY_EXPENDITURE_HEADER);
    expect(rowTexts(t, 1)).toEqual(['10,150.48', '5,678.17', '3,314.68', '1,157.63', '']);
  });

  test('the "公开NN表" labels stay (not furniture), titles are headings', () => {
    const i = doc.blocks.findIndex((b) => b.kind !== 'table' && b.text === '公开01表');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(doc.blocks[i + 1]).toMatchObject({ kind: 'heading', text: '收支预算总表', page: 1 });
  });
});
