// Which tables make one section: a title, the parts that continue it, the title printed again.
import { locateSections } from '../../src/locate/sections.js';
import type { Block, TableBlock } from '../../src/model/document.js';
import { buildGrid } from '../../src/model/grid.js';

let index = 0;
const table = (rows: string[][], page: number): TableBlock => ({ ...buildGrid(rows.map((r) => r.map((text) => ({ text }))), index++), page });
const heading = (text: string, page: number): Block => ({ kind: 'heading', text, level: null, page });
const FAS = [
  ['收入', '', '支出', '', '', '', ''],
  ['项目', '金额', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
];

test('a title printed again over the next page\'s part continues the same table (长沙 2026 财政拨款收支总体情况表 p15-16)', () => {
  const p15 = table([...FAS, ['一、本年收入', '656.73', '一、本年支出', '656.73', '656.73', '', ''], ['', '', '21、灾害防治及应急管理支出', '', '', '', '']], 15);
  const p16 = table([...FAS, ['', '', '22、其他支出', '', '', '', ''], ['收入总计', '656.73', '支出总计', '656.73', '656.73', '', '']], 16);
  const { sections, placements } = locateSections([heading('2026年财政拨款收支总体情况表', 15), p15, heading('2026年财政拨款收支总体情况表', 16), p16]);
  expect(sections.map((s) => [s.def.id, s.tables.length])).toEqual([['fiscal_appropriation_summary', 2]]);
  expect(placements.map((p) => p.by)).toEqual([['title'], ['title', 'continuation']]);
});

test('the same title over a table of another width, or after another table, starts a new section', () => {
  const a = table([...FAS, ['一、本年收入', '1.00', '一、本年支出', '1.00', '1.00', '', '']], 1);
  const narrow = table([['收入', '支出'], ['1.00', '1.00']], 2);
  const { sections } = locateSections([heading('财政拨款收支总表', 1), a, heading('财政拨款收支总表', 2), narrow]);
  expect(sections.map((s) => s.tables.length)).toEqual([1, 1]);
});

test('a title\'s qualifier on a line of its own ("（2026年度）" under 北京 预算14表, 国家信访局 自评表) keeps the title for the table', () => {
  const t = table([['转移支付名称', '医药卫生体制改革专项转移支付'], ['一级指标', '三级指标']], 146);
  const { sections } = locateSections([heading('预算14表医药卫生体制改革专项转移支付绩效目标表', 146), heading('（2026年度）', 146), t]);
  expect(sections.map((s) => [s.def.id, s.title])).toEqual([['project_performance', '预算14表医药卫生体制改革专项转移支付绩效目标表']]);
});

test('a title naming a part of a table ends the table before it: its table is not read as a continuation', () => {
  const rows = (code: string) => [['科目编码', '科目名称', '合计', '人员经费', '公用经费'], [code, '名称', '1.00', '1.00', '']];
  const basic = table(rows('30101'), 6);
  const part = table(rows('30102'), 7);
  const { sections, placements } = locateSections([
    { kind: 'paragraph', text: '一般公共预算基本支出表', level: null, page: 6 },
    basic,
    { kind: 'paragraph', text: '一般公共预算基本支出表—人员经费(工资福利支出)', level: null, page: 7 },
    part,
  ]);
  expect(sections.map((s) => [s.def.id, s.tables.length])).toEqual([['general_budget_basic_expenditure', 1]]);
  expect(placements.map((p) => [p.def?.id ?? null, p.runnerUp?.id ?? null])).toEqual([
    ['general_budget_basic_expenditure', null],
    [null, 'general_budget_basic_expenditure'],
  ]);
});

test('fields on the title\'s line ("部门收支总表    单位：元", "… 编制单位：某某局") are not the title; the unit printed there is the table\'s', async () => {
  const { buildRecords } = await import('../../src/pipeline/build-records.js');
  const t = table([['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数'], ['一、财政拨款收入', '1,000,000.00', '一、一般公共服务支出', '1,000,000.00'], ['收入总计', '1,000,000.00', '支出总计', '1,000,000.00']], 3);
  const { sections } = locateSections([heading('部门收支总表    单位：元', 3), t]);
  expect(sections.map((s) => s.def.id)).toEqual(['income_expenditure_summary']);
  const out = buildRecords({ format: 'pdf', pages: 3, warnings: [], blocks: [heading('某某县财政局2024年部门预算', 1), heading('部门收支总表    单位：元', 3), t] }, { doc_id: 'a'.repeat(64), source: 'x.pdf' });
  expect(out.budget_lines.map((l) => [l.side, l.name, l.amounts['budget'], l.source_unit])).toEqual([
    ['income', '一、财政拨款收入', 100, '元'],
    ['expenditure', '一、一般公共服务支出', 100, '元'],
    ['income', '收入总计', 100, '元'],
    ['expenditure', '支出总计', 100, '元'],
  ]);
  expect(locateSections([heading('一般公共预算支出表 编制单位：某某县财政局', 1), table([['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', '1.00']], 1)]).sections.map((s) => s.def.id)).toEqual(['general_budget_expenditure']);
});

test('a table that shows nothing of the titled table (no amount, no label of it) is not placed under the title', () => {
  // 江苏 省委办公厅 2018's contents page, OCR'd: the entries 四、… read as a table after the entry 三、支出预算总表
  const contents = table([['四、', '财政拨款收支预算总表'], ['五、', '财政拨款支出预算表'], ['七、', '政府性基金支出预算表']], 2);
  // the same document's 政府性基金 table, printed empty: its header's labels are the table's
  const empty = table([['功能科目代码', '功能科目名称', '金额']], 10);
  const { sections, placements } = locateSections([heading('三、支出预算总表', 2), contents, heading('政府性基金支出预算表', 10), empty]);
  expect(placements.map((p) => [p.def?.id ?? null, p.runnerUp?.id ?? null])).toEqual([
    [null, 'expenditure_summary'],
    ['government_fund_expenditure', null],
  ]);
  expect(sections.map((s) => s.def.id)).toEqual(['government_fund_expenditure']);
});

describe('the classification a table lists (陕西 prints 一般公共预算 spending by function and by economic class)', () => {
  const paragraph = (text: string, page: number): Block => ({ kind: 'paragraph', text, level: null, page });
  const header = ['序号', '科目编码', '科目名称', '合计', '基本支出', '项目支出'];
  // 序号 past 200 and 300: a long table's row numbers are no codes
  const economic = () => table([header, ['1', '', '合计', '3.00', '2.00', '1.00'], ['201', '301', '工资福利支出', '2.00', '2.00', ''], ['302', '302', '商品和服务支出', '1.00', '', '1.00']], 4);
  const functional = () => table([header, ['1', '', '合计', '3.00', '2.00', '1.00'], ['301', '201', '一般公共服务支出', '3.00', '2.00', '1.00'], ['302', '20103', '政府办公厅（室）及相关机构事务', '3.00', '2.00', '1.00']], 3);

  test('a title without its classification: the body\'s codes choose the table', () => {
    const { sections } = locateSections([heading('一般公共预算支出明细表', 3), functional(), heading('一般公共预算支出明细表', 4), economic()]);
    expect(sections.map((s) => [s.def.id, s.title])).toEqual([
      ['general_budget_expenditure', '一般公共预算支出明细表'],
      ['general_budget_expenditure_economic', '一般公共预算支出明细表'],
    ]);
  });

  test('the qualifier on the line under the title', () => {
    const { sections } = locateSections([heading('一般公共预算支出明细表', 4), paragraph('（按支出经济分类科目）', 4), table([header, ['1', '', '合计', '3.00', '2.00', '1.00']], 4)]);
    expect(sections.map((s) => [s.def.id, s.title, s.preamble])).toEqual([['general_budget_expenditure_economic', '一般公共预算支出明细表', ['（按支出经济分类科目）']]]);
  });

  test('a table printed once, by the other classification than its title\'s table lists, is the title\'s table', () => {
    expect(locateSections([heading('部门支出总表', 4), economic()]).sections.map((s) => s.def.id)).toEqual(['expenditure_summary']);
    const { sections, placements } = locateSections([heading('一般公共预算支出明细表', 4), economic()]);
    expect(sections.map((s) => s.def.id)).toEqual(['general_budget_expenditure']);
    expect(placements.map((p) => p.def?.id)).toEqual(['general_budget_expenditure']);
    // printed both ways, the codes tell them apart (above); named in the title, the title does
    expect(locateSections([heading('部门支出总表（按经济分类）', 4), economic()]).sections.map((s) => s.def.id)).toEqual(['expenditure_summary_economic']);
  });
});

test('a workbook sheet\'s name titles its table even short of 表; other text short of 表 does not', () => {
  const t = () => table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', '3.00', '2.00', '1.00']], 1);
  const sheet: Block = { kind: 'heading', text: '一般公共预算支出', level: 1, page: null, sheetName: true };
  expect(locateSections([sheet, t()]).sections.map((s) => [s.def.id, s.title])).toEqual([['general_budget_expenditure', '一般公共预算支出']]);
  expect(locateSections([heading('一般公共预算支出', 1), t()]).sections).toEqual([]);
});

const fund = () => table([['科目编码', '科目名称', '合计'], ['229', '其他支出', '1.00']], 2);

test('a table printed again starts the next set of tables; a 绩效目标表 per project does not', () => {
  const summary = () => table([...FAS, ['一、本年收入', '1.00', '一、本年支出', '1.00', '1.00', '', '']], 1);
  const project = () => table([['项目名称', '某项目'], ['一级指标', '二级指标', '三级指标', '指标值']], 2);
  const { sections } = locateSections([
    heading('财政拨款收支总表', 1),
    summary(),
    heading('政府性基金预算支出表', 1),
    fund(),
    heading('1、某项目绩效目标表', 2),
    project(),
    heading('2、某项目绩效目标表', 3),
    project(),
    heading('财政拨款收支总表', 4),
    summary(),
    heading('政府性基金预算支出表', 5),
    fund(),
  ]);
  expect(sections.map((s) => [s.def.id, s.part])).toEqual([
    ['fiscal_appropriation_summary', 1],
    ['government_fund_expenditure', 1],
    ['project_performance', 1],
    ['project_performance', 1],
    ['fiscal_appropriation_summary', 2],
    ['government_fund_expenditure', 2],
  ]);
});

test('one table printed again, alone or before others, starts no set (a chart\'s or a table\'s title misread by OCR)', () => {
  const summary = () => table([...FAS, ['一、本年收入', '1.00', '一、本年支出', '1.00', '1.00', '', '']], 1);
  const basic = () => table([['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['301', '工资福利支出', '1.00', '1.00', '']], 4);
  const parts = (blocks: Block[]) => locateSections(blocks).sections.map((s) => s.part);
  expect(parts([heading('财政拨款收支总表', 1), summary(), heading('政府性基金预算支出表', 2), fund(), heading('财政拨款收支总表', 3), summary()])).toEqual([1, 1, 1]);
  // 江苏 人大 OCR'd: the 4th title read as a 支出总表's, the tables after it new
  expect(
    parts([heading('财政拨款收支总表', 1), summary(), heading('政府性基金预算支出表', 2), fund(), heading('财政拨款收支总表', 3), summary(), heading('一般公共预算基本支出表', 4), basic()]),
  ).toEqual([1, 1, 1, 1]);
});

describe('a title wrapped onto a block of its own (江苏 人大 re-produced by ps2pdf and OCR\'d: "…培训费支出预算" over "表")', () => {
  const three = () => table([['合计', '因公出国（境）费', '公务接待费'], ['3.00', '1.00', '2.00']], 20);

  test('the two blocks read as one title', () => {
    const { sections } = locateSections([heading('“三公”经费、会议费、培训费支出预算', 20), heading('表', 20), three()], true);
    expect(sections.map((s) => [s.def.id, s.title])).toEqual([['three_public_expenses', '“三公”经费、会议费、培训费支出预算表']]);
    // a Word title broken by a paragraph mark two characters before its end
    const fund = table([['科目编码', '科目名称', '合计'], ['229', '其他支出', '1.00']], 3);
    expect(locateSections([heading('政府性基金预算支出预', 3), heading('算表', 3), fund]).sections.map((s) => s.def.id)).toEqual(['government_fund_expenditure']);
  });

  test('not across pages, not a line that is a title of its own, not a field line', () => {
    expect(locateSections([heading('“三公”经费、会议费、培训费支出预算', 19), heading('表', 20), three()], true).sections).toEqual([]);
    const both = locateSections([heading('“三公”经费支出', 20), heading('收入总表', 20), three()], true);
    expect(both.placements.map((p) => p.def?.id ?? null)).toEqual(['income_summary']);
    expect(locateSections([heading('一般公共预算支出', 20), heading('单位：万元', 20), three()]).sections).toEqual([]);
  });
});

test('in a document of 决算 tables a title naming no account is the 决算\'s table (云南: “三公”经费、行政参公单位机关运行经费情况表); in a budget it stays the budget\'s', () => {
  const summary = () => table([['收入', '', '支出', ''], ['项目', '决算数', '项目', '决算数'], ['一、一般公共预算财政拨款收入', '1.00', '一、一般公共服务支出', '1.00']], 1);
  const income = () => table([['科目编码', '科目名称', '本年收入合计', '财政拨款收入'], ['', '合计', '1.00', '1.00']], 2);
  const three = () => table([['项目', '预算数', '决算数'], ['合计', '1.00', '1.00'], ['1.因公出国（境）费', '0.00', '0.00']], 3);
  const title = '十、“三公”经费、行政参公单位机关运行经费情况表';
  const final = locateSections([heading('一、收入支出决算表', 1), summary(), heading('二、收入决算表', 2), income(), heading(title, 3), three()]);
  expect(final.sections.map((s) => s.def.id)).toEqual(['final_income_expenditure_summary', 'final_income', 'final_three_public_expenses']);
  expect(final.placements.map((p) => p.def?.id)).toEqual(['final_income_expenditure_summary', 'final_income', 'final_three_public_expenses']);
  expect(locateSections([heading('部门收支总表', 1), summary(), heading(title, 3), three()]).sections.map((s) => s.def.id)).toEqual(['income_expenditure_summary', 'three_public_expenses']);
});

test('a ruled area holding no word is a graphic, titled or not (北京市政务服务和数据管理局 2026, a scan: 图1：收入预算 over a pie chart whose frame OCR read as a grid of 1 | 4 | D)', () => {
  const chart = table([['1', '', '', '4', '', 'D'], ['', '', '', '', '', ''], ['', '□', '', '', '', '"']], 6);
  const box = table([['', ''], ['', '']], 8);
  const figures = table([['项目', '金额'], ['一、本年收入', '']], 9);
  const { sections, placements } = locateSections([heading('图1：收入预算', 6), chart, box, figures]);
  expect(sections).toEqual([]);
  // a grid with a word in it (项目 | 金额) is a table no catalogue entry fits, not a graphic
  expect(placements.map((p) => [p.def, p.kind ?? null])).toEqual([
    [null, 'graphic'],
    [null, 'graphic'],
    [null, null],
  ]);
});
