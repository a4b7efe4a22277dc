// A 绩效目标表 printed one row per indicator, the project's cells merged down its rows, cut
// by page breaks in the three ways a PDF export leaves them.
import { extractProjects } from '../../src/extract/projects.js';
import { locateSections } from '../../src/locate/sections.js';
import type { Block } from '../../src/model/document.js';
import type { Section } from '../../src/locate/sections.js';
import { tableDef } from '../../src/catalogue/index.js';
import { buildGrid } from '../../src/model/grid.js';
import { context } from './section.js';

type Printed = { text: string; rowSpan?: number; colSpan?: number; page?: number };
const HEADER: Printed[][] = [
  [{ text: '项目名称', rowSpan: 2 }, { text: '项目总额', rowSpan: 2 }, { text: '其中：', colSpan: 2 }, { text: '绩效目标', rowSpan: 2 }, { text: '一级指标', rowSpan: 2 }, { text: '二级指标', rowSpan: 2 }, { text: '三级指标', rowSpan: 2 }, { text: '指标性质', rowSpan: 2 }, { text: '指标值', rowSpan: 2 }, { text: '度量单位', rowSpan: 2 }],
  [{ text: '财政资金' }, { text: '其他资金' }],
];
const indicator = (l1: string, l2: string, name: string, nature: string, value: string, unit: string): Printed[] =>
  [l1, l2, name, nature, value, unit].map((text) => ({ text }));
/** A project's first row: its five cells merged down `rows` rows. */
const project = (rows: number, name: string, total: string, fiscal: string, goals: string, first: Printed[]): Printed[] => [
  ...[name, total, fiscal, '', goals].map((text) => ({ text, rowSpan: rows })),
  ...first,
];
const part = (rows: Printed[][], page: number, index: number) => buildGrid(rows, index, page);
const section = (...tables: ReturnType<typeof part>[]): Section => ({ def: tableDef('project_performance'), title: '项目支出绩效目标表', tables, preamble: ['金额单位：万元'], notes: [], part: 1 });

test('two projects on one page: fields from the first row, targets from 性质 | 值 | 单位', () => {
  const t = part(
    [
      ...HEADER,
      project(2, 'A0000001T000000000001-培训项目', '320.73', '320.73', '1.提升能力。2.规范管理。', indicator('产出指标', '质量指标', '培训人员合格率', '≥', '80', '%')),
      indicator('效益指标', '社会效益指标', '群众满意', '定性', '优', '其他'),
      project(1, 'A0000001T000000000002-宣传项目', '638.33', '600.00', '开展宣传。', indicator('成本指标', '经济成本指标', '宣传成本', '≤', '450', '万元')),
    ],
    40,
    0,
  );
  const { projects, indicators } = extractProjects(section(t), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget, p.fiscal_funds, p.goals])).toEqual([
    ['A0000001T000000000001', '培训项目', 320.73, 320.73, ['1.提升能力。', '2.规范管理。']],
    ['A0000001T000000000002', '宣传项目', 638.33, 600, ['开展宣传。']],
  ]);
  expect(indicators.map((i) => [i.project_code, i.name, i.target_text, i.operator, i.value, i.value_unit])).toEqual([
    ['A0000001T000000000001', '培训人员合格率', '≥80%', '>=', 80, '%'],
    ['A0000001T000000000001', '群众满意', '优', null, null, null],
    ['A0000001T000000000002', '宣传成本', '≤450万元', '<=', 450, '万元'],
  ]);
});

test('a project whose cells the page break cut: blank above it (the text clipped), printed below: one project', () => {
  const before = part([...HEADER, project(2, '', '', '', '', indicator('产出指标', '数量指标', '培训人次', '≥', '300', '人次')), indicator('产出指标', '数量指标', '培训班次', '≥', '4', '次')], 40, 0);
  const after = part([...HEADER, project(1, 'A0000001T000000000003-医改管理', '6.9', '6.9', '政策咨询。', indicator('成本指标', '经济成本指标', '咨询成本', '≤', '4', '万元'))], 41, 1);
  const { projects, indicators } = extractProjects(section(before, after), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget])).toEqual([['A0000001T000000000003', '医改管理', 6.9]]);
  expect(indicators.map((i) => [i.project_code, i.name])).toEqual([
    ['A0000001T000000000003', '培训人次'],
    ['A0000001T000000000003', '培训班次'],
    ['A0000001T000000000003', '咨询成本'],
  ]);
});

