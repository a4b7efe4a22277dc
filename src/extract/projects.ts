// 项目绩效目标表 → projects and indicators. The block is read by its labels, not by fixed
// positions: a label's value is the next cell to its right, so one table or two (project
// block + indicator table), and any column spans, read the same.
import { headerKey } from '../catalogue/index.js';
import { OF_WHICH } from '../catalogue/columns.js';
import { HEADER_LABEL_UNIT, UNIT_PATTERN } from '../catalogue/metadata.js';
import {
  ACHIEVED_GOALS_LABELS,
  EXPECTED_GOALS_LABELS,
  GOALS_LABELS,
  INDICATOR_COLUMNS,
  INDICATOR_LEVEL1,
  INDICATOR_LEVEL2,
  OTHER_BLOCK_LABELS,
  PROJECT_FIELDS,
  PURPOSE_LABELS,
  SELF_EVALUATION_MONEY,
  SELF_EVALUATION_TOTAL,
  SPENDING_PLAN_LABELS,
  TERM_BUDGET_LABELS,
  TERM_GOALS_LABELS,
  YEAR_GOALS_LABELS,
  type IndicatorColumn,
  type ProjectField,
  type SelfEvaluationMoney,
} from '../catalogue/projects.js';
import type { Section } from '../locate/sections.js';
import { matchTitle, readTitle } from '../locate/titles.js';
import { DEPARTMENT_WIDE_WORD, SPECIAL_FUND_WORD, TRANSFER_WORD } from '../catalogue/title-words.js';
import type { Cell, TableBlock } from '../model/document.js';
import { parseAmount } from '../normalize/amount.js';
import { cleanMultiline, cleanText, matchKey } from '../normalize/text.js';
import type { IndicatorRecord, ProjectRecord, Unit } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { isNumberedGoal, splitGoals } from '../normalize/goals.js';
import { isOcr, oneCharacterAway } from './misread.js';
import { gridColumns, readProjectGrid } from './project-grid.js';
import { listColumns, readProjectList } from './project-list.js';
import { indicatorRecord, isLevelName, money, tableProject, type Levels } from './project-record.js';
import { provenance, sectionUnit } from './row.js';
import { cutName, splitLevel, type Unnamed } from './split-levels.js';

interface Piece {
  text: string;
  col: number;
  /** true when this position continues a cell merged from the row above. */
  continued: boolean;
}

/** The row's cells left to right, a horizontally merged cell once. */
function pieces(row: Cell[]): Piece[] {
  return row
    .filter((c) => !(c.origin && c.origin.row === c.row))
    .map((c) => ({ text: cleanMultiline(c.text), col: c.col, continued: c.origin !== null }));
}

// an indicator column's label may state its scale (分值权重（90分）, 西安; 指标权重(%), 重庆)
const withoutQualifier = (key: string): string => key.replace(/\([^()]*\)$/, '');
// a goals column's label, its qualifier dropped (预期目标（年初设定）), and its number (年度拨付金额④, 福建)
const columnKey = (p: Piece): string => withoutQualifier(labelKey(p.text.replace(/(?<![=+\-/×])\s*[①-⑳]$/u, '')));

/** A project name's label run into the name, its row's one text (专项（项目）名称伯乐奖, 西安 2020): the two. */
function nameRunIn(ps: Piece[]): Piece[] {
  const only = ps.length === 1 ? ps[0]! : null;
  if (!only || only.continued || /[。；;]/.test(only.text)) return ps;
  for (let i = only.text.length - 1; i > 1; i--) {
    if (fieldOf(only.text.slice(0, i)) === 'project_name') return [{ ...only, text: only.text.slice(0, i) }, { ...only, text: only.text.slice(i).trim(), col: only.col + 1 }];
  }
  return ps;
}

