// Pages of the real corpus (../shared/corpus) whose borders the reader once missed, read as
// ruled tables; expectations read off the printed pages (pdftotext -layout, the page images).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentModel, TableBlock } from '../../../src/model/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { cell, rowTexts, size, span, tableAfter, tables } from './helpers.js';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const readCorpus = (relative: string, maxPages?: number): Promise<DocumentModel> =>
  readPdf(new Uint8Array(readFileSync(path.join(CORPUS, relative))), maxPages ? { maxPages } : {});

const unruledPages = (doc: DocumentModel): string[] => doc.warnings.filter((w) => w.code === 'PDF_UNRULED_TABLE').map((w) => w.message);

// Read with its rules, and as if it had none (ignoreRules: every table rebuilt from text
// alignment by unruled.ts): both readings must give the tables as printed.
describe.each([
  ['with its rules (borders drawn as thin filled trapezoids)', false],
  ['without rules (columns from text alignment)', true],
])('广州市信访局 2026, read %s', (_, ignoreRules) => {
  let doc: DocumentModel;
  beforeAll(async () => {
    const file = path.join(CORPUS, '广东/广东-广州-6d531c47-信访局_2026年部门预算.pdf');
    doc = await readPdf(new Uint8Array(readFileSync(file)), { ignoreRules });
  });

  test('tables rebuilt from text alignment only without rules', () => {
    if (ignoreRules) expect(unruledPages(doc).length).toBeGreaterThanOrEqual(14);
    else expect(unruledPages(doc)).toEqual([]);
  });

  test('收支总体情况表 (pp. 5–6): four columns, amounts apart from the next label, one table over both pages', () => {
    const t = tableAfter(doc, /^收支总体情况表$/);
    expect(size(t)).toBe('33x4');
    expect(rowTexts(t, 0)).toEqual(['收入', '收入', '支出', '支出']);
    expect([span(t, 0, 0), span(t, 0, 2)]).toEqual(['1x2', '1x2']);
    expect(rowTexts(t, 1)).toEqual(['项目', '预算', '项目', '预算']);
    expect(rowTexts(t, 2)).toEqual(['一、预算拨款', '3,944.08', '一、一般公共服务支出', '2,570.71']);
    expect(rowTexts(t, 8)).toEqual(['七、附属单位上缴收入', '0.00', '七、文化旅游体育与传媒支出', '0.00']);
    expect(rowTexts(t, 9)).toEqual(['', '', '八、社会保障和就业支出', '419.35']);
    // p. 6 repeats the two header rows; they are dropped
    expect(rowTexts(t, 24)).toEqual(['', '', '二十三、其他支出', '0.00']);
    expect(rowTexts(t, 30)).toEqual(['本年收入合计', '3,944.08', '本年支出合计', '3,944.08']);
    expect(rowTexts(t, 32)).toEqual(['收入总计', '3,944.08', '支出总计', '3,944.08']);
    expect([cell(t, 2, 0).page, cell(t, 32, 0).page]).toEqual([5, 6]);
  });

  test('收入总体情况表 (p. 7): 13 columns, the wrapped header cells whole', () => {
    const t = tableAfter(doc, /^收入总体情况表$/);
    expect(size(t)).toBe('4x13');
    expect(rowTexts(t, 0)).toEqual([
      '单位名称', '合计', '财政拨款收入', '财政拨款收入', '财政拨款收入', '财政专户拨款收入', '财政专户拨款收入',
      '其他资金收入', '其他资金收入', '其他资金收入', '上级补助收入', '附属单位上缴收入', '上年结转结余',
    ]);
    expect(rowTexts(t, 1).slice(2, 10)).toEqual([
      '一般公共预算', '政府性基金预算', '国有资本经营预算', '教育收费', '其他专户收入拨款', '事业收入', '事业单位经营收入', '其他收入',
    ]);
    expect(rowTexts(t, 2)).toEqual(['合计', '3,944.08', '3,944.08', ...new Array<string>(10).fill('0.00')]);
    expect(rowTexts(t, 3)[0]).toBe('广州市信访局');
  });

  test('本年支出总体情况表 (p. 8): a wrapped 科目名称 is one row; 对附属单位补助支出 and 上缴上级支出 apart', () => {
    const t = tableAfter(doc, /^本年支出总体情况表$/);
    expect(size(t)).toBe('20x8');
    expect(rowTexts(t, 0).slice(5)).toEqual(['事业单位经营支出', '对附属单位补助支出', '上缴上级支出']);
    expect(rowTexts(t, 1).slice(0, 2)).toEqual(['科目编码', '科目名称']);
    expect(rowTexts(t, 11)).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '199.06', '199.06', '0.00', '0.00', '0.00', '0.00']);
    expect(rowTexts(t, 12)).toEqual(['2080506', '机关事业单位职业年金缴费支出', '96.76', '96.76', '0.00', '0.00', '0.00', '0.00']);
  });

  test('政府性基金预算支出情况表 (p. 16): 小计 heads the column its value is in', () => {
    const t = tableAfter(doc, /^政府性基金预算支出情况表$/);
    expect(size(t)).toBe('3x5');
    expect(rowTexts(t, 1)).toEqual(['科目编码', '科目名称', '小计', '其中：基本支出', '项目支出']);
    expect(rowTexts(t, 2)).toEqual(['', '合计', '0.00', '0.00', '0.00']);
  });

  test('部门预算项目支出及其他支出预算表 (pp. 19–20): one table, the header printed again on p. 20 dropped', () => {
    const t = tableAfter(doc, /^部门预算项目支出及其他支出预算表$/);
    expect(size(t)).toBe('13x9');
    expect(rowTexts(t, 9).slice(0, 2)).toEqual(['信访工作专项经费', '100.00']);
    expect(cell(t, 9, 0).page).toBe(20);
    // "广州市信访局2025-" | "2026年信息化运维项目": wrapped after the hyphen, no space
    expect(rowTexts(t, 10).slice(0, 2)).toEqual(['广州市信访局2025-2026年信息化运维项目', '40.41']);
  });
});

