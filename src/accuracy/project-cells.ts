// A document's projects and indicators as cells, scored like budget lines: a row per project
// (its name, numbered when a document prints it twice) and per indicator (project › 一级 ›
// 二级 › 三级指标, numbered), one cell per printed field: a spending-plan milestone and a
// numbered goal are cells of their own. Fields about the record rather than the printed
// values (its identity and provenance, schema_version, source_unit, printed_as,
// key_projects_only) are not cells, as a budget line's level and is_total are not.
import { numbered, type CellValue } from './cells.js';
import type { ExpectedIndicator, ExpectedProject, ProjectRecords } from './expected.js';
import { compareCellMaps, type Comparison } from './score.js';

const NOT_CELLS: ReadonlySet<string> = new Set(['doc_id', 'provenance', 'schema_version', 'source_unit', 'printed_as', 'key_projects_only']);
/** An indicator's project_name is its link to the project, which its row key already names. */
const NOT_INDICATOR_CELLS: ReadonlySet<string> = new Set([...NOT_CELLS, 'project_name']);

/** The printed fields of a record as cells of `row`: lists by position (1-based), objects by key; nulls are not cells. */
function addFields(cells: Map<string, CellValue>, row: string, record: object, skip = NOT_CELLS): void {
  for (const [field, value] of Object.entries(record)) {
    if (skip.has(field) || value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') cells.set(`${row} | ${field}`, value);
    else if (Array.isArray(value)) value.forEach((v: unknown, i) => typeof v === 'string' && cells.set(`${row} | ${field}[${i + 1}]`, v));
    else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') cells.set(`${row} | ${field} › ${k}`, v);
    }
  }
}

export function projectRows(projects: readonly ExpectedProject[]): [ExpectedProject, string][] {
  return numbered(projects, (p) => `project | ${p.project_name}`);
}

/** Indicators under their project's name (the project of their code among `projects`; the code itself when none has it, `-` for department-wide targets). */
export function indicatorRows({ projects, indicators }: ProjectRecords): [ExpectedIndicator, string][] {
  const names = new Map<string, string>();
  for (const p of projects) if (p.project_code !== null && !names.has(p.project_code)) names.set(p.project_code, p.project_name);
  return numbered(indicators, (i) => {
    const project = i.project_code === null ? '-' : (names.get(i.project_code) ?? i.project_code);
    return `indicator | ${[project, i.level1 ?? '-', i.level2 ?? '-', i.name].join(' › ')}`;
  });
}

export function projectCells(projects: readonly ExpectedProject[]): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const [p, row] of projectRows(projects)) addFields(cells, row, p);
  return cells;
}

export function indicatorCells(records: ProjectRecords): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const [i, row] of indicatorRows(records)) addFields(cells, row, i, NOT_INDICATOR_CELLS);
  return cells;
}

/** Cells of one kind of record, and its rows: expected, read, and expected rows that were read (by key). */
export interface RecordScore extends Comparison {
  rows: { expected: number; read: number; matched: number };
}

function recordScore(want: Map<string, CellValue>, got: Map<string, CellValue>, wantRows: string[], gotRows: string[]): RecordScore {
  const read = new Set(gotRows);
  return { ...compareCellMaps(want, got), rows: { expected: wantRows.length, read: gotRows.length, matched: wantRows.filter((r) => read.has(r)).length } };
}

const keys = (rows: [unknown, string][]): string[] => rows.map(([, k]) => k);

export function compareProjects(want: ProjectRecords, got: ProjectRecords): { projects: RecordScore; indicators: RecordScore } {
  return {
    projects: recordScore(projectCells(want.projects), projectCells(got.projects), keys(projectRows(want.projects)), keys(projectRows(got.projects))),
    indicators: recordScore(indicatorCells(want), indicatorCells(got), keys(indicatorRows(want)), keys(indicatorRows(got))),
  };
}
