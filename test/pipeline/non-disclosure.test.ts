// Files a crawl brings in that are not disclosures, told by their opening lines. The notice's
// lines are read off the page image of 长沙市财政局's 长财金指〔2025〕2号 (a scan filed in the
// collection as 财政局 2026年部门预算; it attaches a 中央对地方专项转移支付区域绩效目标表, a
// table the catalogue knows, so no other rule refuses it).
import { nonDisclosure } from '../../src/pipeline/package-part.js';
import { processDocument } from '../../src/pipeline/process.js';

const NOTICE = [
  '长财金指〔2025〕2号',
  '长沙市财政局关于下达2025年普惠金融发展专项资金预算的通知',
  '根据《湖南省财政厅关于提前下达2025年度普惠金融发展专项资金预算的通知》（湘财金指〔2024〕23号），现下达你区县（单位）2025年普惠金融发展专项资金预算万元，此款项列2025年政府收支分类支出功能科目“2130804创业担保贷款贴息及奖补”，政府预算支出经济科目“50702利息补贴”，部门预算支出经济科目“31205利息补贴”。',
  '附件：1.2025年度普惠金融发展专项资金下达情况表',
  '2.中央对地方专项转移支付区域绩效目标表',
];

describe('nonDisclosure', () => {
  test('a 文号 over a 关于…的通知 title is a notice, though its text names 部门预算支出经济科目', () => {
    expect(nonDisclosure(NOTICE)).toBe('notice');
  });

  test('the 文号 as OCR reads its brackets (长财金指〔2025］1号) still marks the notice', () => {
    expect(nonDisclosure(['长财金指〔2025］1号', '长沙市财政局关于清算下达2024年普惠金融发展专项资金预算的通知', '根据…'])).toBe('notice');
  });

  test('a notice publishing a 部门预算 is the disclosure, not a notice', () => {
    expect(nonDisclosure(['宁财预〔2026〕3号', '宁德市人民政府办公室关于公开2026年部门预算的通知', '2026年宁德市人民政府办公室部门预算'])).toBeNull();
  });

  test('a 关于…的通知 without a 文号, or a 文号 under the opening lines, is not taken for a notice', () => {
    expect(nonDisclosure(['某某市财政局关于开展2025年会计信息质量检查的通知', '各区县（市）财政局：'])).toBeNull();
    expect(nonDisclosure(['2026年某某局部门预算', '目录', '第一部分 部门概况', '根据《关于…的通知》（财预〔2016〕143号）'])).toBeNull();
  });

  test('a 绩效评价报告 naming no disclosure is a report on past spending', () => {
    expect(nonDisclosure(['长沙市财政项目支出绩效评价报告', '国企改革稳定专项资金'])).toBe('evaluation_report');
    expect(nonDisclosure(['2024年部门决算', '第四部分 绩效评价报告'])).toBeNull();
  });
});

describe('a landing page naming a disclosure it does not hold', () => {
  // 无锡's and 重庆's portals: the article names the disclosure and lists its attachments (详见附件; an .ofd)
  const page = (...body: string[]): Uint8Array =>
    Buffer.from(`<html><head><meta charset="utf-8"></head><body><div>当前位置：首页&gt;政务公开&gt;财政信息&gt;政府部门财政预决算&gt;正文</div>${body.join('')}</body></html>`);
  const refusal = async (bytes: Uint8Array) => {
    const r = await processDocument({ bytes, source: 'page.html' });
    return r.kind === 'error' ? [r.error.code, r.error.message] : ['read', ''];
  };

  test('its own facts in a table (信息索引号 | 发布机构) and 详见附件: NOT_A_BUDGET_DOCUMENT naming the disclosure and its attachments (无锡市水利局, the portal\'s page)', async () => {
    const facts = '<table><tr><td>信息索引号</td><td>014006438/2026-01034</td><td>生成日期</td><td>2026-03-03</td></tr><tr><td>发布机构</td><td>无锡市水利局</td><td>附件下载</td><td></td></tr><tr><td>内容概述</td><td>详见附件</td><td></td><td></td></tr></table>';
    const [code, message] = await refusal(page('<h1>无锡市水利局局直单位2026年度预算公开</h1>', facts, '<p>详见附件</p>', '<p><a href="/a.pdf">附件1.pdf</a></p>'));
    expect(code).toBe('NOT_A_BUDGET_DOCUMENT');
    expect(message).toMatch(/^the text names a disclosure \("无锡市水利局局直单位2026年度预算公开"\) but holds none of it.*attached files \(附件\); ingest those files/);
  });

  test('a page printing figures is not taken for a landing page (重庆市审计局\'s title over a table of amounts no catalogue table fits)', async () => {
    const figures = '<table><tr><td>项目</td><td>金额</td></tr><tr><td>某某费</td><td>12.50</td></tr></table>';
    const [code, message] = await refusal(page('<p>重庆市审计局2026年部门预算情况说明</p>', figures));
    expect(code).toBe('NOT_A_BUDGET_DOCUMENT');
    expect(message).toMatch(/^no budget or final-account table title was found/);
  });
});
