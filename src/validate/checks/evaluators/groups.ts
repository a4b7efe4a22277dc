// Tables printed as a tree of grouping columns (政府采购: 采购品目大类 › 专项名称 › 经济科目 ›
// items, see ColumnDef.groups): the 合计 row = Σ items, and every subtotal row (a group's,
// or a plain 小计) = Σ the items below it, up to the next subtotal of the same or an outer
// group. Only the items are summed, so nested subtotals are never counted twice.
import type { BudgetLine, CheckRecord } from '../../../schema/records.js';
import { type Context, printedColumns, tableLines, totalRow } from '../context.js';
import { rowSum } from '../record.js';
import type { GroupsIdentity } from '../types.js';

/** Rows listed by class (烟台: 201 › 20114 › 2011450): the 合计 sums the 类 rows; below them, hierarchy_sum's tree. */
function topLevel(items: BudgetLine[]): BudgetLine[] {
  if (items.length === 0 || items.some((l) => l.level === null)) return items;
  const top = Math.min(...items.map((l) => l.level!));
  return items.filter((l) => l.level === top);
}

export function evaluateGroups(ctx: Context, id: GroupsIdentity): CheckRecord[] {
  const lines = tableLines(ctx, id.table, null);
  if (!lines?.length) return [];
  // how deep a total row is: a group's subtotal by its grouping column, a plain total outermost
  const depth = (l: BudgetLine): number => id.levels.indexOf(l.attributes['subtotal_of'] as string);
  const root = totalRow(lines);
  const sums: Array<[BudgetLine, BudgetLine[]]> = root ? [[root, topLevel(lines.filter((l) => !l.is_total))]] : [];
  lines.forEach((l, i) => {
    if (!l.is_total || l === root) return;
    const items: BudgetLine[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.is_total && depth(next) <= depth(l)) break;
      if (!next.is_total) items.push(next);
    }
    // a subtotal right over another of its column (陕西 采购项目: 全额 over 西安市信访局 over the
    // items) groups the ones after it, how far the table does not say: the inner one is checked
    if (items.length > 0) sums.push([l, items]);
  });

  const printed = printedColumns(lines);
  const out: CheckRecord[] = [];
  for (const [total, items] of sums) {
    for (const column of id.columns.filter((c) => printed.includes(c))) {
      const checked = rowSum(ctx, {
        check: id.id,
        table: id.table,
        row: total,
        rows: items,
        column,
        lhs: `${id.table} ${total.name} ${column}`,
        rhs: (summed) => `sum of the ${summed.length} item rows under it`,
      });
      if (checked) out.push(checked);
    }
  }
  return out;
}
