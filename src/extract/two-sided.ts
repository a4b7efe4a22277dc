// Two-sided summaries (收支总表, 财政拨款收支总表): income and expenditure items printed
// side by side, some provinces with a second expenditure block by use. Each printed row
// gives one line per side whose label is not blank.
import type { TableDef } from '../catalogue/index.js';
import { OF_WHICH } from '../catalogue/columns.js';
import { CARRYOVER_ROW, CURRENT_YEAR_ROW, ECONOMIC_CLASSES, FUND_ROW, USE_ITEMS } from '../catalogue/sides.js';
import { groupBy } from '../util/group-by.js';
import type { Section } from '../locate/sections.js';
import { matchKey } from '../normalize/text.js';
import { distinctTexts } from '../model/grid.js';
import type { TableBlock } from '../model/document.js';
import type { BudgetLine, Side } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { IndentParents, indentLevels, type IndentLevel } from './indent.js';
import { analyzeTable, reportUnmapped, sideOf, type ColumnLayout, type TableLayout } from './layout.js';
import { isTotalLabel, labelText, numberingLevel, ordinalOf, provenance, readAmounts, skipNoteRow, stripEnumeration, tableUnit, valueText, withoutPrintedEmpty } from './row.js';

interface SideColumns {
  side: Side;
  name: ColumnLayout;
  amounts: ColumnLayout[];
  /** columns of the side the catalogue does not know: kept in attributes.unmapped */
  unmapped: ColumnLayout[];
  /** the block's own header label, where its side prints more than one block (attributes.block) */
  block?: string;
}

/**
 * The blocks of a table: each name column starts one; a column of its side, or under the same
 * top header (支出 › 本年预算数 right of 支出 › 支出类别), belongs to the nearest block left of it.
 */
function sideColumns(columns: ColumnLayout[]): SideColumns[] {
  const out: SideColumns[] = [];
  for (const c of columns) {
    if (!c.side) continue;
    if (c.def?.role === 'name') {
      out.push({ side: c.side, name: c, amounts: [], unmapped: [] });
      continue;
    }
    const s = out.findLast((x) => x.side === c.side || x.name.path[0] === c.path[0]);
    if (c.def?.role === 'amount' && s) s.amounts.push(c);
    else if (!c.def && c.path.length > 0 && s) s.unmapped.push(c);
  }
  for (const s of out) if (out.some((x) => x !== s && x.side === s.side)) s.block = s.name.path.at(-1)!;
  return out;
}

/** The side a label names when printed alone on its row (收入, 支出项目 …), else null. */
const sideMarker = (def: TableDef, label: string): Side | null => sideOf(def.sides, [label]);

/**
 * A summary printed in one column (项目 | 预算数: a 收入 row, the income items, a 支出 row, the
 * expenditure items) under a header naming no side: its one block, of the side its first marker names.
 */
function markedBlock(def: TableDef, table: TableBlock, layout: TableLayout): SideColumns[] {
  const name = layout.columns.find((c) => c.def?.role === 'name');
  const first = table.rows.slice(layout.dataStart).map((row) => (name ? sideMarker(def, labelText(row, name.col)) : null)).find((m) => m !== null);
  if (!name || !first) return [];
  return [{ side: first, name, amounts: layout.columns.filter((c) => c.def?.role === 'amount'), unmapped: [] }];
}

/**
 * Which item a numbered row belongs to (attributes.group):
 * - items numbered again from 一 after an unnumbered row are that row's parts (the seed's
 *   "年初财政拨款结转和结余" followed by "一、一般公共预算拨款" …);
 * - sub-items numbered at a deeper level ("1.一般公共预算" under "一、财政拨款收入") are
 *   parts of the item above them.
 */
class GroupTracker {
  private seenNumbered = false;
  private parent: string | null = null;
  private group: string | null = null;
  private top: string | null = null;
  /** numbered rows below the top one, shallowest first: each deeper row's parent is the nearest above it */
  private nested: { level: number; label: string }[] = [];
  private last: string | null = null;
  private carryover: string | null = null;
  private currentYear: string | null = null;
  /** a numbered 本年支出 whose rows below are numbered from 一 again */
  private restarted: string | null = null;