test('a code split over the break ("…00048" | "3334-…") is one project; a complete project then a new one at the page top are two', () => {
  const before = part(
    [
      ...HEADER,
      project(1, 'A0000001T000000000004-完整项目', '10', '10', '', indicator('产出指标', '数量指标', '甲', '≥', '1', '个')),
      project(1, 'A0000001T00000048', '', '', '1、协助组织，成', indicator('产出指标', '数量指标', '乙', '≥', '2', '个')),
    ],
    38,
    0,
  );
  const after = part(
    [
      ...HEADER,
      project(1, '3334-业余无线电支撑服务', '102', '102', '绩登记。', indicator('产出指标', '时效指标', '丙', '＝', '100', '%')),
      project(1, 'A0000001T000000000005-下一项目', '47', '47', '', indicator('产出指标', '质量指标', '丁', '＝', '100', '%')),
    ],
    39,
    1,
  );
  const { projects } = extractProjects(section(before, after), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget, p.goals])).toEqual([
    ['A0000001T000000000004', '完整项目', 10, []],
    ['A0000001T000000483334', '业余无线电支撑服务', 102, ['1、协助组织，成绩登记。']],
    ['A0000001T000000000005', '下一项目', 47, []],
  ]);
});

test('a table of no project (北京 军民融合 2026 预算12表, p. 16: its header and one blank row) gives no project', () => {
  const blank = Array.from({ length: 11 }, () => ({ text: '' }));
  const { projects, indicators } = extractProjects(section(part([...HEADER, blank], 16, 0)), context());
  expect([projects, indicators]).toEqual([[], []]);
  // a blank row between two projects' rows is no project either
  const t = part([...HEADER, project(1, 'A0000001T000000000002-宣传项目', '638.33', '600.00', '开展宣传。', indicator('成本指标', '经济成本指标', '宣传成本', '≤', '450', '万元')), blank], 40, 1);
  expect(extractProjects(section(t), context()).projects.map((p) => p.project_name)).toEqual(['宣传项目']);
});

// 北京 公安局交通警察局 2026 pp. 18–19: the title printed over every page; project 3's last
// indicator row opens page 19 (its cells blank there, their text clipped) and project 4 follows
test('the title over every page of a table a row per indicator: one table, its projects going on over the pages', () => {
  const heading = (page: number): Block => ({ kind: 'heading', text: '预算表12项目支出绩效目标表', level: null, page });
  const p18 = { ...part([...HEADER, project(2, '11000022T000000432413-绩效审计购买服务', '34.27', '34.27', '通过绩效审计。', indicator('成本指标', '经济成本指标', '基础费用', '≤', '30', '万元')), indicator('产出指标', '数量指标', '开展绩效审计项目', '≥', '5', '个')], 18, 0), page: 18 };
  const p19 = {
    ...part([...HEADER, indicator('', '', '', '', '', '').slice(0, 5).concat(indicator('产出指标', '质量指标', '报告定性准确率', '≥', '80', '%')), project(1, '11000022T000000432696-救助基金综合管理运行经费', '221.8', '221.8', '保障运转。', indicator('满意度指标', '服务对象满意度指标', '救助基金服务对象满意度', '≥', '90', '%'))], 19, 1),
    page: 19,
  };
  const { sections } = locateSections([heading(18), p18, heading(19), p19]);
  expect(sections.map((s) => [s.def.id, s.tables.length])).toEqual([['project_performance', 2]]);
  const { projects, indicators } = extractProjects(sections[0]!, context());
  expect(projects.map((p) => [p.project_code, p.budget])).toEqual([
    ['11000022T000000432413', 34.27],
    ['11000022T000000432696', 221.8],
  ]);
  expect(indicators.map((i) => [i.project_code, i.name])).toEqual([
    ['11000022T000000432413', '基础费用'],
    ['11000022T000000432413', '开展绩效审计项目'],
    ['11000022T000000432413', '报告定性准确率'],
    ['11000022T000000432696', '救助基金服务对象满意度'],
  ]);
});

