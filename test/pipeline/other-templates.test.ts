// Templates of provinces outside the corpus, as small HTML pages (a format sites publish
// them in): 云南's 决算 三公 table titled without 决算 and going on with counts, 广西's 三公
// 情况统计表 with its pre-2015 column name. The figures are the tables' as printed here. Last,
// a generated variant's table printed without its title.
import { readFile } from 'node:fs/promises';
import { processDocument } from '../../src/pipeline/process.js';

const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
/** A titled table; `header`: header rows as HTML, where cells are merged. */
const table = (title: string, unit: string, rows: string[][], header = ''): string =>
  `<p>${title}</p><p>${unit}</p><table border="1">${header}${rows.map(row).join('')}</table>`;
const page = (head: string, ...parts: string[]): Uint8Array =>
  Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>${head}</p>${parts.join('')}</body></html>`);

async function read(bytes: Uint8Array) {
  const r = await processDocument({ bytes, source: 'doc.html' });
  if (r.kind !== 'document') throw new Error(r.error.message);
  return r.output;
}

const FINAL_SUMMARY = table('一、收入支出决算表', '单位：万元', [
  ['收入', '', '支出', ''],
  ['项目', '决算数', '项目', '决算数'],
  ['一、一般公共预算财政拨款收入', '10.00', '一、一般公共服务支出', '10.00'],
  ['本年收入合计', '10.00', '本年支出合计', '10.00'],
]);
const FINAL_INCOME = table('二、收入决算表', '单位：万元', [
  ['科目编码', '科目名称', '本年收入合计', '财政拨款收入'],
  ['', '合计', '10.00', '10.00'],
  ['201', '一般公共服务支出', '10.00', '10.00'],
]);

test('云南 决算: a title naming no account is the 决算\'s table; rows counting things keep their counts out of the money', async () => {
  const three = table('十、“三公”经费、行政参公单位机关运行经费情况表', '单位：元', [
    ['项目', '预算数', '决算数'],
    ['一、“三公”经费支出', '30,000.00', '25,000.00'],
    ['1.因公出国（境）费', '0.00', '0.00'],
    ['2.公务用车购置及运行费', '20,000.00', '15,000.00'],
    ['（1）公务用车购置费', '0.00', '0.00'],
    ['（2）公务用车运行费', '20,000.00', '15,000.00'],
    ['3.公务接待费', '10,000.00', '10,000.00'],
    ['二、机关运行经费', '50,000.00', '40,000.00'],
    ['三、公务用车保有量（辆）', '', '3'],
    ['国内公务接待人次', '', '80'],
  ]);
  const out = await read(page('某某县财政局2023年度部门决算', FINAL_SUMMARY, FINAL_INCOME, three));
  const lines = out.budget_lines.filter((l) => l.table === 'final_three_public_expenses');
  expect(lines.map((l) => [l.item, l.amounts['budget'], l.amounts['actual']])).toEqual([
    ['three_public_total', 3, 2.5],
    ['overseas_travel', 0, 0],
    ['vehicle_total', 2, 1.5],
    ['vehicle_purchase', 0, 0],
    ['vehicle_operation', 2, 1.5],
    ['reception', 1, 1],
    ['office_operation', 5, 4],
    [null, null, null],
    [null, null, null],
  ]);
  expect(lines.slice(-2).map((l) => [l.name, l.attributes['count:actual'], l.attributes['count_unit']])).toEqual([
    ['三、公务用车保有量（辆）', 3, '辆'],
    ['国内公务接待人次', 80, null],
  ]);
  expect(out.document.tables_missing).not.toContain('final_three_public_expenses');
  expect(out.checks.filter((c) => c.status === 'fail')).toEqual([]);
});

test('a fixed-assets table\'s 车辆（辆） row is money beside its quantity, not a count', async () => {
  const assets = table('国有资产占用情况表', '单位：万元', [
    ['项目', '数量', '价值'],
    ['车辆（辆）', '3', '45.00'],
  ]);
  const out = await read(page('某某县财政局2024年部门预算', assets));
  expect(out.budget_lines.map((l) => [l.table, l.amounts['value'], l.attributes['quantity'], l.attributes['quantity_unit']])).toEqual([['fixed_assets', 45, 3, '辆']]);
});

test('广西: a 三公 情况统计表 and its 其中：公共预算财政拨款 column (the fund\'s name before 2015)', async () => {
  const three = table('2015年桂林市司法局部门“三公”经费情况统计表', '单位：万元', [
    ['项 目', '本年预算数', '其中:公共预算财政拨款'],
    ['合 计', '34.35', '34.35'],
    ['1.因公出国(境)费用', '0', '0'],
    ['2.公务接待费', '1.70', '1.70'],
    ['3.公务用车费', '32.65', '32.65'],
    ['其中:(1)公务用车运行维护费', '32.65', '32.65'],
    ['(2)公务用车购置', '0', '0'],
  ]);
  const out = await read(page('桂林市司法局2015年部门预算', three));
  expect(out.budget_lines.map((l) => [l.item, l.amounts['total'], l.amounts['general_public_budget']])).toEqual([
    ['three_public_total', 34.35, 34.35],
    ['overseas_travel', 0, 0],
    ['reception', 1.7, 1.7],
    ['vehicle_total', 32.65, 32.65],
    ['vehicle_operation', 32.65, 32.65],
    ['vehicle_purchase', 0, 0],
  ]);
  expect(out.document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
});

describe('the kinds of project of 预算管理一体化: 人员类, 运转类 (公用经费 or 其他运转类), 特定目标类', () => {

  test('printed under 基本支出 and 项目支出: 运转类项目 under 基本支出 is its 公用经费', async () => {
    const header =
      '<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="2">基本支出</td><td colspan="2">项目支出</td></tr>' +
      '<tr><td>人员类项目</td><td>运转类项目</td><td>其他运转类项目</td><td>特定目标类项目</td></tr>';
    const out = await read(page('某某县财政局2024年部门预算', table('部门支出总表', '单位：万元', [['', '合计', '100.00', '50.00', '20.00', '10.00', '20.00'], ['201', '一般公共服务支出', '100.00', '50.00', '20.00', '10.00', '20.00']], header)));
    expect(out.budget_lines.map((l) => l.amounts)).toEqual([
      { total: 100, personnel: 50, public: 20, project_other_operation: 10, project_specific_purpose: 20 },
      { total: 100, personnel: 50, public: 20, project_other_operation: 10, project_specific_purpose: 20 },
    ]);
    expect(out.checks.filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped').map((c) => c.status)).toEqual(['pass', 'pass']);
  });

  test('printed side by side: 运转类项目 is both kinds of 运转类, and the total still adds up', async () => {
    const header = '<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>人员类项目</td><td>运转类项目</td><td>特定目标类项目</td></tr>';
    const out = await read(page('某某县财政局2024年部门预算', table('一般公共预算支出表', '单位：万元', [['', '合计', '100.00', '50.00', '30.00', '20.00'], ['201', '一般公共服务支出', '100.00', '50.00', '30.00', '25.00']], header)));
    expect(out.budget_lines.map((l) => l.amounts)).toEqual([
      { total: 100, personnel: 50, operation_projects: 30, project_specific_purpose: 20 },
      { total: 100, personnel: 50, operation_projects: 30, project_specific_purpose: 25 },
    ]);
    // the second row's 105.00 printed as 100.00 is caught
    expect(out.checks.filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped').map((c) => c.status)).toEqual(['pass', 'fail']);
  });
});

test('a 收入总表 printing the general budget\'s money by kind of revenue: each kind is a part of general_public_budget, not an addend', async () => {
  const header =
    '<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="4">一般公共预算</td><td rowspan="2">政府性基金预算</td><td rowspan="2">事业收入</td></tr>' +
    '<tr><td>小计</td><td>经费拨款</td><td>专项收入</td><td>行政事业性收费收入</td></tr>';
  const rows = [['', '合计', '100.00', '90.00', '60.00', '20.00', '10.00', '5.00', '5.00']];
  const out = await read(page('某某县财政局2024年部门预算', table('部门收入总表', '单位：万元', rows, header)));
  expect(out.budget_lines.map((l) => l.amounts)).toEqual([
    { total: 100, general_public_budget: 90, operating_appropriation: 60, special_revenue: 20, administrative_fees: 10, government_fund: 5, business_income: 5 },
  ]);
  expect(out.document.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
  expect(out.checks.filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped').map((c) => c.status)).toEqual(['pass']);
});

test('a unit printed after the header labels: the table\'s when they agree (预算数（元）); each column\'s own where they do not (单价（元） beside 金额（万元）)', async () => {
  const summary = table('部门收支总表', '', [
    ['收入', '', '支出', ''],
    ['项目', '预算数（元）', '项目', '预算数（元）'],
    ['一、一般公共预算拨款收入', '1,234,500.00', '一、一般公共服务支出', '1,234,500.00'],
    ['收入总计', '1,234,500.00', '支出总计', '1,234,500.00'],
  ]);
  const procurement = table('政府采购预算表', '', [
    ['项目名称', '采购品目', '数量', '单价（元）', '金额（万元）'],
    ['办公设备购置', '台式计算机', '10', '5,000.00', '5.00'],
  ]);
  const out = await read(page('某某县财政局2024年部门预算', summary, procurement));
  expect(out.budget_lines.map((l) => [l.table, l.amounts])).toEqual([
    ['income_expenditure_summary', { budget: 123.45 }],
    ['income_expenditure_summary', { budget: 123.45 }],
    ['income_expenditure_summary', { budget: 123.45 }],
    ['income_expenditure_summary', { budget: 123.45 }],
    ['government_procurement', { unit_price: 0.5, total: 5 }],
  ]);
  expect(out.document.warnings.filter((w) => w.code.startsWith('UNIT_'))).toEqual([]);
});

test('a 三公 table with its items across and a row per period (2023年预算数, 2024年预算数, 增减, 增减率): this year\'s total, last year\'s, the change', async () => {
  const header =
    '<tr><td rowspan="2">项目</td><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>' +
    '<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>';
  const rows = [
    ['2023年预算数', '10.00', '2.00', '5.00', '1.00', '4.00', '3.00'],
    ['2024年预算数', '9.00', '2.00', '4.00', '0.00', '4.00', '3.00'],
    ['增减', '-1.00', '0.00', '-1.00', '-1.00', '0.00', '0.00'],
    ['增减率', '-10%', '0%', '-20%', '-100%', '0%', '0%'],
  ];
  const out = await read(page('某某县财政局2024年部门预算', table('一般公共预算“三公”经费支出表', '单位：万元', rows, header)));
  expect(out.budget_lines.map((l) => [l.item, l.amounts, l.attributes])).toEqual([
    ['three_public_total', { last_year_total: 10, total: 9, change: -1 }, { change_rate: '-10%' }],
    ['overseas_travel', { last_year_total: 2, total: 2, change: 0 }, { change_rate: '0%' }],
    ['vehicle_total', { last_year_total: 5, total: 4, change: -1 }, { change_rate: '-20%' }],
    ['vehicle_purchase', { last_year_total: 1, total: 0, change: -1 }, { change_rate: '-100%' }],
    ['vehicle_operation', { last_year_total: 4, total: 4, change: 0 }, { change_rate: '0%' }],
    ['reception', { last_year_total: 3, total: 3, change: 0 }, { change_rate: '0%' }],
  ]);
  expect(out.checks.filter((c) => c.status === 'fail')).toEqual([]);
});

test('a table printed without its title is placed by elimination, and the warning says why (the untitled-table variant)', async () => {
  const r = await processDocument({ bytes: await readFile('test/fixtures/variants/untitled-table.docx'), source: 'untitled-table.docx' });
  if (r.kind !== 'document') throw new Error(r.error.message);
  expect(r.output.document.warnings.filter((w) => w.code === 'TABLE_PLACED_BY_HEADER').map((w) => w.message)).toEqual([
    "table 4 prints no title: read as general_budget_expenditure because every number column's header names one of its columns" +
      '; government_fund_expenditure fits as well, but the document prints it under its title' +
      '; state_capital_expenditure fits as well, but the document prints it under its title' +
      '; fiscal_appropriation_expenditure fits as well, but is not one of the tables every disclosure prints',
  ]);
});

test('云南: a 部门预算编制说明 published as the portal\'s article (its tables an attached .xlsx) is read as the disclosure\'s narrative part (昆明市审计局 2026, test/fixtures/unseen)', async () => {
  const bytes = await readFile('test/fixtures/unseen/kunming-shenji-2026.html');
  const out = await read(bytes);
  // the portal's section 部门预决算及“三公”经费, above the title, names no 决算
  expect(out.document).toMatchObject({
    format: 'html',
    package_part: 'narrative',
    disclosure_kind: 'department_budget',
    fiscal_year: 2026,
    department_name: '昆明市审计局',
    scope: 'consolidated',
    region_code: '530100',
  });
  // the page's figures in 元, as printed in its sections 三、四、七 and 九
  expect(out.figures.filter((f) => f.label !== null).map((f) => [f.label, f.amount_text])).toEqual([
    ['income_total', '154,991,108.01元'],
    ['prior_year_carryover', '1,192,640.00元'],
    ['expenditure_total', '154,991,108.01元'],
    ['fiscal_basic_expenditure', '101,126,495.75元'],
    ['fiscal_project_expenditure', '20,758,502.00元'],
    ['three_public_total', '203,702.18元'],
    ['overseas_travel', '0.00元'],
    ['reception', '149,010.00元'],
    ['vehicle_total', '54,692.18元'],
    ['vehicle_purchase', '0.00元'],
    ['vehicle_operation', '54,692.18元'],
    ['office_operation', '10,690,192.36元'],
  ]);
  expect(out.figures.find((f) => f.label === 'income_total')?.amount).toBeCloseTo(15499.110801, 6);
});

test('an organization\'s name followed by 机关 is its own level (昆明市人民政府办公室机关2026年预算公开, the portal\'s article)', async () => {
  const article = page(
    '昆明市人民政府办公室机关2026年预算公开',
    '<p>昆明市人民政府办公室机关2026年部门预算编制说明</p><p>三、预算单位收入情况</p><p>2026年部门财务总收入80,778,193.86元，其中：一般公共预算80,778,193.86元。</p><p>四、预算单位支出情况</p><p>2026年部门预算总支出80,778,193.86元。</p>',
  );
  const out = await read(article);
  expect(out.document).toMatchObject({ package_part: 'narrative', department_name: '昆明市人民政府办公室', scope: 'own_level', disclosure_kind: 'department_budget' });
});

test('河南: a 情况说明 published as the portal\'s article, under its menu of links, is read as a narrative part (郑州市国土资源局2015年度部门预算公开情况说明, the article\'s text)', async () => {
  const menu = '<ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bmys">部门预算</a></li></ul>';
  const article = page(
    '郑州市国土资源局2015年度部门预算公开情况说明',
    menu,
    '<p>二、收入预算情况说明</p><p>2015年收入预算共安排国库拨款资金923.1961万元。其中：财政拨款869.6461万元、国有资源（资产）有偿使用收入53.55万元。</p>',
    '<p>四、“三公经费”增减变化原因说明</p><p>2015年度，郑州市土地储备中心“三公经费”预算数为71万元，其中：公务车辆运行维护费预算51万元；公务接待费预算20万元。和2014年相比未发生增减变化。</p>',
    '<p>附件：1.郑州市土地储备中心2015年财政预算收支总表</p><p><a href="/a.xls">附件</a></p>',
  );
  const out = await read(article);
  expect(out.document).toMatchObject({ package_part: 'narrative', department_name: '郑州市国土资源局', fiscal_year: 2015, region_code: '410100', disclosure_kind: 'department_budget' });
  expect(out.figures.filter((f) => f.label !== null).map((f) => [f.label, f.amount])).toEqual([
    ['income_total', 923.1961],
    ['three_public_total', 71],
    ['reception', 20],
  ]);
});