  next(label: string): string | null {
    // 其中 ("of which") rows are parts of the row above them (西南大学: 一、财政拨款收入 › 其中：政府性基金…)
    if (OF_WHICH.test(label)) return this.last;
    // a fund's row after a carry-over row is its part (年初财政拨款结转和结余 › 政府性基金预算财政拨款),
    // also where a page break loses its indent
    if (this.carryover && FUND_ROW.test(stripEnumeration(matchKey(label)))) return this.carryover;
    const level = numberingLevel(label);
    // unnumbered rows under a numbered 本年支出 are what it sums (一、本年支出 › 一般公共服务支出 …,
    // printed with no indent in a Word table), up to the next numbered row or total
    if (level === null && this.currentYear && !isTotalLabel(label) && !CARRYOVER_ROW.test(label)) return this.currentYear;
    // or numbered again from 一 (吉林: 一、本年支出 › 一、一般公共服务支出 … 四、住房保障支出; 二、结转下年支出)
    if (level === 1 && ordinalOf(label) === 1 && this.currentYear) this.restarted = this.currentYear;
    if (this.restarted && (CARRYOVER_ROW.test(label) || isTotalLabel(label))) this.restarted = null;
    if (this.restarted && level === 1) return this.restarted;
    this.currentYear = level === 1 && CURRENT_YEAR_ROW.test(stripEnumeration(matchKey(label))) ? label : null;
    this.last = isTotalLabel(label) ? null : label;
    this.carryover = CARRYOVER_ROW.test(label) ? label : null;
    if (level === null) {
      this.group = this.top = null;
      this.nested = [];
      this.parent = isTotalLabel(label) ? null : label;
      return null;
    }
    if (level > 1) {
      // the nearest row above numbered at a shallower level (1、财政拨款 › (1)一般公共预算拨款)
      this.nested = this.nested.filter((n) => n.level < level);
      const parent = this.nested.at(-1);
      this.nested.push({ level, label });
      return parent?.label ?? this.top ?? this.group;
    }
    if (ordinalOf(label) === 1 && this.seenNumbered && this.parent) this.group = this.parent;
    this.seenNumbered = true;
    this.top = label;
    this.nested = [];
    return this.group;
  }
}

