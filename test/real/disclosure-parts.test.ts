// The parts and kinds of a disclosure, on real files of ../shared/corpus: a 北京 情况说明
// (narrative part) linked with its 报表 (tables part), a 广州 部门整体绩效目标申报表
// (performance_targets part). Figures checked against pdftotext -layout of the PDFs.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckRecord, DocumentRecord, FigureRecord, IndicatorRecord, ProjectRecord } from '../../src/schema/records.js';
import { CORPUS, ingestInto, readRecords as readJsonl } from './run-corpus.js';

const NARRATIVE = join(CORPUS, '北京/北京-北京-5de0566e-2026年北京市审计局部门预算.pdf');
const TABLES = join(CORPUS, '北京/北京-北京-9c14713d-审计局_附件2：北京市审计局2026年度部门预算报表.pdf');
// 北京 国资委 2026: its 情况说明 states each fund's income with the fund's carry-over
const SASAC_NARRATIVE = join(CORPUS, '北京/北京-北京-b3d20c6f-2026年北京市人民政府国有资产监督管理委员会部门预算.pdf');
const SASAC_TABLES = join(CORPUS, '北京/北京-北京-8ded0203-国有资产监督管理委员会_2026年部门预算.pdf');
const DEPARTMENT_TARGETS = join(CORPUS, '广东/广东-广州-3de0a678-政务服务和数据管理局_广州市政务服务和数据局2026年部门整体预算绩效目标申报表.pdf');

let out: string;
let docs: DocumentRecord[];
beforeAll(async () => {
  out = await ingestInto('parts-', [NARRATIVE, TABLES, DEPARTMENT_TARGETS, SASAC_NARRATIVE, SASAC_TABLES]);
  docs = await readJsonl<DocumentRecord>(out, 'documents.jsonl');
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const doc = (source: string) => docs.find((d) => d.source === source)!;

test('北京 情况说明: a narrative part with its figures, linked to its 报表 whose figures it is checked against', async () => {
  const narrative = doc(NARRATIVE);
  const tables = doc(TABLES);
  expect([narrative.package_part, narrative.disclosure_kind, narrative.department_name, narrative.fiscal_year]).toEqual([
    'narrative',
    'department_budget',
    '北京市审计局',
    2026,
  ]);
  expect([narrative.tables_found, narrative.tables_missing, narrative.status]).toEqual([[], [], 'ok']);
  expect(tables.package_part).toBe('tables');
  expect(narrative.package_id).toBe('110000/北京市审计局/2026/department_budget');
  expect(tables.package_id).toBe(narrative.package_id);
  expect(narrative.package_partners).toEqual([tables.doc_id]);
  expect(tables.package_partners).toEqual([narrative.doc_id]);

  // 收入预算 32852.05万元 (p. 3), 支出预算 32852.05万元, 基本支出预算 25218.54万元, 项目支出预算 7633.51万元
  const figures = (await readJsonl<FigureRecord>(out, 'figures.jsonl')).filter((f) => f.doc_id === narrative.doc_id);
  const first = (label: string) => figures.find((f) => f.label === label);
  expect([first('income_total')?.amount, first('expenditure_total')?.amount, first('basic_expenditure')?.amount, first('project_expenditure')?.amount]).toEqual([
    32852.05, 32852.05, 25218.54, 7633.51,
  ]);
  expect(first('income_total')?.amount_text).toBe('32852.05万元');
  expect(figures.some((f) => f.label === null)).toBe(true); // changes (比2025年…增加2466.43万元) are kept, unlabelled

  // the 报表's 收入总计 32,852.053832 and 支出总计 agree with the text: checked under the narrative part's doc_id
  const checks = (await readJsonl<CheckRecord>(out, 'checks.jsonl')).filter((c) => c.check === 'narrative_figure_matches_table');
  const ofNarrative = checks.filter((c) => c.doc_id === narrative.doc_id);
  expect(ofNarrative.length).toBeGreaterThanOrEqual(4);
  expect(ofNarrative.filter((c) => c.status !== 'pass')).toEqual([]);
  expect(ofNarrative.find((c) => c.message.includes('income_total'))).toMatchObject({ actual: 32852.05, expected: 32852.053832 });
  // the tables part has no 说明: no narrative check, not even skipped
  expect(checks.filter((c) => c.doc_id === tables.doc_id)).toEqual([]);
});

test('广州 部门整体预算绩效目标申报表: a performance-targets part, the department-wide targets with no project code', async () => {
  const d = doc(DEPARTMENT_TARGETS);
  expect([d.package_part, d.status, d.department_name, d.fiscal_year, d.tables_missing]).toEqual([
    'performance_targets',
    'ok',
    '广州市政务服务和数据管理局',
    2026,
    [],
  ]);
  const projects = (await readJsonl<ProjectRecord>(out, 'projects.jsonl')).filter((p) => p.doc_id === d.doc_id);
  expect(projects).toHaveLength(1);
  // 收入来源 财政拨款 98,880.78, 其他资金 0.00
  expect(projects[0]).toMatchObject({ project_code: null, fiscal_funds: 98880.78, other_funds: 0, printed_as: 'table' });
  const indicators = (await readJsonl<IndicatorRecord>(out, 'indicators.jsonl')).filter((i) => i.doc_id === d.doc_id);
  expect(indicators).toHaveLength(21);
  expect(indicators.every((i) => i.project_code === null)).toBe(true);
  // 产出指标 › 时效指标 › 工单转派的及时率 | 100% | 100% (实施周期 | 年度)
  expect(indicators.find((i) => i.name === '工单转派的及时率')).toMatchObject({ level1: '产出指标', level2: '时效指标', target_text: '100%', operator: '=', value: 100 });
  expect(indicators.find((i) => i.name === '政务服务受理综合满意率')).toMatchObject({ level1: '满意度指标', target_text: '≥95%', operator: '>=', value: 95 });
});

test("北京 国资委: a fund's income stated with its carry-over (一般公共预算收入 19,828.57 = 19,756.66 + 结转 71.92) agrees with the 财政拨款收支总表; last year's 执行数 is not checked", async () => {
  const checks = (await readJsonl<CheckRecord>(out, 'checks.jsonl')).filter((c) => c.doc_id === doc(SASAC_NARRATIVE).doc_id && c.check === 'narrative_figure_matches_table');
  expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  const stated = (v: number) => checks.find((c) => c.actual === v);
  expect([stated(19828.57)?.status, stated(495836.2)?.status, stated(483923.17)]).toEqual(['pass', 'pass', undefined]);
  expect(stated(19828.57)!.message).toContain('一、一般公共预算资金 + 上年结转结余 › 一、一般公共预算拨款');
});
