// Projects and indicators in expected files and their scoring, on hand-made records: one
// cell per printed field, rows keyed by project name and project › level1 › level2 › name,
// numbered when repeated; files without `checked_projects` read as before.
import { formatExpected, parseExpected, type ExpectedDocument, type ExpectedIndicator, type ExpectedLine, type ExpectedProject } from '../../src/accuracy/expected.js';
import { compareProjects, indicatorCells, projectCells } from '../../src/accuracy/project-cells.js';
import { summarize, formatReport } from '../../src/accuracy/report.js';
import { scores } from '../../src/accuracy/score.js';
import type { DocumentScore } from '../../src/accuracy/evaluate.js';

const DOC: ExpectedDocument = {
  schema_version: '1',
  source: 'doc.pdf',
  format: 'pdf',
  disclosure_kind: 'department_budget',
  fiscal_year: 2024,
  department_code: null,
  department_name: null,
  region_code: null,
  unit: null,
  pages: 3,
  tables_found: ['project_performance'],
  tables_missing: [],
  checked_tables: ['project_performance'],
};

const project = (name: string, over: Partial<ExpectedProject> = {}): ExpectedProject => ({
  schema_version: '1',
  project_code: `P-${name}`,
  project_name: name,
  budget: 10.17,
  fiscal_funds: 10.17,
  other_funds: null,
  purpose: '项目预算10.17万元',
  spending_plan: { '3月底': 25, '12月底': 100 },
  goals: ['1.目标一', '2.目标二'],
  source_unit: '万元',
  printed_as: 'table',
  ...over,
});

const indicator = (code: string, name: string, over: Partial<ExpectedIndicator> = {}): ExpectedIndicator => ({
  schema_version: '1',
  project_code: code,
  level1: '产出指标',
  level2: '数量指标',
  name,
  description: null,
  target_text: '≥95%',
  operator: '>=',
  value: 95,
  value_unit: '%',
  basis: '年初工作计划',
  ...over,
});

const LINE: ExpectedLine = {
  schema_version: '1',
  table: 'three_public_expenses',
  side: null,
  item: 'total',
  code: null,
  name: '合计',
  level: null,
  is_total: true,
  amounts: { budget: 1.3 },
  attributes: {},
  source_unit: '万元',
};

describe('expected files with projects and indicators', () => {
  test('written after the budget lines with a record discriminator, and read back apart', () => {
    const text = formatExpected(DOC, [LINE], { projects: [project('甲')], indicators: [indicator('P-甲', '覆盖率')] });
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['record'] ?? null)).toEqual([null, null, 'project', 'indicator']);
    expect(lines[0]?.['checked_projects']).toBe(true);
    const back = parseExpected('/x/doc.jsonl', text);
    expect([back.lines, back.projects, back.indicators]).toEqual([[LINE], [project('甲')], [indicator('P-甲', '覆盖率')]]);
  });

  test('doc_id and provenance are not written', () => {
    const withIds = { ...project('甲'), doc_id: 'abc', provenance: { page: 1, table_index: 0, row_index: 1, source_text: [] } };
    const text = formatExpected(DOC, [], { projects: [withIds], indicators: [] });
    expect(text).not.toMatch(/doc_id|provenance/);
  });

  test('a file without projects reads as before: budget lines only, checked_projects absent', () => {
    const back = parseExpected('/x/doc.jsonl', formatExpected(DOC, [LINE]));
    expect([back.document.checked_projects, back.lines.length, back.projects, back.indicators]).toEqual([undefined, 1, [], []]);
  });

  test('projects without checked_projects, and unknown records, are refused', () => {
    const head = JSON.stringify(DOC);
    expect(() => parseExpected('/x/a.jsonl', `${head}\n${JSON.stringify({ record: 'project', ...project('甲') })}\n`)).toThrow(/without checked_projects/);
    expect(() => parseExpected('/x/a.jsonl', `${head}\n{"record":"figure"}\n`)).toThrow(/line 2: unknown record "figure"/);
  });
});

describe('project and indicator cells', () => {
  test('a project: one cell per printed field, each milestone and each goal its own; record metadata and nulls are no cells', () => {
    expect([...projectCells([project('甲')])]).toEqual([
      ['project | 甲 | project_code', 'P-甲'],
      ['project | 甲 | project_name', '甲'],
      ['project | 甲 | budget', 10.17],
      ['project | 甲 | fiscal_funds', 10.17],
      ['project | 甲 | purpose', '项目预算10.17万元'],
      ['project | 甲 | spending_plan › 3月底', 25],
      ['project | 甲 | spending_plan › 12月底', 100],
      ['project | 甲 | goals[1]', '1.目标一'],
      ['project | 甲 | goals[2]', '2.目标二'],
    ]);
  });

  test("an indicator is keyed under its project's name, level1 and level2; a department-wide one under -; repeats are numbered", () => {
    const cells = indicatorCells({
      projects: [project('甲')],
      indicators: [indicator('P-甲', '覆盖率'), indicator('P-甲', '覆盖率', { value: 90, target_text: '≥90%' }), indicator(null as unknown as string, '满意度', { project_code: null, level2: null })],
    });
    expect(cells.get('indicator | 甲 › 产出指标 › 数量指标 › 覆盖率 | value')).toBe(95);
    expect(cells.get('indicator | 甲 › 产出指标 › 数量指标 › 覆盖率 #2 | value')).toBe(90);
    expect(cells.get('indicator | - › 产出指标 › - › 满意度 | name')).toBe('满意度');
    expect(cells.has('indicator | - › 产出指标 › - › 满意度 | level2')).toBe(false);
    expect(cells.size).toBe(9 + 9 + 7);
  });

  test('projects printed twice under one name are numbered in printed order', () => {
    const cells = projectCells([project('甲'), project('甲', { budget: 4 })]);
    expect([cells.get('project | 甲 | budget'), cells.get('project | 甲 #2 | budget')]).toEqual([10.17, 4]);
  });
});

