// 部门整体支出绩效目标表, the department's own targets, in two layouts: 北京 预算13表 (活动 | 绩效指标
// run together "产出指标数量指标…" | 指标性质 | 指标值 | 度量单位; 重大项目建设指挥部办公室 2026, p. 18) and
// 长沙 (one row per indicator beside the unit's 单位编码 | 单位名称 | 资金总额, over pp. 24–25 under
// the title printed on each; 长沙职业教育基地综合协调办公室 2026). Read off pdftotext -layout.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndicatorRecord, ProjectRecord } from '../../src/schema/records.js';
import { CORPUS, ingestInto, readRecords } from './run-corpus.js';

const BEIJING = join(CORPUS, '北京/北京-北京-04dfdd9a-政府办公厅_附件2：北京市重大项目建设指挥部办公室2026年度部门预算报表.pdf');
const CHANGSHA = join(CORPUS, '湖南/湖南-长沙-4a8c7eea-教育局_2026年部门预算.pdf');

let out: string;
let projects: ProjectRecord[];
let indicators: IndicatorRecord[];
beforeAll(async () => {
  out = await ingestInto('dept-targets-', [BEIJING, CHANGSHA]);
  projects = await readRecords<ProjectRecord>(out, 'projects.jsonl');
  indicators = await readRecords<IndicatorRecord>(out, 'indicators.jsonl');
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

test('北京 预算13表: the department with its 整体绩效目标 and nine indicators, 一级 and 二级 split from the name, each with its 活动', () => {
  const dept = projects.filter((p) => p.project_name === '北京市重大项目建设指挥部办公室');
  expect(dept).toHaveLength(1);
  expect([dept[0]!.project_code, dept[0]!.goals.length]).toEqual([null, 1]);
  expect(dept[0]!.goals[0]).toMatch(/^市重大项目办主要负责本市重大项目建设综合协调服务工作.*提高财政资金使用效益。$/);
  const rows = indicators.filter((i) => i.doc_id === dept[0]!.doc_id && i.project_code === null);
  // printed with no code: joined to the department's targets by name
  expect(new Set(rows.map((i) => i.project_name))).toEqual(new Set(['北京市重大项目建设指挥部办公室']));
  expect(rows.map((i) => [i.activity, i.level1, i.level2, i.name, i.target_text])).toEqual([
    ['重大项目建设综合协调服务', '产出指标', '数量指标', '协调推进本市城市轨道交通建设线路数量', '≥9条'],
    ['重大项目建设综合协调服务', '产出指标', '数量指标', '协调推进在京铁路及市郊铁路建设线路数量', '≥2条'],
    ['重大项目建设综合协调服务', '效益指标', '社会效益指标', '促进城市高质量发展和市民便捷出行', '优'],
    ['重大项目建设综合协调服务', '效益指标', '社会效益指标', '进一步推动重大项目建设平稳有序开展', '优'],
    ['重大项目建设综合协调服务', '效益指标', '可持续影响指标', '京津冀交通路网结构得到进一步优化', '优'],
    ['机构运行保障', '产出指标', '质量指标', '按时发放人员工资，足额缴纳各项社会保险、住房公积金等费用', '优'],
    ['机构运行保障', '产出指标', '质量指标', '预算项目验收合格率', '＝100%'],
    ['机构运行保障', '产出指标', '时效指标', '完成预算项目实施及验收工作时限', '≤12月'],
    ['机构运行保障', '成本指标', '经济成本指标', '努力压减一般性支出，做到“三公”经费与上年相比只减不增', '优'],
  ]);
});

test('长沙: the unit 201056 once, though the title is printed again over its second page, with its 12 indicators', () => {
  const unit = projects.filter((p) => p.project_code === '201056' && p.budget === 656.73);
  expect(unit.map((p) => p.project_name)).toEqual(['长沙职业教育基地综合协调办公室']);
  expect(unit[0]!.goals[0]).toMatch(/^夯实思想政治根基，推进以学促干。/);
  const rows = indicators.filter((i) => i.doc_id === unit[0]!.doc_id && i.project_code === '201056' && i.provenance.page !== null && i.provenance.page >= 24);
  expect(rows).toHaveLength(12);
  expect(new Set(rows.map((i) => i.project_name))).toEqual(new Set(['长沙职业教育基地综合协调办公室']));
  expect(rows.slice(0, 6).map((i) => [i.level1, i.level2, i.name, i.target_text, i.description])).toEqual([
    ['成本指标', '经济成本指标', '项目支出', '≤270万元', '反映项目支出成本控制情况'],
    ['成本指标', '社会成本指标', '基本支出', '≤386.73万元', '反映基本支出成本控制情况'],
    ['产出指标', '数量指标', '场馆使用次数', '≥160次', '全年提供使用体育馆、图书馆报告厅、田径场次数'],
    ['产出指标', '数量指标', '党建情况', '≥10次', '严格落实“三会一课”制度、“三重一大”党支部讨论机制'],
    ['产出指标', '质量指标', '安保情况', '≤50%', '持续降低保安平均年龄45岁以下'],
    ['产出指标', '质量指标', '基地面积绿化率', '≥20%', '维持基地面积绿化率'],
  ]);
  expect(rows.at(-1)!.name).toBe('师生满意度');
});
