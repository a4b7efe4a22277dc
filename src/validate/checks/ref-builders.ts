// Shorthands the identities (identities.ts, final-identities.ts) are written with.
import type { Side, TableId } from '../../schema/records.js';
import type { Component, Ref, RowIdentity, SumIdentity } from './types.js';

export const FUNDS = ['general_public_budget', 'government_fund', 'state_capital'] as const;

/** 人员经费, or its economic classes where printed instead (工资福利支出 | 对个人和家庭的补助, 湖南). */
export const PERSONNEL_OR_CLASSES: Component = { key: 'personnel', else: ['salaries_welfare', 'household_subsidies'] };
/** 公用经费, or its economic classes where printed instead (商品和服务支出 | 资本性支出). */
export const PUBLIC_OR_CLASSES: Component = { key: 'public', else: ['goods_services', 'capital_expenditure'] };
/** 基本支出, or its parts where only they are printed (基本支出 › 人员支出 | 公用经费). */
export const BASIC_OR_PARTS: Component = { key: 'basic', else: [PERSONNEL_OR_CLASSES, PUBLIC_OR_CLASSES] };
/** 项目支出, or its kinds where only they are printed (项目支出 › 其他运转类项目 | 特定目标类项目). */
const PROJECT_OR_PARTS: Component = { key: 'project', else: ['project_other_operation', 'project_specific_purpose'] };
/**
 * What 基本支出 and 项目支出 make together: each or its parts, and 运转类项目 where it is printed
 * whole beside 人员类 and 特定目标类 (预算管理一体化's kinds of project).
 */
export const BASIC_AND_PROJECT: Component[] = [BASIC_OR_PARTS, PROJECT_OR_PARTS, 'operation_projects'];

export const totalRow = (table: TableId, column?: string): Ref => ({ table, rows: { by: 'total_row' }, ...(column && { column }) });

export const item = (key: string, column?: string, table: TableId = 'three_public_expenses'): Ref => ({
  table,
  rows: { by: 'item', item: key },
  ...(column && { column }),
});

export const sideTotal = (table: TableId, side: Side, which: 'current' | 'grand' | 'current_or_grand', column?: string): Ref => ({
  table,
  rows: { by: 'side_total', side, which },
  ...(column && { column }),
});

export const named = (table: TableId, side: Side | null, patterns: readonly RegExp[], group?: RegExp, column?: string): Ref => ({
  table,
  rows: { by: 'name', side, patterns, ...(group && { group }) },
  ...(column && { column }),
});

export const row = (table: TableId, total: Component, components: Component[], side?: Side, minus?: string[]): RowIdentity => ({
  kind: 'row',
  id: minus ? 'balance_per_row' : 'row_total_equals_components',
  table,
  ...(side && { side }),
  total,
  components,
  ...(minus && { minus }),
});

/** This year's money where a table splits it from the carry-over (当年预算 › 小计), else the row's total. */
export const THIS_YEAR: Component = { key: 'current_year_subtotal', else: ['total'] };

/** total = this year's money + the carry-over, where a table prints both halves (吉林). */
export const halves = (table: TableId, total: string, side?: Side): RowIdentity => ({
  ...row(table, total, ['current_year_subtotal', 'prior_year_carryover'], side),
  all: true,
});

export const carryoverPart = (c: Component): Component =>
  typeof c === 'string' ? `prior_year_carryover_${c}` : { key: `prior_year_carryover_${c.key}`, else: c.else.map(carryoverPart) };

/**
 * The same identity in the carry-over's columns (上年结转结余 › 小计 = its 基本支出 + 项目支出):
 * applies where the table prints the carry-over's parts.
 */
export const inCarryover = (r: RowIdentity): RowIdentity => ({ ...r, total: 'prior_year_carryover', components: r.components.map(carryoverPart) });

export const equal = (id: string, target: Ref, term: Ref): SumIdentity => ({ kind: 'sum', id, target, terms: [term], what: 'sum of rows' });

/** A 三公 table's item = the sum of the entries a list of it prints. */
export const listed = (id: string, table: TableId, key: string): SumIdentity => ({
  kind: 'sum',
  id,
  target: item(key),
  terms: [{ table, rows: { by: 'entries' }, column: 'total' }],
  what: 'sum of the entries listed',
});

export const itemSum = (id: string, target: string, terms: string[], table: TableId = 'three_public_expenses'): SumIdentity => ({
  kind: 'sum',
  id,
  target: item(target, undefined, table),
  terms: terms.map((t) => item(t, undefined, table)),
  what: 'sum of items',
  eachColumn: true,
});

/** The identities of a two-sided table (收支总表, 财政拨款收支总表, and their 决算 forms). */
export function twoSided(table: TableId): SumIdentity[] {
  return [
    {
      kind: 'sum',
      id: 'current_year_income_equals_items',
      target: sideTotal(table, 'income', 'current'),
      terms: [{ table, rows: { by: 'side_items', side: 'income' } }],
      what: 'sum of income items',
    },
    {
      kind: 'sum',
      id: 'current_year_expenditure_equals_items',
      target: sideTotal(table, 'expenditure', 'current'),
      terms: [{ table, rows: { by: 'side_items', side: 'expenditure' } }],
      what: 'sum of expenditure items',
      eachColumn: true,
    },
    {
      kind: 'sum',
      id: 'expenditure_by_use_equals_current_year_expenditure',
      target: sideTotal(table, 'expenditure', 'current_or_grand'),
      terms: [{ table, rows: { by: 'side_items', side: 'expenditure_by_use' } }],
      what: 'sum of expenditure items by use',
    },
    {
      kind: 'sum',
      id: 'expenditure_by_economic_class_equals_current_year_expenditure',
      target: sideTotal(table, 'expenditure', 'current_or_grand'),
      terms: [{ table, rows: { by: 'side_items', side: 'expenditure_by_economic_class' } }],
      what: 'sum of expenditure items by economic class',
    },
    {
      kind: 'sum',
      id: 'income_grand_total_equals_current_plus_carryover',
      target: sideTotal(table, 'income', 'grand'),
      terms: [{ table, rows: { by: 'side_tail', side: 'income' } }],
      what: 'current-year income and carry-overs',
    },
    {
      kind: 'sum',
      id: 'expenditure_grand_total_equals_current_plus_carryover',
      target: sideTotal(table, 'expenditure', 'grand'),
      terms: [{ table, rows: { by: 'side_tail', side: 'expenditure' } }],
      what: 'current-year expenditure and carry-overs',
      eachColumn: true,
    },
    {
      kind: 'sum',
      id: 'income_total_equals_expenditure_total',
      target: sideTotal(table, 'expenditure', 'grand'),
      terms: [sideTotal(table, 'income', 'grand')],
      what: 'income grand total',
    },
  ];
}

/**
 * A carry-over row printed with its parts by fund under it (年初财政拨款结转和结余 › 一般公共预算财政拨款 …):
 * the row = Σ its parts, where the parts are printed.
 */
export function carryoverParts(table: TableId, carryover: readonly RegExp[], group: RegExp): SumIdentity {
  const parts: Ref = named(table, 'income', [/./], group);
  return { kind: 'sum', id: 'carryover_equals_fund_parts', target: named(table, 'income', carryover), terms: [parts], what: 'its parts by fund', when: [{ has: parts }] };
}