// 北京 司法局 2026 (6f1087d9): "北京市公共" shows at the foot of one page, "法律网络平台升级改造项目"
// at the top of the next, the cell's amounts drawn again beside it
test('the rest of a name on the next page, its amounts printed again: one project', () => {
  const before = part([...HEADER, project(1, '11000025T000003567866-北京市公共', '327.34', '327.34', '升级改造平台。', indicator('产出指标', '数量指标', '升级系统数', '=', '1', '个'))], 40, 0);
  const after = part([...HEADER, project(1, '法律网络平台升级改造项目', '327.34', '327.34', '', indicator('效益指标', '社会效益指标', '服务可用率', '≥', '99', '%'))], 41, 1);
  const { projects, indicators } = extractProjects(section(before, after), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget])).toEqual([['11000025T000003567866', '北京市公共法律网络平台升级改造项目', 327.34]]);
  expect(indicators.map((i) => [i.project_code, i.name])).toEqual([
    ['11000025T000003567866', '升级系统数'],
    ['11000025T000003567866', '服务可用率'],
  ]);
  // another amount beside a name without a code is another project's
  const other = part([...HEADER, project(1, '法律援助经费', '12.00', '12.00', '', indicator('效益指标', '社会效益指标', '受援人数', '≥', '100', '人'))], 41, 2);
  expect(extractProjects(section(before, other), context()).projects.map((p) => p.project_name)).toEqual(['北京市公共', '法律援助经费']);
});

// 北京 应急管理局 2026 (04e8ce34) pp. 53–55: project A's name cell goes on over the break to
// p. 54, project B starts under it there ("11000023T000" shows on p. 54, the rest of its code
// and name with its amounts on p. 55)
test('a project starting on a page whose first rows are the project above, merged down over the break', () => {
  const on = (page: number, cells: Printed[]): Printed[] => cells.map((c) => ({ ...c, page }));
  const rows: (Printed & { page?: number })[][] = [
    ...HEADER.map((r) => on(53, r)),
    on(53, project(3, '11000023T000002092817-自然灾害风险形势分析工作服务', '51.52', '51.52', '开展风险分析。', indicator('产出指标', '数量指标', '分析报告数', '≥', '1', '份'))),
    on(53, indicator('效益指标', '社会效益指标', '服务满意度', '≥', '90', '%')),
    on(54, indicator('成本指标', '经济成本指标', '分析成本', '≤', '51.52', '万元')),
    on(54, project(1, '11000023T000', '', '', '', indicator('产出指标', '质量指标', '证卡合格率', '≥', '98', '%'))),
    on(55, project(1, '002092910-安全生产考试相关工作', '78.558', '78.558', '保障考试。', indicator('产出指标', '时效指标', '比价时间', '≤', '6', '月'))),
  ];
  const { projects } = extractProjects(section(buildGrid(rows, 0, 53)), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget])).toEqual([
    ['11000023T000002092817', '自然灾害风险形势分析工作服务', 51.52],
    ['11000023T000002092910', '安全生产考试相关工作', 78.558],
  ]);
});

test('labels merged over their parts (预算金额 › 合计 | 财政拨款 | 其他资金, 绩效指标 › 一级 … 指标值): each names its first column (templates outside the corpus)', () => {
  const t = part(
    [
      [{ text: '项目名称', rowSpan: 2 }, { text: '预算金额', colSpan: 3 }, { text: '年度绩效目标', rowSpan: 2 }, { text: '绩效指标', colSpan: 4 }],
      [{ text: '合计' }, { text: '财政拨款' }, { text: '其他资金' }, { text: '一级指标' }, { text: '二级指标' }, { text: '三级指标' }, { text: '指标值' }],
      ['办公设备购置', '20.00', '15.00', '5.00', '完成采购', '产出指标', '数量指标', '购置台数', '≥10台'].map((text) => ({ text })),
    ],
    1,
    0,
  );
  const { projects, indicators } = extractProjects(section(t), context());
  expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.other_funds])).toEqual([['办公设备购置', 20, 15, 5]]);
  expect(indicators.map((i) => [i.level1, i.name, i.target_text])).toEqual([['产出指标', '购置台数', '≥10台']]);
});

