// 绩效目标表 printed one row per indicator (北京 预算12表 项目支出绩效目标表): 项目名称 | 项目总额 |
// 其中 › 财政资金 | 其他资金 | 绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位,
// the project's cells merged down over its indicator rows. A project is a merged region of the
// name column; one split by a page break goes on in the next part (its name printed where the
// cell's text fell, above or below the break).
import { headerKey } from '../catalogue/index.js';
import { GOALS_LABELS, INDICATOR_COLUMNS, PROJECT_FIELDS, UNIT_FIELDS, type IndicatorColumn, type ProjectField } from '../catalogue/projects.js';
import type { Cell, TableBlock } from '../model/document.js';
import { distinctTexts, rowPage } from '../model/grid.js';
import { splitGoals } from '../normalize/goals.js';
import { cleanMultiline, cleanText } from '../normalize/text.js';
import type { IndicatorRecord, ProjectRecord, Unit } from '../schema/records.js';
import { indicatorRecord, money, tableProject, type Levels } from './project-record.js';
import { isTotalLabel, provenance } from './row.js';

type Field = ProjectField | 'goals' | IndicatorColumn;

const LABELS: Array<[Field, Set<string>]> = [
  ...Object.entries(UNIT_FIELDS).map(([f, l]) => [f as Field, new Set(l.map(headerKey))] as [Field, Set<string>]),
  ...Object.entries(PROJECT_FIELDS).map(([f, l]) => [f as Field, new Set(l.map(headerKey))] as [Field, Set<string>]),
  ['goals', new Set(GOALS_LABELS.map(headerKey))],
  ...Object.entries(INDICATOR_COLUMNS).map(([f, l]) => [f as Field, new Set(l.map(headerKey))] as [Field, Set<string>]),
];

const UNIT_NAME_LABELS = new Set(UNIT_FIELDS.project_name.map(headerKey));
// a unit's code before its name (105001长春市信访局)
const UNIT_CODE = /^\d{3,}\s*/;

const fieldOf = (text: string): Field | null => LABELS.find(([, s]) => s.has(headerKey(text)))?.[0] ?? null;

/** "11000022T00000042 7281-创新发展专项办…" → the code (wrapped over two lines) and the name. */
const CODE_NAME = /^([0-9A-Z]{4,}(?:\s+[0-9A-Z]+)*)\s*[-－—]\s*(.+)$/s;

export interface GridColumns {
  cols: Map<Field, number>;
  /** 单位名称 beside 项目名称 (长春 预算表11: 105001长春市信访局): the unit whose project each is. */
  unit?: number;
  /** first data row of the table the columns were read from. */
  dataStart: number;
}

/**
 * The columns when the header names a project field and indicator columns in the same rows
 * (one row per indicator); null for the label → value block layout.
 */
export function gridColumns(table: TableBlock): GridColumns | null {
  const cols = new Map<Field, number>();
  let unit: number | undefined;
  let r = 0;
  for (; r < Math.min(table.rows.length, 4); r++) {
    const row = table.rows[r]!;
    // a label merged across columns (预算金额 over 合计 | 财政拨款 | 其他资金) names its first one
    const found = row.map((c) => (c.origin && c.origin.row === r ? null : fieldOf(c.text)));
    const unitAt = row.findIndex((c) => UNIT_NAME_LABELS.has(headerKey(c.text)));
    if (unitAt >= 0) unit = unitAt;
    // the title, or a blank row, ruled over the header (长春 预算表11)
    if (found.every((f) => f === null) && cols.size === 0 && distinctTexts(row).length <= 1) continue;
    if (found.every((f) => f === null) && cols.size > 0) break;
    found.forEach((f, c) => {
      // the lowest label over a column names it (其中 › 财政资金)
      if (f) cols.set(f, c);
    });
    if (found.every((f) => f === null) && distinctTexts(row).length > 0) break;
  }
  const indicators = ['level1', 'level2', 'name', 'target_text'].filter((f) => cols.has(f as Field)).length;
  if (!cols.has('project_name') || indicators < 2) return null;
  // a block prints its labels down one column (项目名称 over 资金总额 over 一级指标): no grid
  if ([...cols.values()].filter((c) => c === cols.get('project_name')).length > 1) return null;
  return { cols, dataStart: r, ...(unit !== undefined && unit !== cols.get('project_name') && { unit }) };
}

