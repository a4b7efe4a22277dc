// Lists of key projects, one row each: read by their header labels wherever the columns stand.
import { extractProjects } from '../../src/extract/projects.js';
import { tableDef } from '../../src/catalogue/index.js';
import type { Section } from '../../src/locate/sections.js';
import { buildGrid } from '../../src/model/grid.js';
import { context } from './section.js';

const section = (rows: string[][]): Section => ({
  def: tableDef('project_performance'),
  title: '',
  tables: [buildGrid(rows.map((r) => r.map((text) => ({ text }))), 0)],
  preamble: [],
  notes: [],
});

test('项目名称 | 绩效目标 | 预算金额（单位：元）: the unit in the budget\'s label, goals split at their numbers, a blank row skipped', () => {
  const { projects, indicators } = extractProjects(
    section([
      ['项目名称', '绩效目标', '预算金额（单位：元）'],
      ['智慧信访平台运维', '1.系统可用率不低于99%。2.故障2小时内响应。', '1,250,000.00'],
      ['', '', ''],
      ['信访宣传', '印制宣传册5000册。', '50,000'],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.project_name, p.budget, p.goals, p.key_projects_only, p.source_unit])).toEqual([
    ['智慧信访平台运维', 125, ['1.系统可用率不低于99%。', '2.故障2小时内响应。'], true, '元'],
    ['信访宣传', 5, ['印制宣传册5000册。'], true, '元'],
  ]);
  expect(indicators).toEqual([]);
});

test('a table with more columns than name, budget and goals is no such list (it is read as a 绩效目标表)', () => {
  const { projects } = extractProjects(
    section([
      ['项目名称', '预算数', '绩效目标', '一级指标'],
      ['甲项目', '10.00', '目标', '产出指标'],
    ]),
    context(),
  );
  expect(projects.every((p) => p.key_projects_only === undefined)).toBe(true);
});