test('单位名称（项目名称） | 项目年度目标 | … | 指标性质 | 指标值 | 度量单位, each unit\'s row merged across over its projects (四川 wording, outside the corpus)', () => {
  const cells = (...texts: string[]) => texts.map((text) => ({ text }));
  const t = part(
    [
      cells('单位名称（项目名称）', '项目年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'),
      [{ text: '某某局', colSpan: 8 }],
      [{ text: '办公设备购置项目', rowSpan: 2 }, { text: '完成办公设备购置', rowSpan: 2 }, { text: '产出指标', rowSpan: 2 }, ...cells('数量指标', '购置设备数量', '≥', '10', '台')],
      cells('质量指标', '验收合格率', '≥', '95', '%'),
      [{ text: '某某中心', colSpan: 8 }],
      cells('信息化运维项目', '保障系统稳定运行', '产出指标', '时效指标', '故障响应时间', '≤', '2', '小时'),
    ],
    1,
    0,
  );
  const { projects, indicators } = extractProjects(section(t), context());
  expect(projects.map((p) => [p.unit_name, p.project_name, p.goals])).toEqual([
    ['某某局', '办公设备购置项目', ['完成办公设备购置']],
    ['某某中心', '信息化运维项目', ['保障系统稳定运行']],
  ]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target_text])).toEqual([
    ['产出指标', '数量指标', '购置设备数量', '≥10台'],
    ['产出指标', '质量指标', '验收合格率', '≥95%'],
    ['产出指标', '时效指标', '故障响应时间', '≤2小时'],
  ]);
});

// 北京 应急管理局 2026 (04e8ce34 p. 22, page image): an Excel export whose rows clip their cells' second
// line, 经济成本指标 showing 经济成本指 (pdftotext: "经济成本指"); 教育委员会 (742610c7 p. 56) 服务对象满意度指
test('a level\'s name its cell clipped to …指 is the standard name', () => {
  const t = part(
    [
      ...HEADER,
      project(3, 'A0000001T000000000004-应急指挥中心信息化技术保障项目', '300.29', '300.29', '保障运行。', indicator('成本指标', '经济成本指', '法定节假日值守运维保', '≤', '9.064', '万元')),
      indicator('成本指标', '经济成本指', '日常运维保', '≤', '234', '万元'),
      indicator('满意度指标', '服务对象满意度指', '学生满意度', '≥', '95', '%'),
    ],
    22,
    0,
  );
  const { indicators } = extractProjects(section(t), context());
  expect(indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
    ['成本指标', '经济成本指标', '法定节假日值守运维保'],
    ['成本指标', '经济成本指标', '日常运维保'],
    ['满意度指标', '服务对象满意度指标', '学生满意度'],
  ]);
});

// 北京 水务局 2026 (c0240544 pp. 98–99, pdftotext -layout): a project's merged cells cut by the page break,
// 11000024Y000002891471-北京市京密引水管理处 over 4,140.5681 at p. 98's foot, the rest of both
// (水利工程日常维修养护费 over 31) heading p. 99
test('the rest of a name and of an amount a page break cut: one project, the name and the amount whole', () => {
  const before = part(
    [...HEADER, project(1, '11000024Y000002891471-北京市京密引水管理处', '4,140.5681', '4,140.5681', '目标1:水工建筑物维护。目标2:水环境保洁，为市民创造优美宜居的生态环', indicator('产出指标', '数量指标', '水面保洁面积', '＝', '1155.39', '公顷'))],
    98,
    0,
  );
  const after = part(
    [
      ...HEADER,
      project(2, '水利工程日常维修养护费', '31', '31', '境。目标3:林草绿地管护。', indicator('产出指标', '数量指标', '河道维护长度（渠道）', '＝', '116.479', '公里')),
      indicator('产出指标', '数量指标', '垃圾消纳量', '＝', '16276', '立方米'),
      project(1, '11000024Y000002891491-北京市京密引水管理处信息系统运维类项目', '45.76', '45.76', '保障系统运行。', indicator('产出指标', '数量指标', '运维系统数量', '＝', '3', '个')),
    ],
    99,
    1,
  );
  const { projects, indicators } = extractProjects(section(before, after), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget, p.fiscal_funds, p.goals])).toEqual([
    ['11000024Y000002891471', '北京市京密引水管理处水利工程日常维修养护费', 4140.568131, 4140.568131, ['目标1:水工建筑物维护。', '目标2:水环境保洁，为市民创造优美宜居的生态环境。', '目标3:林草绿地管护。']],
    ['11000024Y000002891491', '北京市京密引水管理处信息系统运维类项目', 45.76, 45.76, ['保障系统运行。']],
  ]);
  expect(indicators.map((i) => i.project_code)).toEqual(['11000024Y000002891471', '11000024Y000002891471', '11000024Y000002891471', '11000024Y000002891491']);
});