/** A block's label may end in its colon (年度资金总额：, 西南大学) or start with 其中：: still the label. */
const labelKey = (text: string): string => headerKey(text).replace(/:$/, '').replace(OF_WHICH, '');
const keyed = (labels: readonly string[]) => new Set(labels.map(labelKey));
const FIELD_KEYS = Object.entries(PROJECT_FIELDS).map(([f, l]) => [f as ProjectField, keyed(l)] as const);
const TERM_BUDGET = keyed(TERM_BUDGET_LABELS);
const PURPOSE = keyed(PURPOSE_LABELS);
const PLAN = keyed(SPENDING_PLAN_LABELS);
const GOALS = keyed(GOALS_LABELS);
const EXPECTED_GOALS = keyed(EXPECTED_GOALS_LABELS);
const ACHIEVED_GOALS = keyed(ACHIEVED_GOALS_LABELS);
const TERM_GOALS = keyed(TERM_GOALS_LABELS);
const YEAR_GOALS = keyed(YEAR_GOALS_LABELS);
/** Labels of a goals row's columns (预期目标 | 目标实际完成情况; 实施期总目标 | 年度总目标): the goals are below them. */
const GOAL_COLUMNS = new Set([...EXPECTED_GOALS, ...ACHIEVED_GOALS, ...TERM_GOALS, ...YEAR_GOALS]);
const INDICATOR_KEYS = Object.entries(INDICATOR_COLUMNS).map(([f, l]) => [f as IndicatorColumn, keyed(l)] as const);
const ALL_LABELS = new Set([...FIELD_KEYS.flatMap(([, s]) => [...s]), ...TERM_BUDGET, ...PURPOSE, ...PLAN, ...GOALS, ...GOAL_COLUMNS, ...keyed(OTHER_BLOCK_LABELS)]);

const EVALUATION_MONEY = Object.entries(SELF_EVALUATION_MONEY).map(([f, l]) => [f as SelfEvaluationMoney, keyed(l)] as const);
const EVALUATION_TOTAL = keyed(SELF_EVALUATION_TOTAL);
const evaluationMoney = (p: Piece): SelfEvaluationMoney | undefined => EVALUATION_MONEY.find(([, s]) => s.has(columnKey(p)))?.[0];

const LEVEL1 = keyed(INDICATOR_LEVEL1);
const LEVEL2 = keyed(INDICATOR_LEVEL2);

const MONEY_FIELDS: ReadonlySet<ProjectField> = new Set(['budget', 'fiscal_funds', 'other_funds']);

function fieldOf(text: string): ProjectField | 'term' | null {
  const k = labelKey(text);
  return FIELD_KEYS.find(([, s]) => s.has(k))?.[0] ?? (TERM_BUDGET.has(k) ? 'term' : null);
}

/**
 * Labels of an OCR'd indicator header row that name no column, taken for the one indicator label
 * one character away that the row does not already have (—级指标 → 一级指标), with a warning each.
 */
function misreadIndicatorColumns(ps: Piece[], row: Cell[], found: ReadonlyArray<readonly [IndicatorColumn, number]>, table: TableBlock, ctx: ExtractContext): Array<[IndicatorColumn, number]> {
  const taken = new Set(found.map(([, c]) => c));
  const missing = INDICATOR_KEYS.filter(([f]) => !found.some(([k]) => k === f));
  const out: Array<[IndicatorColumn, number]> = [];
  for (const p of ps) {
    if (taken.has(p.col) || p.text === '' || !isOcr(row[p.col])) continue;
    const label = oneCharacterAway(p.text, missing.flatMap(([, s]) => [...s]));
    const field = label === null ? undefined : missing.find(([, s]) => s.has(label))?.[0];
    if (!field || out.some(([f]) => f === field)) continue;
    out.push([field, p.col]);
    ctx.warnings.push({ code: 'OCR_HEADER_MISREAD', message: `table ${table.index} (project_performance): OCR read the header "${p.text}", taken as "${label}" (indicator column ${field}), the one label one character away` });
  }
  return out;
}

/** "25" or "25%" → 25. */
function percent(text: string): number | null {
  const p = parseAmount(text.replace(/[%％]$/, ''));
  return p.ok ? p.value : null;
}

/** Project name from the title: "1、公车信息平台服务费绩效目标表" → 公车信息平台服务费. */
function nameFromTitle(title: string): string {
  return cleanText(title)
    .replace(/^\d+[、.．]\s*/, '')
    .replace(/(项目支出)?绩效目标表$/, '');
}

interface Draft {
  record: ProjectRecord;
  indicators: IndicatorRecord[];
  /** the money of the project's whole term, its budget where the year's is not printed */
  term?: number | null;
  /** the section opens on indicator rows: the project of the page before goes on (its title printed again) */
  continues?: true;
  /** a name was read beside its label */
  named?: true;
}

