// The label → value block of a 项目绩效目标表: labels printed with their colon, a label
// merged down the rows of its parts and 年度总体目标 for the goals, as 西南大学 2023 prints them (p. 17, checked against
// `pdftotext -layout`: 年度资金总额：1111.98, 其中：财政拨款 1111.98, 上年结转 0, 其他资金 0).
import { nameDepartmentTargets } from '../../src/extract/project-record.js';
import { extractProjects } from '../../src/extract/projects.js';
import { buildGrid } from '../../src/model/grid.js';
import { context, section, type Printed } from './section.js';

const indicators: Printed = [
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  ['', '产出指标', '数量指标', '奖助学生人次', '2000人次'],
];

/** A 项目绩效目标表 of the rows as printed, read. */
const performance = (rows: Printed) => extractProjects(section('project_performance', rows), context());

function read(block: Printed) {
  const { projects } = extractProjects(section('project_performance', [...block, ...indicators]), context());
  return projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.other_funds]);
}

test('项目资金（万元） merged over 年度资金总额：… 其中：财政拨款 … : each figure its label\'s, the merged label keeping the total', () => {
  expect(
    read([
      ['项目名称', '236中央高校管理改革等绩效拨款', '', ''],
      ['主管部门及代码', '教育部105', '实施单位', '西南大学本级'],
      [{ text: '项目资金（万元）', rowSpan: 4 }, '年度资金总额：', '1111.98', { text: '执行率分值（10）', rowSpan: 4 }],
      ['其中：财政拨款', '1111.98'],
      ['上年结转', '0'],
      ['其他资金', '0'],
    ]),
  ).toEqual([['236中央高校管理改革等绩效拨款', 1111.98, 1111.98, 0]]);
});

test('年度总体目标 is the goals\' label (西南大学 2023, every project: p. 18)', () => {
  const block: Printed = [
    ['项目名称', '236中央高校管理改革等绩效拨款', '', ''],
    ['主管部门及代码', '教育部105', '实施单位', '西南大学本级'],
    ['项目资金（万元）', '年度资金总额：', '1111.98', ''],
    ['年度总体目标', { text: '1.立项资金将全部用于发放研究生各类助学金。2.受助研究生将永远感党恩。', colSpan: 3 }],
  ];
  const { projects } = extractProjects(section('project_performance', [...block, ...indicators]), context());
  expect(projects.map((p) => p.goals)).toEqual([['1.立项资金将全部用于发放研究生各类助学金。', '2.受助研究生将永远感党恩。']]);
});

test('a label with its colon in the sample\'s layout (预算数： | 10.17 | 其中：财政资金： | 10.17)', () => {
  expect(
    read([
      ['项目编码', '13032123P003317100520', '项目名称', '公车信息平台服务费'],
      ['预算规模及资金用途', '预算数：', '10.17', ''],
      ['', '其中：财政资金：', '10.17', ''],
    ]),
  ).toEqual([['公车信息平台服务费', 10.17, 10.17, null]]);
});

// 北京 卫生健康委员会 2026 预算14表 (8e47b581 p. 149, pdftotext -layout): a transfer's targets, named
// by 转移支付名称, its money 年度金额：7560.000000
test('a 转移支付 table: its name and 年度金额 are the project\'s name and budget', () => {
  expect(
    read([
      ['转移支付名称', '公共卫生及计划生育扶助保障共同事权转移支付-育儿补贴方向', '市级主管部门', '北京市卫生健康委员会'],
      [{ text: '资金情况（万元）', rowSpan: 4 }, '年度金额：', '7560.000000', ''],
      ['其中：中央财政资金', '-', ''],
      ['市级财政资金', '7560.000000', ''],
      ['其他资金', '-', ''],
    ]),
  ).toEqual([['公共卫生及计划生育扶助保障共同事权转移支付-育儿补贴方向', 7560, null, null]]);
});

test('money labels over their figures: 预算支出总额 | 财政拨款 › 合计 … | 其他资金 › 合计 …, the figures two rows down (北京 重大项目办 2026 预算13表 p. 18)', () => {
  const { projects } = extractProjects(
    section('project_performance', [
      ['部门名称', { text: '北京市重大项目建设指挥部办公室', colSpan: 7 }],
      [{ text: '总体资金情况（万元）', rowSpan: 3 }, { text: '预算支出总额', rowSpan: 2 }, { text: '财政拨款', colSpan: 3 }, { text: '其他资金', colSpan: 3 }],
      ['合计', '基本支出', '项目支出', '合计', '基本支出', '项目支出'],
      ['4,704.239912', '4,704.239912', '4,306.391912', '397.848000', '', '', ''],
      ['整体绩效目标', { text: '市重大项目办主要负责本市重大项目建设综合协调服务工作。', colSpan: 7 }],
      ['活动', '绩效指标', '指标性质', '指标值', '度量单位', '', '', ''],
      ['重大项目建设综合协调服务', '产出指标数量指标协调推进本市城市轨道交通建设线路数量', '≥', '9', '条', '', '', ''],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.other_funds])).toEqual([['北京市重大项目建设指挥部办公室', 4704.239912, 4704.239912, null]]);
});

