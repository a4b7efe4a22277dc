// A 绩效目标表 printed one row per indicator, the project's cells merged down its rows, cut
// by page breaks in the three ways a PDF export leaves them.
import { extractProjects } from '../../src/extract/projects.js';
import type { Section } from '../../src/locate/sections.js';
import { tableDef } from '../../src/catalogue/index.js';
import { buildGrid } from '../../src/model/grid.js';
import { context } from './section.js';

type Printed = { text: string; rowSpan?: number; colSpan?: number };
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
const section = (...tables: ReturnType<typeof part>[]): Section => ({ def: tableDef('project_performance'), title: '项目支出绩效目标表', tables, preamble: ['金额单位：万元'], notes: [] });

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