/**
 * The indicator columns in a row of another table than the header's (the part printed on the
 * next page): the cell under each header cell's middle. A page whose empty column was not
 * ruled splits its columns otherwise (the sample's 项目绩效目标表 scanned: 6 columns under a
 * 7-column header), and the same index is another column there. Without positions (DOCX), the
 * same index.
 */
function underHeader(cols: Array<[IndicatorColumn, number]>, header: Cell[], row: Cell[]): Array<[IndicatorColumn, number]> {
  const placed = row.filter((c) => c.origin === null && c.bbox);
  if (placed.length === 0) return cols;
  return cols.flatMap(([f, c]): Array<[IndicatorColumn, number]> => {
    const box = header[c]?.bbox;
    if (!box) return [[f, c]];
    const middle = (box.x0 + box.x1) / 2;
    const under = placed.find((cell) => cell.bbox!.x0 <= middle && middle <= cell.bbox!.x1);
    return under ? [[f, under.col]] : [];
  });
}

/**
 * The projects and indicators of a 绩效目标表 section. A 部门整体 table's record is the
 * department's own targets (泉州, 长沙: 部门整体支出绩效目标表, its 资金总额 the whole budget):
 * marked `department_wide`, never a project of the 项目支出; a 转移支付 table's projects are
 * money passed on (`transfer_payment`).
 */
export function extractProjects(section: Section, ctx: ExtractContext): { projects: ProjectRecord[]; indicators: IndicatorRecord[] } {
  const read = readProjects(section, ctx);
  const words = readTitle(section.title)?.words ?? [];
  if (words.includes(DEPARTMENT_WIDE_WORD) && !words.includes(SPECIAL_FUND_WORD)) for (const p of read.projects) p.department_wide = true;
  // (read in the title's text: the word may stand in brackets, 市级科技创新专项（转移支付）项目绩效目标表,
  // which reading the title's words drops)
  const transfer = section.title.includes(TRANSFER_WORD) && !section.title.includes(`不含${TRANSFER_WORD}`);
  if (transfer) for (const p of read.projects) p.transfer_payment = true;
  // (a project's own table named by its 专项, 科技特派员专项项目绩效目标表 (福州), is a project of the 项目支出)
  const fund = words.includes(SPECIAL_FUND_WORD) && !words.some((w) => PROJECT_WORDS.has(w));
  if (fund) for (const p of read.projects) p.special_fund = true;
  return read;
}

