// The vocabulary the identities (identities.ts) are written in: which rows and columns a
// figure is read from, and the kinds of identity the evaluators know.
import type { BudgetLine, ProjectRecord, Side, TableId } from '../../schema/records.js';
import type { FigureKey } from '../narrative/labels.js';
import type { Account } from '../../catalogue/index.js';

/** A column key, or candidates of which the first printed one is read. */
export type ColumnPick = string | readonly string[];

export type RowPick =
  /** the 合计 row of a line-item table */
  | { by: 'total_row' }
  | { by: 'code'; code: string }
  /** 类 rows (3-digit codes), optionally restricted to / excluding some codes */
  | { by: 'classes'; only?: readonly string[]; except?: readonly string[] }
  /** 三公 item key */
  | { by: 'item'; item: string }
  /** 本年收入合计 (current) or 收入总计 (grand) of a side; current_or_grand falls back to the grand total */
  | { by: 'side_total'; side: Side; which: 'current' | 'grand' | 'current_or_grand' }
  /** rows of a side whose label matches; rows nested under a group label only when `group` matches it */
  | { by: 'name'; side: Side | null; patterns: readonly RegExp[]; group?: RegExp }
  /** the items of a side: above its current total, outermost numbering level */
  | { by: 'side_items'; side: Side }
  /** what the grand total of a side adds up: its current total and the rows between them (carry-overs) */
  | { by: 'side_tail'; side: Side }
  /** every row but a total: the entries of a list (会议费明细表) */
  | { by: 'entries' };

export type Ref =
  | { table: TableId; rows: RowPick; column?: ColumnPick }
  /** the budgets of all projects, when every project prints one */
  | { projects: 'budget' };

/** A row-identity component: a column, or one that stands for others when it is not printed. */
export type Component = string | { key: string; else: readonly Component[] };

/** Guard of a sum identity: it applies when any condition holds. */
/** has: the Ref reads cells; empty: it reads none or only blanks and zeros; absent: its table, side, row or column is not printed at all; every: all of these hold. */
export type Condition = { has: Ref } | { empty: Ref } | { absent: Ref } | { every: readonly Condition[] };

export interface HierarchyIdentity {
  kind: 'hierarchy';
  id: string;
  tables: readonly TableId[];
}

/** A table printed as a tree of grouping columns: its totals against the items under them. */
export interface GroupsIdentity {
  kind: 'groups';
  id: string;
  table: TableId;
  /** the grouping attributes, outermost first (the catalogue's `groups` columns) */
  levels: readonly string[];
  /** the columns that add up (not a project's budget or a unit price) */
  columns: readonly string[];
}

export interface RowIdentity {
  kind: 'row';
  id: string;
  table: TableId;
  side?: Side;
  /** the total column; a component names the first of its columns printed (当年预算 › 小计, else 合计) */
  total: Component;
  components: readonly Component[];
  /** columns subtracted from the components (年初结转 + 本年收入 − 年末结转 = 本年支出) */
  minus?: readonly string[];
  /** applies only where every component is printed (a total of two halves, not of one of them) */
  all?: true;
}

/** target = Σ terms. The target is the `actual` of the record, the sum its `expected`. */
export interface SumIdentity {
  kind: 'sum';
  id: string;
  target: Ref;
  terms: readonly Ref[];
  /** how the message names the sum, e.g. "sum of income items" */
  what: string;
  /** apply once per amount column printed in the target's table (side) */
  eachColumn?: boolean;
  /** target ≤ Σ terms: the target counts only part of what the terms count */
  atMost?: boolean;
  /** target ≥ Σ terms: the terms are a selection of what the target counts */
  atLeast?: boolean;
  /** applies only when one of these holds; else it is skipped */
  when?: readonly Condition[];
  /**
   * where its `when` does not hold another identity covers the case (one of its id for
   * another layout, or the hierarchy of the columns it reads), so it writes nothing (no
   * skipped record)
   */
  exclusive?: boolean;
}

/** Row sets of two tables matched 类 by 类 (by code, or by label when one side prints no codes). */
export interface ClassSet {
  table: TableId;
  /** two-sided table: its items on this side; else the 类 rows */
  side?: Side;
  column?: ColumnPick;
}

export interface PerClassIdentity {
  kind: 'per_class';
  id: string;
  left: ClassSet;
  right: ClassSet;
  /** applies only when one of these holds (as SumIdentity.when) */
  when?: readonly Condition[];
}

/** Figures of the 说明 text against the tables: any target that agrees passes. */
/** A cell the figure must equal, or (`atMost`) one it can only be a part of. */
/**
 * A table figure a narrative figure may be: one cell, one it may not exceed, or the sum of
 * cells (a fund's appropriation plus its carry-over: 北京 国资委 states 一般公共预算收入 19,828.57
 * = 19,756.66 + 结转 71.91)
 */
export type NarrativeTarget = Ref | { atMost: Ref } | { plus: readonly Ref[] };

export interface NarrativeIdentity {
  kind: 'narrative';
  id: string;
  targets: Readonly<Record<FigureKey, readonly NarrativeTarget[]>>;
}

export type Identity = HierarchyIdentity | GroupsIdentity | RowIdentity | SumIdentity | PerClassIdentity | NarrativeIdentity;

export interface CheckInput {
  doc_id: string;
  lines: BudgetLine[];
  projects: ProjectRecord[];
  /** paragraph and heading texts outside tables, in order; null for a tables part (no 说明: the narrative check does not apply) */
  narrative: string[] | null;
  /** per table, amount keys printed under 其中 (of which): never addends of a row total */
  ofWhich?: ReadonlyMap<TableId, ReadonlySet<string>>;
  /** the document's account: which identities apply (default budget) */
  account?: Account;
  /** 万元 per summand; default 0.01 */
  tolerance?: number;
}
