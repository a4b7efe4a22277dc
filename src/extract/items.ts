// Catalogued items (三公): by row label in vertical tables, by column header in tables
// printed horizontally (one row, one column per item).
import { LABEL_ROLES, YEAR_ALONE } from '../catalogue/columns.js';
import { resolveColumn, type ItemDef, type TableDef } from '../catalogue/index.js';
import { matchKey } from '../normalize/text.js';
import type { BudgetLine } from '../schema/records.js';
import { lastYearColumns, type ColumnLayout } from './layout.js';
import { stripEnumeration } from './row.js';

export function matchItem(items: ItemDef[] | undefined, label: string): string | null {
  if (!items) return null;
  const key = stripEnumeration(matchKey(label));
  return items.find((i) => i.patterns.some((p) => new RegExp(p).test(key)))?.item ?? null;
}

const BARE_TOTAL = /^(合计|小计|总计)$/;
/** An item's subtotal column, named as the item and its 小计 (公务用车购置及运行费小计). */
const SUBTOTAL_NAME = /(合计|小计)$/;
const isBareTotal = (label: string): boolean => BARE_TOTAL.test(stripEnumeration(matchKey(label)));

export interface ItemColumn {
  col: number;
  item: string | null;
  /** the amount key: `total`, or `last_year_total` under an earlier year's header (重庆 三公) */
  key: string;
  /** the item's label: its header, or parent + 小计 for a subtotal ("公务用车购置及运行维护费小计"). */
  name: string;
}

/**
 * The item a column's header path names: its lowest label that names one, where a bare
 * 合计/小计 stands for the label above it (小计 under 公务用车购置及运行费 is the vehicle
 * total). A bare total with nothing above names the table's total.
 */
export function itemOfPath(items: ItemDef[] | undefined, path: string[]): { item: string | null; name: string } | null {
  const last = path[path.length - 1];
  if (last === undefined) return null;
  for (let i = path.length - 1; i >= 0; i--) {
    const label = path[i]!;
    if (isBareTotal(label)) continue;
    // "三公经费预（决）算数（财政拨款）" › 小计 names the total only with its 小计 (长沙)
    const item = matchItem(items, label) ?? (i < path.length - 1 ? matchItem(items, label + last) : null);
    if (item === null) return null;
    return { item, name: i === path.length - 1 ? label : label + last };
  }
  return { item: matchItem(items, last), name: last };
}

/**
 * A header over the items naming the money they hold (决算 三公: 预算数 › 合计 | 因公出国 … beside
 * 决算数 › 合计 | …): its amount key, and where it is in the path.
 */
function amountGroup(def: TableDef, path: string[]): { key: string; at: number } | null {
  for (let at = 0; at < path.length - 1; at++) {
    if (matchItem(def.items, path[at]!) !== null) return null;
    const column = resolveColumn(def, [path[at]!]);
    if (column?.role === 'amount') return { key: column.key, at };
  }
  return null;
}

/** The amount key of a label naming a part of an item's money (a fund), not an item or the total. */
function fundOf(def: TableDef, label: string): string | null {
  if (matchItem(def.items, label) !== null || isBareTotal(label)) return null;
  const column = resolveColumn(def, [label]);
  return column?.role === 'amount' && column.key !== 'total' && !column.key.startsWith('last_year') ? column.key : null;
}

export interface HorizontalItems {
  items: ItemColumn[];
  /** the column naming each row's unit, in a table printed one row per unit (湖州, 长沙 三公) */
  unit?: ColumnLayout;
  /** attribute columns left of the items (单位编码 beside 单位名称, 四川): each item's line has them */
  attrs: ColumnLayout[];
}

/**
 * Columns of a horizontally printed item table (two or more item headers, no label column
 * but a unit name column), else null.
 */
export function horizontalItems(def: TableDef, columns: ColumnLayout[]): HorizontalItems | null {
  if (!def.items) return null;
  const labels = columns.filter((c) => c.def && LABEL_ROLES.has(c.def.role));
  if (labels.length > 1 || (labels[0] && labels[0].def?.role !== 'name')) return null;
  const lastYear = lastYearColumns(columns);
  const grouped = new Set<number>();
  const found = columns.flatMap((c): ItemColumn[] => {
    if (c === labels[0]) return [];
    // the years' group over the items (西安: 上年 | 当年 | 增减变化情况 › 合计 | …): the last one is the change
    const change = lastYear.size > 0 && resolveColumn(def, c.path.slice(0, 1))?.key === 'change';
    // (a year over all the columns, 西安 2021: 2021年 › 合计 | 三公经费预算 › 小计 | … | 会议费 | 培训费, names none)
    const printed = c.path.slice(lastYear.size > 0 ? 1 : 0).filter((label, i, all) => i === all.length - 1 || !YEAR_ALONE.test(matchKey(label)));
    // a fund under the item (深圳: 因公出国(境)费 › 一般公共预算 | 政府性基金预算 …): the item's money from it
    const fund = printed.length > 1 ? fundOf(def, printed.at(-1)!) : null;
    const path = fund ? printed.slice(0, -1) : printed;
    const group = amountGroup(def, path);
    const hit = itemOfPath(def.items, group ? path.slice(group.at + 1) : path);
    const key = change ? 'change' : (fund ?? group?.key ?? 'total');
    if (hit && group) grouped.add(c.col);
    return hit ? [{ col: c.col, ...hit, key: lastYear.has(c) ? `last_year_${key}` : key }] : [];
  });
  if (found.length < 2) return null;
  // a bare total under a group (吉林: “三公”经费合计 | 当年预算 › 小计 | … | 上年结转结余 › 小计 | …) is
  // the same item as the total printed outside the groups: one line holds all its money
  for (const f of found) {
    const whole = grouped.has(f.col) && isBareTotal(f.name) ? found.find((o) => !grouped.has(o.col) && o.item === f.item) : undefined;
    if (whole) f.name = whole.name;
  }
  // an item's column beside its own 小计 and its named parts is its remaining part (吉林: 因公出国（境）费
  // › 小计 | 因公出国（境）费 | 科研因公出国（境）费用: the second is 其他因公出国)
  for (const part of def.items.filter((d) => d.restOf)) {
    const of = found.filter((f) => f.item === part.restOf);
    const subtotals = new Set(of.filter((f) => SUBTOTAL_NAME.test(f.name)).map((f) => f.key));
    for (const f of of) if (subtotals.has(f.key) && !SUBTOTAL_NAME.test(f.name)) f.item = part.item;
  }
  // left of the items: a row's own (a rate column among the items is one item's)
  const first = Math.min(...found.map((f) => f.col));
  const attrs = columns.filter((c) => c.def?.role === 'attr' && c.col < first);
  return labels[0] ? { items: found, unit: labels[0], attrs } : { items: found, attrs };
}

/**
 * A bare 合计 printed beside an explicit inner total (“三公”经费小计) is the table's overall
 * total: Jiangsu's 三公、会议费、培训费 table, 合计 = 三公 + 会议费 + 培训费.
 */
export function resolveOuterTotal(def: TableDef, lines: BudgetLine[]): void {
  const outer = def.outerTotal;
  if (!outer) return;
  const inner = lines.filter((l) => l.item === outer.inner);
  // only beside an inner total named as such: a table by unit prints its bare 合计 on every row
  if (inner.every((l) => isBareTotal(l.name))) return;
  for (const l of inner) if (isBareTotal(l.name)) l.item = outer.item;
}
