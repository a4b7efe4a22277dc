// A list of projects, one row each: 广州's key projects ("七、重点项目预算绩效目标情况": 项目 |
// 预算数（单位：万元） | 绩效目标: name, budget and goals), and 广州's 项目支出绩效目标表 (项目名称（资金使用单位） |
// 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标, every project under its unit's row,
// its indicators written out in one cell).
import { headerKey } from '../catalogue/index.js';
import { GOALS_LABELS, INDICATOR_COLUMNS, KEY_PROJECT_LIST, LIST_LEVEL_PREFIX, LIST_OTHER_MONEY, LIST_UNIT, PROJECT_FIELDS, type IndicatorColumn } from '../catalogue/projects.js';
import { ORGANIZATION_WITH_SCOPE, UNIT_PATTERN } from '../catalogue/metadata.js';
import type { TableBlock } from '../model/document.js';
import { splitGoals } from '../normalize/goals.js';
import { splitWrittenIndicators } from '../normalize/indicator.js';
import { cleanMultiline, cleanText, matchKey } from '../normalize/text.js';
import type { IndicatorRecord, ProjectRecord, Unit } from '../schema/records.js';
import { indicatorRecord, money, tableProject, type Levels } from './project-record.js';
import { isTotalLabel, provenance } from './row.js';

export interface ListColumns {
  name: number;
  budget: number;
  goals: number;
  fiscal_funds?: number;
  other_funds?: number;
  /** 绩效指标: the project's indicators written out in one cell. */
  indicators?: number;
  /** 单位名称: the unit the project is the budget of (湖州). */
  unit_name?: number;
  /** a unit printed in the budget's label: 预算数（单位：万元）. */
  unit: Unit | null;
}

// a label's own qualifier in parentheses (预算数（单位：万元） is 预算数), and its colon (总计：)
const bare = (label: string) => headerKey(label.replace(/[（(][^（）()]*[)）]$/, '')).replace(/:$/, '');
const LIST_BUDGET = [...PROJECT_FIELDS.budget, '总计', '金额'];
// placeholders printed under a header (湖州: ** | ** | ** | **)
const PLACEHOLDER = /^[*＊]+$/;

/**
 * The list's columns when its first row labels a project name, a budget and goals, and
 * otherwise only the budget's parts (财政拨款 | 其他资金 …) and the indicators (绩效指标).
 */
export function listColumns(table: TableBlock): ListColumns | null {
  const header = table.rows[0];
  if (!header) return null;
  const at = (labels: readonly string[], levelled = false) =>
    header.findIndex((c) => !c.origin && labels.some((l) => headerKey(l) === (levelled ? bare(c.text).replace(LIST_LEVEL_PREFIX, '') : bare(c.text))));
  const cols = { name: at(KEY_PROJECT_LIST, true), budget: at(LIST_BUDGET), goals: at(GOALS_LABELS) };
  if (cols.name < 0 || cols.budget < 0 || cols.goals < 0) return null;
  const more = { fiscal_funds: at(PROJECT_FIELDS.fiscal_funds), other_funds: at(PROJECT_FIELDS.other_funds), indicators: at(INDICATOR_COLUMNS.indicator), unit_name: at(LIST_UNIT, true) };
  const known = new Set([...Object.values(cols), ...Object.values(more), at(LIST_OTHER_MONEY)].filter((c) => c >= 0));
  if (header.some((c, i) => !c.origin && c.text.trim() !== '' && !known.has(i))) return null;
  const unitText = UNIT_PATTERN.exec(matchKey(header[cols.budget]!.text));
  const found = Object.fromEntries(Object.entries(more).filter(([, c]) => c >= 0));
  return { ...cols, ...found, unit: unitText ? (unitText[1] as Unit) : null };
}

/** Where a list read over several tables stands: the unit whose row the projects are under. */
export interface ListState {
  unitAbove: string;
}

/**
 * `headed`: the table prints the list's header (a part on the next page may not); `state`: carried
 * from the list's part on the page before.
 */
export function readProjectList(table: TableBlock, cols: ListColumns, headed: boolean, state: ListState, doc_id: string, unit: Unit): { projects: ProjectRecord[]; indicators: IndicatorRecord[] } {
  const listUnit = cols.unit ?? unit;
  const projects: ProjectRecord[] = [];
  const indicators: IndicatorRecord[] = [];
  const text = (row: TableBlock['rows'][number], col: number | undefined) => (col === undefined ? '' : cleanMultiline(row[col]?.text ?? ''));
  table.rows.forEach((row, r) => {
    if (r === 0 && headed) return;
    const name = cleanText(row[cols.name]?.text ?? '');
    if (name === '' || row[cols.name]!.origin || PLACEHOLDER.test(name) || isTotalLabel(name.replace(/[:：]$/, ''))) return;
    const goals = text(row, cols.goals);
    const written = splitWrittenIndicators(text(row, cols.indicators));
    // a unit's row (广州市生态环境局 | its projects' sum, or blank) heads the projects under it
    if (goals === '' && written.length === 0 && ORGANIZATION_WITH_SCOPE.test(name)) {
      state.unitAbove = name;
      return;
    }
    const project: ProjectRecord = {
      ...tableProject(doc_id, name, listUnit, table, r),
      budget: money(text(row, cols.budget), listUnit),
      goals: goals === '' ? [] : splitGoals(goals),
    };
    if (cols.fiscal_funds !== undefined) project.fiscal_funds = money(text(row, cols.fiscal_funds), listUnit);
    if (cols.other_funds !== undefined) project.other_funds = money(text(row, cols.other_funds), listUnit);
    const unitName = cleanText(row[cols.unit_name ?? -1]?.text ?? '') || state.unitAbove;
    if (unitName !== '') project.unit_name = unitName;
    // the three-column list (项目 | 预算数 | 绩效目标, 广州's 重点项目) names key projects only; one that
    // names each project's unit or indicators is the 绩效目标表 of every project (湖州, 广州's 绩效目标表)
    if (cols.indicators === undefined && cols.unit_name === undefined) project.key_projects_only = true;
    projects.push(project);
    const levels: Levels = { level1: null, level2: null };
    for (const w of written) {
      const cells: Partial<Record<IndicatorColumn, string>> = { level1: w.level1 ?? '', level2: w.level2 ?? '', name: w.name, target_text: w.target };
      const indicator = indicatorRecord(doc_id, null, (f) => cells[f] ?? '', levels, provenance(table, r));
      if (indicator) indicators.push(indicator);
    }
  });
  return { projects, indicators };
}
