// Compiled lookups over the catalogue data.
import { matchKey, withoutQualifiers } from '../normalize/text.js';
import type { Side, TableId } from '../schema/records.js';
import { OF_WHICH, SUBTOTAL_LABELS } from './columns.js';
import { HEADER_LABEL_UNIT } from './metadata.js';
import type { SideDef } from './sides.js';
import { GROUP_HEADERS, TABLES } from './tables.js';
import type { Account, ColumnDef, TableDef } from './types.js';

export type { Account, CodeScheme, ColumnDef, ItemDef, TableDef, TableFamily, ColumnRole } from './types.js';
export { TABLES, THREE_PUBLIC_ITEMS } from './tables.js';

const BY_ID = new Map<TableId, TableDef>(TABLES.map((t) => [t.id, t]));

export function tableDef(id: TableId): TableDef {
  const t = BY_ID.get(id);
  if (!t) throw new Error(`no catalogue entry for table ${id}`);
  return t;
}

/** The nine tables every disclosure of an account must print, in catalogue order. */
export function mandatedTables(account: Account): TableId[] {
  return TABLES.filter((t) => t.mandated && (t.account ?? 'budget') === account).map((t) => t.id);
}

/** The account most of the located tables belong to (a 决算 prints 决算 tables). */
export function accountOf(defs: readonly TableDef[]): Account {
  const final = defs.filter((d) => d.account === 'final_account').length;
  return final > defs.length - final ? 'final_account' : 'budget';
}

/**
 * Header comparison key: matchKey without a leading year ("2024年预留中小微企业份额") or a
 * trailing unit note ("价值（金额单位：万元）"), which vary by year and document.
 */
export function headerKey(s: string): string {
  return matchKey(s)
    .replace(OF_WHICH, '') // 其中：基本支出 is the 基本支出 column
    .replace(/其它/g, '其他')
    .replace(/^20\d{2}年度?/, '')
    .replace(/\((?:金额)?单位[:：]?[^)]*\)$/, '')
    .replace(HEADER_LABEL_UNIT, '');
}

/** The side one header label names: a side's listed label, else its words; null when none. */
export function labelSide(sides: readonly SideDef[] | undefined, label: string): Side | null {
  const key = headerKey(label);
  const side = sides?.find((d) => d.labels.some((l) => headerKey(l) === key)) ?? sides?.find((d) => d.words?.test(key));
  return side?.side ?? null;
}

const SUBTOTAL = new Set(SUBTOTAL_LABELS);
const QUALIFIER = /\([^()]*\)$/;
const CARRYOVER_SUFFIX = /(结转和结余|结转结余|结余|结转)$/;

export interface ResolvedColumn {
  column: ColumnDef;
  /** index in the path of the label that named it; below the last one the column is its parent header's. */
  at: number;
}

/**
 * Finds the column a header path means: the lowest label that names a column wins; a column
 * with `under` needs that parent in the path; a subtotal word means its parent where the
 * parent names a column, else the row's total.
 */
export function resolveHeader(def: TableDef, path: string[]): ResolvedColumn | null {
  const keys = path.map(headerKey);
  for (let at = keys.length - 1; at >= 0; at--) {
    const label = keys[at]!;
    const parent = at > 0 ? resolveColumn(def, path.slice(0, at)) : null;
    if (parent?.role === 'amount') {
      // a subtotal word means the money its parent names, alone or after the parent's label
      const parentLabel = keys[at - 1]!;
      if (SUBTOTAL.has(label) || (label.startsWith(parentLabel) && SUBTOTAL.has(label.slice(parentLabel.length)))) {
        return { column: def.columns.find((c) => c.key === parent.subtotal) ?? parent, at };
      }
      // a part of a column that qualifies its parts: prior_year_carryover_general_public_budget
      // (上年结转结余 › 单位资金结转结余 is the 单位资金 part: the parent's words repeated are dropped)
      const part = parent.qualifiesParts
        ? (resolveColumn(def, path.slice(at)) ?? resolveColumn(def, [label.replace(CARRYOVER_SUFFIX, ''), ...path.slice(at + 1)]))
        : null;
      const qualifier = parent.qualifier ?? parent.key;
      if (part?.role === 'amount' && part.key !== parent.key && part.key !== qualifier) {
        return { column: { ...part, key: `${qualifier}_${part.key}`, labels: [], qualifiesParts: true, qualifier }, at };
      }
    }
    // a qualifier in parentheses says how, not what: 项目(按功能分类) is the 项目 column, 部门(单位)代码 the 部门代码
    const forms = [label, label.replace(QUALIFIER, ''), withoutQualifiers(label)];
    const hits =
      forms.map((k) => def.columns.filter((c) => c.labels.some((l) => headerKey(l) === k))).find((h) => h.length > 0) ??
      def.columns.filter((c) => c.endings?.some((e) => forms[2]!.endsWith(e)));
    const above = keys.slice(0, at);
    const column =
      hits.find((c) => c.under?.some((u) => above.includes(headerKey(u))) || c.underContaining?.some((u) => above.some((k) => k.includes(u)))) ??
      hits.find((c) => !c.under && !c.underContaining);
    if (column) return { column, at };
  }
  return null;
}

export function resolveColumn(def: TableDef, path: string[]): ColumnDef | null {
  return resolveHeader(def, path)?.column ?? null;
}

/** Every header label the catalogue knows for a table (to tell header rows from data rows). */
export function knownHeaderKeys(def: TableDef): Set<string> {
  const keys = new Set<string>();
  for (const c of def.columns) {
    for (const l of [...c.labels, ...(c.under ?? [])]) keys.add(headerKey(l));
  }
  for (const s of def.sides ?? []) for (const l of s.labels) keys.add(headerKey(l));
  for (const l of GROUP_HEADERS) keys.add(headerKey(l));
  return keys;
}
