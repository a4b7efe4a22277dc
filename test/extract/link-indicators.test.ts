// Each indicator joined to its project by printed order, so projects printed with no code (lists,
// 部门整体 tables) have their indicators too.
import { linkIndicators, tableProject } from '../../src/extract/project-record.js';
import { buildGrid } from '../../src/model/grid.js';
import type { IndicatorRecord, ProjectRecord } from '../../src/schema/records.js';

const at = (table_index: number, row_index: number) => ({ table_index, row_index, page: 1, source_text: [] });
const project = (name: string, code: string | null, table_index: number, row_index: number): ProjectRecord => ({
  ...tableProject('a'.repeat(64), name, '万元', buildGrid(Array.from({ length: row_index + 1 }, () => [{ text: '' }]), table_index), row_index),
  project_code: code,
});
const indicator = (name: string, code: string | null, table_index: number, row_index: number): IndicatorRecord => ({
  schema_version: '1',
  doc_id: 'a'.repeat(64),
  project_code: code,
  level1: '产出指标',
  level2: '数量指标',
  name,
  description: null,
  target_text: '≥1次',
  operator: '>=',
  value: 1,
  value_unit: '次',
  basis: null,
  provenance: at(table_index, row_index),
});

test('the last project printed at or before the row; else the project of its own code; none above: no name', () => {
  const projects = [project('信息化运维', 'Y', 1, 0), project('办公设备购置', null, 2, 3), project('培训经费', 'X', 3, 0)];
  const indicators = [
    indicator('before any project', null, 0, 1),
    indicator('on the list row', null, 2, 3),
    indicator('below it', null, 2, 5),
    indicator('in the next block', 'X', 3, 4),
    indicator('of another code', 'Y', 3, 6),
  ];
  linkIndicators(projects, indicators);
  expect(indicators.map((i) => [i.name, i.project_name ?? null])).toEqual([
    ['before any project', null],
    ['on the list row', '办公设备购置'],
    ['below it', '办公设备购置'],
    ['in the next block', '培训经费'],
    ['of another code', '信息化运维'],
  ]);
});