describe('scoring projects and indicators', () => {
  const want = { projects: [project('甲'), project('乙')], indicators: [indicator('P-甲', '覆盖率'), indicator('P-甲', '及时率'), indicator('P-乙', '数量')] };

  test('all read right: F1 1, every row matched', () => {
    const r = compareProjects(want, structuredClone(want));
    expect([r.projects.counts, r.projects.rows]).toEqual([{ tp: 18, fp: 0, fn: 0 }, { expected: 2, read: 2, matched: 2 }]);
    expect([r.indicators.counts, r.indicators.rows]).toEqual([{ tp: 27, fp: 0, fn: 0 }, { expected: 3, read: 3, matched: 3 }]);
  });

  test('a project cell wrong is one missed and one false cell', () => {
    const got = structuredClone(want);
    (got.projects[1] as ExpectedProject).budget = 1.0;
    const r = compareProjects(want, got);
    expect(r.projects.counts).toEqual({ tp: 17, fp: 1, fn: 1 });
    expect(r.projects.diffs).toEqual([{ cell: 'project | 乙 | budget', expected: 10.17, actual: 1 }]);
    expect(r.indicators.counts).toEqual({ tp: 27, fp: 0, fn: 0 });
  });

  test('an indicator missing: its cells are missed, nothing false', () => {
    const got = { ...want, indicators: want.indicators.filter((i) => i.name !== '及时率') };
    const r = compareProjects(want, got);
    expect([r.indicators.counts, r.indicators.rows]).toEqual([{ tp: 18, fp: 0, fn: 9 }, { expected: 3, read: 2, matched: 2 }]);
    expect(scores(r.indicators.counts).f1).toBeCloseTo((2 * 18) / (2 * 18 + 9), 10);
  });

  test('an extra indicator is false cells; a misread sign changes target_text, operator and value', () => {
    const got = structuredClone(want);
    got.indicators.push(indicator('P-乙', '多读的'));
    Object.assign(got.indicators[0] as ExpectedIndicator, { target_text: '295%', operator: '=', value: 295 });
    const r = compareProjects(want, got);
    expect(r.indicators.counts).toEqual({ tp: 24, fp: 9 + 3, fn: 3 });
    expect(r.indicators.rows).toEqual({ expected: 3, read: 4, matched: 3 });
  });

  test("a project's name misread moves its indicators to another key: all their cells differ", () => {
    const got = structuredClone(want);
    (got.projects[0] as ExpectedProject).project_name = '申';
    const r = compareProjects(want, got);
    expect(r.projects.counts).toEqual({ tp: 9, fp: 9, fn: 9 });
    expect(r.indicators.counts).toEqual({ tp: 9, fp: 18, fn: 18 });
  });
});

describe('the report', () => {
  const counts = { tp: 10, fp: 0, fn: 0 };
  const base: DocumentScore = {
    file: 'a.jsonl',
    input: 'a.pdf',
    format: 'pdf',
    counts,
    projects: null,
    indicators: null,
    all: counts,
    diffs: [],
    tables: { expected: [], found: [], missing: [], extra: [] },
    metadata: {},
    error: null,
    checksFailed: [],
  };
  const withProjects: DocumentScore = {
    ...base,
    file: 'b.jsonl',
    projects: { counts: { tp: 8, fp: 1, fn: 1 }, diffs: [], rows: { expected: 2, read: 2, matched: 2 } },
    indicators: { counts: { tp: 20, fp: 0, fn: 0 }, diffs: [], rows: { expected: 3, read: 3, matched: 3 } },
    all: { tp: 38, fp: 1, fn: 1 },
  };

  test('budget lines as before; projects, indicators and all cells where scored; perfect only when they are right too', () => {
    const s = summarize([base, withProjects]);
    expect([s.overall, s.projects, s.indicators, s.all]).toEqual([{ tp: 20, fp: 0, fn: 0 }, { tp: 8, fp: 1, fn: 1 }, { tp: 20, fp: 0, fn: 0 }, { tp: 48, fp: 1, fn: 1 }]);
    expect(s.perfect).toBe(false);
    const text = formatReport(s).join('\n');
    expect(text).toMatch(/projects: 2 of 2 read \(2 in all\)\s+P 0\.889  R 0\.889  F1 0\.889/);
    expect(text).toMatch(/indicators \(1 documents\)\s+P 1\.000/);
    expect(text).toMatch(/all cells: budget lines, projects, indicators\s+P 0\.980  R 0\.980  F1 0\.980/);
  });

  test('without any file holding projects, the report is as it was', () => {
    const s = summarize([base]);
    expect([s.projects, s.indicators, s.perfect]).toEqual([null, null, true]);
    expect(formatReport(s).join('\n')).not.toMatch(/projects|indicators|all cells/);
  });
});
