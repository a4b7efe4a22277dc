// The alignment fallback (unruled.ts) on small pages without rules, one rule each: cells
// apart on one line, borders beside flush-right numbers, wrapped cells, header groups,
// header-defined columns, the 单位 line, continuations; and the run cutting on its own.
import type { DocumentModel, TableBlock } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import type { Run } from '../../../src/readers/pdf/text.js';
import { cutRun } from '../../../src/readers/pdf/unruled.js';
import { buildPdf, text } from './pdf-builder.js';
import { rowTexts, size, span, tables } from './helpers.js';

const read = (pages: string[]): Promise<DocumentModel> => readPdf(buildPdf(pages.map((content) => ({ content }))));

// Helvetica advance widths (per 1000 em) of what the tests print in it
const HELVETICA: Record<string, number> = { ',': 278, '.': 278, '-': 333 };
const width = (s: string, size = 10): number => [...s].reduce((w, ch) => w + (HELVETICA[ch] ?? 556), 0) * (size / 1000);
/** A number set flush right at `right`. */
const flushRight = (right: number, y: number, s: string): string => text(right - width(s), y, 10, s);
/** Chinese (STSong, every glyph 1 em) centred on `centre`. */
const centred = (centre: number, y: number, s: string): string => text(centre - (10 * [...s].length) / 2, y, 10, s);

const only = (doc: DocumentModel): TableBlock => {
  const t = tables(doc);
  expect(t).toHaveLength(1);
  return t[0] as TableBlock;
};

describe('cutting runs that hold several cells', () => {
  const run = (text: string, x0: number, x1: number): Run => ({ text, box: { x0, y0: 100, x1, y1: 110 }, size: 10, bold: false, vertical: false });
  const cut = (r: Run): [string, number, number][] => cutRun(r).map((p) => [p.text, Math.round(p.box.x0 * 10) / 10, Math.round(p.box.x1 * 10) / 10]);

  test('an amount and the next label in one item, a gap hidden inside: cut, each side its natural width from its end', () => {
    // 广州 收支总体情况表: "3,944.08" flush right at 419.6, "一、一般公共服务支出" from 425.5
    expect(cut(run('3,944.08一、一般公共服务支出', 379.6, 525.5))).toEqual([
      ['3,944.08', 379.6, 419.6],
      ['一、一般公共服务支出', 425.5, 525.5],
    ]);
    expect(cut(run('0.00根据相关文件，用于解决我局后勤服务人员不足问题。', 528, 794))).toEqual([
      ['0.00', 528, 548],
      ['根据相关文件，用于解决我局后勤服务人员不足问题。', 554, 794],
    ]);
  });

  test('two amounts joined by a space are two cells', () => {
    expect(cut(run('3,324,258.76 324,314.91', 219.2, 335.1))).toEqual([
      ['3,324,258.76', 219.2, 279.2],
      ['324,314.91', 285.1, 335.1],
    ]);
  });

  test('no hidden gap, or words and units: one cell', () => {
    expect(cut(run('3.50万元', 0, 30))).toEqual([['3.50万元', 0, 30]]);
    expect(cut(run('3,944.08一、', 0, 60))).toEqual([['3,944.08一、', 0, 60]]);
    expect(cut(run('Total Amount', 0, 60))).toEqual([['Total Amount', 0, 60]]);
    expect(cut(run('2026 年', 0, 35))).toEqual([['2026 年', 0, 35]]);
  });

  test('a number item wider than its glyphs ends where its glyphs end (spacing after them)', () => {
    expect(cut(run('40.00', 523, 550.5))).toEqual([['40.00', 523, 548]]);
  });
});

