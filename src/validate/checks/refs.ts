// Resolves a Ref of an identity to the printed cells it names.
import type { BudgetLine, Provenance, Side, TableId } from '../../schema/records.js';
import { nameKey } from '../text.js';
import { type Context, groupedUnderCurrent, isGrouped, matchesAny, printedColumns, sideView, tableLines, totalRow } from './context.js';
import { MAIN_COLUMN } from './row-names.js';
import type { ColumnPick, Ref, RowPick } from './types.js';

export interface Cell {
  table: TableId;
  side: Side | null;
  code: string | null;
  /** label in messages: the code, else the name as printed (under its group label, if nested) */
  label: string;
  /** key two tables' rows are matched on: code, or label without ordinal */
  nameKey: string;
  column: string;
  value: number | null;
  /** the printed row it was read from */
  at: Pick<Provenance, 'table_index' | 'row_index'>;
  /** the unit whose row it is, in a table printed unit by unit (深圳 支出总表: 预算单位) */
  unit?: string;
}

function cellOf(l: BudgetLine, column: string): Cell {
  const group = l.attributes['group'];
  return {
    table: l.table,
    side: l.side,
    code: l.code,
    label: l.code ?? (typeof group === 'string' && group !== '' ? `${group} › ${l.name}` : l.name),
    nameKey: nameKey(l.name),
    column,
    value: l.amounts[column] ?? null,
    at: l.provenance,
    ...(typeof l.attributes['unit_name'] === 'string' && { unit: l.attributes['unit_name'] }),
  };
}

/** The column to read: the pick's first printed candidate, else the identity's current column, else the main one. */
function pickColumn(printed: readonly string[], pick: ColumnPick | undefined, each?: string): string | undefined {
  const candidates = typeof pick === 'string' ? [pick] : (pick ?? (each ? [each] : MAIN_COLUMN));
  return candidates.find((c) => printed.includes(c));
}

function pickRows(ctx: Context, lines: readonly BudgetLine[], pick: RowPick): BudgetLine[] {
  switch (pick.by) {
    case 'total_row': {
      const t = totalRow(lines);
      return t ? [t] : [];
    }
    case 'code':
      return lines.filter((l) => l.code === pick.code);
    case 'classes':
      return lines.filter(
        (l) => l.code?.length === 3 && (!pick.only || pick.only.includes(l.code)) && !pick.except?.includes(l.code),
      );
    case 'item':
      return lines.filter((l) => l.item === pick.item).slice(0, 1);
    case 'name':
      return lines.filter(
        (l) =>
          matchesAny(l.name, pick.patterns) &&
          (pick.group ? isGrouped(l) && pick.group.test(String(l.attributes['group'])) : !isGrouped(l) || groupedUnderCurrent(l)),
      );
    case 'side_total': {
      const v = sideView(lines, pick.side, ctx.belowClass);
      const row = pick.which === 'grand' ? v.grand : pick.which === 'current' ? v.current : (v.current ?? v.grand);
      return row ? [row] : [];
    }
    case 'side_items':
      return sideView(lines, pick.side, ctx.belowClass).items;
    case 'side_tail':
      return sideView(lines, pick.side, ctx.belowClass).tail;
    case 'entries':
      return lines.filter((l) => !l.is_total);
  }
}

/** The lines a table Ref reads: its table's, of its side. */
export function refLines(ctx: Context, ref: Exclude<Ref, { projects: unknown }>): readonly BudgetLine[] | undefined {
  const side = 'side' in ref.rows ? ref.rows.side : null;
  const lines = tableLines(ctx, ref.table, side);
  // a table whose only expenditure block is by use (长沙 收支总表) or by economic class prints its expenditure totals there
  if (side === 'expenditure' && lines?.length === 0 && (ref.rows.by === 'side_total' || ref.rows.by === 'side_tail')) {
    const other = ['expenditure_by_use', 'expenditure_by_economic_class'] as const;
    return other.map((s) => tableLines(ctx, ref.table, s)!).find((l) => l.length > 0) ?? lines;
  }
  return lines;
}

/**
 * The cells a Ref names; undefined when it cannot be read at all (table, side or column not
 * printed), [] when the table is there but the rows are not. Project budgets count only
 * when every project prints one: a partial list says nothing about the total.
 */
export function resolve(ctx: Context, ref: Ref, each?: string): Cell[] | undefined {
  if ('projects' in ref) {
    // projects described in prose are a selection, not all: they never add up to the total
    // nor does the department's own record (部门整体: its budget is the whole department's)
    // nor do transfers to lower governments, which a 支出总表 may not hold (福州 科技: 2,000.00 in none of its tables),
    // nor the funds a department administers (烟台 民政: 惠民殡葬补助资金 2,149.09 beside a 项目支出 of 2,385.28)
    const ps = ctx.projects.flatMap((p) =>
      p.printed_as === 'table' && !p.department_wide && !p.transfer_payment && !p.special_fund && 'table_index' in p.provenance ? [{ ...p, provenance: p.provenance }] : [],
    );
    // nor does a list of key projects (北京: 9 documents' lists add up to 27%–101% of their 项目支出)
    if (ps.length === 0 || ps.some((p) => p.budget === null || p.key_projects_only)) return undefined;
    return ps.map((p) => ({
      table: 'project_performance',
      side: null,
      code: p.project_code,
      label: p.project_code ?? p.project_name,
      nameKey: p.project_name,
      column: 'budget',
      value: p.budget,
      at: p.provenance,
    }));
  }
  const lines = refLines(ctx, ref);
  if (!lines) return undefined;
  const column = pickColumn(printedColumns(lines), ref.column, each);
  if (!column) return undefined;
  const rows = pickRows(ctx, lines, ref.rows);
  // an item printed in other columns only (吉林 三公: 当年预算 | 上年结转 per item, 合计 for the whole) has no cell here
  return (ref.rows.by === 'item' ? rows.filter((l) => column in l.amounts) : rows).map((l) => cellOf(l, column));
}

/** "income_summary 合计 total", "income_expenditure_summary income 收入总计 budget". */
export function describe(c: Cell, withTable = true): string {
  return [withTable ? c.table : '', c.side ?? '', c.label, c.column].filter((s) => s !== '').join(' ');
}