// 重庆市水利局 2026 表十一 p. 31 and 重庆市气象局 2026 表十一 p. 21 (pdftotext -layout)
describe('重庆 市级重点专项资金绩效目标表', () => {
  const block = (name: string, budget: string, goals: string, indicators: Printed): Printed => [
    ['项目名称', name, '主管部门', name === '' ? '' : '重庆市水利局', '', '', ''],
    [{ text: '当年预算', rowSpan: 2 }, { text: budget, rowSpan: 2 }, '市级支出', '', '', '', ''],
    ['补助区县', budget, '', '', ''],
    ['项目概况', { text: name === '' ? '' : '全市库区和移民安置区涉及38个区县。', colSpan: 6 }],
    ['当年绩效目标', { text: goals, colSpan: 6 }],
    [{ text: '绩效指标', rowSpan: 1 + indicators.length }, '指标名称', '指标性质', '指标值', '计量单位', '指标权重(%)', '是否核心'],
    ...indicators,
  ];

  test('当年预算 is the budget, 当年绩效目标 the goals; 主管部门 is a label, never the name', () => {
    const { projects, indicators } = extractProjects(
      section('project_performance', block('水库移民后期扶持', '12,700.00', '年度资金实施项目覆盖区县30个以上。', [['完工项目验收率', '≥', '90', '%', '20', '是']])),
      context(),
    );
    expect(projects.map((p) => [p.project_name, p.budget, p.goals, p.purpose])).toEqual([['水库移民后期扶持', 12700, ['年度资金实施项目覆盖区县30个以上。'], '全市库区和移民安置区涉及38个区县。']]);
    expect(indicators.map((i) => [i.name, i.target_text, i.weight])).toEqual([['完工项目验收率', '≥90%', 20]]);
  });

  test('the table printed blank (气象局: no 专项资金) is no project, and its merged 绩效指标 label no indicator', () => {
    const { projects, indicators } = extractProjects(section('project_performance', block('', '', '', [['', '', '', '', '', '']])), context());
    expect([projects, indicators]).toEqual([[], []]);
  });

  test('当年整体绩效目标 alone on its row: the goals are the row below (重庆市气象局 2026 部门整体绩效目标表 p. 19)', () => {
    const { projects } = extractProjects(
      section('project_performance', [
        [{ text: '当年整体绩效目标', colSpan: 7 }],
        [{ text: '1.全力做好“十五五”规划编制。2.扎实推进智慧气象建设。', colSpan: 7 }],
        [{ text: '绩效指标', rowSpan: 2 }, '指标名称', '指标性质', '指标值', '计量单位', '指标权重(%)', '是否核心'],
        ['气候预测准确率', '≥', '68', '%', '12', '是'],
      ]),
      context(),
    );
    expect(projects.map((p) => p.goals)).toEqual([['1.全力做好“十五五”规划编制。', '2.扎实推进智慧气象建设。']]);
  });
});

test('部门（单位）名称 names a 部门整体 table\'s department (templates outside the corpus: 部门（单位）整体支出绩效目标表)', () => {
  const { projects, indicators } = extractProjects(
    section('project_performance', [
      ['部门（单位）名称', '某某县财政局'],
      ['资金总额', '120.00'],
      ['年度总体目标', '1.保障机构正常运转。'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '保障人数', '≥30人'],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.project_name, p.budget, p.goals])).toEqual([['某某县财政局', 120, ['1.保障机构正常运转。']]]);
  expect(indicators.map((i) => [i.name, i.target_text])).toEqual([['保障人数', '≥30人']]);
});

