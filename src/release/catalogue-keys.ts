// The keys of budget_lines' amounts and attributes objects that the catalogue defines: each
// becomes a column of its own in a release (printed order, first definition wins), with the
// printed header as its Chinese title.
import { TABLES } from '../catalogue/index.js';
import type { ColumnDef } from '../catalogue/index.js';
import { ATTRIBUTE_KEYS_SET_BY_EXTRACTORS } from './field-docs.js';

export interface CatalogueKey {
  key: string;
  /** the header the catalogue names it by (its first label), e.g. 合计. */
  label: string;
  /** attributes: the value is a number (数量); amounts always are. */
  numeric: boolean;
}

function add(keys: Map<string, CatalogueKey>, key: string, label: string, numeric: boolean): void {
  if (!keys.has(key)) keys.set(key, { key, label, numeric });
}

/** Every amount column key, including carry-over parts (prior_year_carryover_general_public_budget). */
export function amountKeys(): CatalogueKey[] {
  const keys = new Map<string, CatalogueKey>();
  for (const table of TABLES) {
    const amounts = table.columns.filter((c) => c.role === 'amount');
    for (const column of amounts) add(keys, column.key, labelOf(column), true);
    for (const parent of amounts.filter((c) => c.qualifiesParts)) {
      for (const part of amounts.filter((c) => c.key !== parent.key)) {
        add(keys, `${parent.key}_${part.key}`, `${labelOf(parent)} › ${labelOf(part)}`, true);
      }
    }
  }
  return [...keys.values()];
}

/** Every attribute key: catalogue attribute and secondary code columns, the label unit, the extractors' own. */
export function attributeKeys(): CatalogueKey[] {
  const keys = new Map<string, CatalogueKey>();
  // first: the catalogue names some only by role (group) or by the shape of their values (unit_name)
  for (const [key, { zh, numeric }] of Object.entries(ATTRIBUTE_KEYS_SET_BY_EXTRACTORS)) add(keys, key, zh, numeric);
  for (const table of TABLES) {
    for (const column of table.columns) {
      const secondaryCode = column.role === 'code' && column.key !== 'code';
      if (column.role === 'attr' || column.role === 'group' || secondaryCode) add(keys, column.key, labelOf(column), column.numeric === true);
    }
    if (table.unitFromLabel) add(keys, table.unitFromLabel, '单位（取自名称括号）', false);
  }
  return [...keys.values()];
}

function labelOf(column: ColumnDef): string {
  return column.labels[0] ?? column.key;
}
