// A project read from a table, before its fields are filled in, and one of its indicators.
import { headerKey } from '../catalogue/index.js';
import { CORE_VALUES, INDICATOR_COLUMNS, INDICATOR_LEVEL1, INDICATOR_LEVEL2, LEVEL1_OF_LEVEL2, SELF_EVALUATION_SUMMARY, WHOLE_DEPARTMENT_NAME, type IndicatorColumn } from '../catalogue/projects.js';
import type { TableBlock } from '../model/document.js';
import { parseAmount, toWanYuan } from '../normalize/amount.js';
import { splitIndicator } from '../normalize/indicator.js';
import { PLACEHOLDER } from '../normalize/goals.js';
import { parseTarget, printedTarget } from '../normalize/target.js';
import type { IndicatorRecord, ProjectRecord, Provenance, Unit } from '../schema/records.js';
import { provenance } from './row.js';

export function tableProject(doc_id: string, name: string, unit: Unit, table: TableBlock, r: number): ProjectRecord {
  return {
    schema_version: '1',
    doc_id,
    project_code: null,
    project_name: name,
    budget: null,
    fiscal_funds: null,
    other_funds: null,
    purpose: null,
    spending_plan: {},
    goals: [],
    source_unit: unit,
    provenance: provenance(table, r),
    printed_as: 'table',
  };
}

/**
 * A 部门整体 table that names no department (重庆: "2026年部门整体绩效目标表", its name from the
 * title) holds the department's own targets: named by the department, as 北京's 部门名称 names it.
 */
export function nameDepartmentTargets(projects: ProjectRecord[], department: string | null): void {
  if (!department) return;
  for (const p of projects) if (p.project_code === null && WHOLE_DEPARTMENT_NAME.test(p.project_name)) p.project_name = department;
}

/**
 * Each indicator's project, by printed order: the last project printed at or before its row
 * (a block's indicators follow its name row, a list's share its row, a grid's start on it); a
 * project of the indicator's own code where that one has another. Projects with no code
 * (lists, 部门整体 tables) are then joined to their indicators by name.
 */
export function linkIndicators(projects: readonly ProjectRecord[], indicators: IndicatorRecord[]): void {
  const order = (at: Provenance): number => at.table_index * 1e6 + at.row_index;
  const tabled = projects.flatMap((p) => ('table_index' in p.provenance ? [{ p, at: order(p.provenance) }] : [])).sort((a, b) => a.at - b.at);
  for (const i of indicators) {
    const above = tabled.filter((t) => t.at <= order(i.provenance)).at(-1)?.p;
    const own = i.project_code !== null && above?.project_code !== i.project_code ? projects.find((p) => p.project_code === i.project_code) : above;
    if (own) i.project_name = own.project_name;
  }
}

// a figure printed with its unit (实施期资金总额： | 337770.89万元, 西安 2022) is in that unit
const WITH_UNIT = /^(.*\d)\s*(亿元|万元|千元|元)$/;

/** A project field's money in 万元; null for a cell that holds none. */
export function money(text: string, unit: Unit): number | null {
  const own = WITH_UNIT.exec(text.trim());
  const p = parseAmount(own ? own[1]! : text);
  return p.ok && p.value !== null ? toWanYuan(p.value, own ? (own[2] as Unit) : unit) : null;
}

const NONE = /^(?:[/／\\\-－—–]+|无|不适用)$/;

const HEADER_LABELS: ReadonlySet<string> = new Set(Object.values(INDICATOR_COLUMNS).flatMap((labels) => labels.map(headerKey)));

/** The 一级 and 二级 names of the row above, for rows that leave them blank (merged cells). */
export interface Levels {
  level1: string | null;
  level2: string | null;
}

/**
 * One indicator row, from its cells by indicator column ('' where blank): the name from 三级指标
 * or split out of one 绩效指标 cell, 一级/二级 inherited from `above` where blank (and updated),
 * the target from 指标值 with 指标性质 and 度量单位 where printed apart. Null for a row naming none.
 */