test('部门整体支出绩效目标表 with its 年度主要任务 (任务名称 | 主要内容 | 预算金额 › 总额 | 财政拨款): the tasks are neither projects nor indicators, 金额合计 is the budget (the national template, outside the corpus)', () => {
  const { projects, indicators } = extractProjects(
    section('project_performance', [
      ['部门（单位）名称', { text: '某某县财政局', colSpan: 5 }],
      [{ text: '年度主要任务', rowSpan: 4 }, { text: '任务名称', rowSpan: 2, colSpan: 2 }, { text: '主要内容', rowSpan: 2 }, { text: '预算金额（万元）', colSpan: 2 }],
      ['总额', '财政拨款'],
      [{ text: '预算管理', colSpan: 2 }, '编制年度预算', '50.00', '50.00'],
      [{ text: '国库管理', colSpan: 2 }, '国库集中支付', '30.00', '30.00'],
      [{ text: '金额合计', colSpan: 4 }, '80.00', '80.00'],
      ['年度总体目标', { text: '完成预算编制和执行工作。', colSpan: 5 }],
      [{ text: '年度绩效指标', rowSpan: 3 }, '一级指标', '二级指标', '三级指标', { text: '指标值', colSpan: 2 }],
      ['产出指标', '数量指标', '编制部门预算数量', { text: '≥50个', colSpan: 2 }],
      ['效益指标', '社会效益指标', '预算公开率', { text: '100%', colSpan: 2 }],
    ]),
    context(),
  );
  expect(projects.map((p) => [p.project_name, p.budget, p.goals])).toEqual([['某某县财政局', 80, ['完成预算编制和执行工作。']]]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target_text])).toEqual([
    ['产出指标', '数量指标', '编制部门预算数量', '≥50个'],
    ['效益指标', '社会效益指标', '预算公开率', '100%'],
  ]);
});

test('a 部门整体 table named only by its title is named by the department (重庆市气象局 2026 p. 19: 2026年部门整体绩效目标表)', () => {
  const s = { ...section('project_performance', [[{ text: '当年整体绩效目标', colSpan: 2 }], [{ text: '1.全力做好“十五五”规划编制。', colSpan: 2 }], ['指标名称', '指标值'], ['气候预测准确率', '≥68%']]), title: '2026年部门整体绩效目标表' };
  const { projects } = extractProjects(s, context());
  expect(projects.map((p) => p.project_name)).toEqual(['2026年部门整体']);
  nameDepartmentTargets(projects, '重庆市气象局');
  expect(projects.map((p) => p.project_name)).toEqual(['重庆市气象局']);
  // a project's own name stays, and so does a generic one when no department is known
  const named = [{ ...projects[0]!, project_name: '气象事务' }, { ...projects[0]!, project_name: '部门（单位）整体支出' }];
  nameDepartmentTargets(named, null);
  expect(named.map((p) => p.project_name)).toEqual(['气象事务', '部门（单位）整体支出']);
  nameDepartmentTargets(named, '重庆市气象局');
  expect(named.map((p) => p.project_name)).toEqual(['气象事务', '重庆市气象局']);
});

test('an indicator table\'s part on the next page, its columns split otherwise, is read under the header\'s columns by position (the sample\'s projects scanned)', () => {
  // page 1: 绩效指标描述 over two grid columns (a narrow unruled one); page 2: one column there
  const page1: Printed = [
    ['项目名称', '机关会议工作经费', '', '', '', '', ''],
    ['一级指标', '二级指标', '三级指标', { text: '绩效指标描述', colSpan: 2 }, '指标值', '指标值确定依据'],
    ['产出指标', '数量指标', '会议次数', { text: '反映会议次数', colSpan: 2 }, '≥10次', '年初工作计划'],
  ];
  const page2: Printed = [['效益指标', '社会效益指标', '日常工作有效运转率', '有效保证会议效果', '≥95%', '年初工作计划']];
  const s = section('project_performance', page1, page2);
  const place = (t: (typeof s.tables)[number], xs: number[]) => {
    for (const row of t.rows) for (const c of row) if (c.origin === null) c.bbox = { x0: xs[c.col]!, y0: 0, x1: xs[c.col + c.colSpan]!, y1: 10 };
  };
  place(s.tables[0]!, [0, 60, 120, 180, 300, 330, 400, 480]);
  place(s.tables[1]!, [0, 60, 120, 180, 330, 400, 480]);
  const { indicators } = extractProjects(s, context());
  expect(indicators.map((i) => [i.name, i.target_text, i.basis])).toEqual([
    ['会议次数', '≥10次', '年初工作计划'],
    ['日常工作有效运转率', '≥95%', '年初工作计划'],
  ]);
});

