// The document's budget lines indexed for the evaluators: per table, per side, the 合计
// row, the printed columns, and the structure of two-sided tables.
import type { BudgetLine, ProjectRecord, Side, TableId } from '../../schema/records.js';
import { groupBy } from '../../util/group-by.js';
import { canonical, nameKey, splitNumbering } from '../text.js';
import { FISCAL_APPROPRIATION, NOT_AN_ITEM, SIDE_TOTALS, TABLE_TOTAL_ROW } from './row-names.js';

export interface Context {
  doc_id: string;
  tolerance: number;
  tables: ReadonlyMap<TableId, readonly BudgetLine[]>;
  projects: readonly ProjectRecord[];
  ofWhich: ReadonlyMap<TableId, ReadonlySet<string>>;
  belowClass: BelowClass;
}

/** Printed order: a table printed in parts (a page break, two Word tables) restarts row_index at 0 in each part, so table_index comes first. */
export const printedOrder = (a: BudgetLine, b: BudgetLine): number =>
  a.provenance.table_index - b.provenance.table_index || a.provenance.row_index - b.provenance.row_index;

export function makeContext(
  doc_id: string,
  lines: readonly BudgetLine[],
  projects: readonly ProjectRecord[],
  tolerance: number,
  ofWhich: ReadonlyMap<TableId, ReadonlySet<string>> = new Map(),
): Context {
  const tables = new Map<TableId, BudgetLine[]>();
  // Printed order, whatever order the lines come in: the output depends only on the document.
  const printed = [...lines].sort(printedOrder);
  for (const l of printed) {
    const list = tables.get(l.table);
    if (list) list.push(l);
    else tables.set(l.table, [l]);
  }
  return { doc_id, tolerance, tables, projects, ofWhich, belowClass: belowClass(printed) };
}

/**
 * Many 收支总表 print the whole function hierarchy by names and indentation only (湖州 表01).
 * The coded tables of the same document say which names are 款 or 项: `only` those printed
 * only below a 类, `also` the 类 names a 款 repeats (229 其他支出 › 22999 其他支出), which
 * name an item the first time only.
 */
export interface BelowClass {
  only: ReadonlySet<string>;
  also: ReadonlySet<string>;
}

function belowClass(lines: readonly BudgetLine[]): BelowClass {
  // only tables that print their 类 rows say what is below one (北京 prints 2299999-其他支出 and no 229)
  const byTable = groupBy(lines, (l) => l.table);
  const coded = [...byTable.values()].filter((ls) => ls.some((l) => l.code?.length === 3)).flat();
  const classes = new Set(coded.filter((l) => l.code?.length === 3).map((l) => nameKey(l.name)));
  const below = new Set(coded.filter((l) => (l.code?.length ?? 0) > 3).map((l) => nameKey(l.name)));
  return { only: new Set([...below].filter((n) => !classes.has(n))), also: new Set([...below].filter((n) => classes.has(n))) };
}

const numbered = (name: string): boolean => splitNumbering(name).label !== canonical(name);

/** Drops the rows a name-only side prints below its 类 (see BelowClass). */
function classRowsOnly(rows: BudgetLine[], below: BelowClass): BudgetLine[] {
  const seen = new Set<string>();
  return rows.filter((l) => {
    const key = nameKey(l.name);
    const first = !seen.has(key);
    seen.add(key);
    // a numbered row ("二十三、其他支出") is an item by its numbering
    return numbered(l.name) || (!below.only.has(key) && (first || !below.also.has(key)));
  });
}

/** Lines of a table (of one side, or the side-less ones); undefined when the table has no lines at all. */
export function tableLines(ctx: Context, table: TableId, side: Side | null): readonly BudgetLine[] | undefined {
  const all = ctx.tables.get(table);
  return all && all.filter((l) => l.side === side);
}

/** Amount keys printed in these lines, in printed order. A key present with null is a printed empty cell. */
export function printedColumns(lines: readonly BudgetLine[]): string[] {
  const keys = new Set<string>();
  for (const l of lines) for (const k of Object.keys(l.amounts)) keys.add(k);
  return [...keys];
}

export const isGrouped = (l: BudgetLine): boolean => typeof l.attributes['group'] === 'string' && l.attributes['group'] !== '';

export function matchesAny(name: string, patterns: readonly RegExp[]): boolean {
  const key = nameKey(name);
  return patterns.some((p) => p.test(key));
}

