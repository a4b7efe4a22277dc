// 2018年省检察院部门预算公开.pdf (Word 2007): Jiangsu's template with titles "公开01表：收支预算总表",
// income from 其他资金, an empty 政府性基金 table with a "此表为空" row and a 说明 note. Figures
// checked against the PDF (pdftotext -layout, pages 13-20).
import { failingChecks, lineOf, rows, runReal, threePublic, type Golden } from './golden.js';

let g: Golden;
beforeAll(async () => {
  g = await runReal('jiangsu/2018年省检察院部门预算公开.pdf', 'jiangsu-jianchayuan-2018');
});

test('metadata, tables, the empty table and its notes', () => {
  const d = g.out.document;
  expect([d.fiscal_year, d.department_name, d.region_code, d.unit, d.pages]).toEqual([2018, '江苏省人民检察院', '320000', '万元', 31]);
  expect(d.tables_missing).toEqual(['state_capital_expenditure']);
  // no 国有资本经营预算支出 title anywhere in the PDF (pdftotext), nor an unplaced table like it
  expect(d.tables_not_printed).toEqual(['state_capital_expenditure']);
  expect(d.tables_found).toContain('government_fund_expenditure');
  expect(d.tables_found).toContain('government_procurement');
  expect(g.out.budget_lines.filter((l) => l.table === 'government_fund_expenditure')).toEqual([]);
  expect(d.notes).toEqual(['说明：本部门无相关收支项目。', '此表为空']);
  expect(failingChecks(g.out)).toEqual([]);
});

test('收支预算总表 and 收入预算总表: 其他资金 14.39', () => {
  expect(rows(g.out, 'income_expenditure_summary', 'income').filter(([, a]) => a['budget'] !== null)).toEqual([
    ['一、财政拨款', { budget: 21940.96 }],
    ['1.一般公共预算', { budget: 21940.96 }],
    ['三、其他资金', { budget: 14.39 }],
    ['当年收入小计', { budget: 21955.35 }],
    ['收入合计', { budget: 21955.35 }],
  ]);
  expect(lineOf(g.out, 'income_expenditure_summary', (l) => l.name === '四、公共安全支出').amounts).toEqual({ budget: 16458.75 });
  expect(lineOf(g.out, 'income_summary', (l) => l.name === '其他收入').attributes).toEqual({ group: '其他资金' });
  expect(lineOf(g.out, 'income_summary', (l) => l.name === '其他收入').amounts).toEqual({ total: 14.39 });
});

test('支出预算总表 and 三公、会议费、培训费', () => {
  expect(rows(g.out, 'expenditure_summary')).toEqual([
    ['合计', { total: 21955.35, basic: 13994.31, project: 5573, reserved: 2388.04, carryover_to_next_year: null }],
  ]);
  expect(threePublic(g.out).map(([item, , v]) => [item, v])).toEqual([
    ['grand_total', 1384.74],
    ['three_public_total', 484.3],
    ['overseas_travel', 100],
    ['vehicle_total', 267.8],
    ['vehicle_purchase', null],
    ['vehicle_operation', 267.8],
    ['reception', 116.5],
    ['meeting', 200.44],
    ['training', 700],
  ]);
});