test('a 决算 项目支出绩效自评表 (国家信访局 2024 决算, 信访干部培训专项, pdftotext p. 30): goals under 预期目标, 实际完成值 | 分值 | 得分 on each indicator, the 总分 row no indicator', () => {
  const block: Printed = [
    ['项目名称', '信访干部培训专项', '', '', '', '', '', ''],
    [{ text: '年度总体目标', rowSpan: 2 }, '预期目标', '', '', '实际完成情况', '', '', ''],
    ['1.分级分类抓好信访系统干部培训，提升队伍整体素质。', '', '', '1.全年开展综合班次4期。', '', '', ''],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['', '产出指标', '数量指标', '培训人数', '≥300人', '366人', '6', '6'],
    ['', '', '', '培训班次', '≥4次', '4次', '6', '6'],
    [{ text: '总分', colSpan: 6 }, '100', '98'],
  ];
  const { projects, indicators: read } = extractProjects(section('final_project_performance', block), context());
  expect(projects.map((p) => [p.project_name, p.goals])).toEqual([['信访干部培训专项', ['1.分级分类抓好信访系统干部培训，提升队伍整体素质。']]]);
  expect(read.map((i) => [i.name, i.target_text, i.achieved, i.weight, i.score])).toEqual([
    ['培训人数', '≥300人', '366人', 6, 6],
    ['培训班次', '≥4次', '4次', 6, 6],
  ]);
});

test('西安 2022 专项资金总体绩效目标表 (自然资源和规划局 p. 98): 资金金额（万元） in a document of 元, 其中：财政拨款, 年度目标 beside 实施期总目标, 指标内容 as the name under a 绩效指标 label', () => {
  const { projects, indicators } = extractProjects(
    section('project_performance', [
      ['项目名称', { text: '林业改革发展专项资金', colSpan: 4 }],
      ['主管部门', { text: '西安市自然资源和规划局', colSpan: 2 }, '实施期限', ''],
      [{ text: '资金金额（万元）', rowSpan: 3 }, '实施期资金总额：', '10,000.00', '年度资金总额：', '10,000.00'],
      ['其中：财政拨款', '10,000.00', '其中：财政拨款', '10,000.00'],
      ['其他资金', '', '其他资金', ''],
      [{ text: '总体目标', rowSpan: 2 }, { text: '实施期总目标', colSpan: 2 }, { text: '年度目标', colSpan: 2 }],
      [{ text: '开展国土空间绿化；开展重大林业有害生物防控。', colSpan: 2 }, { text: '开展国土空间绿化，巩固创建国家森林城市成果。', colSpan: 2 }],
      [{ text: '绩效指标', rowSpan: 2 }, '一级指标', '二级指标', '指标内容', '指标值'],
      ['产出指标', '数量指标', '指标1：完成重点林业工程造林后期管护面积', '≧3.4万亩'],
    ]),
    { ...context(), defaultUnit: '元' },
  );
  expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.source_unit, p.goals])).toEqual([['林业改革发展专项资金', 10000, 10000, '万元', ['开展国土空间绿化，巩固创建国家森林城市成果。']]]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.operator, i.value, i.value_unit])).toEqual([['产出指标', '数量指标', '指标1：完成重点林业工程造林后期管护面积', null, '>=', 3.4, '万亩']]);
});

test('西安 2022 (p. 93): a figure printed with its unit (337770.89万元) and goals numbered 目标1：… run together are each read', () => {
  const { projects } = extractProjects(
    section('project_performance', [
      ['项目名称', { text: '其他履职尽责专项业务费', colSpan: 2 }],
      [{ text: '资金金额（万元）', rowSpan: 2 }, '实施期资金总额：', '337770.89万元'],
      ['其中：财政拨款', '337700.89万元'],
      ['总体目标', { text: '目标1：保证不动产档案正常存放、有序管理目标2：提高规划展览馆窗口单位整体形象。', colSpan: 2 }],
    ]),
    { ...context(), defaultUnit: '元' },
  );
  expect(projects.map((p) => [p.budget, p.fiscal_funds, p.goals])).toEqual([[337770.89, 337700.89, ['目标1：保证不动产档案正常存放、有序管理', '目标2：提高规划展览馆窗口单位整体形象。']]]);
});

