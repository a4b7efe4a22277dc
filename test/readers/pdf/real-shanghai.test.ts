// The two Shanghai Putuo disclosures (WPS 2024 and 2026): tables over several pages with
// the header repeated on each; expectations read off the printed pages by hand.
import type { DocumentModel } from '../../../src/model/document.js';
import { cell, readReal, rowTexts, size, span, tableAfter, tables } from './helpers.js';

function expectCodeHeader(doc: DocumentModel, title: RegExp, group: string): void {
  const t = tableAfter(doc, title);
  expect(rowTexts(t, 0)).toEqual(['项目', '项目', '项目', '项目', group, group, group]);
  expect(rowTexts(t, 1)).toEqual(['功能分类科目编码', '功能分类科目编码', '功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出']);
  expect(rowTexts(t, 2)).toEqual(['类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出']);
  expect([span(t, 0, 0), span(t, 0, 4), span(t, 1, 0), span(t, 1, 3), span(t, 1, 4)]).toEqual(['1x4', '1x3', '1x3', '2x1', '2x1']);
  // the header printed again on every page is not repeated in the table
  expect(t.rows.slice(3).filter((r) => r[0]?.text === '项目' || r[0]?.text === '类')).toEqual([]);
}

describe('上海市普陀区万里街道办事处 2024', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf');
  });

  test('9 tables, multi-page ones joined', () => {
    expect(doc.pages).toBe(33);
    expect(tables(doc).map((t) => `${t.page}:${size(t)}`)).toEqual([
      '10:16x4', '11:70x9', '16:70x7', '21:16x7', '22:70x7', '27:15x7', '28:15x7', '29:35x6', '31:4x7',
    ]);
  });

  test('部门财务收支预算总表', () => {
    const t = tableAfter(doc, /部门财务收支预算总表/);
    expect(size(t)).toBe('16x4');
    expect(rowTexts(t, 0)).toEqual(['本年收入', '本年收入', '本年支出', '本年支出']);
    expect([span(t, 0, 0), span(t, 0, 2)]).toEqual(['1x2', '1x2']);
    expect(rowTexts(t, 1)).toEqual(['项目', '预算数', '项目', '预算数']);
    expect(rowTexts(t, 2)).toEqual(['一、财政拨款收入', '156,211,123', '一、一般公共服务支出', '2,932,700']);
    expect(rowTexts(t, 3)).toEqual(['1.一般公共预算资金', '156,211,123', '二、公共安全支出', '1,633,000']);
    expect(rowTexts(t, 4)).toEqual(['2.政府性基金', '', '三、教育支出', '250,000']);
    expect(rowTexts(t, 8)).toEqual(['四、其他收入', '', '七、卫生健康支出', '3,223,657']);
    expect(rowTexts(t, 10)).toEqual(['', '', '九、住房保障支出', '8,882,399']);
    expect(rowTexts(t, 15)).toEqual(['收入总计', '156,211,123', '支出总计', '156,211,123']);
  });

  test('部门支出预算总表: pages 16–20 in one table', () => {
    const t = tableAfter(doc, /部门支出预算总表/);
    expect(size(t)).toBe('70x7');
    expectCodeHeader(doc, /部门支出预算总表/, '支出预算');
    expect(rowTexts(t, 3)).toEqual(['201', '', '', '一般公共服务支出', '2,932,700', '0', '2,932,700']);
    expect(rowTexts(t, 5)).toEqual(['201', '05', '07', '专项普查活动', '257,700', '0', '257,700']);
    const pension = t.rows.findIndex((r) => r[3]?.text === '机关事业单位基本养老保险缴费支出');
    expect(rowTexts(t, pension)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '4,608,515', '4,608,515', '0']);
    const running = t.rows.findIndex((r) => r[0]?.text === '212' && r[2]?.text === '01' && r[1]?.text === '01');
    expect(rowTexts(t, running)).toEqual(['212', '01', '01', '行政运行', '16,603,248', '16,353,248', '250,000']);
    expect(rowTexts(t, 69)).toEqual(['合计', '合计', '合计', '合计', '156,211,123', '99,706,020', '56,505,103']);
    expect(span(t, 69, 0)).toBe('1x4');
    expect(cell(t, 69, 4).page).toBe(20);
  });

  test('一般公共预算支出功能分类预算表: header repeated on five pages kept once', () => {
    expectCodeHeader(doc, /一般公共预算支出功能分类预算表/, '一般公共预算支出');
    const t = tableAfter(doc, /一般公共预算支出功能分类预算表/);
    expect(size(t)).toBe('70x7');
    expect(rowTexts(t, 69)).toEqual(['合计', '合计', '合计', '合计', '156,211,123', '99,706,020', '56,505,103']);
  });

  test('“三公” table', () => {
    const t = tableAfter(doc, /“三公”经费和机关运行经费预算表/);
    expect(size(t)).toBe('4x7');
    expect([span(t, 0, 0), span(t, 0, 6), span(t, 1, 3)]).toEqual(['1x6', '3x1', '1x3']);
    expect(rowTexts(t, 2)).toEqual(['合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', '2024年机关运行经费预算数']);
    expect(rowTexts(t, 3)).toEqual(['47.91', '0', '1.35', '46.56', '25', '21.56', '443.18']);
  });
});

