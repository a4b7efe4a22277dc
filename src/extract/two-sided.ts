// Two-sided summaries (收支总表, 财政拨款收支总表): income and expenditure items printed
// side by side. Each printed row gives one line per side whose label is not blank.
import { NOTE_PATTERN } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import { distinctTexts } from '../model/grid.js';
import type { BudgetLine, Side } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { analyzeTable, type ColumnLayout } from './layout.js';
import { isTotalLabel, labelText, ordinalOf, provenance, readAmounts, tableUnit } from './row.js';

interface SideColumns {
  side: Side;
  name: ColumnLayout;
  amounts: ColumnLayout[];
}

function sideColumns(columns: ColumnLayout[]): SideColumns[] {
  const out: SideColumns[] = [];
  for (const c of columns) {
    if (!c.side) continue;
    let s = out.find((x) => x.side === c.side);
    if (c.def?.role === 'name') {
      if (!s) out.push((s = { side: c.side, name: c, amounts: [] }));
    } else if (c.def?.role === 'amount' && s) s.amounts.push(c);
  }
  return out;
}

/**
 * Items numbered again from 一 after an unnumbered row are that row's parts: the seed's
 * "年初财政拨款结转和结余" is followed by "一、一般公共预算拨款" … They get attributes.group.
 */
class GroupTracker {
  private seenNumbered = false;
  private parent: string | null = null;
  private group: string | null = null;

  next(label: string): string | null {
    const ord = ordinalOf(label);
    if (ord === null) {
      this.group = null;
      this.parent = isTotalLabel(label) ? null : label;
      return null;
    }
    if (ord === 1 && this.seenNumbered && this.parent) this.group = this.parent;
    this.seenNumbered = true;
    return this.group;
  }
}

export function extractTwoSided(section: Section, ctx: ExtractContext): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const table of section.tables) {
    const layout = analyzeTable(table, section.def);
    const unit = tableUnit(layout.unit, section, table, ctx);
    const sides = sideColumns(layout.columns);
    if (sides.length === 0) {
      ctx.warnings.push({ code: 'NO_SIDES', message: `table ${table.index} (${section.def.id}): no 收入/支出 header found` });
      continue;
    }
    const trackers = new Map(sides.map((s) => [s.side, new GroupTracker()]));
    for (let r = layout.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const texts = distinctTexts(row);
      if (texts.length === 1 && NOTE_PATTERN.test(texts[0]!)) {
        ctx.notes.push(texts[0]!);
        continue;
      }
      for (const s of sides) {
        const name = labelText(row, s.name.col);
        if (name === '') continue;
        const group = trackers.get(s.side)!.next(name);
        lines.push({
          schema_version: '1',
          doc_id: ctx.doc_id,
          table: section.def.id,
          side: s.side,
          item: null,
          code: null,
          name,
          level: null,
          is_total: isTotalLabel(name),
          amounts: readAmounts(table, r, s.amounts, unit, ctx),
          attributes: group ? { group } : {},
          source_unit: unit,
          provenance: provenance(table, r),
        });
      }
    }
  }
  return lines;
}