test('西安 2020 专项资金整体绩效目标表 (人力资源和社会保障局 pp. 61–63): 专项（项目）名称, run into the name where the row prints nothing else; the fund\'s whole, not the department\'s; an indicator header left out; a level with no indicator (/ | /)', () => {
  const block = (name: Printed[number], money: string, indicators: Printed): Printed => [
    name,
    ['主管部门', { text: '西安市人力资源和社会保障局', colSpan: 3 }],
    [{ text: '资金金额（万元）', rowSpan: 2 }, '实施期资金总额：', { text: money, colSpan: 2 }],
    ['其中：财政拨款', { text: money, colSpan: 2 }],
    ['总体目标', { text: '落实补助政策。', colSpan: 3 }],
    ...indicators,
  ];
  const s = section('project_performance', [
    ...block(['专项（项目）名称伯乐奖', '', '', ''], '100', [
      ['绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
      ['', '产出指标', '数量指标', '指标：伯乐奖补助', '按项目标准'],
      ['', '效益指标', '经济效益指标', '/', '/'],
      ['', '', '社会效益指标', '指标：我市高层次人才队伍建设水平', '充分发挥'],
    ]),
    ...block(['专项（项目）名称', { text: '技工学校国家助学金和免学费', colSpan: 3 }], '3000', [
      ['绩效指标', '产出指标', '数量指标', '指标：申报国家助学金人数；申报免学费人数', '7375人；30195人'],
      ['', '', '质量指标', '指标：国家助学金和免学费发放到位率', '100%'],
    ]),
  ]);
  const { projects, indicators } = extractProjects({ ...s, title: '2020年专项资金整体绩效目标表' }, { ...context(), defaultUnit: '元' });
  expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.department_wide])).toEqual([
    ['伯乐奖', 100, 100, undefined],
    ['技工学校国家助学金和免学费', 3000, 3000, undefined],
  ]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target_text])).toEqual([
    ['产出指标', '数量指标', '指标：伯乐奖补助', '按项目标准'],
    ['效益指标', '社会效益指标', '指标：我市高层次人才队伍建设水平', '充分发挥'],
    ['产出指标', '数量指标', '指标：申报国家助学金人数；申报免学费人数', '7375人；30195人'],
    ['产出指标', '质量指标', '指标：国家助学金和免学费发放到位率', '100%'],
  ]);
  // the department's own table stays its own (部门整体支出绩效目标表)
  const whole = extractProjects({ ...section('project_performance', block(['部门（单位）名称', { text: '西安市人力资源和社会保障局', colSpan: 3 }], '10', [])), title: '2020年部门整体支出绩效目标表' }, context());
  expect(whole.projects.map((p) => p.department_wide)).toEqual([true]);
});

test('a level\'s cell split by a page break, its name printed on the next page\'s part (西安 2020 pp. 50–51: 成本指标 under 时效指标): the rows above the break are that level\'s', () => {
  const { indicators } = extractProjects(
    section(
      'project_performance',
      [
        ['专项（项目）名称', { text: '网络建设维护', colSpan: 3 }],
        [{ text: '资金金额（万元）', rowSpan: 1 }, '实施期资金总额：', { text: '1000.00', colSpan: 2 }],
        ['绩效指标', '一级指标', '二级指标', '指标内容', '指标值'],
        [{ text: '', rowSpan: 3 }, { text: '产出指标', rowSpan: 3 }, '时效指标', '指标1：完成时间节点', '按年'],
        [{ text: '', rowSpan: 2 }, '指标1：机房基础环境维护', '18万元/年'],
        ['指标2：互联网光纤及专线租赁', '98.4万元/年'],
      ],
      [
        [{ text: '绩效指标', rowSpan: 2 }, { text: '', rowSpan: 2 }, { text: '成本指标', rowSpan: 2 }, '指标5：人社应用软件维护及升级改造', '210万元/年'],
        ['指标6：数据中心专业维保', '380万元/年'],
      ],
    ),
    context(),
  );
  expect(indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
    ['产出指标', '时效指标', '指标1：完成时间节点'],
    ['产出指标', '成本指标', '指标1：机房基础环境维护'],
    ['产出指标', '成本指标', '指标2：互联网光纤及专线租赁'],
    ['产出指标', '成本指标', '指标5：人社应用软件维护及升级改造'],
    ['产出指标', '成本指标', '指标6：数据中心专业维保'],
  ]);
});