function readProjects(section: Section, ctx: ExtractContext): { projects: ProjectRecord[]; indicators: IndicatorRecord[] } {
  const drafts: Draft[] = [];
  let unit: Unit = sectionUnit(section) ?? ctx.defaultUnit ?? '万元';
  const grid = section.tables[0] ? gridColumns(section.tables[0]) : null;
  if (grid) return readProjectGrid(section.tables, grid, ctx.doc_id, unit);
  const list = section.tables[0] ? listColumns(section.tables[0]) : null;
  if (list) {
    const state = { unitAbove: '' };
    const read = section.tables.map((t) => {
      const own = listColumns(t);
      return readProjectList(t, own ?? list, own !== null, state, ctx.doc_id, unit);
    });
    return { projects: read.flatMap((x) => x.projects), indicators: read.flatMap((x) => x.indicators) };
  }
  let current: Draft | null = null;
  let indicatorCols: Array<[IndicatorColumn, number]> | null = null;
  // a level's cell printed blank to the foot of a page, its name on the next page's part
  const unnamed: Unnamed = {};
  // the indicator header row and its table: a part on the next page may split its columns otherwise
  let indicatorHeader: { table: TableBlock; row: Cell[] } | null = null;
  let planLabels: Piece[] | null = null;
  // the goals are in the row below their label; a self-evaluation's only left of what was achieved
  let goalsBelow: { from: number; before: number } | null = null;
  // money labels printed over their figures (北京 部门整体: 总体资金情况 | 预算支出总额 | 财政拨款 › 合计 …
  // on one row, nothing else after the row's own label; the figures two rows below, under a row of
  // sub-labels): the labels' columns and row
  let over: { cols: Array<[ProjectField, number]>; table: TableBlock; row: number } | null = null;
  // money labels over columns of figures (西安 部门整体: 预算金额（万元） › 总额 | 财政拨款 | 其他资金, each
  // task's row under them): the row of the budget's own label (金额合计) reads its other figures there
  let columnsOver: { cols: Array<[ProjectField, number]>; table: TableBlock } | null = null;
  // a self-evaluation's money columns (全年预算数 | 全年执行数), read on its budget's row below them
  let evaluated: { cols: Array<[SelfEvaluationMoney, number]>; table: TableBlock } | null = null;
  const levels: Levels = { level1: null, level2: null };

  const start = (table: TableBlock, r: number): Draft => {
    const d: Draft = { record: tableProject(ctx.doc_id, nameFromTitle(section.title), unit, table, r), indicators: [] };
    drafts.push(d);
    levels.level1 = levels.level2 = null;
    return d;
  };

  for (const table of section.tables) {
    table.rows.forEach((row, r) => {
      const ps = nameRunIn(pieces(row).filter((p) => p.text !== '' || p.continued));
      const texts = ps.map((p) => p.text).filter(Boolean);
      if (texts.length === 0) return;
      const unitText = texts.length === 1 ? UNIT_PATTERN.exec(matchKey(texts[0]!)) : null;
      if (unitText) {
        unit = unitText[1] as Unit;
        return;
      }
      // Indicator header row, then indicator rows until the next project.
      const headerCols = INDICATOR_KEYS.map(([f, s]) => [f, ps.find((p) => s.has(labelKey(p.text)) || s.has(withoutQualifier(labelKey(p.text))))?.col] as const).filter(
        (x): x is readonly [IndicatorColumn, number] => x[1] !== undefined,
      );
      if (headerCols.length >= 3) {
        // 指标内容 where no column names the indicator (西安: 一级指标 | 二级指标 | 指标内容 | 指标值) is its name; a
        // 绩效指标 beside the levels' columns is the label merged down their left, not levels and name run together
        const has = (f: IndicatorColumn) => headerCols.some(([k]) => k === f);
        const named = has('name') || (has('indicator') && !(has('level1') && has('level2')));
        const cols = headerCols.map(([f, c]): [IndicatorColumn, number] => [f === 'description' && !named ? 'name' : f, c]);
        indicatorCols = [...cols, ...misreadIndicatorColumns(ps, row, headerCols, table, ctx)];
        indicatorHeader = { table, row };
        return;
      }
      const hasField = (f: ProjectField) => ps.some((p) => fieldOf(p.text) === f);
      // the next project's title printed in the table (福州: …项目绩效目标表 over each block)
      const title = texts.length === 1 && matchTitle(texts[0]!)?.def.id === section.def.id ? texts[0]! : null;
      // A project code or name label starts the next project once the current one is filled.
      if (!current || title || ((hasField('project_code') || hasField('project_name')) && (current.record.project_code !== null || current.indicators.length > 0))) {
        current = start(table, r);
        indicatorCols = null;
        delete unnamed.level1;
        delete unnamed.level2;
        if (title) {
          current.record.project_name = nameFromTitle(title);
          return;
        }
      }
      const d = current;
      if (over && (over.table !== table || r - over.row > 2)) over = null;
      if (over && ps.some((p) => !p.continued && money(p.text, unit) !== null)) {
        for (const [f, col] of over.cols) d.record[f as 'budget'] ??= money(cleanText(row[col]?.text ?? ''), unit);
        over = null;
      }
      // no indicator header printed (西安 2020 p. 63: 绩效指标 | 产出指标 | 数量指标 | 指标：… | 7375人；30195人):
      // a standard 一级 and 二级 name side by side place the columns, the name and the target after them
      if (!indicatorCols) {
        const at = ps.findIndex((p, i) => LEVEL1.has(labelKey(p.text)) && LEVEL2.has(labelKey(ps[i + 1]?.text ?? '')));
        const cols = at < 0 ? [] : ps.slice(at, at + 4).map((p) => p.col);
        if (cols.length === 4) {
          indicatorCols = (['level1', 'level2', 'name', 'target_text'] as const).map((f, i) => [f, cols[i]!]);
          indicatorHeader = null;
          // (烟台: a project's indicators going on under its title printed again on the next page)
          if (drafts.length === 1 && blank(d) && d.term == null && !d.named && d.indicators.length === 0) d.continues = true;
        }
      }
      if (indicatorCols) {
        const cols = indicatorHeader && indicatorHeader.table !== table ? underHeader(indicatorCols, indicatorHeader.row, row) : indicatorCols;
        const get = (f: IndicatorColumn): string => {
          const col = cols.find(([k]) => k === f)?.[1];
          if (col === undefined) return '';
          const cut = f === 'level1' || f === 'level2' ? cutName(table, r, col, isLevelName) : null;
          return cut ?? cleanMultiline(row[col]?.text ?? '');
        };
        const indicator = indicatorRecord(ctx.doc_id, d.record.project_code, get, levels, provenance(table, r));
        if (indicator) d.indicators.push(indicator);
        for (const f of ['level1', 'level2'] as const) splitLevel(unnamed, f, table, r, cols.find(([k]) => k === f)?.[1], indicator);
        return;
      }
      // Spending plan: a row of milestone labels, then a row of percentages.
      if (planLabels) {
        for (const p of ps) {
          const label = planLabels.find((l) => l.col === p.col);
          if (label && !p.continued) d.record.spending_plan[label.text] = percent(p.text);
        }
        planLabels = null;
        return;
      }
      const first = ps[0]!;
      const firstKey = labelKey(first.text);
      if (PLAN.has(firstKey)) {
        planLabels = ps.slice(1).filter((p) => p.text !== '');
        return;
      }
      // (a label merged down over the rows below, 北京's 整体绩效目标, labels its first row only; rows
      // going on with its numbered goals are its goals too: 西安 2019 年度总体目标 › 目标1… | 目标7… | 目标12…)
      const goesOn = ps.slice(1).filter((p) => !p.continued && p.text !== '');
      if (GOALS.has(firstKey) && first.continued && !goalsBelow && d.record.goals.length > 0 && goesOn.length > 0 && goesOn.every((p) => isNumberedGoal(p.text))) {
        d.record.goals.push(...splitGoals(goesOn.map((p) => p.text).join('\n')));
        return;
      }
      // (a self-evaluation may name its goals row by what it reports, over 预期目标（年初设定） | 实际完成情况: 西安 卫生健康委员会)
      const reportsGoals = ACHIEVED_GOALS.has(firstKey) && ps.slice(1).some((p) => EXPECTED_GOALS.has(columnKey(p)));
      if ((GOALS.has(firstKey) || reportsGoals) && !first.continued) {
        const rest = ps.slice(1).filter((p) => p.text !== '' && !GOALS.has(labelKey(p.text)));
        const columnLabels = rest.length > 0 && rest.every((p) => GOAL_COLUMNS.has(columnKey(p)));
        const goals = columnLabels ? '' : rest.map((p) => p.text).join('\n');
        d.record.goals = splitGoals(goals);
        // the label alone on its row (重庆 当年整体绩效目标) or over its columns' labels: the goals are the row below,
        // from the year's column (年度总目标; 年度目标 beside 实施期总目标, 西安 2022), up to what was achieved or the term's goals
        const termNamed = rest.some((p) => TERM_GOALS.has(labelKey(p.text)));
        const year = (p: Piece) => YEAR_GOALS.has(labelKey(p.text)) || (termNamed && GOALS.has(labelKey(p.text)));
        const from = ps.slice(1).find(year)?.col ?? -Infinity;
        const stops = rest.filter((p) => p.col > from && (ACHIEVED_GOALS.has(columnKey(p)) || TERM_GOALS.has(columnKey(p)))).map((p) => p.col);
        goalsBelow = goals === '' ? { from, before: Math.min(...stops) } : null;
        return;
      }
      if (goalsBelow) {
        const { from, before } = goalsBelow;
        goalsBelow = null;
        // (the label merged down beside them is read again on the row)
        const own = ps.filter((p) => !p.continued);
        if (!own.some((p) => ALL_LABELS.has(labelKey(p.text)))) {
          d.record.goals = splitGoals(own.filter((p) => p.col >= from && p.col < before).map((p) => p.text).filter(Boolean).join('\n'));
          return;
        }
      }
      const evaluationCols = ps.flatMap((p): Array<[SelfEvaluationMoney, number]> => {
        const f = evaluationMoney(p);
        return f && !p.continued ? [[f, p.col]] : [];
      });
      if (evaluationCols.length > 0) evaluated = { cols: evaluationCols, table };
      // a money label naming its unit (资金金额（万元）, 预算金额（万元）: 西安, amounts of its tables in 元) is the figures'
      const labelUnit = ps.map((p) => (/\d/.test(p.text) ? null : HEADER_LABEL_UNIT.exec(matchKey(p.text)))).find(Boolean);
      if (labelUnit) unit = d.record.source_unit = labelUnit[1] as Unit;
      // Label → value pairs (项目编码 | 13032123P… | 项目名称 | …; 预算数 | 10.17 | 其中：财政资金 | …).
      let labelled = false;
      const heads: Array<[ProjectField, number]> = [];
      let budgetAt: number | null = null;
      ps.forEach((p, i) => {
        const f = fieldOf(p.text);
        if (!f) return;
        labelled = true;
        const v = ps[i + 1];
        // (a cell merged down from the row above is not this label's value: 西安's 执行率分值（10分） beside 其他资金)
        const value = v && !v.continued && !ALL_LABELS.has(labelKey(v.text)) ? v.text : '';
        if (f === 'term') {
          d.term = money(value, unit) ?? d.term;
          return;
        }
        if (value === '' && MONEY_FIELDS.has(f) && !p.continued) heads.push([f, p.col]);
        if (f === 'budget' && money(value, unit) !== null) budgetAt = p.col;
        if (f === 'project_code') d.record.project_code = value || null;
        else if (f === 'project_name') {
          d.record.project_name = value || d.record.project_name;
          if (value) d.named = true;
        }
        // a label merged down its rows (项目资金（万元） beside 年度资金总额：… 其中：财政拨款 …)
        // is read again on each, with no value of its own: it keeps the one read
        else d.record[f] = money(value, unit) ?? d.record[f];
      });
      if (heads.length > 0 && heads.length === ps.slice(1).filter((p) => !p.continued).length) over = { cols: heads, table, row: r };
      if (heads.length > 0) columnsOver = { cols: heads, table };
      if (budgetAt !== null && columnsOver?.table === table) {
        for (const [f, col] of columnsOver.cols) if (col > budgetAt) d.record[f as 'budget'] ??= money(cleanText(row[col]?.text ?? ''), unit);
      }
      // (or the money columns name the budget too, and this is their 合计 row: 福建)
      const evaluationTotal = evaluated?.cols.some(([f]) => f === 'budget') && ps.some((p) => !p.continued && EVALUATION_TOTAL.has(labelKey(p.text)));
      if ((hasField('budget') || evaluationTotal) && evaluated?.table === table) {
        // (the header row's own 项目资金 label names the budget too: only figures count)
        for (const [f, col] of evaluated.cols) {
          const value = money(cleanText(row[col]?.text ?? ''), unit);
          if (f === 'budget') d.record.budget ??= value;
          else d.record[f] ??= value ?? undefined;
        }
      }
      if (labelled) return;
      // The purpose text: the row under 预算规模及资金用途 that carries no label of its own.
      if (PURPOSE.has(firstKey) || (first.continued && first.text === '')) {
        const text = ps.filter((p) => !PURPOSE.has(labelKey(p.text)) && p.text !== '').map((p) => p.text).join('\n');
        if (text) d.record.purpose = text;
      }
    });
  }
  for (const d of drafts) d.record.budget ??= d.term ?? null;
  // a block printed blank (重庆's 专项资金 table when the department has none) is no project; indicators
  // going on from the page before are that project's (linked to it by their place, linkIndicators)
  const filled = drafts.filter((d) => d.indicators.length > 0 || !blank(d));
  return {
    projects: filled.filter((d) => !(d.continues && blank(d) && !d.named)).map((d) => d.record),
    indicators: filled.flatMap((d) => d.indicators),
  };
}

const PROJECT_WORDS: ReadonlySet<string> = new Set(['项目', '项目支出']);

/** A draft that printed no code, money, goals or purpose. */
const blank = (d: Draft): boolean => d.record.project_code === null && d.record.budget === null && d.record.goals.length === 0 && d.record.purpose === null;