describe('上海市普陀区司法局 2026', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await readReal('shanghai/上海市普陀区司法局2026年部门预算.pdf');
  });

  test('9 tables', () => {
    expect(tables(doc).map((t) => `${t.page}:${size(t)}`)).toEqual([
      '10:16x4', '11:25x9', '12:25x7', '14:16x7', '15:25x7', '17:16x7', '18:16x7', '19:33x6', '21:4x7',
    ]);
  });

  test('部门财务收支预算总表 (amounts in 元 with cents)', () => {
    const t = tableAfter(doc, /部门财务收支预算总表/);
    expect(size(t)).toBe('16x4');
    expect(rowTexts(t, 1)).toEqual(['项目', '预算数', '项目', '预算数']);
    expect(rowTexts(t, 2)).toEqual(['一、财政拨款收入', '96,282,213.44', '一、公共安全支出', '87,267,272.44']);
    expect(rowTexts(t, 3)).toEqual(['1.一般公共预算', '96,282,213.44', '二、社会保障和就业支出', '3,343,704.00']);
    expect(rowTexts(t, 5)).toEqual(['3.国有资本经营预算', '0.00', '四、住房保障支出', '4,521,559.00']);
    expect(rowTexts(t, 8)).toEqual(['四、其他收入', '0.00', '', '']);
    expect(rowTexts(t, 15)).toEqual(['收入总计', '96,282,213.44', '支出总计', '96,282,213.44']);
  });

  test('部门支出预算总表: pages 12–13', () => {
    const t = tableAfter(doc, /部门支出预算总表/);
    expect(size(t)).toBe('25x7');
    expectCodeHeader(doc, /部门支出预算总表/, '支出预算');
    expect(rowTexts(t, 3)).toEqual(['204', '', '', '公共安全支出', '87267272.44', '16726725.44', '70540547.00']);
    expect(rowTexts(t, 5)).toEqual(['204', '06', '01', '行政运行', '16726725.44', '16726725.44', '0.00']);
    expect(rowTexts(t, 14)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '1839485.00', '1839485.00', '0.00']);
    expect(rowTexts(t, 15)).toEqual(['208', '05', '06', '机关事业单位职业年金缴费支出', '919739.00', '919739.00', '0.00']);
    expect(cell(t, 15, 0).page).toBe(13);
    expect(rowTexts(t, 24)).toEqual(['合计', '合计', '合计', '合计', '96282213.44', '25741666.44', '70540547.00']);
  });

  test('部门收入预算总表: nine columns under a two-level header', () => {
    const t = tableAfter(doc, /部门收入预算总表/);
    expect(size(t)).toBe('25x9');
    expect(rowTexts(t, 1).slice(3)).toEqual(['功能分类科目名称', '合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入']);
    expect(rowTexts(t, 24)).toEqual(['合计', '合计', '合计', '合计', '96282213.44', '96282213.44', '0.00', '0.00', '0.00']);
  });

  test('the empty 政府性基金 table keeps its "无" row and the note after it', () => {
    const t = tableAfter(doc, /政府性基金预算支出功能分类预算表/);
    expect(rowTexts(t, 3)[0]).toBe('无');
    const i = doc.blocks.indexOf(t);
    expect(doc.blocks[i + 1]).toMatchObject({ kind: 'paragraph', text: '注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。' });
  });
});
