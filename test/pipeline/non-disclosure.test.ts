// Files a crawl brings in that are not disclosures, told by their opening lines. The notice's
// lines are read off the page image of 长沙市财政局's 长财金指〔2025〕2号 (a scan filed in the
// collection as 财政局 2026年部门预算; it attaches a 中央对地方专项转移支付区域绩效目标表, a
// table the catalogue knows, so no other rule refuses it).
import { nonDisclosure } from '../../src/pipeline/package-part.js';

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