test('西安 2019 (安全生产监督管理局 pp. 33–34): goals in boxes under one merged 年度总体目标 label, and level cells a page break split inside one table', () => {
  const p = (page: number) => (row: Printed[number]) => row.map((c) => (typeof c === 'string' ? { text: c, page } : { ...c, page }));
  const rows = [
    ...[
      ['部门（单位）名称', { text: '西安市安全生产监督管理局', colSpan: 3 }],
      [{ text: '年度总体目标', rowSpan: 3 }, { text: '目标1：全力保障人员经费；目标2：开展监督检查。', colSpan: 3 }],
      [{ text: '目标7：深入开展“安全生产月”活动。', colSpan: 3 }],
      [{ text: '目标12：掌握全市重大危险源的基本情况。', colSpan: 3 }],
      ['一级指标', '二级指标', '指标内容', '指标值'],
      [{ text: '', rowSpan: 3 }, { text: '数量指标', rowSpan: 1 }, '指标1：保障完成情况', '100%'],
      [{ text: '', rowSpan: 2 }, '指标1：保障经费使用率', '100%'],
      ['指标2：问题线索处置率', '≥100%'],
    ].map(p(33)),
    ...[
      [{ text: '产出指标', rowSpan: 2 }, { text: '质量指标', rowSpan: 2 }, '指标5：对铁路道口的管理', '90%'],
      ['指标6：强化安全生产监督', '90%'],
    ].map(p(34)),
  ];
  const s = { ...section('project_performance'), tables: [buildGrid(rows, 0)] };
  const { projects, indicators } = extractProjects({ ...s, title: '2019年部门整体支出绩效目标表' }, context());
  expect(projects.map((x) => x.goals)).toEqual([['目标1：全力保障人员经费；', '目标2：开展监督检查。', '目标7：深入开展“安全生产月”活动。', '目标12：掌握全市重大危险源的基本情况。']]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
    ['产出指标', '数量指标', '指标1：保障完成情况'],
    ['产出指标', '质量指标', '指标1：保障经费使用率'],
    ['产出指标', '质量指标', '指标2：问题线索处置率'],
    ['产出指标', '质量指标', '指标5：对铁路道口的管理'],
    ['产出指标', '质量指标', '指标6：强化安全生产监督'],
  ]);
});

// 西安 审计局 2026 (a8fb0ecd pp. 37–38, page image): 效益指标's cell cut by the page break, 效益指 at p. 37's
// foot, 标 heading p. 38 over the row below; 工业和信息化局 (9645ce95) cuts it 效 | 益指标
test('a level\'s name a page break cut in two is the whole name on both sides', () => {
  const p = (page: number) => (row: Printed[number]) => row.map((c) => (typeof c === 'string' ? { text: c, page } : { ...c, page }));
  const read = (foot: string, head: string) => {
    const rows = [
      ...[
        ['项目名称', { text: '购买中介机构审计服务', colSpan: 3 }],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '时效指标', '参与审计项目时限', '3个月内'],
        [foot, '经济效益指标', '避免财政资金损失浪费', '≥1亿元'],
      ].map(p(37)),
      ...[
        [{ text: head, rowSpan: 2 }, '社会效益指标', '带动就业与人才培养', '≥50人'],
        ['可持续影响指标', '审计成果运用', '持续'],
        ['满意度指标', '服务对象满意度指标', '聘请中介机构满意度', '≥90%'],
      ].map(p(38)),
    ];
    const s = { ...section('project_performance'), tables: [buildGrid(rows, 0)] };
    return extractProjects(s, context()).indicators.map((i) => i.level1);
  };
  const expected = ['产出指标', '效益指标', '效益指标', '效益指标', '满意度指标'];
  expect(read('效益指', '标')).toEqual(expected);
  expect(read('效', '益指标')).toEqual(expected);
});

test('a section opening on indicator rows, no header and no project field (烟台: a project\'s indicators going on under its title printed again on the next page): indicators, no project of its own', () => {
  const { projects, indicators } = extractProjects(
    section('project_performance', [
      [{ text: '绩效指标', rowSpan: 2 }, { text: '产出指标', rowSpan: 2 }, { text: '数量指标', rowSpan: 2 }, '会议、接待、调研考察次数', '≥200次'],
      ['完成研究数量', '≥2项'],
    ]),
    context(),
  );
  expect(projects).toEqual([]);
  expect(indicators.map((i) => [i.level1, i.level2, i.name, i.target_text])).toEqual([
    ['产出指标', '数量指标', '会议、接待、调研考察次数', '≥200次'],
    ['产出指标', '数量指标', '完成研究数量', '≥2项'],
  ]);
});

test('an indicator header printing no 一级 label (西安 2022 工业和信息化局 p. 56: | 二级指标 | 指标内容 | 指标值): 产出\'s 二级 give 产出指标, 效益\'s 效益指标', () => {
  const { indicators } = extractProjects(
    section('project_performance', [
      ['部门（单位）名称', { text: '西安市工业和信息化局', colSpan: 3 }],
      ['年度主要任务', '任务1', '宣传国家和省的工业政策', '5364.27'],
      [{ text: '金额合计', colSpan: 3 }, '5364.27'],
      ['年度总体目标', { text: '目标1：积极宣传国家和省的工业政策。', colSpan: 3 }],
      ['', '二级指标', '指标内容', '指标值'],
      ['', '数量指标', '指标1：人员工资支付率', '100%'],
      ['', '社会效益指标', '指标1：营商环境', '持续改善'],
    ]),
    context(),
  );
  expect(indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
    ['产出指标', '数量指标', '指标1：人员工资支付率'],
    ['效益指标', '社会效益指标', '指标1：营商环境'],
  ]);
});