// 北京 水务局 2026 (c0240544 pp. 59–62, page images): 11000022Y000000430160-水利工程日常维修养护费 merged down
// beside six blocks, one per 管理处, each with its own 项目总额, 绩效目标 and indicators; the name printed on
// p. 62, where the cell's middle fell, over the rest of block 2's amount (3,327.5954 | 37)
test('a project printed in blocks with money of their own: a record per block, numbered, the name from wherever it is printed', () => {
  const cells = (text: string, rows: number): Printed => ({ text, rowSpan: rows });
  const before = part(
    [
      ...HEADER,
      [cells('', 3), cells('1,532.553759', 2), cells('1,532.553759', 2), cells('', 2), cells('1、完成官厅水库工程维修养护。', 2), ...indicator('产出指标', '数量指标', '维护水利工程数量', '＝', '4', '座')],
      indicator('成本指标', '经济成本指标', '维修养护成本', '≤', '1532.55', '万元'),
      [cells('3,327.5954', 1), cells('3,327.5954', 1), cells('', 1), cells('目标1：完成密云水库维修养护，创造宜居环', 1), ...indicator('产出指标', '时效指标', '项目按时完成率', '＝', '100', '%')],
    ],
    61,
    0,
  );
  const after = part(
    [
      ...HEADER,
      [cells('11000022Y000000430160-水利工程日常维修养护费', 2), cells('37', 1), cells('37', 1), cells('', 1), cells('境。', 1), ...indicator('产出指标', '数量指标', '维修养护面积', '＝', '100', '公顷')],
      [cells('6,242.482756', 1), cells('6,242.482756', 1), cells('', 1), cells('保证水利工程正常运行。', 1), ...indicator('效益指标', '社会效益指标', '工程安全运行率', '＝', '100', '%')],
      project(1, '11000022Y000000431546-信息化运行维护费', '20.2', '20.2', '开展信息化运维。', indicator('产出指标', '数量指标', '运维系统数量', '＝', '2', '个')),
    ],
    62,
    1,
  );
  const { projects, indicators } = extractProjects(section(before, after), context());
  expect(projects.map((p) => [p.project_code, p.project_name, p.budget, p.block, p.goals])).toEqual([
    ['11000022Y000000430160', '水利工程日常维修养护费', 1532.553759, 1, ['1、完成官厅水库工程维修养护。']],
    ['11000022Y000000430160', '水利工程日常维修养护费', 3327.595437, 2, ['目标1：完成密云水库维修养护，创造宜居环境。']],
    ['11000022Y000000430160', '水利工程日常维修养护费', 6242.482756, 3, ['保证水利工程正常运行。']],
    ['11000022Y000000431546', '信息化运行维护费', 20.2, undefined, ['开展信息化运维。']],
  ]);
  expect(indicators.map((i) => [i.project_code, i.block])).toEqual([
    ['11000022Y000000430160', 1],
    ['11000022Y000000430160', 1],
    ['11000022Y000000430160', 2],
    ['11000022Y000000430160', 2],
    ['11000022Y000000430160', 3],
    ['11000022Y000000431546', undefined],
  ]);
});

// 北京 退役军人事务局 2026 (0ca30e0c pp. 16–17, page images): 物业服务's name and amounts merged on over the
// page break, its 绩效目标 cell ruled anew on p. 17 with the rest of the text (…基础设施的维护、 | 维修等服务保障工作。)
test('a 绩效目标 cell going on past a page break beside the project\'s merged cells: the rest of the goal', () => {
  const on = (page: number, cells: Printed[]): Printed[] => cells.map((c) => ({ ...c, page }));
  const t = buildGrid(
    [
      ...HEADER.map((r) => on(16, r)),
      on(16, project(3, '11000022T000000433504-物业服务', '39.580000', '39.580000', '为办公正常运转提供后勤服务保障，包括设施设备、消防安全等基础设施的维护、', indicator('产出指标', '数量指标', '保洁面积', '＝', '2', '万平方米')).map((c, i) => (i === 4 ? { ...c, rowSpan: 2 } : c))),
      on(16, indicator('产出指标', '质量指标', '服务质量', '定性', '优', '')),
      on(17, [{ text: '维修等服务保障工作。' }, ...indicator('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', '90', '%')]),
    ],
    0,
  );
  const { projects } = extractProjects(section(t), context());
  expect(projects.map((p) => [p.project_name, p.budget, p.goals])).toEqual([
    ['物业服务', 39.58, ['为办公正常运转提供后勤服务保障，包括设施设备、消防安全等基础设施的维护、维修等服务保障工作。']],
  ]);
});