/** A row printed under a subtotal row (its attributes.group is that row's label). */
export const underTotal = (l: BudgetLine, total: BudgetLine): boolean => isGrouped(l) && nameKey(String(l.attributes['group'])) === nameKey(total.name);

/**
 * A row grouped under its side's current-year total ("一、本年收入" over its parts), or a fund's
 * under this year's 财政拨款 (陕西: 一、财政拨款 › 2、政府性基金拨款), counts as ungrouped.
 */
export function groupedUnderCurrent(l: BudgetLine): boolean {
  if (!isGrouped(l) || l.side === null) return false;
  const group = String(l.attributes['group']);
  return matchesAny(group, SIDE_TOTALS[l.side].current) || (l.side === 'income' && matchesAny(group, FISCAL_APPROPRIATION));
}

export function totalRow(lines: readonly BudgetLine[]): BudgetLine | undefined {
  const totals = lines.filter((l) => l.is_total && l.code === null);
  // several named totals and no 合计 (决算 基本支出表: 人员经费合计, 公用经费合计) are blocks' totals, not the table's
  return totals.find((l) => matchesAny(l.name, TABLE_TOTAL_ROW)) ?? (new Set(totals.map((l) => l.name)).size === 1 ? totals[0] : undefined);
}

interface SideView {
  current?: BudgetLine;
  grand?: BudgetLine;
  /** items above the current total (or the grand total), outermost numbering level only */
  items: BudgetLine[];
  /** what the grand total adds up (see RowPick side_tail) */
  tail: BudgetLine[];
}

export function sideView(lines: readonly BudgetLine[], side: Side, below: BelowClass = { only: new Set(), also: new Set() }): SideView {
  // Above / below are positions in printed order, never row_index alone (see printedOrder).
  const rows = [...lines].sort(printedOrder);
  const position = new Map(rows.map((l, i) => [l, i]));
  const rowOf = (l: BudgetLine): number => position.get(l)!;
  const totals = SIDE_TOTALS[side];
  const grand = rows.filter((l) => matchesAny(l.name, totals.grand)).at(-1);
  const current = rows.find(
    (l) => l !== grand && matchesAny(l.name, totals.current) && (!grand || rowOf(l) < rowOf(grand)),
  );
  const end = current ?? grand;
  const above = rows.filter((l) => !end || rowOf(l) < rowOf(end));
  // a current total printed above its parts (一、本年支出 over (一)一般公共服务支出 …): they are the items
  const parts = current ? rows.filter((l) => rowOf(l) > rowOf(current) && underTotal(l, current)) : [];
  const candidates = classRowsOnly(
    (parts.length > 0 ? parts : above).filter((l) => !l.is_total && (parts.length > 0 || !isGrouped(l)) && !matchesAny(l.name, NOT_AN_ITEM)),
    below,
  );
  // Sub-items (1. 一般公共预算 under 一、财政拨款) would count their parent twice.
  const depth = Math.min(...candidates.map((l) => splitNumbering(l.name).depth));
  // an item printing no amount over its numbered parts (陕西: 一、部门预算 blank over 1、财政拨款 …) is its parts
  const partsOf = (item: BudgetLine): BudgetLine[] => {
    const own = Object.values(item.amounts).every((v) => v === null) ? rows.filter((l) => rowOf(l) > rowOf(item) && !l.is_total && underTotal(l, item)) : [];
    return own.length > 0 ? own.flatMap(partsOf) : [item];
  };
  const items = candidates.filter((l) => splitNumbering(l.name).depth === depth).flatMap(partsOf);

  let tail: BudgetLine[] = [];
  if (grand && current) {
    const after = rows.filter((l) => rowOf(l) > rowOf(current) && rowOf(l) < rowOf(grand) && !l.is_total && !isGrouped(l));
    // parts numbered under a carry-over (上年结余、结转 › 1.财政拨款结余、结转, 深圳) would count it twice
    const top = Math.min(...after.map((l) => splitNumbering(l.name).depth));
    tail = [current, ...after.filter((l) => splitNumbering(l.name).depth === top)];
  } else if (grand) {
    const carryovers = above.filter((l) => !l.is_total && !isGrouped(l) && matchesAny(l.name, NOT_AN_ITEM));
    tail = [...items, ...carryovers];
  }
  return { current, grand, items, tail };
}