describe('广州市卫生健康委员会 2026: columns sized anew on every page', () => {
  test('部门预算项目支出及其他支出预算表 over pp. 31–113 is one table: 2 header rows and the 525 printed amount lines', async () => {
    const doc = await readCorpus('广东/广东-广州-45689a98-2026年广州市卫生健康委员会部门预算.pdf');
    const t = tables(doc).find((x) => x.page === 31) as TableBlock;
    expect(size(t)).toBe('527x9');
    expect(t.rows.filter((r) => r[0]?.text === '支出项目类别（资金使用单位）' && r[0].origin === null)).toHaveLength(1);
    expect(t.rows[t.rows.length - 1]?.[0]?.page).toBe(113);
  });
});

describe('北京市应急管理局 2026 项目支出绩效目标表', () => {
  test('p. 26: the left columns, merged over the whole page and without top or bottom border, belong to the grid', async () => {
    const doc = await readCorpus('北京/北京-北京-04e8ce34-应急管理局_2026年部门预算.pdf', 26);
    expect(unruledPages(doc).filter((m) => m.startsWith('page 26'))).toEqual([]);
    // one table over pp. 20–26 (the text its merged cells draw again, clipped, at each page's top
    // no longer breaks it into parts: src/readers/pdf/clip.ts); p. 26's 11 rows are its last
    const t = tables(doc).find((x) => x.page === 20) as TableBlock;
    const first = t.rows.findIndex((r) => r[5]?.page === 26);
    expect([t.rows.length - first, t.rows[0]!.length]).toEqual([11, 11]);
    expect(span(t, first, 0)).toBe('11x1');
    expect(rowTexts(t, first).slice(0, 3)).toEqual(['11000022T000000447587-市应急指挥中心基础环境维保费用', '280.699600', '280.699600']);
    expect(rowTexts(t, first + 2).slice(5)).toEqual(['产出指标', '时效指标', '确保应急指挥中心大屏显示系统在合同有效期内正常运行', '＝', '1', '年']);
  });
});

describe('无锡市水利局 2026 收入预算情况说明', () => {
  test('p. 32: a paragraph listing figures ("本年其他收入 23,312.65 万元，占 26.67%；") is text, not a table', async () => {
    const doc = await readCorpus('江苏/江苏-无锡-d6fb5b31-水务局_2026年部门预算.pdf', 32);
    expect(unruledPages(doc).filter((m) => m.startsWith('page 32'))).toEqual([]);
    expect(tables(doc).filter((t) => t.page === 32)).toEqual([]);
  });
});