interface Draft {
  record: ProjectRecord;
  indicators: IndicatorRecord[];
  /** the name and 绩效目标 cells' text as printed, over every page they are printed on. */
  printedName: string;
  printedGoals: string;
  /** the money cells' text as printed on the page the project opened on. */
  printedMoney: Partial<Record<MoneyField, string>>;
  /** the blocks of one project merged down beside its name (each with money of its own): the name may be printed in any. */
  blocks?: Draft[];
}

type MoneyField = 'budget' | 'fiscal_funds' | 'other_funds';
const MONEY: readonly MoneyField[] = ['budget', 'fiscal_funds', 'other_funds'];

/**
 * The rest of an amount a page break cut (北京 水务局 pp. 98–99: 4,140.5681 at p. 98's foot, 31 heading
 * p. 99 in the same merged cell): digits alone under an amount printed with its decimal point.
 */
const amountRest = (printed: string | undefined, text: string): boolean => /^\d+$/.test(text) && printed !== undefined && /\.\d+$/.test(printed);

/** A project whose code, name or budget is still to come (printed past a page break). */
const incomplete = (d: Draft): boolean => d.record.project_name === '' || d.record.project_code === null || d.record.budget === null;

export function readProjectGrid(
  tables: readonly TableBlock[],
  first: GridColumns,
  doc_id: string,
  unit: Unit,
): { projects: ProjectRecord[]; indicators: IndicatorRecord[] } {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  /** the unit named by a row of its own above its projects (四川: 单位名称（项目名称） › 某某局) */
  let unitName: string | null = null;
  const levels: Levels = { level1: null, level2: null };
  const width = tables[0]!.rows[0]!.length;

  const start = (table: TableBlock, r: number): Draft => {
    const d: Draft = {
      record: { ...tableProject(doc_id, '', unit, table, r), key_projects_only: true, ...(unitName !== null && { unit_name: unitName }) },
      indicators: [],
      printedName: '',
      printedGoals: '',
      printedMoney: {},
    };
    drafts.push(d);
    levels.level1 = levels.level2 = null;
    return d;
  };

  /** The 绩效目标 cell's text, added to what the pages before printed (a text printed whole again is read once). */
  const moreGoals = (d: Draft, get: (f: Field) => string): void => {
    const goals = cleanMultiline(get('goals'));
    if (goals === '' || d.printedGoals.endsWith(goals)) return;
    d.printedGoals += goals;
    d.record.goals = splitGoals(d.printedGoals);
  };

  /** The project fields printed on a project's row (a part past a page break adds to what the first gave). */
  const fill = (d: Draft, get: (f: Field) => string): void => {
    const part = cleanText(get('project_name'));
    // (a name printed whole again on the next page, as 长沙 does under its repeated title, or its
    // last lines, as 北京's clipped merged cells show them, is read once)
    if (part !== '' && !d.printedName.endsWith(part)) {
      // "11000022T00000048" on one page, "3334-北京市业余无线电…" on the next
      d.printedName += part;
      const m = CODE_NAME.exec(d.printedName);
      d.record.project_code = get('project_code') || (m ? m[1]!.replace(/\s+/g, '') : null);
      d.record.project_name = m ? cleanText(m[2]!) : d.printedName;
    }
    for (const f of MONEY) {
      const text = cleanText(get(f));
      if (amountRest(d.printedMoney[f], text)) d.printedMoney[f] += text;
      else if (d.record[f] === null) d.printedMoney[f] = text;
      else continue;
      d.record[f] = money(d.printedMoney[f]!, unit);
    }
    moreGoals(d, get);
    d.indicators.forEach((i) => (i.project_code ??= d.record.project_code));
  };

  let lastPage: number | null = null;
  tables.forEach((table, t) => {
    if ((table.rows[0]?.length ?? 0) !== width) return;
    // a later part's header names its columns again (text clipped from the page before may
    // spoil a label: "绩效目标、判卷评分，成"); what it does not name stays where the first had it
    const own = t === 0 ? first : gridColumns(table);
    const columns = { cols: new Map([...first.cols, ...(own?.cols ?? [])]), dataStart: own?.dataStart ?? 0, unit: own?.unit ?? first.unit };
    const at = (row: Cell[], f: Field): Cell | undefined => {
      const c = columns.cols.get(f);
      return c === undefined ? undefined : row[c];
    };
    for (let r = columns.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      // a blank row (北京 军民融合's 预算12表 prints one under its header, and no project) is none
      if (row.every((c) => c.text.trim() === '')) continue;
      const get = (f: Field): string => cleanMultiline(at(row, f)?.text ?? '');
      const nameCell = at(row, 'project_name');
      // the header printed again on a later page, and the table's 合计 row (no project)
      if (nameCell && (fieldOf(nameCell.text) === 'project_name' || isTotalLabel(row[0]?.text ?? ''))) continue;
      // one text merged across the row: the unit whose projects follow, not a project
      if (row.every((c) => c.text === row[0]!.text) && width > 1) {
        unitName = cleanText(row[0]!.text);
        current = null;
        continue;
      }
      // the page the row is printed on: a cell merged down from the page before carries that one's
      // (北京 应急管理局: a project's name cell going on over the break, the next project right under it)
      const page = row.find((c) => c.origin === null && c.page !== null)?.page ?? rowPage(row);
      const newPage = page !== lastPage || (r === columns.dataStart && t > 0);
      lastPage = page;
      const named = nameCell !== undefined && nameCell.text.trim() !== '';
      const opens = nameCell !== undefined && nameCell.origin === null && (named || nameCell.rowSpan > 1);
      // a merged region cut by a page break opens again on the next page: the same project,
      // its name printed on whichever side of the break the text fell
      // (or the rest of its name: no code of its own, and no budget beside it or the same one
      // printed again: 北京's merged cells draw their amounts on each page they go on)
      // (北京 水务局 pp. 98–99: 11000024Y000002891471-北京市京密引水管理处 over 4,140.5681 at p. 98's foot,
      // 水利工程日常维修养护费 over 31 heading p. 99, the rest of both)
      const budget = get('budget');
      const shown = cleanText(nameCell?.text ?? '');
      const again = current !== null && shown !== '' && current.printedName.endsWith(shown);
      const cut = current !== null && amountRest(current.printedMoney.budget, cleanText(budget));
      const rest = named && !CODE_NAME.test(shown) && (again || cut || budget === '' || (current !== null && money(budget, unit) === current.record.budget));
      const sameProject = current !== null && newPage && (!named || rest || incomplete(current));
      // a block of the project with money of its own beside its name merged on (北京 水务局 pp. 59–64:
      // 11000022Y000000430160-水利工程日常维修养护费 over six blocks, each its 项目总额, 绩效目标 and
      // indicators): a record each, the project's code and name
      const amountCell = at(row, 'budget');
      const amount = money(budget, unit);
      const ownMoney = amountCell?.origin === null && amount !== null && !cut && current !== null && current.record.budget !== null && amount !== current.record.budget;
      const newBlock = ownMoney && (!opens || (sameProject && !named));
      if (newBlock) {
        const before: Draft = current!;
        current = start(table, r);
        current.blocks = before.blocks ??= [before];
        current.blocks.push(current);
        current.printedName = before.printedName;
        current.record.project_code = before.record.project_code;
        current.record.project_name = before.record.project_name;
        fill(current, get);
      } else if (!current || (opens && !sameProject)) current = start(table, r);
      if (opens && !newBlock) fill(current, get);
      // the 绩效目标 cell going on past a page break beside the project's cells merged on (北京 退役军人事务局
      // pp. 16–17: 物业服务's …基础设施的维护、 | 维修等服务保障工作。)
      const goalsCell = at(row, 'goals');
      if (!opens && !newBlock && newPage && goalsCell?.origin === null) moreGoals(current, get);
      const unitText = columns.unit === undefined ? '' : cleanText(row[columns.unit]?.text ?? '').replace(UNIT_CODE, '');
      if (opens && unitText !== '') current.record.unit_name ??= unitText;
      const indicator = indicatorRecord(doc_id, current.record.project_code, get, levels, provenance(table, r));
      if (indicator) current.indicators.push(indicator);
    }
  });
  // (its name printed where the merged cell's text fell: in a later block, 北京 水务局 p. 62)
  for (const d of drafts) {
    if (!d.blocks) continue;
    const block = (d.record.block = d.blocks.indexOf(d) + 1);
    for (const i of d.indicators) i.block = block;
    const named = d.blocks.find((b) => b.record.project_name !== '');
    if (!named || d.record.project_name !== '') continue;
    d.record.project_name = named.record.project_name;
    d.record.project_code = named.record.project_code;
    d.indicators.forEach((i) => (i.project_code ??= d.record.project_code));
  }
  return { projects: drafts.map((d) => d.record), indicators: drafts.flatMap((d) => d.indicators) };
}
