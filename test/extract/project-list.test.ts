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
  part: 1,
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

// 广州市政务服务和数据管理局 2026 项目支出绩效目标表（含转移支付项目） p. 1 and 广州市生态环境局 2026 p. 1
// (pdftotext -layout): every project under its unit's row, its indicators written out in one cell.
describe('a list of every project with its indicators in one cell (广州 项目支出绩效目标表)', () => {
  const HEADER = ['项目名称（资金使用单位）', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'];
  const SUIZHIGUAN =
    '1、1-产出指标；11-数量指标；会议活动保障次数；实施周期指标值:每年≥20场；年度指标值:每年≥20场。2、1-产出指标；11-数量指标；汇聚数据量；实施周期指标值:≥10亿条；年度指标值:≥10亿条。3、1-产出指标；12-质量指标；保障场地正常运行；实施周期指标值:≥ 99.5%；年度指标值:≥99.5%。4、2-效益指标；22-社会效益；“穗智管”系统数据资源目录更新服务；实施周期指标值:≥1套；年度指标值: ≥1套。5、2-效益指标；22-社会效益；构建城市运行监测指标体系；实施周期指标值:≥1次；年度指标值:≥1次。6、3-满意度指标；31-服务对象满意度；线下培训效果评价；实施周期指标值:≥4.5分；年度指标值:≥4.5分。7、4-成本指标；41-经济成本指标；资金使用合规率；实施周期指标值:100%；年度指标值:100%。';

  test('the 合计 and unit rows are no projects; a project has its money, goals and indicators', () => {
    const { projects, indicators } = extractProjects(
      section([
        HEADER,
        ['合计', '86,246.64', '86,246.64', '', '', '', ''],
        ['广州市政务服务和数据管理局', '16,926.32', '16,926.32', '', '', '', ''],
        ['广州市政务服务和数据管理局数字政府运营中心穗智管运营服务项目', '1,391.47', '1,391.47', '', '', '通过“穗智管”运营服务项目的开展，实现多维度工作目标的协同推进。', SUIZHIGUAN],
      ]),
      context(),
    );
    expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.other_funds, p.goals.length, p.key_projects_only])).toEqual([
      ['广州市政务服务和数据管理局数字政府运营中心穗智管运营服务项目', 1391.47, 1391.47, null, 1, undefined],
    ]);
    expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.provenance.row_index])).toEqual([
      ['产出指标', '数量指标', '会议活动保障次数', '每年≥20场', 3],
      ['产出指标', '数量指标', '汇聚数据量', '≥10亿条', 3],
      ['产出指标', '质量指标', '保障场地正常运行', '≥99.5%', 3],
      ['效益指标', '社会效益', '“穗智管”系统数据资源目录更新服务', '≥1套', 3],
      ['效益指标', '社会效益', '构建城市运行监测指标体系', '≥1次', 3],
      ['满意度指标', '服务对象满意度', '线下培训效果评价', '≥4.5分', 3],
      ['成本指标', '经济成本指标', '资金使用合规率', '100%', 3],
    ]);
  });

  test('commas between the parts, "1.1－" for the first, a period target with commas before the year\'s (生态环境局)', () => {
    const cell =
      '1.1－产出指标，11－数量指标，项目专职环保员数量；实施周期指标值：≦核定人数，年度指标值：≦核定人数；2、1－产出指标，12－质量指标，环境应急事件响应率；实施周期指标值：100%，年度指标值：100%;3、1－产出指标，12－质量指标，专职环保员队伍管理规范化；实施周期指标值：考察是否符合规范，合规得满分，不合规不得分。年度指标值：是；1、1－产出指标，13－时效指标，项目资金支付及时率；实施周期指标值：100%，年度指标值：100%;';
    const { projects, indicators } = extractProjects(
      section([
        ['项目名称（资金使用单位）', '总计：', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'],
        ['合计：', '37,367.86', '35,790.09', '', '1,577.77', '', ''],
        ['广州市生态环境局', '12,887.86', '12,887.86', '', '', '', ''],
        ['广州市镇（街）园区环保监督检查员经费（越秀区）', '238.00', '238.00', '', '', '通过开展广州市建立镇（街）园区环境保护监督检查员队伍。', cell],
      ]),
      context(),
    );
    expect(projects.map((p) => [p.project_name, p.budget])).toEqual([['广州市镇（街）园区环保监督检查员经费（越秀区）', 238]]);
    expect(indicators.map((i) => [i.level2, i.name, i.target_text])).toEqual([
      ['数量指标', '项目专职环保员数量', '≦核定人数'],
      ['质量指标', '环境应急事件响应率', '100%'],
      ['质量指标', '专职环保员队伍管理规范化', '是'],
      ['时效指标', '项目资金支付及时率', '100%'],
    ]);
  });
});

test('单位名称 | 项目名称 | 金额 | 项目总体绩效目标 (湖州市卫生健康委员会 2026 表11 p. 47): every project with its unit; the ** and 合计 rows are none', () => {
  const { projects } = extractProjects(
    section([
      ['单位名称', '项目名称', '金额', '项目总体绩效目标'],
      ['**', '**', '**', '**'],
      ['合计', '', '51,856.41', ''],
      ['湖州市卫生健康发展中心', '公立医院改革与高质量发展示范项目', '2,260.95', '开展赴省内外开展人才招聘、线下现场推介宣传活动等活动不少于3次。'],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.unit_name, p.project_name, p.budget, p.goals, p.key_projects_only])).toEqual([
    ['湖州市卫生健康发展中心', '公立医院改革与高质量发展示范项目', 2260.95, ['开展赴省内外开展人才招聘、线下现场推介宣传活动等活动不少于3次。'], undefined],
  ]);
});

test('a unit\'s row with no money and no goals heads the key projects under it (广州市卫生健康委员会 2026 p. 116)', () => {
  const { projects } = extractProjects(
    section([
      ['项目', '预算数（单位：万元）', '绩效目标'],
      ['广州市卫生健康委员会', '', ''],
      ['综合业务费', '646.54', '通过开展此项目，贯彻执行中央、省、市有关卫生工作的方针、政策、法律、法规和规章。'],
      ['广州市胸科医院', '', ''],
      ['传染病救治医院财政补助经费', '922', '通过开展传染病救治医院财政补助经费项目。'],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.unit_name, p.project_name, p.budget, p.key_projects_only])).toEqual([
    ['广州市卫生健康委员会', '综合业务费', 646.54, true],
    ['广州市胸科医院', '传染病救治医院财政补助经费', 922, true],
  ]);
});