export function indicatorRecord(doc_id: string, project_code: string | null, printed: (f: IndicatorColumn) => string, above: Levels, at: Provenance): IndicatorRecord | null {
  // a header label merged down the rows (重庆: 绩效指标 beside each indicator) is no cell's value
  const get = (f: IndicatorColumn): string => {
    const text = printed(f);
    return HEADER_LABELS.has(headerKey(text)) ? '' : text;
  };
  const run = get('indicator') === '' ? null : splitIndicator(get('indicator'));
  const name = get('name') || run?.name || '';
  if (name === '' || [get('level1'), get('level2'), name].some((t) => SELF_EVALUATION_SUMMARY.test(t))) return null;
  const level2 = unclipped(get('level2')) || run?.level2 || '';
  above.level1 = unclipped(get('level1')) || run?.level1 || LEVEL1_OF_LEVEL2[headerKey(level2)] || above.level1;
  above.level2 = level2 || above.level2;
  const target = printedTarget(get('nature'), get('target_text'), get('measure_unit'));
  // a level printed with no indicator under it (经济效益指标 | / | /, 西安; 无 | 无 | 无; a blank form's 指标1： | ……):
  // its levels still hold below
  if ((NONE.test(name) || PLACEHOLDER.test(name)) && (target === null || NONE.test(target))) return null;
  const level1 = weighedLevel(above.level1);
  return {
    schema_version: '1',
    doc_id,
    project_code,
    level1: level1.name,
    ...(level1.weight !== undefined && { level1_weight: level1.weight }),
    level2: above.level2,
    name,
    description: get('description') || null,
    target_text: target,
    ...parseTarget(target),
    basis: get('basis') || null,
    ...(get('activity') !== '' && { activity: get('activity') }),
    ...selfEvaluation(get),
    ...(CORE_VALUES[get('core')] !== undefined && { core: CORE_VALUES[get('core')] }),
    provenance: at,
  };
}

const LEVEL_NAMES: readonly string[] = [...INDICATOR_LEVEL1, ...INDICATOR_LEVEL2];
const LEVEL_KEYS: ReadonlySet<string> = new Set(LEVEL_NAMES.map(headerKey));
/** A standard 一级 or 二级 name (产出指标, 服务对象满意度指标). */
export const isLevelName = (text: string): boolean => LEVEL_KEYS.has(headerKey(text));
// each standard name but its last character, which no name is
const CLIPPED_LEVEL: ReadonlyMap<string, string> = new Map(LEVEL_NAMES.map((n) => [n.slice(0, -1), n]));

/**
 * A level's name whose last character its cell clipped (北京's Excel exports: 经济成本指 over a 标
 * cut off by the row's height; 服务对象满意度指): the standard name it is.
 */
const unclipped = (text: string): string => CLIPPED_LEVEL.get(text) ?? text;

// a level's name with the share of the score it carries (产出指标（50分）, 效益指标30分: 西安's 绩效自评表)
const LEVEL_WEIGHT = /^(.+指标)[（(]?(\d+(?:\.\d+)?)分?[）)]?$/;

/** A 一级指标 as printed: its name, and its share of the score where printed with it. */
function weighedLevel(printed: string | null): { name: string | null; weight?: number } {
  const m = printed === null ? null : LEVEL_WEIGHT.exec(printed.replace(/\s+/g, ''));
  return m ? { name: m[1]!, weight: Number(m[2]) } : { name: printed };
}

/** A 绩效自评表's columns, where printed: the value achieved as printed, the weight and score as numbers. */
function selfEvaluation(get: (f: IndicatorColumn) => string): Pick<IndicatorRecord, 'achieved' | 'weight' | 'score'> {
  const number = (f: IndicatorColumn) => {
    const p = parseAmount(get(f));
    return p.ok ? (p.value ?? undefined) : undefined;
  };
  const [weight, score] = [number('weight'), number('score')];
  return { ...(get('achieved') !== '' && { achieved: get('achieved') }), ...(weight !== undefined && { weight }), ...(score !== undefined && { score }) };
}

/**
 * A project whose table the title printed again on the next page splits in two (长沙's 部门整体支出
 * 绩效目标表: unit 201056 on pp. 24 and 25) is one project: a table project with the code and name
 * of the one just before is its continuation, its indicators the first's.
 */
export function joinContinuedProject(projects: ProjectRecord[], next: ProjectRecord): boolean {
  const last = projects.at(-1);
  if (!last || last.printed_as !== 'table' || next.printed_as !== 'table' || next.project_code === null || next.block !== undefined) return false;
  if (last.project_code !== next.project_code || last.project_name !== next.project_name) return false;
  last.budget ??= next.budget;
  last.fiscal_funds ??= next.fiscal_funds;
  last.other_funds ??= next.other_funds;
  last.purpose ??= next.purpose;
  if (last.goals.length === 0) last.goals = next.goals;
  return true;
}
