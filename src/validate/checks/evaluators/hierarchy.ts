// 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every amount column. The codes give the tree: a
// row's parent is the longest printed code that prefixes its own, so a table that skips
// the 款 level still sums 项 into 类. A table printed unit by unit (深圳 支出总表: 预算单位, each
// unit's row, then its codes) is a tree per unit, under the unit's row.
import type { BudgetLine, CheckRecord, TableId } from '../../../schema/records.js';
import { CLASSIFICATIONS } from '../../../catalogue/columns.js';
import { groupBy } from '../../../util/group-by.js';
import { type Context, printedColumns, tableLines, totalRow } from '../context.js';
import { rowSum } from '../record.js';
import { LEVEL_NAMES } from '../row-names.js';
import type { HierarchyIdentity } from '../types.js';

/** A second classification's code printed beside the row's own (烟台: 301 工资福利支出 under 501 and again under 505). */
const SECOND_CODES = CLASSIFICATIONS.map((c) => `${c.scheme}_code`);
const secondCode = (l: BudgetLine): string | null => {
  const c = SECOND_CODES.map((k) => l.attributes[k]).find((v) => typeof v === 'string');
  return typeof c === 'string' ? c : null;
};

/** Whether `p`'s codes prefix `row`'s: its own, and the second classification's where both print one. */
function under(p: BudgetLine, row: BudgetLine): boolean {
  const [pc, code] = [p.code!, row.code!];
  if (!(pc.length < code.length && code.startsWith(pc))) return false;
  const [ps, rs] = [secondCode(p), secondCode(row)];
  return ps === null || rs === null || rs.startsWith(ps);
}

function childrenByParent(coded: readonly BudgetLine[], root: BudgetLine | undefined): Map<BudgetLine, BudgetLine[]> {
  const tree = new Map<BudgetLine, BudgetLine[]>();
  for (const row of coded) {
    let parent: BudgetLine | undefined;
    for (const p of coded) {
      if (under(p, row) && (!parent || p.code!.length > parent.code!.length)) parent = p;
    }
    parent ??= root;
    if (!parent) continue;
    const kids = tree.get(parent);
    if (kids) kids.push(row);
    else tree.set(parent, [row]);
  }
  return tree;
}

function levelName(kids: readonly BudgetLine[]): string {
  const levels = new Set(kids.map((k) => k.level));
  const only = levels.size === 1 ? [...levels][0] : null;
  return (only && LEVEL_NAMES[only]) ?? 'child';
}

export function evaluateHierarchy(ctx: Context, id: HierarchyIdentity): CheckRecord[] {
  const out: CheckRecord[] = [];
  for (const table of id.tables) {
    const all = tableLines(ctx, table, null);
    if (!all?.length) continue;
    const columns = printedColumns(all);
    for (const lines of groupBy(all, (l) => l.attributes['unit_name'] ?? null).values()) out.push(...treeChecks(ctx, id, table, lines, columns));
  }
  return out;
}

/** Each parent row = Σ its children, in every amount column, over one tree's rows. */
function treeChecks(ctx: Context, id: HierarchyIdentity, table: TableId, lines: readonly BudgetLine[], columns: readonly string[]): CheckRecord[] {
  const out: CheckRecord[] = [];
  const root = totalRow(lines);
  const coded = lines.filter((l) => l.code !== null && !l.is_total);
  const tree = childrenByParent(coded, root);
  for (const parent of [root, ...coded]) {
    const kids = parent && tree.get(parent);
    if (!parent || !kids) continue;
    for (const column of columns) {
      const checked = rowSum(ctx, {
        check: id.id,
        table,
        row: parent,
        rows: kids,
        column,
        lhs: `${table} ${parent.code ?? parent.name} ${column}`,
        rhs: () => `sum of ${levelName(kids)} rows`,
        detail: (summed) => ` (${summed.map((k) => k.code).join(', ')})`,
      });
      if (checked) out.push(checked);
    }
  }
  return out;
}