export function extractTwoSided(section: Section, ctx: ExtractContext): BudgetLine[] {
  const lines: BudgetLine[] = [];
  // one tracker per block (its name column) and side for the whole section: a table split over pages continues its numbering
  const trackers = new Map<string, GroupTracker>();
  const parts = section.tables.map((table) => {
    const layout = analyzeTable(table, section.def);
    const sides = sideColumns(layout.columns);
    return { table, layout, sides: sides.length > 0 ? sides : markedBlock(section.def, table, layout) };
  });
  // a one-block table's side, switched by a side's label alone on its row (收入 … 支出 …), over its pages
  let marked: Side | null = null;
  // a block printing its hierarchy by indentation (湖州): levels over all its parts, parents carried across pages
  const indents = new Map<number, { level: IndentLevel; parents: IndentParents }>();
  for (const col of new Set(parts.flatMap((p) => p.sides.map((s) => s.name.col)))) {
    const cells = parts.flatMap(({ table, layout, sides }) => {
      const s = sides.find((x) => x.name.col === col);
      return s ? table.rows.slice(layout.dataStart).map((row) => row[s.name.col]!).filter((c) => !c.origin && c.text.trim() !== '' && !isTotalLabel(c.text)) : [];
    });
    const level = indentLevels(cells);
    if (level) indents.set(col, { level, parents: new IndentParents() });
  }
  for (const { table, layout, sides } of parts) {
    const unit = tableUnit(layout.unit, section, table, ctx);
    if (sides.length === 0) {
      ctx.warnings.push({ code: 'NO_SIDES', message: `table ${table.index} (${section.def.id}): no 收入/支出 header found` });
      continue;
    }
    reportUnmapped(section.def, table, layout.columns.filter((c) => c.side !== null), ctx);
    for (let r = layout.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      if (skipNoteRow(distinctTexts(row), ctx)) continue;
      // A label merged across the label columns of several sides (Jiangsu's 当年支出小计 over
      // both expenditure blocks) is one line of the first side, with the amounts printed right of it.
      const byLabelCol = new Map<number, BudgetLine>();
      for (const s of sides) {
        const name = labelText(row, s.name.col);
        if (name === '') continue;
        const amounts = readAmounts(table, r, s.amounts, unit, ctx);
        const marker = sides.length === 1 ? sideMarker(section.def, name) : null;
        if (marker && Object.values(amounts).every((v) => v === null)) {
          marked = marker;
          continue;
        }
        const side = sides.length === 1 ? (marked ?? s.side) : s.side;
        const origin = row[s.name.col]!.origin;
        const merged = origin && origin.row === r ? byLabelCol.get(origin.col) : undefined;
        if (merged) {
          for (const [k, v] of Object.entries(amounts)) if ((merged.amounts[k] ?? null) === null) merged.amounts[k] = v;
          continue;
        }
        const tracker = `${s.name.col}:${side}`;
        if (!trackers.has(tracker)) trackers.set(tracker, new GroupTracker());
        const numbered = trackers.get(tracker)!.next(name);
        const indent = indents.get(s.name.col);
        // a numbered or 其中 row says what it is itself, the same in DOCX, where no indent is read
        const parent = indent?.parents.next(name, isTotalLabel(name) ? null : indent.level(row[s.name.col])) ?? null;
        // a carry-over is an item of its own, wherever its label starts (西南大学, 佛山 centre them)
        const indented = stripEnumeration(name) === name && !CARRYOVER_ROW.test(name) ? parent : null;
        const group = OF_WHICH.test(name) || FUND_ROW.test(stripEnumeration(matchKey(name))) ? (numbered ?? indented) : (indented ?? numbered);
        const attributes: BudgetLine['attributes'] = { ...(group && { group }), ...(s.block && { block: s.block }) };
        for (const c of s.unmapped) if (valueText(row, c.col) !== '') attributes[`unmapped:${c.path.join('/')}`] = valueText(row, c.col);
        const l: BudgetLine = {
          schema_version: '1',
          doc_id: ctx.doc_id,
          table: section.def.id,
          side,
          item: null,
          code: null,
          name,
          level: null,
          is_total: isTotalLabel(name),
          amounts,
          attributes,
          source_unit: unit,
          provenance: provenance(table, r),
        };
        byLabelCol.set(s.name.col, l);
        lines.push(l);
      }
    }
  }
  return withoutPrintedEmpty(economicClassParts(expenditureBlockKind(lines)));
}

const isEconomicClass = (l: BudgetLine): boolean => ECONOMIC_CLASSES.includes(matchKey(stripEnumeration(l.name)));

/**
 * An expenditure block listing uses, not functions (see USE_ITEMS), is the by-use block; one
 * whose first item and at least one other are economic classes (ECONOMIC_CLASSES) is the
 * economic-class block.
 */
function expenditureBlockKind(lines: BudgetLine[]): BudgetLine[] {
  const block = lines.filter((l) => l.side === 'expenditure');
  const isUse = (l: BudgetLine) => USE_ITEMS.includes(matchKey(stripEnumeration(l.name)));
  const items = block.filter((l) => !l.is_total && !CARRYOVER_ROW.test(l.name));
  if (items.length === 0) return lines;
  if (!lines.some((l) => l.side === 'expenditure_by_use') && items.every(isUse)) {
    for (const l of block) l.side = 'expenditure_by_use';
  } else if (!lines.some((l) => l.side === 'expenditure_by_economic_class') && isEconomicClass(items[0]!) && items.filter(isEconomicClass).length >= 2) {
    for (const l of block) l.side = 'expenditure_by_economic_class';
  }
  return lines;
}

/**
 * In an economic-class block, a row that is no class (基本工资, 办公费), printed with no
 * numbering or indent that places it, is a part of the class above it.
 */
function economicClassParts(lines: BudgetLine[]): BudgetLine[] {
  const byBlock = groupBy(
    lines.filter((l) => l.side === 'expenditure_by_economic_class'),
    (l) => String(l.attributes['block'] ?? ''),
  );
  for (const block of byBlock.values()) {
    let parent: string | null = null;
    for (const l of block) {
      if (l.is_total || CARRYOVER_ROW.test(l.name)) parent = null;
      else if (isEconomicClass(l) || numberingLevel(l.name) === 1) parent = l.name;
      else if (parent && l.attributes['group'] === undefined) l.attributes['group'] = parent;
    }
  }
  return lines;
}
