// 广州市信访局 2026 (6d531c47): its 表12 "部门预算项目支出及其他支出预算表" prints a title whose
// words name no one table (项目支出 and 其他支出), so the table is placed by its header; the
// figures read off pdftotext -layout (pp. 14, 18–20).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckRecord, DocumentRecord, ProjectRecord, TableRecord } from '../../src/schema/records.js';
import { CORPUS, ingestInto, readRecords as readJsonl } from './run-corpus.js';

const FILE = join(CORPUS, '广东/广东-广州-6d531c47-信访局_2026年部门预算.pdf');

let out: string;
beforeAll(async () => {
  out = await ingestInto('gz-evidence-', [FILE]);
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

test('表12 placed by its header as the 项目支出 table, said in a warning; 表11 by its title', async () => {
  const tables = await readJsonl<TableRecord>(out, 'tables.jsonl');
  const placed = tables.filter((t) => t.table === 'basic_expenditure' || t.table === 'project_expenditure');
  expect(placed.map((t) => [t.table, t.match.by, t.match.score, t.pages])).toEqual([
    ['basic_expenditure', ['title'], 1, [18]],
    ['project_expenditure', ['header'], 1, [19, 20]],
  ]);
  const [doc] = await readJsonl<DocumentRecord>(out, 'documents.jsonl');
  expect(doc!.warnings.filter((w) => w.code === 'TABLE_PLACED_BY_HEADER').map((w) => w.message)).toEqual([
    expect.stringContaining('read as project_expenditure'),
    expect.stringContaining('read as project_performance'),
  ]);
});

test('their totals agree with the 支出总表 and the 一般公共预算 tables: 基本支出 3,204.78, 项目支出 739.30', async () => {
  const checks = await readJsonl<CheckRecord>(out, 'checks.jsonl');
  const of = (id: string) => checks.filter((c) => c.check === id).map((c) => [c.status, c.actual]);
  expect(of('basic_table_matches_expenditure_summary')).toEqual([['pass', 3204.78]]);
  expect(of('project_table_matches_expenditure_summary')).toEqual([['pass', 739.3]]);
  expect(of('general_budget_project_matches_project_table')).toEqual([['pass', 739.3]]);
  expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
});

test('七、重点项目预算绩效目标情况 (p. 23): a list of key projects (项目 | 预算数（单位：万元） | 绩效目标) placed by its header, one project per row', async () => {
  const projects = await readJsonl<ProjectRecord>(out, 'projects.jsonl');
  expect(projects.map((p) => [p.project_name, p.budget, p.key_projects_only, p.goals])).toEqual([
    [
      '云客服服务外包项目',
      252.28,
      true,
      ['组建专业的客服服务团队，利用通信网络、实时沟通工具为广大群众提供信访投诉咨询与解答、满意度评价、政策法规查询，引导群众通过正确的途径和方法解决信访问题。协助做好基础业务交转办、数据收集与分析，为政府科学决策和城市治理提供服务。'],
    ],
  ]);
  const checks = await readJsonl<CheckRecord>(out, 'checks.jsonl');
  expect(checks.filter((c) => c.check === 'projects_sum_matches_project_expenditure').map((c) => c.status)).toEqual(['skipped']);
});