// 福州 商务局 2026 (17f2ee92 pp. 31–32, pdftotext -layout): each project's block under its own title
// in one ruled table, the title a row of the table
test('the next project\'s title printed in the table ends the indicators before it and names the next block', () => {
  const block = (name: string, total: string, indicator: string): Printed => [
    [{ text: `${name}项目绩效目标表`, colSpan: 5 }],
    ['项目名称', { text: name, colSpan: 4 }],
    ['资金总额', total, '', '', ''],
    ['绩效目标指标', '一级指标', '二级指标', '三级指标', '指标值'],
    ['', '产出指标', '数量指标', indicator, '=1项'],
  ];
  const { projects, indicators: read } = performance([...block('办公楼物业', '25.89', '物业服务面积'), ...block('办公楼租金', '202.17', '租用面积')]);
  expect(projects.map((p) => [p.project_name, p.budget])).toEqual([['办公楼物业', 25.89], ['办公楼租金', 202.17]]);
  expect(read.map((i) => [i.level1, i.name])).toEqual([
    ['产出指标', '物业服务面积'],
    ['产出指标', '租用面积'],
  ]);
});

// 西安市卫生健康委员会 2026 (243800f1 p. 31, pdftotext -layout): a 绩效自评表 printing each 一级指标 with
// its share of the score, worded two ways in one document (产出指标（50分）, 产出指标50分)
test('a 一级指标 printed with its share of the score: the level\'s name, and the share as level1_weight', () => {
  const { indicators: read } = performance([
    ['项目名称', '公共卫生事业发展资金', '', '', '', '', ''],
    ['一级指标', '二级指标', '指标内容', '年度指标值', '实际完成值', '分值', '得分'],
    [{ text: '产出指标（50分）', rowSpan: 2 }, '数量指标', '指标1：全面加强党的建设覆盖单位数量', '28个', '28个', '2', '2'],
    ['质量指标', '设备质量', '达到国家标准', '达到国家标准', '15', '15'],
    ['效益指标30分', '社会效益指标', '群众满意', '≥90%', '95%', '30', '30'],
  ]);
  expect(read.map((i) => [i.level1, i.level1_weight, i.level2, i.weight])).toEqual([
    ['产出指标', 50, '数量指标', 2],
    ['产出指标', 50, '质量指标', 15],
    ['效益指标', 30, '社会效益指标', 30],
  ]);
});

// 西安市卫生健康委员会 2026 (243800f1 p. 55, pdftotext -layout): a 项目绩效自评表 naming its goals row by what
// it reports (年度总体目标完成情况) over 预期目标（年初设定） | 实际完成情况
test('a goals row named 年度总体目标完成情况 over 预期目标（年初设定） | 实际完成情况: the goals are the expected column\'s', () => {
  const { projects } = performance([
    ['项目名称', { text: '2022年病媒生物防制', colSpan: 4 }],
    ['项目资金（万元）', '年度资金总额', '240', '229.19', '229.19'],
    [{ text: '年度总体目标完成情况', rowSpan: 2 }, { text: '预期目标（年初设定）', colSpan: 2 }, { text: '实际完成情况', colSpan: 2 }],
    [{ text: '将病媒生物密度控制在国家标准范围之内。', colSpan: 2 }, { text: '顺利通过中省对我市进行的工作考核。', colSpan: 2 }],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
    ['产出指标（50分）', '数量指标', '指标1：消杀覆盖区县（开发区）数量', '16个', '16个'],
  ]);
  expect(projects.map((p) => [p.project_name, p.budget, p.goals])).toEqual([['2022年病媒生物防制', 240, ['将病媒生物密度控制在国家标准范围之内。']]]);
});

