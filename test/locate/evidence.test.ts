// Tables the title alone cannot place: one printed in horizontal parts (the title over each),
// and tables printed without a title, placed from their header and body or left unplaced.
import { extractLineItems } from '../../src/extract/line-items.js';
import { matchByHeader } from '../../src/locate/header-evidence.js';
import { locateSections } from '../../src/locate/sections.js';
import type { Block, TableBlock } from '../../src/model/document.js';
import { buildGrid } from '../../src/model/grid.js';
import { context, type Printed } from '../extract/section.js';

let index = 0;
const table = (rows: Printed, page: number): TableBlock => ({
  ...buildGrid(rows.map((r) => r.map((c) => (typeof c === 'string' ? { text: c } : c))), index++),
  page,
});
const heading = (text: string, page: number): Block => ({ kind: 'heading', text, level: null, page });

// 北京 水务局 2026 预算02表 收入总表 (c0240544, pp. 3–4, pdftotext -layout): 合计 | 本年收入 › nine
// columns on p. 3; 其他收入 | 上年结转结余 › six columns on p. 4, under no title: the PDF draws
// the title there again, clipped (not printed, and not read: src/readers/pdf/clip.ts).
const P3: Printed = [
  [{ text: '合计', rowSpan: 2 }, { text: '本年收入', colSpan: 9 }],
  ['小计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入'],
  ['1,048,475.725671', '992,619.176095', '870,741.793967', '66,973.535990', '', '184.170000', '51,785.567247', '', '', ''],
];
const P4: Printed = [
  ['', { text: '上年结转结余', colSpan: 6 }],
  ['其他收入', '小计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '财政专户管理资金', '单位资金'],
  ['2,934.108891', '55,856.549576', '25,437.557705', '848.210784', '', '', '29,570.781087'],
];

// 湖州 财政局 2026 表06 (c39bf8ec p. 27, pdftotext -layout): its last page
const P_BASIC: Printed = [
  [{ text: '经济分类科目', colSpan: 2 }, { text: '本年一般公共预算基本支出', colSpan: 3 }],
  ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
  ['310', '资本性支出', '19.00', '', '19.00'],
  ['31002', '办公设备购置', '19.00', '', '19.00'],
];

describe('a table printed in horizontal parts', () => {
  test('the second part is the first one\'s columns to the right: one 合计 line with every amount', () => {
    const { sections, placements } = locateSections([heading('预算02表 收入总表', 3), table(P3, 3), heading('预算02表 收入总表', 4), table(P4, 4)]);
    expect(sections.map((s) => [s.def.id, s.tables.length, s.tables[0]!.rows[0]!.length])).toEqual([['income_summary', 1, 17]]);
    expect(placements.map((p) => p.by)).toEqual([['title'], ['title', 'columns']]);
    const ctx = context();
    const lines = extractLineItems(sections[0]!, ctx);
    expect(lines.map((l) => l.name)).toEqual(['合计']);
    expect(lines[0]!.amounts).toMatchObject({
      total: 1048475.725671,
      current_year_subtotal: 992619.176095,
      general_public_budget: 870741.793967,
      government_fund: 66973.53599,
      fiscal_special_account: 184.17,
      business_income: 51785.567247,
      // 其他收入 starts p. 4 under the 本年收入 span that began on p. 3
      other_income: 2934.108891,
      prior_year_carryover: 55856.549576,
      prior_year_carryover_general_public_budget: 25437.557705,
      prior_year_carryover_government_fund: 848.210784,
      prior_year_carryover_unit_funds: 29570.781087,
    });
    expect(ctx.warnings.filter((w) => w.code === 'UNMAPPED_COLUMN')).toEqual([]);
  });

  test('the second part under no title, on the next page: joined the same; on the same page, not', () => {
    const { sections, placements } = locateSections([heading('预算02表 收入总表', 3), table(P3, 3), table(P4, 4)]);
    expect(sections.map((s) => [s.def.id, s.tables.length, s.tables[0]!.rows[0]!.length])).toEqual([['income_summary', 1, 17]]);
    expect(placements.map((p) => p.by)).toEqual([['title'], ['columns']]);
    const same = locateSections([heading('预算02表 收入总表', 3), table(P3, 3), table(P4, 3)]);
    expect(same.sections.map((s) => [s.def.id, s.tables[0]!.rows[0]!.length])).toEqual([['income_summary', 10]]);
  });

  test('a part whose rows print other labels is not joined', () => {
    const left = table([['项目', '合计', '小计'], ['合计', '3.00', '3.00'], ['一般公共服务支出', '2.00', '2.00']], 1);
    const right = table([['项目', '合计', '小计', '其他'], ['合计', '5.00', '5.00', ''], ['教育支出', '1.00', '1.00', '']], 2);
    const { sections, placements } = locateSections([heading('收入总表', 1), left, heading('收入总表', 2), right]);
    expect(placements.map((p) => p.by)).toEqual([['title'], ['title']]);
    expect(sections.map((s) => s.tables[0]!.rows[0]!.length)).toEqual([3, 4]);
  });
});

describe('a table printed without a title', () => {
  test('a 绩效目标表 by its labels (北京 经济和信息化局 2026: the title over the first project only)', () => {
    const project = table(
      [
        [{ text: '项目名称', rowSpan: 2 }, { text: '项目总额', rowSpan: 2 }, { text: '其中：', colSpan: 2 }, { text: '绩效目标', rowSpan: 2 }, { text: '一级指标', rowSpan: 2 }, { text: '二级指标', rowSpan: 2 }, { text: '三级指标', rowSpan: 2 }, { text: '绩效指标性质', rowSpan: 2 }, { text: '本年绩效指标值', rowSpan: 2 }, { text: '绩效度量单位', rowSpan: 2 }],
        ['财政资金', '其他资金'],
        ['11000022T000000427117-卫生健康委工作培训', '320.731', '320.731', '', '通过开展各项培训工作', '产出指标', '质量指标', '培训人员合格率', '≥', '80', '%'],
      ],
      32,
    );
    const { sections, placements } = locateSections([heading('第三部分 其他说明', 31), project]);
    expect(sections.map((s) => s.def.id)).toEqual(['project_performance']);
    expect(placements.map((p) => [p.by, p.score])).toEqual([[['header'], 1]]);
  });

  // 北京 军民融合 2026 (bfd3759a p. 17, pdftotext -layout): the 部门整体 table printed without its
  // title, its block first (部门名称, 总体资金情况, 整体绩效目标), the indicators' header below
  test('a 绩效目标表 in blocks by its project field and, further down, its goals and indicator header', () => {
    const whole = table(
      [
        ['部门名称', '中共北京市委军民融合发展委员会办公室', '', '', ''],
        [{ text: '总体资金情况（万元）', rowSpan: 2 }, '预算支出总额', '财政拨款', '其他资金', ''],
        ['', '合计', '基本支出', '项目支出', ''],
        ['整体绩效目标', '完成年度工作。', '', '', ''],
        ['活动', '绩效指标', '指标性质', '指标值', '度量单位'],
      ],
      17,
    );
    // the sample's block (项目名称 … 年度绩效目标), its indicators on the next page: the goals say it
    const head = table(
      [
        ['项目编码', '13032123P003317100520', '项目名称', '公车信息平台服务费'],
        ['预算规模及资金用途', '预算数', '10.17', ''],
        ['', '其中：财政资金', '10.17', ''],
        ['年度绩效目标', '保障全县公务用车信息化管理平台正常运行。', '', ''],
      ],
      12,
    );
    for (const t of [whole, head]) {
      expect(locateSections([heading('第三部分 其他说明', t.page ?? 1), t]).placements.map((p) => [p.def?.id, p.by])).toEqual([['project_performance', ['header']]]);
    }
    // a project list with no goals and no indicators is not taken for one
    const list = table([['项目名称', '预算数'], ['公车信息平台服务费', '10.17']], 18);
    expect(locateSections([heading('附表', 18), list]).placements.map((p) => p.def?.id ?? null)).toEqual([null]);
  });

  test('every number column named by one table: placed, with its score', () => {
    const income = table([['项目', '合计', '财政拨款收入', '事业收入', '其他收入', '上年结转'], ['合计', '100.00', '80.00', '10.00', '5.00', '5.00']], 2);
    const { placements } = locateSections([income]);
    expect(placements.map((p) => [p.def?.id, p.by, p.score])).toEqual([['income_summary', ['header'], 1]]);
  });

  test('headers several tables share (合计 | 基本支出 | 项目支出 over function codes) are not guessed: unplaced, the nearest named', () => {
    const functions = table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['2013801', '行政运行', '11,377.21', '11,377.21', ''], ['2013802', '一般行政管理事务', '340.78', '', '340.78']], 5);
    const { sections, placements } = locateSections([functions]);
    expect(sections).toEqual([]);
    expect(placements.map((p) => [p.def, p.by, p.score])).toEqual([[null, [], 0]]);
    expect(placements[0]!.runnerUp).not.toBeNull();
  });

  test('where the amount columns fit two tables alike, the one that also names the label columns wins (广州司法局 2026 项目支出表 p. 17)', () => {
    // 财政拨款 › 合计 | 一般公共预算 … fits 政府采购's amounts too (湖北's 采购金额 › 财政拨款); its
    // 支出项目类别（资金使用单位） names only the 项目支出表's label column
    const projects = table(
      [
        [{ text: '支出项目类别（资金使用单位）', rowSpan: 2 }, { text: '总计', rowSpan: 2 }, { text: '财政拨款', colSpan: 4 }, { text: '财政专户拨款', rowSpan: 2 }, { text: '其他资金', rowSpan: 2 }],
        ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        ['合计', '22,513.60', '22,513.60', '22,513.60', '0.00', '0.00', '0.00', '0.00'],
        ['广州市司法局', '9,641.52', '9,641.52', '9,641.52', '0.00', '0.00', '0.00', '0.00'],
      ],
      17,
    );
    // (its 基本支出表, printed the same way, is titled and placed before it)
    const fit = matchByHeader(projects, new Set(['basic_expenditure']));
    expect([fit?.def?.id, fit?.score]).toEqual(['project_expenditure', 1]);
  });

  // 湖州 财政局 2026 表07 (c39bf8ec p. 28, pdftotext -layout): 三公 printed across, one row per unit;
  // its title lost (OCR of the page drawn as outlines read the bold title's lower half as its own line)
  const THREE_PUBLIC_ACROSS: Printed = [
    [{ text: '单位名称', rowSpan: 2 }, { text: '“三公”经费合计', rowSpan: 2 }, { text: '因公出国(境)费用', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }, { text: '公务接待费', rowSpan: 2 }],
    ['小计', '公务用车购置费', '公务用车运行维护费'],
    ['合计', '9.30', '', '3.50', '', '3.50', '5.80'],
    ['湖州市财政局', '7.50', '', '3.50', '', '3.50', '4.00'],
    ['湖州市市级财政国库支付中心', '0.45', '', '', '', '', '0.45'],
  ];

  test('items printed across name their columns: an untitled 三公 table is the mandated one of the two it fits alike', () => {
    const { sections, placements } = locateSections([heading('2026年市级部门一般公共预算基本支出表', 27), table(P_BASIC, 27), table(THREE_PUBLIC_ACROSS, 28)]);
    expect(sections.map((s) => s.def.id)).toEqual(['general_budget_basic_expenditure', 'three_public_expenses']);
    expect(placements.map((p) => [p.by, p.score, p.ties?.map((d) => d.id)])).toEqual([
      [['title'], 1, undefined],
      [['header'], 1, ['government_fund_three_public_expenses']],
    ]);
    const lines = extractLineItems(sections[1]!, context());
    expect(lines.filter((l) => l.attributes['group'] === undefined).map((l) => [l.item, l.amounts['total']])).toEqual([
      ['three_public_total', 9.3],
      ['overseas_travel', null],
      ['vehicle_total', 3.5],
      ['vehicle_purchase', null],
      ['vehicle_operation', 3.5],
      ['reception', 5.8],
    ]);
    // once the 一般公共预算's 三公 table is printed, the same header is 四川's 政府性基金 one (表4-1)
    expect(matchByHeader(table(THREE_PUBLIC_ACROSS, 29), new Set(['three_public_expenses']), 'budget')?.def?.id).toBe('government_fund_three_public_expenses');
  });

  test('of two tables a header names alike, the mandated one: 湖州\'s 基本支出表 page without its title is the 一般公共预算\'s, not the 财政拨款\'s', () => {
    const fit = matchByHeader(table(P_BASIC, 27), new Set(['general_budget_expenditure']), 'budget');
    expect([fit?.def?.id, fit?.ties?.map((d) => d.id)]).toEqual(['general_budget_basic_expenditure', ['fiscal_appropriation_basic_expenditure']]);
  });

  test('an untitled table is placed among the tables of the document\'s account: a 决算\'s 三公 table is its 决算 one', () => {
    const fit = matchByHeader(table(THREE_PUBLIC_ACROSS, 9), new Set(['final_income_expenditure_summary']), 'final_account');
    expect([fit?.def?.id, fit?.ties?.map((d) => d.id)]).toEqual(['final_three_public_expenses', ['final_government_fund_three_public_expenses']]);
    expect(matchByHeader(table(THREE_PUBLIC_ACROSS, 9), new Set(), 'budget')?.def?.id).toBe('three_public_expenses');
  });

  // 湖州 财政局 2026 表05 一般公共预算支出表 (c39bf8ec p. 23, pdftotext -layout), its first rows, and
  // its 表08 政府性基金预算支出表 (p. 29, printed empty) and 表09 国有资本经营预算支出表 (p. 30)
  const P_GENERAL: Printed = [
    [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '合 计', rowSpan: 2 }, { text: '基本支出', colSpan: 3 }, { text: '项目支出', rowSpan: 2 }],
    ['小计', '人员经费', '公用经费'],
    ['**', '**', '1', '2', '3', '4', '5'],
    ['', '合计', '6838.41', '5571.66', '4944.99', '626.67', '1266.75'],
    ['201', '一般公共服务支出', '5356.01', '4089.26', '3478.23', '611.02', '1266.75'],
    ['20106', '财政事务', '5356.01', '4089.26', '3478.23', '611.02', '1266.75'],
  ];
  const P_FUND: Printed = [
    [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '本年政府性基金预算支出', colSpan: 3 }],
    ['合 计', '基本支出', '项目支出'],
    ['**', '**', '1', '2', '3'],
    ['', '合计', '', '', ''],
  ];
  const P_CAPITAL: Printed = [['科目编码', '科目名称', '项目支出'], ['**', '**', '1'], ['', '合计', '']];

  // and its 表03 支出预算总表 (p. 20), its first rows
  const P_SPENDING: Printed = [
    [{ text: '科目编码', rowSpan: 2 }, { text: '科目名称', rowSpan: 2 }, { text: '总计', rowSpan: 2 }, { text: '基本支出', colSpan: 2 }, { text: '项目支出', rowSpan: 2 }, { text: '事业单位经营支出', rowSpan: 2 }, { text: '上缴上级支出', rowSpan: 2 }, { text: '对附属单位补助支出', rowSpan: 2 }],
    ['人员支出', '公用经费'],
    ['**', '**', '1', '2', '3', '4', '5', '6', '7'],
    ['', '合计', '6838.41', '4944.99', '626.67', '1266.75', '', '', ''],
  ];

  test('an untitled table whose header several tables name alike is the one the document prints nowhere else', () => {
    const blocks: Block[] = [
      heading('2026 年市级部门支出预算总表', 20),
      table(P_SPENDING, 20),
      table(P_GENERAL, 23),
      heading('2026年市级部门政府性基金预算支出表', 29),
      table(P_FUND, 29),
      heading('2026 年市级部门国有资本经营预算支出表', 30),
      table(P_CAPITAL, 30),
    ];
    const { sections, placements } = locateSections(blocks);
    expect(sections.map((s) => [s.def.id, s.tables.map((t) => t.page)])).toEqual([
      ['expenditure_summary', [20]],
      ['general_budget_expenditure', [23]],
      ['government_fund_expenditure', [29]],
      ['state_capital_expenditure', [30]],
    ]);
    expect(placements.map((p) => [p.def?.id, p.by])).toEqual([
      ['expenditure_summary', ['title']],
      ['general_budget_expenditure', ['header']],
      ['government_fund_expenditure', ['title']],
      ['state_capital_expenditure', ['title']],
    ]);
    // the others it fits are named: printed under their titles, or not mandated
    expect(placements[1]!.ties?.map((d) => d.id)).toEqual(['government_fund_expenditure', 'state_capital_expenditure', 'fiscal_appropriation_expenditure']);
    // a document printing its tables twice (the department's, then a unit's) prints each more than
    // once: the first copy is not placed by elimination (the second is as it is read, the others
    // it fits printed before it and the one left mandated)
    const twice = locateSections([...blocks, ...blocks.map((b) => (b.kind === 'table' ? { ...b, index: b.index + 100 } : b))]);
    expect(twice.placements.map((p) => p.def?.id ?? null)).toEqual([
      'expenditure_summary',
      null,
      'government_fund_expenditure',
      'state_capital_expenditure',
      'expenditure_summary',
      'general_budget_expenditure',
      'government_fund_expenditure',
      'state_capital_expenditure',
    ]);
  });

  test('a table whose number columns are not all named is not placed', () => {
    const mixed = table([['项目', '合计', '财政拨款收入', '某某专项'], ['合计', '100.00', '80.00', '20.00']], 2);
    expect(locateSections([mixed]).placements.map((p) => p.def)).toEqual([null]);
  });

  test('codes of the other classification rule a table out (economic codes under a function-code table\'s labels)', () => {
    const eco = table([['科目编码', '科目名称', '合计', '财政拨款收入', '事业收入'], ['301', '工资福利支出', '80.00', '70.00', '10.00'], ['30101', '基本工资', '50.00', '50.00', '']], 7);
    expect(locateSections([eco]).placements.map((p) => p.def?.id ?? null)).toEqual([null]);
  });
});
