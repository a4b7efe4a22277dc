// Line-item layouts of other provinces, as grids: group labels, tables without label
// columns, empty tables, items printed horizontally, codes in 类 | 款 | 项 columns.
import { extractLineItems } from '../../src/extract/line-items.js';
import { runChecks } from '../../src/validate/checks/index.js';
import { context, section } from './section.js';

test('two label columns under one name header: group and name; a blank group cell continues the group above', () => {
  const s = section('income_summary', [
    ['项目名称', '', '金额'],
    [{ text: '收入总计', colSpan: 2 }, '80.00'],
    [{ text: '其他资金', rowSpan: 2 }, '小计', '80.00'],
    ['事业收入', ''],
    ['', '其他收入', '80.00'],
    ['上年结转和结余资金', '小计', ''],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.attributes['group'], l.name, l.amounts, l.is_total])).toEqual([
    [null, '收入总计', { total: 80 }, true],
    ['其他资金', '小计', { total: 80 }, true],
    ['其他资金', '事业收入', { total: null }, false],
    ['其他资金', '其他收入', { total: 80 }, false],
    ['上年结转和结余资金', '小计', { total: null }, true],
  ]);
});

test('one name header over a code column and a name column: the left one is the code', () => {
  const s = section('general_budget_expenditure', [
    [{ text: '科目', colSpan: 2 }, '金额'],
    ['', '合计', '30.00'],
    ['201', '一般公共服务支出', '30.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.level])).toEqual([
    [null, '合计', null],
    ['201', '一般公共服务支出', 1],
  ]);
});

test('a table without label columns prints its totals: one line named 合计', () => {
  const s = section('expenditure_summary', [
    ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'],
    ['1,000.00', '600.00', '300.00', '100.00', ''],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.is_total, l.amounts])).toEqual([
    [null, '合计', true, { total: 1000, basic: 600, project: 300, reserved: 100, carryover_to_next_year: null }],
  ]);
});

test('a table printed empty (无 row, blank 合计, 此表为空) is found with no lines; what it says is kept', () => {
  const header = [[{ text: '功能分类科目编码', colSpan: 3 }, { text: '功能分类科目名称', rowSpan: 2 }, { text: '合计', rowSpan: 2 }], ['类', '款', '项']];
  const ctx = context();
  expect(extractLineItems(section('government_fund_expenditure', [...header, ['无', '', '', '', ''], [{ text: '合计', colSpan: 4 }, '']]), ctx)).toEqual([]);
  expect(extractLineItems(section('state_capital_expenditure', [['功能科目代码', '功能科目名称', '金额'], ['', '合计', ''], ['此表为空', '', '']]), ctx)).toEqual([]);
  expect(ctx.notes).toEqual(['此表为空']);
});

