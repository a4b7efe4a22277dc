// 北京 预算12表 项目支出绩效目标表: one row per indicator, each project a merged region of the
// name column, 77 projects over pp. 21–72 (北京市经济和信息化局 2026, eace7c2b). Figures read
// off pdftotext -layout / -raw of the printed pages.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckRecord, IndicatorRecord, ProjectRecord } from '../../src/schema/records.js';
import { CORPUS, ingestInto, readRecords as readJsonl } from './run-corpus.js';

const FILE = join(CORPUS, '北京/北京-北京-eace7c2b-工业和信息化局_2026年部门预算.pdf');

let out: string;
let projects: ProjectRecord[];
let indicators: IndicatorRecord[];
beforeAll(async () => {
  out = await ingestInto('bj-projects-', [FILE]);
  projects = await readJsonl<ProjectRecord>(out, 'projects.jsonl');
  indicators = await readJsonl<IndicatorRecord>(out, 'indicators.jsonl');
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const of = (code: string) => indicators.filter((i) => i.project_code === code).map((i) => [i.level1, i.level2, i.name, i.target_text]);

test('every project printed: 77, each with its code, name and 项目总额 (and the department, from 预算13表)', () => {
  const listed = projects.filter((p) => p.key_projects_only === true);
  expect(listed).toHaveLength(77);
  expect(listed.filter((p) => !/^1100002\d[TY]\d{12}$/.test(p.project_code ?? '') || p.project_name === '' || p.budget === null)).toEqual([]);
  expect(projects.filter((p) => !p.key_projects_only).map((p) => [p.project_code, p.project_name])).toEqual([[null, '北京市经济和信息化局']]);
});

test('the first project (p. 21): its fields, four numbered goals and 14 indicators', () => {
  const p = projects[0]!;
  expect([p.project_code, p.project_name, p.budget, p.fiscal_funds, p.other_funds, p.goals.length]).toEqual([
    '11000022T000000425969',
    '工业和信息化优化营商环境类项目',
    90,
    90,
    null,
    4,
  ]);
  expect(p.goals[0]).toBe('1.企业投资项目备案：对我市工业和信息化企业投资备案项目进行监测，提出优化管理工作建议，促进和提升备案管理工作水平；');
  const rows = of('11000022T000000425969');
  expect(rows).toHaveLength(14);
  expect(rows[0]).toEqual(['产出指标', '时效指标', '截至11月底项目支出完成率', '＝100%']);
  expect(rows[8]).toEqual(['成本指标', '经济成本指标', '央企在京产业发展对接跟踪分析服务委托业务费', '≤18万元']);
  expect(rows[12]).toEqual(['效益指标', '可持续影响指标', '有助于工业和信息化营商环境改善', '优']);
  expect(rows[13]).toEqual(['效益指标', '社会效益指标', '空气重污染应急制造业停产限产清单社会公开率', '＝100%']);
  const target = indicators.find((i) => i.name === '央企走访调查和对接服务开展及时率')!;
  expect([target.operator, target.value, target.value_unit]).toEqual(['>=', 95, '%']);
});

test('a project cut by a page break (pp. 38–39): code and goals joined across it, its 16 indicators', () => {
  const p = projects.find((x) => x.project_code === '11000022T000000483334')!;
  expect([p.project_name, p.budget, p.fiscal_funds]).toEqual(['北京市业余无线电台操作能力认证及台站管理支撑服务', 102, 102]);
  expect(p.goals).toHaveLength(3);
  expect(p.goals[0]).toContain('判卷评分，成绩登记和封存上报。');
  expect(p.goals[2]).toBe('3、业余无线电台全覆盖普查技术支撑服务。');
  const rows = of('11000022T000000483334');
  expect(rows).toHaveLength(16);
  expect(rows[8]).toEqual(['产出指标', '时效指标', '截至10月底比选工作完成率', '＝100%']);
  expect(rows[15]).toEqual(['效益指标', '社会效益指标', '业余无线电台普查覆盖率', '≥10%']);
});

test('the key projects are a selection of the 项目支出: their sum is not checked against it, and the check says why', async () => {
  const checks = await readJsonl<CheckRecord>(out, 'checks.jsonl');
  const sum = checks.filter((c) => c.check === 'projects_sum_matches_project_expenditure');
  expect(sum.map((c) => c.status)).toEqual(['skipped']);
  expect(sum[0]!.message).toContain('lists the key projects');
  expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
});

test('预算11表 财政拨款政府购买服务明细表 (pp. 17–20): 109 service rows under their 指导性目录 entries, adding up to the 合计', async () => {
  const lines = (await readJsonl<{ table: string; name: string; is_total: boolean; amounts: Record<string, number | null>; attributes: Record<string, unknown> }>(out, 'budget_lines.jsonl')).filter(
    (l) => l.table === 'government_purchase_services',
  );
  expect(lines.filter((l) => l.is_total).map((l) => [l.name, l.amounts.total])).toEqual([['合计', 14841.3937]]);
  const rows = lines.filter((l) => !l.is_total);
  expect(rows).toHaveLength(109);
  expect([rows[0]!.name, rows[0]!.amounts.total, rows[0]!.attributes.catalogue_level1, rows[0]!.attributes.catalogue_level2]).toEqual([
    '公共安全隐患排查治理服务',
    80,
    '01-公共服务',
    '0101-公共安全服务',
  ]);
  const checks = await readJsonl<CheckRecord>(out, 'checks.jsonl');
  expect(checks.filter((c) => c.check === 'purchase_services_subtotals_sum').map((c) => [c.status, c.actual])).toEqual([['pass', 14841.3937]]);
});
