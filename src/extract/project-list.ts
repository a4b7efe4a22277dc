// A list of key projects, one row each (广州 "七、重点项目预算绩效目标情况": 项目 | 预算数（单位：万元） |
// 绩效目标): name, budget and goals, no indicators.
import { headerKey } from '../catalogue/index.js';
import { GOALS_LABELS, KEY_PROJECT_LIST, PROJECT_FIELDS } from '../catalogue/projects.js';
import { UNIT_PATTERN } from '../catalogue/metadata.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { parseAmount, toWanYuan } from '../normalize/amount.js';
import { splitGoals } from '../normalize/goals.js';
import { cleanMultiline, cleanText, matchKey } from '../normalize/text.js';
import type { ProjectRecord, Unit } from '../schema/records.js';
import { tableProject } from './project-record.js';

interface ListColumns {
  name: number;
  budget: number;
  goals: number;
  /** a unit printed in the budget's label: 预算数（单位：万元）. */
  unit: Unit | null;
}

// a label's own qualifier in parentheses: 预算数（单位：万元） is 预算数
const bare = (label: string) => headerKey(label.replace(/[（(][^（）()]*[)）]$/, ''));

/** The list's columns when its first row labels a project name, a budget and goals, and nothing else. */
export function listColumns(table: TableBlock): ListColumns | null {
  const header = table.rows[0];
  if (!header || distinctTexts(header).length !== 3) return null;
  const at = (labels: readonly string[]) => header.findIndex((c) => !c.origin && labels.some((l) => headerKey(l) === bare(c.text)));
  const cols = { name: at(KEY_PROJECT_LIST), budget: at(PROJECT_FIELDS.budget), goals: at(GOALS_LABELS) };
  if (cols.name < 0 || cols.budget < 0 || cols.goals < 0) return null;
  const unitText = UNIT_PATTERN.exec(matchKey(header[cols.budget]!.text));
  return { ...cols, unit: unitText ? (unitText[1] as Unit) : null };
}

export function readProjectList(table: TableBlock, cols: ListColumns, doc_id: string, unit: Unit): ProjectRecord[] {
  const listUnit = cols.unit ?? unit;
  return table.rows.slice(1).flatMap((row, i) => {
    const name = cleanText(row[cols.name]?.text ?? '');
    if (name === '' || row[cols.name]!.origin) return [];
    const p = parseAmount(row[cols.budget]?.text ?? '');
    const goals = cleanMultiline(row[cols.goals]?.text ?? '');
    return [
      {
        ...tableProject(doc_id, name, listUnit, table, i + 1),
        budget: p.ok && p.value !== null ? toWanYuan(p.value, listUnit) : null,
        goals: goals === '' ? [] : splitGoals(goals),
        key_projects_only: true,
      },
    ];
  });
}