test('类 | 款 | 项 columns, 款 printed without its leading zero', () => {
  const s = section('general_budget_basic_expenditure', [
    [{ text: '部门预算经济分类科目编码', colSpan: 2 }, { text: '经济分类科目名称', rowSpan: 2 }, { text: '合计', rowSpan: 2 }],
    ['类', '款'],
    ['301', '', '工资福利支出', '3.00'],
    ['301', '2', '津贴补贴', '3.00'],
    [{ text: '合计', colSpan: 3 }, '3.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name])).toEqual([
    ['301', '工资福利支出'],
    ['30102', '津贴补贴'],
    [null, '合计'],
  ]);
});

test('三公 printed in one row: one line per item column, 小计 names its parent, a bare 合计 beside 三公 is grand_total', () => {
  const shanghai = section('three_public_expenses', [
    [{ text: '“三公”经费预算数', colSpan: 6 }, { text: '机关运行经费预算数', rowSpan: 3 }],
    [{ text: '合计', rowSpan: 2 }, { text: '因公出国(境)费', rowSpan: 2 }, { text: '公务接待费', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }],
    ['小计', '购置费', '运行费'],
    ['10.81', '0', '0.83', '9.98', '0', '9.98', '217.83'],
  ]);
  expect(extractLineItems(shanghai, context()).map((l) => [l.item, l.name, l.amounts['total']])).toEqual([
    ['three_public_total', '“三公”经费预算数合计', 10.81],
    ['overseas_travel', '因公出国(境)费', 0],
    ['reception', '公务接待费', 0.83],
    ['vehicle_total', '公务用车购置及运行费小计', 9.98],
    ['vehicle_purchase', '购置费', 0],
    ['vehicle_operation', '运行费', 9.98],
    ['office_operation', '机关运行经费预算数', 217.83],
  ]);
  const jiangsu = section('three_public_expenses', [
    [{ text: '合计', rowSpan: 2 }, { text: '“三公”经费', colSpan: 2 }, { text: '会议费', rowSpan: 2 }],
    ['小计', '公务接待费'],
    ['3.00', '2.00', '2.00', '1.00'],
  ]);
  expect(extractLineItems(jiangsu, context()).map((l) => [l.item, l.name])).toEqual([
    ['grand_total', '合计'],
    ['three_public_total', '“三公”经费小计'],
    ['reception', '公务接待费'],
    ['meeting', '会议费'],
  ]);
});

test('grouping columns (Jiangsu 政府采购): values carry down, an outer one clears the inner ones, a row without a name is its group\'s subtotal', () => {
  // the layout of 江苏省人大办公厅2017 / 省检察院2018 pp. 20-21, amounts changed
  const s = section('government_procurement', [
    ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'],
    ['合计', '', '', '', '', '100.00'],
    ['一、货物A', '', '', '', '', '70.00'],
    ['', '办公设备购置费', '办公设备购置', '', '', '50.00'],
    ['', '', '', '台式计算机（20万以下）', '分散自行组织', '30.00'],
    ['', '', '', '家具用具', '分散自行组织', '20.00'],
    ['', '', '专用设备购置', '', '', '20.00'],
    ['', '', '', '其他专用设备', '部门集中采购', '20.00'],
    ['三、服务C', '', '', '', '', '30.00'],
    ['', '会议经费', '会议费', '', '', '30.00'],
    ['', '', '', '会议服务', '政府集中采购', '30.00'],
  ]);
  const lines = extractLineItems(s, context());
  const attrs = (l: (typeof lines)[number]) => ['category', 'project_name', 'economic_classification', 'procurement_method', 'subtotal_of'].map((k) => l.attributes[k] ?? null);
  expect(lines.map((l) => [l.name, l.is_total, l.amounts['total'], ...attrs(l)])).toEqual([
    ['合计', true, 100, null, null, null, null, null],
    ['一、货物A', true, 70, '一、货物A', null, null, null, 'category'],
    ['办公设备购置费', true, 50, '一、货物A', '办公设备购置费', '办公设备购置', null, 'economic_classification'],
    ['台式计算机（20万以下）', false, 30, '一、货物A', '办公设备购置费', '办公设备购置', '分散自行组织', null],
    ['家具用具', false, 20, '一、货物A', '办公设备购置费', '办公设备购置', '分散自行组织', null],
    ['专用设备购置', true, 20, '一、货物A', '办公设备购置费', '专用设备购置', null, 'economic_classification'],
    ['其他专用设备', false, 20, '一、货物A', '办公设备购置费', '专用设备购置', '部门集中采购', null],
    ['三、服务C', true, 30, '三、服务C', null, null, null, 'category'],
    ['会议经费', true, 30, '三、服务C', '会议经费', '会议费', null, 'economic_classification'],
    ['会议服务', false, 30, '三、服务C', '会议经费', '会议费', '政府集中采购', null],
  ]);
  // the items alone add up to the table's 合计: nothing is counted twice
  expect(lines.filter((l) => !l.is_total).reduce((sum, l) => sum + (l.amounts['total'] ?? 0), 0)).toBe(100);
});

// Rules learned on ../shared/corpus; the grids reproduce printed headers (pdftotext -layout).
test('a column-number row with placeholders over the label columns is not data (湖州, 长沙: ** | ** | 1 | 2)', () => {
  const s = section('general_budget_expenditure', [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['**', '**', '1', '2', '3'],
    ['201', '一般公共服务支出', '30.00', '20.00', '10.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.amounts])).toEqual([['201', '一般公共服务支出', { total: 30, basic: 20, project: 10 }]]);
});

test('a placeholder misread by OCR over 1, 2, 3 … keeps the row a column-number row (湖州 收入预算总表 ** read *米)', () => {
  const s = section('income_summary', [
    ['单位名称', '总计', { text: '本年收入', colSpan: 2 }],
    ['', '', '小计', '一般公共预算'],
    ['*米', '1', '2', '3'],
    ['合计', '6838.41', '6838.41', '6838.41'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.amounts])).toEqual([['合计', { total: 6838.41, current_year_subtotal: 6838.41, general_public_budget: 6838.41 }]]);
});

test('after a placeholder, column numbers rising with some lost by OCR are still the column-number row (湖州 收入预算总表 scanned at 200 dpi: ** | 1 | | 3 | 4 | | 6)', () => {
  const s = section('income_summary', [
    ['单位名称', '总计', { text: '本年收入', colSpan: 5 }],
    ['', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金'],
    ['**', '1', '', '3', '4', '', '6'],
    ['合计', '6838.41', '6838.41', '6838.41', '', '', ''],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.amounts])).toEqual([
    ['合计', { total: 6838.41, current_year_subtotal: 6838.41, general_public_budget: 6838.41, government_fund: null, state_capital: null, fiscal_special_account: null }],
  ]);
  // without a placeholder, numbers with gaps are data
  expect(extractLineItems(section('income_summary', [
    ['单位名称', '总计', { text: '本年收入', colSpan: 5 }],
    ['', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金'],
    ['合计', '1', '', '3', '4', '', '6'],
  ]), context()).map((l) => [l.name, l.amounts['total']])).toEqual([['合计', 1]]);
});

// 杭州 气象局 2026 表2 (p. 16) scanned at 200 dpi: its ** was read as nothing and its 7 as a speck,
// and the row 1 … 17 was read as a line of amounts with no name.
test('column numbers with the placeholder lost and a number read as a speck by OCR are still the column-number row (杭州 收入预算总表: | 1 … 6 | . | 8 … 17)', () => {
  const header = [
    ['单位名称', '总计', { text: '本年收入', colSpan: 10 }, { text: '上年结转结余', colSpan: 6 }],
    ['', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'],
  ];
  const numbers = ['', ...Array.from({ length: 17 }, (_, i) => (i + 1 === 7 ? '.' : String(i + 1)))];
  const total = ['合计', '5,876.67', '5,876.67', '5,753.07', '', '', '', '', '', '', '', '123.61', '', '', '', '', '', ''];
  const lines = extractLineItems(section('income_summary', [...header, numbers, total]), context());
  expect(lines.map((l) => [l.name, l.amounts['total'], l.amounts['general_public_budget'], l.amounts['other_income']])).toEqual([['合计', 5876.67, 5753.07, 123.61]]);
  // five numbers rising with one in three lost are not that row: too few read
  const sparse = ['', '1', '', '', '4', '', '', '7', '', '', '10', '', '', '13', '', '', '', ''];
  expect(extractLineItems(section('income_summary', [...header, sparse, total]), context()).map((l) => l.name)).toEqual(['', '合计']);
});

test('a placeholder misread by OCR over one column\'s number keeps the row a column-number row, and the empty table empty (湖州 表09 p. 30 drawn as outlines: ** read 米*)', () => {
  const s = section('state_capital_expenditure', [
    ['科目编码', '科目名称', '项目支出'],
    ['米*', '米*', '1'],
    ['', '合计', ''],
  ]);
  expect(extractLineItems(s, context())).toEqual([]);
});

test('header labels by parts: 其中：, 小计/金额 under a label that names a column, a subtotal under one that does not', () => {
  // 广州 一般公共预算支出情况表: 一般公共预算支出 › 小计 | 其中：基本支出 | 项目支出
  const guangzhou = section('general_budget_expenditure', [
    ['功能科目名称', { text: '一般公共预算支出', colSpan: 3 }],
    ['', '小计', '其中：基本支出', '项目支出'],
    ['[2040704]罪犯生活及医疗卫生', '5,126.80', '0.00', '5,126.80'],
  ]);
  expect(extractLineItems(guangzhou, context()).map((l) => [l.code, l.name, l.amounts])).toEqual([
    ['2040704', '罪犯生活及医疗卫生', { total: 5126.8, basic: 0, project: 5126.8 }],
  ]);
  // 无锡/北京 收入总表: 本年收入 › 小计 | 一般公共预算资金, 上年结转结余 › 小计 | 一般公共预算资金 (carry-over parts qualified)
  const income = section('income_summary', [
    ['科目名称', '合计', { text: '本年收入', colSpan: 2 }, { text: '上年结转结余', colSpan: 2 }],
    ['', '', '小计', '一般公共预算资金', '小计', '一般公共预算资金'],
    ['合计', '15.00', '10.00', '10.00', '5.00', '5.00'],
  ]);
  expect(extractLineItems(income, context())[0]!.amounts).toEqual({
    total: 15,
    current_year_subtotal: 10,
    general_public_budget: 10,
    prior_year_carryover: 5,
    prior_year_carryover_general_public_budget: 5,
  });
});

test('classifications printed side by side as code-name (北京): the table scheme gives the code, the others are attributes', () => {
  const s = section('general_budget_basic_expenditure', [
    ['政府支出经济分类科目', '部门支出经济分类科目', { text: '预算数', colSpan: 3 }],
    ['', '', '合计', '人员经费', '公用经费'],
    ['50101-工资奖金津补贴', '30101-基本工资', '607.279200', '607.279200', ''],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.amounts, l.attributes])).toEqual([
    ['30101', '基本工资', { total: 607.2792, personnel: 607.2792, public: null }, { government_economic_class: '50101-工资奖金津补贴' }],
  ]);
});

test('columns printed under a 其中 header cell are reported as parts of the total, not addends (北京 支出总表)', () => {
  const ctx = context();
  const s = section('expenditure_summary', [
    ['支出功能分类科目', '合计', '基本支出', '项目支出', { text: '其中', colSpan: 1 }],
    ['', '', '', '', '事业单位经营支出'],
    ['2013810-事业运行', '173.24', '', '173.24', '168.00'],
  ]);
  expect(extractLineItems(s, ctx).map((l) => [l.code, l.amounts])).toEqual([['2013810', { total: 173.24, basic: null, project: 173.24, operating: 168 }]]);
  expect([...(ctx.ofWhich.get('expenditure_summary') ?? [])]).toEqual(['operating']);
});

test('a classification column that holds names while 类 | 款 | 项 give the code names the row (长沙: 类 | 款 | 项 | 功能科目)', () => {
  const s = section('general_budget_expenditure', [
    ['类', '款', '项', '功能科目', '合计', '基本支出', '项目支出'],
    ['201', '', '', '一般公共服务支出', '30.00', '20.00', '10.00'],
    ['', '03', '', '政府办公厅（室）及相关机构事务', '30.00', '20.00', '10.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name])).toEqual([
    ['201', '一般公共服务支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
  ]);
});

test('sub-columns of 基本支出: 人员支出 | 公用经费 are personnel and public (湖州); unknown ones never take the parent key twice', () => {
  const huzhou = section('expenditure_summary', [
    ['科目编码', '科目名称', '合计', { text: '基本支出', colSpan: 2 }, '项目支出'],
    ['', '', '', '人员支出', '公用经费', ''],
    ['', '合计', '6838.41', '4944.99', '626.67', '1266.75'],
  ]);
  expect(extractLineItems(huzhou, context())[0]!.amounts).toEqual({ total: 6838.41, personnel: 4944.99, public: 626.67, project: 1266.75 });
  const ctx = context();
  const unknown = section('expenditure_summary', [
    ['科目名称', '合计', { text: '基本支出', colSpan: 3 }],
    ['', '', '人员支出', '离退休', '其他经费'],
    ['合计', '30.00', '0.00', '20.00', '10.00'],
  ]);
  const [line] = extractLineItems(unknown, ctx);
  expect(line!.amounts).toEqual({ total: 30, personnel: 0 });
  expect(line!.attributes).toEqual({ 'unmapped:基本支出/离退休': '20.00', 'unmapped:基本支出/其他经费': '10.00' });
  expect(ctx.warnings.map((w) => w.code)).toEqual(['UNMAPPED_COLUMN', 'UNMAPPED_COLUMN']);
});

test('a sub-column repeating its parent with a total word is the parent (北京: 项目支出 › 项目支出总数 | 扣除基建项目后预算数)', () => {
  const ctx = context();
  const s = section('general_budget_expenditure', [
    ['功能分类科目', { text: '预算数', colSpan: 4 }],
    ['', { text: '合计', rowSpan: 2 }, { text: '基本支出', rowSpan: 2 }, { text: '项目支出', colSpan: 2 }],
    ['', '项目支出总数', '扣除基建项目后预算数'],
    ['2120199-其他城乡社区管理事务支出', '397.848000', '', '397.848000', '397.848000'],
  ]);
  const [line] = extractLineItems(s, ctx);
  // 扣除基建项目后预算数 is the project money without capital construction (北京 05表 p6)
  expect([line!.code, line!.amounts]).toEqual(['2120199', { total: 397.848, basic: null, project: 397.848, project_excluding_capital_construction: 397.848 }]);
  expect(ctx.warnings).toEqual([]);
});

test('group label rows above the catalogued header row are header rows (广州: 一般公共预算支出 over 小计 | 其中：基本支出 | 项目支出)', () => {
  const s = section('general_budget_expenditure', [
    ['', { text: '一般公共预算支出', colSpan: 3 }],
    ['功能科目名称', '', '', ''],
    ['', '小计', '其中：基本支出', '项目支出'],
    ['合计', '174,177.85', '151,664.25', '22,513.60'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.amounts])).toEqual([['合计', { total: 174177.85, basic: 151664.25, project: 22513.6 }]]);
});

test('units listed inside 采购品目大类 (无锡 2026 政府采购): a unit is a group under its category, not another category', () => {
  // 无锡市商务局 2026 p24-25 (pdftotext -layout), the tail of a row the page broke included
  const s = section('government_procurement', [
    ['采购品目大类', '专项名称', '经济科目', '采购品目名称', '采购组织形式', '一般公共预算资金', '总计'],
    ['合计', '', '', '', '', '26.94', '26.94'],
    ['货物', '', '', '', '', '1.80', '1.80'],
    ['无锡市商务局（本级）', '', '', '', '', '1.50', '1.50'],
    ['', '商品和服务支出(公用经费定额)', '办公费', '复印纸', '分散采购', '1.50', '1.50'],
    ['无锡市投资促进中心', '', '', '', '', '0.30', '0.30'],
    ['', '商品和服务支出(公用经费定额)', '办公费', '复印纸', '集中采购机构采购', '0.30', '0.30'],
    ['服务', '', '', '', '', '25.14', '25.14'],
    ['无锡市投资促进中心', '', '', '', '', '25.14', '25.14'],
    ['', '商品和服务支出(定额非', '公务用车运行', '车辆维修和保养服务', '集中采购', '8.80', '8.80'],
    ['', '三保)', '维护费', '', '', '', ''],
    ['', '单位租用国联办公场所物业管理费', '物业管理费', '物业管理服务', '集中采购机构采购', '16.34', '16.34'],
  ]);
  // the page breaks before the row "三保) | 维护费"
  s.tables[0]!.rows.forEach((row, r) => row.forEach((c) => (c.page = r < 10 ? 24 : 25)));
  const lines = extractLineItems(s, context());
  const attrs = (l: (typeof lines)[number]) => ['category', 'unit_name', 'project_name', 'economic_classification', 'subtotal_of'].map((k) => l.attributes[k] ?? null);
  expect(lines.map((l) => [l.name, l.is_total, l.amounts['total'], ...attrs(l)])).toEqual([
    ['合计', true, 26.94, null, null, null, null, null],
    ['货物', true, 1.8, '货物', null, null, null, 'category'],
    ['无锡市商务局（本级）', true, 1.5, '货物', '无锡市商务局（本级）', null, null, 'unit_name'],
    ['复印纸', false, 1.5, '货物', '无锡市商务局（本级）', '商品和服务支出(公用经费定额)', '办公费', null],
    ['无锡市投资促进中心', true, 0.3, '货物', '无锡市投资促进中心', null, null, 'unit_name'],
    ['复印纸', false, 0.3, '货物', '无锡市投资促进中心', '商品和服务支出(公用经费定额)', '办公费', null],
    ['服务', true, 25.14, '服务', null, null, null, 'category'],
    ['无锡市投资促进中心', true, 25.14, '服务', '无锡市投资促进中心', null, null, 'unit_name'],
    ['车辆维修和保养服务', false, 8.8, '服务', '无锡市投资促进中心', '商品和服务支出(定额非三保)', '公务用车运行维护费', null],
    ['物业管理服务', false, 16.34, '服务', '无锡市投资促进中心', '单位租用国联办公场所物业管理费', '物业管理费', null],
  ]);
});

test('三公 printed one row per unit (湖州 2026 表07 p28, 长沙 2026 p20): a line per item and row, unit rows grouped by the unit', () => {
  const s = section('three_public_expenses', [
    [{ text: '单位名称', rowSpan: 2 }, { text: '“三公”经费合计', rowSpan: 2 }, { text: '因公出国(境)费用', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }, { text: '公务接待费', rowSpan: 2 }],
    ['小计', '公务用车购置费', '公务用车运行维护费'],
    ['合计', '9.30', '', '3.50', '', '3.50', '5.80'],
    ['湖州市财政局', '7.50', '', '3.50', '', '3.50', '4.00'],
  ]);
  const lines = extractLineItems(s, context());
  expect(lines.map((l) => [l.attributes['group'] ?? null, l.item, l.amounts['total']])).toEqual([
    [null, 'three_public_total', 9.3],
    [null, 'overseas_travel', null],
    [null, 'vehicle_total', 3.5],
    [null, 'vehicle_purchase', null],
    [null, 'vehicle_operation', 3.5],
    [null, 'reception', 5.8],
    ['湖州市财政局', 'three_public_total', 7.5],
    ['湖州市财政局', 'overseas_travel', null],
    ['湖州市财政局', 'vehicle_total', 3.5],
    ['湖州市财政局', 'vehicle_purchase', null],
    ['湖州市财政局', 'vehicle_operation', 3.5],
    ['湖州市财政局', 'reception', 4],
  ]);
  // 长沙: the total is named by its header with 小计, and 公务用车购置 prints no 费
  const cs = section('three_public_expenses', [
    [{ text: '部门名称', rowSpan: 2 }, { text: '三公经费预（决）算数（财政拨款）', colSpan: 4 }],
    ['小计', '公务接待费', '其中：公务用车购置', '其中：公务用车运行费'],
    ['合计', '0.50', '0.50', '', ''],
  ]);
  expect(extractLineItems(cs, context()).map((l) => [l.item, l.name, l.amounts['total']])).toEqual([
    ['three_public_total', '三公经费预（决）算数（财政拨款）小计', 0.5],
    ['reception', '公务接待费', 0.5],
    ['vehicle_purchase', '其中：公务用车购置', null],
    ['vehicle_operation', '其中：公务用车运行费', null],
  ]);
});

test('三公 by unit with its code (单位编码 | 单位名称 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 › … | 公务接待费; 四川, 河南): the code is each line\'s unit_code, no column unmapped; the bare 合计 printed on every row is the 三公 total', () => {
  const ctx = context();
  const s = section('three_public_expenses', [
    [{ text: '单位编码', rowSpan: 2 }, { text: '单位名称', rowSpan: 2 }, { text: '合计', rowSpan: 2 }, { text: '因公出国（境）费', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }, { text: '公务接待费', rowSpan: 2 }],
    ['小计', '公务用车购置费', '公务用车运行费'],
    ['', '合计', '10.00', '2.00', '6.00', '1.00', '5.00', '2.00'],
    ['101001', '某某局', '10.00', '2.00', '6.00', '1.00', '5.00', '2.00'],
  ]);
  const lines = extractLineItems(s, ctx);
  expect(lines.filter((l) => l.attributes['group']).map((l) => [l.item, l.amounts['total'], l.attributes['unit_code']])).toEqual([
    ['three_public_total', 10, '101001'],
    ['overseas_travel', 2, '101001'],
    ['vehicle_total', 6, '101001'],
    ['vehicle_purchase', 1, '101001'],
    ['vehicle_operation', 5, '101001'],
    ['reception', 2, '101001'],
  ]);
  expect(lines.filter((l) => !l.attributes['group']).every((l) => !('unit_code' in l.attributes))).toBe(true);
  expect(lines.filter((l) => l.name === '合计').map((l) => l.item)).toEqual(['three_public_total', 'three_public_total']);
  expect(ctx.warnings).toEqual([]);
});

test('三公 by unit under one year (西安 2021 表13 p. 77: 2021年 › 合计 | 三公经费预算 › 小计 | … | 会议费 | 培训费): the year names no item, its 合计 is the grand total', () => {
  const ctx = context();
  const s = section('three_public_expenses', [
    [{ text: '序号', rowSpan: 4 }, { text: '单位编码', rowSpan: 4 }, { text: '单位名称', rowSpan: 4 }, { text: '2021年', colSpan: 9 }],
    [{ text: '合计', rowSpan: 3 }, { text: '一般公共预算拨款安排的“三公”经费预算', colSpan: 6 }, { text: '会议费', rowSpan: 3 }, { text: '培训费', rowSpan: 3 }],
    [{ text: '小计', rowSpan: 2 }, { text: '因公出国（境）费用', rowSpan: 2 }, { text: '公务接待费', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }],
    ['小计', '公务用车购置费', '公务用车运行费'],
    ['3', '241001', '西安市民政局', '995,000.00', '110,000.00', '0.00', '30,000.00', '80,000.00', '0.00', '80,000.00', '265,000.00', '620,000.00'],
  ]);
  const lines = extractLineItems(s, ctx);
  expect(lines.map((l) => [l.item, l.amounts['total']])).toEqual([
    ['grand_total', 995000],
    ['three_public_total', 110000],
    ['overseas_travel', 0],
    ['reception', 30000],
    ['vehicle_total', 80000],
    ['vehicle_purchase', 0],
    ['vehicle_operation', 80000],
    ['meeting', 265000],
    ['training', 620000],
  ]);
  expect(ctx.warnings).toEqual([]);
});

test('a header label its cell cut short (西安 2021 收入总表 p. 42: 对附属单位上缴收) is the one label of the table it begins, with a warning; one that begins several stays unmapped', () => {
  const ctx = context();
  const s = section('income_summary', [
    ['单位编码', '单位名称', '合计', '事业收入', '对附属单位上缴收', '财政专户', '事业收'],
    ['241001', '西安市民政局', '10.00', '6.00', '0.00', '3.00', '1.00'],
  ]);
  const [line] = extractLineItems(s, ctx);
  expect(line?.amounts).toEqual({ total: 10, business_income: 6, subordinate_remittance: 0 });
  expect(ctx.warnings.map((w) => [w.code, w.message])).toEqual([
    ['HEADER_LABEL_CLIPPED', 'table 0 (income_summary): the header "对附属单位上缴收" is cut short by its cell, taken as "对附属单位上缴收入" (column subordinate_remittance), the one label of this table it begins'],
    // 财政专户 begins 财政专户收入, 财政专户拨款 …; 事业收 is too short to tell
    ['UNMAPPED_COLUMN', 'table 0 (income_summary): column "财政专户" is not in the catalogue; its cells are kept in attributes.unmapped'],
    ['UNMAPPED_COLUMN', 'table 0 (income_summary): column "事业收" is not in the catalogue; its cells are kept in attributes.unmapped'],
  ]);
});

test('a header cell running down beside the 合计 row is no row\'s label (西安 2020 基本支出明细表 p. 39: 合计 printed under 政府经济科目名称)', () => {
  const s = section('general_budget_basic_expenditure', [
    [{ text: '部门经济科目编码', rowSpan: 2 }, { text: '部门经济科目名称', rowSpan: 2 }, { text: '政府经济科目编码', rowSpan: 2 }, '政府经济科目名称', '合计', '人员经费支出', '公用经费支出'],
    ['合计', '8563.95', '7942.58', '621.37'],
    ['301', '工资福利支出', '', '', '7804.52', '7804.52', '0'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.is_total, l.amounts['total']])).toEqual([
    [null, '合计', true, 8563.95],
    ['301', '工资福利支出', false, 7804.52],
  ]);
});

test('三公 across years, an item worded otherwise under 增减变化情况 (西安 2020 表13 p. 49: 公务用车购置 | … | 公务用车购置经费): one line per item', () => {
  const years = ['2019年', '2020年', '增减变化情况'];
  const s = section('three_public_expenses', [
    [{ text: '单位名称', rowSpan: 2 }, ...years.map((y) => ({ text: y, colSpan: 2 }))],
    ['公务接待费', '公务用车购置', '公务接待费', '公务用车购置', '公务接待费', '公务用车购置经费'],
    ['西安市人力资源和社会保障局', '10.00', '0.00', '9.00', '0.00', '-1.00', '0.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.item, l.amounts])).toEqual([
    ['reception', { last_year_total: 10, total: 9, change: -1 }],
    ['vehicle_purchase', { last_year_total: 0, total: 0, change: 0 }],
  ]);
  // a label its cell cut (西安 2019: 因公出国（ under the years, whole under 增减变化情况) yields to the whole one
  const cut = section('three_public_expenses', [
    [{ text: '单位名称', rowSpan: 2 }, ...years.map((y) => ({ text: y }))],
    ['因公出国（', '因公出国（', '因公出国（境）费'],
    ['西安市安全生产监督管理局', '2.00', '3.00', '1.00'],
  ]);
  expect(extractLineItems(cut, context()).map((l) => [l.item, l.name, l.amounts])).toEqual([['overseas_travel', '因公出国（境）费', { last_year_total: 2, total: 3, change: 1 }]]);
});

test('政府性基金预算“三公”经费支出预算表 (四川 表4-1): the 三公 items of its own table, checked as the general budget\'s are', () => {
  const s = section('government_fund_three_public_expenses', [
    [{ text: '单位编码', rowSpan: 2 }, { text: '单位名称', rowSpan: 2 }, { text: '合计', rowSpan: 2 }, { text: '因公出国（境）费', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }, { text: '公务接待费', rowSpan: 2 }],
    ['小计', '公务用车购置费', '公务用车运行费'],
    ['', '合计', '3.00', '', '2.00', '', '2.00', '1.00'],
  ]);
  const lines = extractLineItems(s, context());
  expect(lines.map((l) => [l.table, l.item, l.amounts['total']])).toEqual([
    ['government_fund_three_public_expenses', 'three_public_total', 3],
    ['government_fund_three_public_expenses', 'overseas_travel', null],
    ['government_fund_three_public_expenses', 'vehicle_total', 2],
    ['government_fund_three_public_expenses', 'vehicle_purchase', null],
    ['government_fund_three_public_expenses', 'vehicle_operation', 2],
    ['government_fund_three_public_expenses', 'reception', 1],
  ]);
  const checks = runChecks({ doc_id: 'a'.repeat(64), lines, projects: [], narrative: [] }).filter((c) => c.table === 'government_fund_three_public_expenses' && c.status !== 'skipped');
  expect(checks.map((c) => [c.check, c.status])).toEqual([
    ['three_public_total_equals_items', 'pass'],
    ['vehicle_total_equals_purchase_and_operation', 'pass'],
  ]);
});

test('a row named only in an attribute column takes the grouping column\'s label, not an identifier (重庆 2026 政府采购 p18)', () => {
  const s = section('government_procurement', [
    ['项目编号', '项目', '总计', '事业收入'],
    [{ text: '合计', colSpan: 2 }, '947.00', '47.00'],
    ['A', '货物', '47.00', '47.00'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.attributes['project_code'], l.attributes['project_name'], l.amounts['total']])).toEqual([
    ['合计', null, null, 947],
    ['货物', 'A', '货物', 47],
  ]);
});

test('合计 merged over 单位代码 | 单位名称 is the row\'s name, not a unit code (无锡 2026 收入总表 p7)', () => {
  const s = section('income_summary', [
    ['单位代码', '单位名称', '合计', '一般公共预算拨款收入'],
    [{ text: '合计', colSpan: 2 }, '', '1,136.23', '1,136.23'],
    ['328002', '无锡市应急管理综合行政执法监督局', '1,136.23', '1,136.23'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.attributes['unit_code']])).toEqual([
    ['合计', null],
    ['无锡市应急管理综合行政执法监督局', '328002'],
  ]);
});

test('a header naming two years: the earlier year\'s columns are last year\'s figures (重庆 2026 表五 p19, 三公 表八 p26)', () => {
  const s = section('general_budget_expenditure', [
    [{ text: '功能分类科目', colSpan: 2 }, { text: '2025年预算数', rowSpan: 3 }, { text: '2026年预算数', colSpan: 5 }],
    [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '总计', rowSpan: 2 }, { text: '基本支出', colSpan: 3 }, { text: '项目支出', rowSpan: 2 }],
    ['小计', '人员经费', '公用经费'],
    ['205', '教育支出', '52.17', '54.94', '54.94', '', '54.94', ''],
  ]);
  expect(extractLineItems(s, context()).map((l) => l.amounts)).toEqual([
    { last_year_total: 52.17, total: 54.94, basic: 54.94, personnel: null, public: 54.94, project: null },
  ]);
  const t = section('three_public_expenses', [
    [{ text: '2025年预算数', colSpan: 3 }, { text: '2026年预算数', colSpan: 3 }],
    ['合计', '因公出国（境）费', '公务接待费', '合计', '因公出国（境）费', '公务接待费'],
    ['826.50', '343.41', '483.09', '601.10', '321.91', '279.19'],
  ]);
  expect(extractLineItems(t, context()).map((l) => [l.item, l.amounts])).toEqual([
    ['three_public_total', { last_year_total: 826.5, total: 601.1 }],
    ['overseas_travel', { last_year_total: 343.41, total: 321.91 }],
    ['reception', { last_year_total: 483.09, total: 279.19 }],
  ]);
});

test('a unit name a page broke ("无锡市第" | next page "一中学", 无锡市教育局 2026 政府采购) is one unit, with an alias in brackets', () => {
  const s = section('government_procurement', [
    ['采购品目大类', '专项名称', '经济科目', '采购品目名称', '采购组织形式', '总计'],
    ['服务', '', '', '', '', '201.85'],
    ['无锡市阳光实验幼儿园（无锡市机关幼儿园）', '', '', '', '', '1.80'],
    ['', '商品和服务支出(公用经费定额)', '办公费', '复印纸', '集中采购', '1.80'],
    ['无锡市第', '', '', '', '', '200.05'],
    ['一中学', '', '', '', '', ''],
    ['', '商品和服务支出(定额非三保)', '公务用车运行维护费', '财产保险服务', '集中采购', '200.05'],
  ]);
  s.tables[0]!.rows.forEach((row, r) => row.forEach((c) => (c.page = r < 5 ? 40 : 41)));
  expect(extractLineItems(s, context()).map((l) => [l.name, l.attributes['unit_name'] ?? null, l.attributes['subtotal_of'] ?? null])).toEqual([
    ['服务', null, 'category'],
    ['无锡市阳光实验幼儿园（无锡市机关幼儿园）', '无锡市阳光实验幼儿园（无锡市机关幼儿园）', 'unit_name'],
    ['复印纸', '无锡市阳光实验幼儿园（无锡市机关幼儿园）', null],
    ['无锡市第一中学', '无锡市第一中学', 'unit_name'],
    ['财产保险服务', '无锡市第一中学', null],
  ]);
});

test('本级财政拨款 › 金额 | 其中:经费拨款 (长沙公安局 2025 收入总体情况表 p14): the appropriation and its running-cost part', () => {
  const s = section('income_summary', [
    [{ text: '功能科目', rowSpan: 2 }, { text: '合计', rowSpan: 2 }, { text: '本级财政拨款', colSpan: 2 }, { text: '上年结转', rowSpan: 2 }],
    ['金额', '其中:经费拨款'],
    ['合计', '68,632.12', '68,632.12', '50,370.61', ''],
  ]);
  const ctx = context();
  expect(extractLineItems(s, ctx).map((l) => l.amounts)).toEqual([
    { total: 68632.12, fiscal_appropriation: 68632.12, operating_appropriation: 50370.61, prior_year_carryover: null },
  ]);
  expect(ctx.warnings).toEqual([]);
});

test('a unit\'s row in the code column (西南大学 2023 支出预算表 p9: 105236 | 西南大学) carries a unit code, not a 类, and heads the rows under it', () => {
  const s = section('expenditure_summary', [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['', '合计', '468,779.07', '376,019.88', '92,759.19'],
    ['105236', '西南大学', '468,779.07', '376,019.88', '92,759.19'],
    ['205', '教育支出', '434,334.99', '343,658.30', '90,676.69'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.level, l.name, l.attributes['unit_code'] ?? null, l.attributes['unit_name'] ?? null, l.is_total])).toEqual([
    [null, null, '合计', null, null, true],
    [null, null, '西南大学', '105236', '西南大学', true],
    ['205', 1, '教育支出', '105236', '西南大学', false],
  ]);
});

test('the wrapped end of a name printed before the next row\'s code-name completes the row above (北京统计局 2026 03表)', () => {
  const s = section('expenditure_summary', [
    ['支出功能分类科目', '部门支出经济分类科目', '合计'],
    ['2080505-机关事业单位基本养老保险', '30108-机关事业单位基本养老保险缴费', '345.71'],
    ['缴费支出2080506-机关事业单位职业年金', '30109-职业年金缴费', '172.85'],
    ['缴费支出2101101-行政单位医疗', '30110-职工基本医疗保险缴费', '556.42'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name])).toEqual([
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['2080506', '机关事业单位职业年金缴费支出'],
    ['2101101', '行政单位医疗'],
  ]);
});

test('a figure in a cell merged from a label column over the 合计 column is the 合计 (北京水务局 2026 03表 p18)', () => {
  const s = section('expenditure_summary', [
    ['支出功能分类科目', '部门支出经济分类科目', '合计', '基本支出', '项目支出'],
    ['2240704-自然灾害灾后重建补助', '31099-其他资本性支出', '5.190000', '', '5.190000'],
    ['合计', { text: '1,024,807.171785', colSpan: 2 }, '186,874.722488', '837,932.449297'],
  ]);
  expect(extractLineItems(s, context()).map((l) => [l.name, l.amounts['total']])).toEqual([
    ['自然灾害灾后重建补助', 5.19],
    ['合计', 1024807.171785],
  ]);
});

// Headers of templates outside the corpus (湖南 county 基本支出 by economic class, 云南 收入预算表
// by unit), with figures that add up; the row checks run on what is read.
describe('columns by economic class and labels with a qualifier inside', () => {
  const run = (lines: ReturnType<typeof extractLineItems>) => runChecks({ doc_id: 'a'.repeat(64), lines, projects: [], narrative: [] }).filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped');

  test('工资福利支出 | 商品和服务支出 | 对个人和家庭的补助: three classes; 基本支出 = their sum', () => {
    const s = section('expenditure_summary', [
      ['科目编码', '科目名称', '合计', { text: '基本支出', colSpan: 4 }, '项目支出', '对下级补助'],
      ['', '', '', '小计', '工资福利支出', '商品和服务支出', '对个人和家庭的补助', '', ''],
      ['201', '一般公共服务支出', '150.00', '120.00', '90.00', '20.00', '10.00', '25.00', '5.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => l.amounts)).toEqual([
      { total: 150, basic: 120, salaries_welfare: 90, public: 20, household_subsidies: 10, project: 25, subsidy_to_subordinate: 5 },
    ]);
    expect(run(lines).map((c) => c.status)).toEqual(['pass']);
  });

  test.each([
    ['general_budget_expenditure', '一般公共预算支出', ['基本支出', '项目支出'], { basic: 10, project: 5 }],
    ['government_fund_expenditure', '本年政府性基金预算支出', ['基本支出', '项目支出'], { basic: 10, project: 5 }],
    ['general_budget_basic_expenditure', '本年基本支出', ['人员经费', '公用经费'], { personnel: 10, public: 5 }],
    ['expenditure_summary', '支出总计', ['基本支出', '项目支出'], { basic: 10, project: 5 }],
  ] as const)('%s: a total column named by what the table holds (%s) is its total', (table, label, parts, amounts) => {
    const s = section(table, [
      ['科目编码', '科目名称', label, ...parts],
      ['201', '一般公共服务支出', '15.00', '10.00', '5.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => l.amounts)).toEqual([{ total: 15, ...amounts }]);
    expect(run(lines).map((c) => c.status)).toEqual(['pass']);
  });

  test('其中 under the table\'s own total (一般公共预算支出 › 小计 | 其中：基本支出 | 项目支出, 广州) are its addends, not parts of a part', () => {
    const s = section('general_budget_expenditure', [
      ['科目编码', '科目名称', { text: '一般公共预算支出', colSpan: 3 }],
      ['', '', '小计', '其中：基本支出', '项目支出'],
      ['201', '一般公共服务支出', '15.00', '10.00', '5.00'],
    ]);
    const ctx = context();
    const lines = extractLineItems(s, ctx);
    expect(lines.map((l) => l.amounts)).toEqual([{ total: 15, basic: 10, project: 5 }]);
    expect([...(ctx.ofWhich.get('general_budget_expenditure') ?? [])]).toEqual([]);
    const checks = runChecks({ doc_id: 'a'.repeat(64), lines, projects: [], narrative: [], ofWhich: ctx.ofWhich }).filter((c) => c.check === 'row_total_equals_components' && c.status !== 'skipped');
    expect(checks.map((c) => [c.status, c.expected])).toEqual([['pass', 15]]);
  });

  test('收入总表 sources under other provinces\' names: 纳入专户管理的非税收入 (the special account), 单位自有资金, 国有资本经营收入', () => {
    const s = section('income_summary', [
      ['科目编码', '科目名称', '合计', '一般公共预算财政拨款', '国有资本经营收入', '纳入专户管理的非税收入', '单位自有资金'],
      ['201', '一般公共服务支出', '16.00', '10.00', '1.00', '3.00', '2.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => l.amounts)).toEqual([{ total: 16, general_public_budget: 10, state_capital: 1, fiscal_special_account: 3, unit_funds: 2 }]);
    expect(run(lines).map((c) => c.status)).toEqual(['pass']);
  });

  test('对下级转移支付 beside a department\'s own spending is a use of its own, an addend of the total', () => {
    const s = section('expenditure_summary', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '对下级转移支付'],
      ['201', '一般公共服务支出', '30.00', '10.00', '5.00', '15.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => l.amounts)).toEqual([{ total: 30, basic: 10, project: 5, transfer_to_lower_level: 15 }]);
    expect(run(lines).map((c) => c.status)).toEqual(['pass']);
  });

  test('printed without 对个人和家庭的补助, 工资福利支出 and 商品和服务支出 are the table\'s 人员经费 and 公用经费', () => {
    const s = section('general_budget_basic_expenditure', [
      ['部门经济分类科目编码', '部门经济分类科目名称', '合计', '工资福利支出', '商品和服务支出'],
      ['301', '工资福利支出', '90.00', '90.00', ''],
      ['302', '商品和服务支出', '20.00', '', '20.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => [l.code, l.name, l.amounts])).toEqual([
      ['301', '工资福利支出', { total: 90, personnel: 90, public: null }],
      ['302', '商品和服务支出', { total: 20, personnel: null, public: 20 }],
    ]);
    expect(run(lines).map((c) => c.status)).toEqual(['pass', 'pass']);
    // with 对个人和家庭的补助 beside it, 工资福利支出 is its class (商品和服务支出 is still all of 公用经费)
    const three = section('general_budget_basic_expenditure', [
      ['科目编码', '科目名称', '合计', '工资福利支出', '商品和服务支出', '对个人和家庭的补助'],
      ['301', '工资福利支出', '90.00', '80.00', '', '10.00'],
    ]);
    const read = extractLineItems(three, context());
    expect(read[0]!.amounts).toEqual({ total: 90, salaries_welfare: 80, public: null, household_subsidies: 10 });
    expect(run(read).map((c) => c.status)).toEqual(['pass']);
  });

  test('部门(单位)代码 | 部门(单位)名称 and 单位资金 › 非同级财政拨款 (云南 收入预算表)', () => {
    const s = section('income_summary', [
      ['部门(单位)代码', '部门(单位)名称', '合计', { text: '本年收入', colSpan: 2 }, { text: '单位资金', colSpan: 3 }],
      ['', '', '', '小计', '一般公共预算', '小计', '事业收入', '非同级财政拨款'],
      ['101001', '某某局', '130.00', '100.00', '100.00', '30.00', '20.00', '10.00'],
    ]);
    const lines = extractLineItems(s, context());
    expect(lines.map((l) => [l.name, l.attributes['unit_code'], l.amounts])).toEqual([
      ['某某局', '101001', { total: 130, current_year_subtotal: 100, general_public_budget: 100, unit_funds: 30, business_income: 20, other_level_appropriation: 10 }],
    ]);
  });
});

test('政府采购 of other templates: 预算单位 / 单位名称 | 采购项目 | 采购品目 / 采购目录 | 采购数量 | 采购金额 › 财政拨款 (湖北, 河南)', () => {
  const hubei = section('government_procurement', [
    [{ text: '预算单位', rowSpan: 2 }, { text: '采购项目', rowSpan: 2 }, { text: '采购品目', rowSpan: 2 }, { text: '采购数量', rowSpan: 2 }, { text: '计量单位', rowSpan: 2 }, { text: '采购金额', colSpan: 3 }],
    ['合计', '财政拨款', '其他资金'],
    ['某某局', '办公设备购置', '台式计算机', '10', '台', '5.00', '5.00', ''],
  ]);
  const ctx = context();
  expect(extractLineItems(hubei, ctx).map((l) => [l.name, l.amounts, l.attributes])).toEqual([
    ['台式计算机', { total: 5, fiscal_appropriation: 5, other_funds: null }, { unit_name: '某某局', project_name: '办公设备购置', quantity: 10, measure_unit: '台' }],
  ]);
  expect(ctx.warnings).toEqual([]);
  const henan = section('government_procurement', [
    [{ text: '单位名称', rowSpan: 2 }, { text: '采购项目', rowSpan: 2 }, { text: '采购目录', rowSpan: 2 }, { text: '数量', rowSpan: 2 }, { text: '金额', colSpan: 3 }],
    ['合计', '一般公共预算', '政府性基金'],
    ['某某局', '办公设备', '复印机', '2', '3.00', '3.00', ''],
  ]);
  expect(extractLineItems(henan, context()).map((l) => [l.name, l.amounts, l.attributes])).toEqual([
    ['复印机', { total: 3, general_public_budget: 3, government_fund: null }, { unit_name: '某某局', project_name: '办公设备', quantity: 2 }],
  ]);
});

test('a second name column names the rows the first leaves blank: each project under its 项 (上海 钻石宝玉石交易联合管理办公室 2026 单位预算表10 p. 17)', () => {
  const s = section('fiscal_appropriation_project_expenditure', [
    [{ text: '功能分类科目编码', colSpan: 3 }, { text: '功能分类科目名称', rowSpan: 2 }, { text: '序号', rowSpan: 2 }, { text: '项目名称', rowSpan: 2 }, { text: '预算数', rowSpan: 2 }],
    ['类', '款', '项'],
    ['201', '', '', '一般公共服务支出', '', '', '270,000'],
    ['201', '13', '', '商贸事务', '', '', '270,000'],
    ['201', '13', '02', '一般行政管理事务', '', '', '270,000'],
    ['', '', '', '', '1', '钻石宝玉石产业发展专项', '270,000'],
    [{ text: '合计', colSpan: 6 }, '270,000'],
  ]);
  s.preamble = ['编制单位：上海钻石宝玉石交易联合管理办公室', '单位：元'];
  expect(extractLineItems(s, context()).map((l) => [l.code, l.name, l.amounts['total'], l.is_total])).toEqual([
    ['201', '一般公共服务支出', 27, false],
    ['20113', '商贸事务', 27, false],
    ['2011302', '一般行政管理事务', 27, false],
    [null, '钻石宝玉石产业发展专项', 27, false],
    [null, '合计', 27, true],
  ]);
});

// 湖北, 四川, 河南 print last year's figures and the change beside this year's (templates
// outside the corpus; figures made up, adding up)
describe('columns comparing with last year', () => {
  test('三公 by item: 上年预算数 | 本年预算数 | 增减额 | 增减率: this year\'s is the total, the others their own keys', () => {
    const s = section('three_public_expenses', [
      ['项目', '上年预算数', '本年预算数', '增减额', '增减率'],
      ['合计', '12.00', '10.00', '-2.00', '-16.7%'],
      ['公务接待费', '2.00', '1.00', '-1.00', '-50%'],
    ]);
    const ctx = context();
    expect(extractLineItems(s, ctx).map((l) => [l.item, l.amounts, l.attributes['change_rate']])).toEqual([
      ['three_public_total', { last_year_total: 12, total: 10, change: -2 }, '-16.7%'],
      ['reception', { last_year_total: 2, total: 1, change: -1 }, '-50%'],
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  test('上年执行数, and columns under 上年预算数 or 比上年增减 › 金额 | 比例, are never this year\'s', () => {
    const s = section('general_budget_expenditure', [
      [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '上年预算数', colSpan: 3 }, { text: '本年预算数', colSpan: 3 }, { text: '上年执行数', rowSpan: 2 }, { text: '比上年增减', colSpan: 2 }],
      ['合计', '基本支出', '项目支出', '合计', '基本支出', '项目支出', '金额', '比例'],
      ['201', '一般公共服务支出', '9.00', '7.00', '2.00', '10.00', '8.00', '2.00', '9.50', '1.00', '11.1%'],
    ]);
    const ctx = context();
    const [l] = extractLineItems(s, ctx);
    expect([l!.amounts, l!.attributes]).toEqual([
      { last_year_total: 9, last_year_basic: 7, last_year_project: 2, total: 10, basic: 8, project: 2, last_year_actual: 9.5, change: 1 },
      { change_rate: '11.1%' },
    ]);
    expect(ctx.warnings).toEqual([]);
  });
});

test('two columns read as one key that print different figures: the first is kept and a warning names both', () => {
  const ctx = context();
  const s = section('expenditure_summary', [
    [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '总计', rowSpan: 2 }, { text: '本年支出', colSpan: 3 }, { text: '结转下年', rowSpan: 2 }],
    ['小计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', '110.00', '100.00', '60.00', '40.00', '10.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '110.00', '100.00', '60.00', '40.00', '10.00'],
  ]);
  expect(extractLineItems(s, ctx).map((l) => l.amounts)).toEqual([
    { total: 110, basic: 60, project: 40, carryover_to_next_year: 10 },
    { total: 110, basic: 60, project: 40, carryover_to_next_year: 10 },
  ]);
  expect(ctx.warnings.filter((w) => w.code === 'COLUMN_KEY_REPEATED').map((w) => w.message)).toEqual([
    'table 0: two columns read as total print different figures (first in row 2): "总计" is kept, "本年支出 / 小计" is not; the grid is in tables.jsonl',
  ]);
});

test('陕西 政府采购: 1 | 全额 over the units, a unit\'s code and name over its items, and an item whose purchase is withheld (公安局 2026 表12)', () => {
  // as 西安市公安局 prints it (采购目录 blank where the content is secret)
  const s = section('government_procurement', [
    [{ text: '科目编码', colSpan: 3 }, { text: '单位编码', rowSpan: 2 }, { text: '采购项目', rowSpan: 2 }, { text: '采购目录', rowSpan: 2 }, { text: '数量', rowSpan: 2 }, { text: '预算金额', rowSpan: 2 }],
    ['类', '款', '项'],
    ['', '', '', '', '合计', '', '3', '31,082,000.00'],
    ['204', '02', '01', '1', '全额', '', '3', '31,082,000.00'],
    ['204', '02', '01', '153001', '西安市公安局', '', '1', '30,190,000.00'],
    ['204', '02', '01', '', '车辆运行维护费', 'C23120301车辆维修和保养服务', '1', '6,500,000.00'],
    ['204', '02', '01', '', '公安其他业务经费（内容涉密）', '', '', '23,690,000.00'],
    ['204', '02', '01', '153002', '西安市公安局交通管理支队', '', '2', '892,000.00'],
    ['204', '02', '01', '', '公安其他业务经费（内容涉密）', '', '', '280,000.00'],
    ['204', '02', '01', '', '日常公用经费', 'A05040401文具', '1', '612,000.00'],
  ]);
  const lines = extractLineItems(s, context());
  expect(lines.map((l) => [l.name, l.is_total, l.attributes['subtotal_of'] ?? null, l.attributes['unit_name'] ?? null, l.attributes['funding_type'] ?? null])).toEqual([
    ['合计', true, null, null, null],
    ['全额', true, 'funding_type', null, '全额'],
    ['西安市公安局', true, 'unit_name', '西安市公安局', '全额'],
    ['C23120301车辆维修和保养服务', false, null, '西安市公安局', '全额'],
    ['公安其他业务经费（内容涉密）', false, null, '西安市公安局', '全额'],
    ['西安市公安局交通管理支队', true, 'unit_name', '西安市公安局交通管理支队', '全额'],
    ['公安其他业务经费（内容涉密）', false, null, '西安市公安局交通管理支队', '全额'],
    ['A05040401文具', false, null, '西安市公安局交通管理支队', '全额'],
  ]);
  const checks = runChecks({ doc_id: 'a'.repeat(64), lines, projects: [], narrative: null }).filter((c) => c.check === 'procurement_subtotals_sum');
  expect(checks.map((c) => [c.status, c.actual])).toEqual([
    ['pass', 31082000],
    ['pass', 31082000],
    ['pass', 30190000],
    ['pass', 892000],
  ]);
});