test('a 决算 绩效自评表\'s money columns: 年初预算数 is the budget (- none), 全年预算数 and 全年执行数 the year\'s budget as adjusted and what was spent', () => {
  // 国家信访局 2024 决算 p. 32 (pdftotext -layout): 信访研究宣传立法专项
  const national = performance([
    ['项目名称', { text: '信访研究宣传立法专项', colSpan: 7 }],
    [{ text: '项目资金（万元）', rowSpan: 3 }, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额：', '493.76', '536.2', '413.57', '10.0', '77.13%', '7.7'],
    ['其中：财政拨款', '473.76', '473.76', '351.13', '--', '0.0%', '--'],
  ]);
  expect(national.projects.map((p) => [p.budget, p.fiscal_funds, p.full_year_budget, p.executed])).toEqual([[493.76, 473.76, 536.2, 413.57]]);
  // 西安市卫生健康委员会 2022 决算 (p. 85): 年初预算数 printed -, the columns labelled （A） and （B）
  const xian = performance([
    ['项目名称', { text: '新冠疫情防控', colSpan: 7 }],
    [{ text: '项目资金（万元）', rowSpan: 3 }, '', '年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分'],
    ['年度资金总额', '-', '1,033.00', '1,033.00', '10', '100.00%', '10.00'],
    ['其中：当年财政拨款', '-', '1,033.00', '1,033.00', '—', '', '—'],
    ['年度总体目标', { text: '组织实施第三季度流调人员新冠疫情防控集中管理。', colSpan: 7 }],
  ]);
  expect(xian.projects.map((p) => [p.budget, p.full_year_budget, p.executed])).toEqual([[null, 1033, 1033]]);
  // a budget's 绩效目标表 prints none of them
  expect(performance([['项目名称', '信访干部培训专项'], ['年度资金总额', '180.61']]).projects.map((p) => [p.budget, 'full_year_budget' in p, 'executed' in p])).toEqual([[180.61, false, false]]);
});

// 重庆市水利局 2026 (05f59e7a p. 31, pdftotext -layout): 市级重点专项资金绩效目标表, each indicator marked 是否核心
test('是否核心 beside each indicator: core true for 是, false for 否', () => {
  const { indicators: read } = performance([
    ['项目名称', '水库移民后期扶持', '', '主管部门', '重庆市水利局', '', ''],
    ['当年预算', '12,700.00', '', '市级支出', '', '', ''],
    [{ text: '绩效指标', rowSpan: 4 }, '指标名称', '指标性质', '指标值', '计量单位', '指标权重(%)', '是否核心'],
    ['完工项目验收率', '≥', '90', '%', '20', '是'],
    ['已建工程项目良性运行比例', '≥', '90', '%', '10', '否'],
    ['年度预算执行率', '=', '100', '%', '10', '否'],
  ]);
  expect(read.map((i) => [i.name, i.target_text, i.weight, i.core])).toEqual([
    ['完工项目验收率', '≥90%', 20, true],
    ['已建工程项目良性运行比例', '≥90%', 10, false],
    ['年度预算执行率', '=100%', 10, false],
  ]);
});

// 西安市审计局 2026 (a8fb0ecd p. 42, page image): 部门整体支出绩效目标表, 预算金额（万元） › 总额 | 财政拨款 |
// 其他资金 beside 执行率分值（10分） merged down from the row above, each task's figures under them
test('a label\'s value is never a cell merged down from the row above (其他资金 beside 执行率分值（10分）)', () => {
  const { projects } = performance([
    ['部门（单位）名称', '', { text: '西安市审计局', colSpan: 4 }],
    [{ text: '年度主要任务', rowSpan: 4 }, { text: '任务名称', rowSpan: 2 }, { text: '主要内容', rowSpan: 2 }, { text: '预算金额（万元）', colSpan: 3 }, { text: '执行率分值（10分）', rowSpan: 2 }],
    ['总额', '财政拨款', '其他资金'],
    ['审计专项补助经费', '专项用于审计署、省审计厅统一组织的审计项目等。', '198.18', '0', '198.18', ''],
    ['金额合计', '', '4203.47', '4005.29', '198.18', ''],
  ]);
  expect(projects.map((p) => [p.project_name, p.budget, p.fiscal_funds, p.other_funds])).toEqual([['西安市审计局', 4203.47, 4005.29, 198.18]]);
});

// 西安市医疗保障局 2026 (14af6708 p. 50, pdftotext -layout): 2022年专项资金总体绩效目标表 printed as a blank form,
// 目标1： | 目标2： | …… and 指标1： | 指标2： | …… with nothing after them
test('a blank form (目标1： and 指标1： with nothing after them) is no project and no indicator', () => {
  const { projects, indicators: read } = performance([
    ['项目名称', '', '主管部门', '', ''],
    ['资金金额（万元）', '实施期资金总额：', '', '年度资金总额：', ''],
    [{ text: '总体目标', rowSpan: 2 }, '实施期总目标', '', '年度目标', ''],
    [{ text: '目标1：\n目标2：\n目标3：\n……', colSpan: 2 }, { text: '目标1：\n目标2：\n目标3：\n……', colSpan: 2 }],
    ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
    [{ text: '产出指标', rowSpan: 3 }, { text: '数量指标', rowSpan: 3 }, '指标1：', '', ''],
    ['指标2：', '', ''],
    ['……', '', ''],
  ]);
  expect(projects).toEqual([]);
  expect(read).toEqual([]);
});