describe('tables without rules', () => {
  test('an amount flush right at its column and the next label 0.4 em after it: four columns, not three', async () => {
    const rows: [string, string, string, string][] = [
      ['一、预算拨款', '3,944.08', '一、一般公共服务支出', '2,570.71'],
      ['二、财政专户拨款', '0.00', '二、外交支出', '0.00'],
      ['三、事业收入', '12.50', '三、国防支出', '100.00'],
      ['', '', '四、公共安全支出', '1,371.37'],
    ];
    let page = centred(100, 720, '项目') + centred(220, 720, '预算') + centred(320, 720, '项目') + centred(480, 720, '预算');
    rows.forEach(([a, b, c, d], i) => {
      const y = 700 - 16 * i;
      if (a) page += text(60, y, 10, a);
      if (b) page += flushRight(250, y, b);
      page += text(254, y, 10, c) + flushRight(520, y, d);
    });
    const t = only(await read([page]));
    expect(size(t)).toBe('5x4');
    expect(rowTexts(t, 0)).toEqual(['项目', '预算', '项目', '预算']);
    rows.forEach((r, i) => expect(rowTexts(t, i + 1)).toEqual(r));
  });

  test('a label wrapped onto lines above and below its row\'s numbers is one row', async () => {
    // 广州 本年支出总体情况表: "机关事业单位基本养老保险缴" / "2080505 … 199.06" / "费支出"
    const page =
      text(60, 700, 10, '201') + text(120, 700, 10, '一般公共服务支出') + flushRight(360, 700, '2,570.71') +
      text(120, 691.5, 10, '机关事业单位基本养老保险缴') + text(60, 683.7, 10, '2080505') + flushRight(360, 683.7, '199.06') + text(120, 675.9, 10, '费支出') +
      text(60, 667.4, 10, '210') + text(120, 667.4, 10, '卫生健康支出') + flushRight(360, 667.4, '3.97') +
      text(60, 651.1, 10, '221') + text(120, 651.1, 10, '住房保障支出') + flushRight(360, 651.1, '950.05');
    const t = only(await read([page]));
    expect(size(t)).toBe('4x3');
    expect(rowTexts(t, 1)).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '199.06']);
    expect(rowTexts(t, 2)).toEqual(['210', '卫生健康支出', '3.97']);
  });

  test('header: a group centred over two columns, a wrapped header cell, a header of full height', async () => {
    // 广州 收入总体情况表: 财政拨款 over 一般公共预算 ("一般公共预" / "算") | 政府性基金预算
    const header =
      centred(265, 700, '财政拨款') +
      centred(115, 684, '单位名称') + centred(216.5, 684, '一般公共预') + centred(311, 684, '政府性基金') +
      centred(216.5, 668, '算') + centred(311, 668, '预算');
    const body = [
      ['合计', '3,944.08', '0.00'],
      ['广州市信访局', '3,944.08', '0.00'],
      ['其他单位', '100.00', '5.00'],
    ]
      .map(([a, b, c], i) => text(60, 650 - 16 * i, 10, a as string) + flushRight(260, 650 - 16 * i, b as string) + flushRight(360, 650 - 16 * i, c as string))
      .join('');
    const t = only(await read([header + body]));
    expect(size(t)).toBe('5x3');
    expect(rowTexts(t, 0)).toEqual(['单位名称', '财政拨款', '财政拨款']);
    expect(rowTexts(t, 1)).toEqual(['单位名称', '一般公共预算', '政府性基金预算']);
    expect([span(t, 0, 0), span(t, 0, 1)]).toEqual(['2x1', '1x2']);
    expect(rowTexts(t, 4)).toEqual(['其他单位', '100.00', '5.00']);
  });

  test('numbered items without amounts in a column of numbered items are rows, not wrapped lines', async () => {
    // 江苏 收支预算总表: "六、科学技术支出", "七、文化体育与传媒支出" printed without an amount
    // between rows with amounts, centred around none of them
    const left: [string, string][] = [['一、财政拨款', '9,117.46'], ['二、事业收入', '0.00'], ['三、其他收入', '0.00'], ['四、上级补助', '0.00'], ['五、经营收入', '0.00']];
    const right: [string, string][] = [
      ['一、一般公共服务支出', '7,827.46'], ['二、外交支出', ''], ['三、国防支出', ''], ['四、公共安全支出', '0.00'],
      ['五、教育支出', '0.00'], ['六、科学技术支出', ''], ['七、文化体育与传媒支出', ''], ['八、社会保障和就业支出', '1,289.52'],
      ['九、医疗卫生支出', ''], ['十、节能环保支出', ''], ['十一、城乡社区支出', '3.00'],
    ];
    const page = right
      .map(([a, b], i) => {
        const y = 700 - 16 * i;
        const l = left[i];
        return (l ? text(60, y, 10, l[0]) + flushRight(250, y, l[1]) : '') + text(270, y, 10, a) + (b ? flushRight(520, y, b) : '');
      })
      .join('');
    const t = only(await read([page]));
    expect(size(t)).toBe('11x4');
    expect(rowTexts(t, 5)).toEqual(['', '', '六、科学技术支出', '']);
    expect(rowTexts(t, 6)).toEqual(['', '', '七、文化体育与传媒支出', '']);
    expect(rowTexts(t, 7)).toEqual(['', '', '八、社会保障和就业支出', '1,289.52']);
    expect(rowTexts(t, 9)).toEqual(['', '', '十、节能环保支出', '']);
  });

  test('a numbered list whose "1. 2026" is set in a Latin font before the CJK words is text, not a table', async () => {
    // 上海 单位预算 contents as poppler's cairo backend re-draws it: "1. 2026" (DejaVu) and
    // "年预算单位财务收支预算总表" (the CJK font) are two items 0.1 pt apart; "1. 2026" is no amount
    const titles = ['财务收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表'];
    const page = titles
      .map((t, i) => {
        const y = 700 - 19 * i;
        const n = `${i + 1}. 2026`;
        return text(88, y, 14, n) + text(88 + width(n, 14) + 0.1, y, 14, `年预算单位${t}`);
      })
      .join('');
    expect(tables(await read([page]))).toEqual([]);
  });

  test('a paragraph of figures is not a table: its numbers end nowhere in common', async () => {
    // 无锡 收入预算情况说明: "本年其他收入 23,312.65 万元，占 26.67%；" (figures in their own runs)
    const lines = [
      ['本年一般公共预算收入', '64,092.25', '万元，占', '73.33', '%；'],
      ['本年政府性基金预算收入', '0.00', '万元，占', '0.00', '%；'],
      ['本年其他收入', '23,312.65', '万元，占', '26.67', '%；'],
      ['上年结转结余的单位资金', '0.00', '万元，占', '0.00', '%。'],
    ];
    const page = lines
      .map(([a, b, c, d, e], i) => {
        const y = 700 - 16 * i;
        const x = 60 + 10 * [...(a as string)].length + 3;
        const w = width(b as string);
        const x2 = x + w + 3 + 40 + 3;
        return text(60, y, 10, a as string) + text(x, y, 10, b as string) + text(x + w + 3, y, 10, c as string) + text(x2, y, 10, d as string) + text(x2 + width(d as string), y, 10, e as string);
      })
      .join('');
    expect(tables(await read([page]))).toEqual([]);
  });

  test('a column the body leaves blank is told apart by its header', async () => {
    const header = centred(110, 700, '项目') + centred(241, 700, '一般公共预算') + centred(322, 700, '政府性基金') + centred(401, 700, '其他');
    const body = [
      ['办公费', '12.00', '3.00'],
      ['印刷费', '2.50', '0.50'],
      ['水电费', '30.00', '1.00'],
    ]
      .map(([a, b, c], i) => text(60, 684 - 16 * i, 10, a as string) + flushRight(280, 684 - 16 * i, b as string) + flushRight(440, 684 - 16 * i, c as string))
      .join('');
    const t = only(await read([header + body]));
    expect(size(t)).toBe('4x4');
    expect(rowTexts(t, 0)).toEqual(['项目', '一般公共预算', '政府性基金', '其他']);
    expect(rowTexts(t, 1)).toEqual(['办公费', '12.00', '', '3.00']);
  });

  test('the 单位名称 … 单位 line above the header is text before the table', async () => {
    const page =
      text(60, 720, 10, '单位名称：某某局') + text(480, 720, 10, '单位：万元') +
      centred(110, 700, '项目') + centred(240, 700, '合计') + centred(330, 700, '基本支出') + centred(450, 700, '项目支出') +
      [
        ['合计', '30.00', '20.00', '10.00'],
        ['办公费', '12.00', '10.00', '2.00'],
        ['印刷费', '18.00', '10.00', '8.00'],
      ]
        .map(([a, b, c, d], i) => text(60, 684 - 16 * i, 10, a as string) + flushRight(280, 684 - 16 * i, b as string) + flushRight(370, 684 - 16 * i, c as string) + flushRight(490, 684 - 16 * i, d as string))
        .join('');
    const doc = await read([page]);
    const t = only(doc);
    expect(rowTexts(t, 0)).toEqual(['项目', '合计', '基本支出', '项目支出']);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.replace(/\s+/g, '') === '单位名称：某某局单位：万元')).toBe(true);
  });

  test('a table over two pages: the header printed again is dropped, though the texts end elsewhere', async () => {
    const header = centred(110, 760, '项目') + centred(240, 760, '预算数');
    const rows = (labels: string[], top: number): string =>
      labels.map((l, i) => text(60, top - 16 * i, 10, l) + flushRight(280, top - 16 * i, `${i + 1}.00`)).join('');
    const first = header + rows(['办公费', '印刷费', '咨询费', '手续费'], 744);
    const second = header + rows(['水费', '电费', '邮电费的其他支出项目'], 744);
    const t = only(await read([first, second]));
    expect(size(t)).toBe('8x2');
    expect(rowTexts(t, 0)).toEqual(['项目', '预算数']);
    expect(rowTexts(t, 5)).toEqual(['水费', '1.00']);
    expect(t.rows[5]?.[0]?.page).toBe(2);
  });
});
