// Line-item tables (code / name / amounts, plus attribute columns): tables 2, 3, 5-9,
// procurement, fixed assets and the Jiangsu extras. One line per data row.
import type { ColumnLayout } from './layout.js';
import { analyzeTable } from './layout.js';
import type { ItemDef } from '../catalogue/index.js';
import { AS_OF_PATTERN, NOTE_PATTERN } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts } from '../model/grid.js';
import { parseAmount } from '../normalize/amount.js';
import { codeLevel, joinCodeParts, parseCode, splitLeadingCode } from '../normalize/codes.js';
import { matchKey } from '../normalize/text.js';
import type { BudgetLine } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { isTotalLabel, labelText, provenance, readAmounts, stripEnumeration, tableUnit, valueText } from './row.js';

export function matchItem(items: ItemDef[] | undefined, label: string): string | null {
  if (!items) return null;
  const key = stripEnumeration(matchKey(label));
  return items.find((i) => i.patterns.some((p) => new RegExp(p).test(key)))?.item ?? null;
}

/** "房屋（平方米）" → 平方米: a unit of quantity in the label's trailing parentheses. */
function unitFromLabel(label: string): string | null {
  const m = /[（(]([^（）()]+)[）)]\s*$/.exec(label);
  return m && !/\d/.test(m[1]!) ? m[1]!.trim() : null;
}

function byRole(columns: ColumnLayout[], role: string): ColumnLayout[] {
  return columns.filter((c) => c.def?.role === role);
}

function reportUnmapped(table: TableBlock, columns: ColumnLayout[], ctx: ExtractContext): void {
  for (const c of columns) {
    if (!c.def && c.path.length > 0) {
      ctx.warnings.push({ code: 'UNMAPPED_COLUMN', message: `table ${table.index}: column "${c.path.join(' / ')}" is not in the catalogue; its cells are kept in attributes.unmapped` });
    }
  }
}

export function extractLineItems(section: Section, ctx: ExtractContext): BudgetLine[] {
  const def = section.def;
  const lines: BudgetLine[] = [];
  for (const table of section.tables) {
    const layout = analyzeTable(table, def);
    const unit = tableUnit(layout.unit, section, table, ctx);
    const cols = layout.columns;
    reportUnmapped(table, cols, ctx);
    const asOf = layout.preambleTexts.map((t) => AS_OF_PATTERN.exec(t.normalize('NFKC').replace(/\s+/g, ''))?.[1]).find(Boolean) ?? null;
    let parentCode: string | null = null;

    for (let r = layout.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const texts = distinctTexts(row);
      if (texts.length === 0) continue;
      if (texts.length === 1 && NOTE_PATTERN.test(texts[0]!)) {
        ctx.notes.push(texts[0]!);
        continue;
      }
      const attributes: BudgetLine['attributes'] = {};
      // Code: one code column, or 类/款/项 parts joined under the last full code above.
      const codeCol = byRole(cols, 'code')[0];
      const codeText = codeCol ? labelText(row, codeCol.col) : '';
      let code: string | null = codeCol?.def?.raw ? codeText || null : parseCode(codeText);
      const parts = byRole(cols, 'code_part');
      if (code === null && parts.length > 0) {
        const part = (p: string) => parseCode(labelText(row, parts.find((c) => c.def?.part === p)?.col ?? -1));
        code = joinCodeParts({ lei: part('lei'), kuan: part('kuan'), xiang: part('xiang') }, parentCode);
      }
      // Name: the name column; else a label printed across the code column ("合计");
      // else the first text of an attribute column (procurement's 合计 row).
      const nameCol = byRole(cols, 'name')[0];
      let name = nameCol ? labelText(row, nameCol.col) : '';
      let nameFrom: number | null = null;
      if (name === '' && codeCol && !codeCol.def?.raw && codeText !== '' && code === null) {
        name = codeText;
        code = null;
      }
      if (name === '') {
        const other = cols.find((c) => (c.def?.role === 'attr' || c.def?.role === 'ignore' || !c.def) && labelText(row, c.col) !== '' && !parseAmount(labelText(row, c.col)).ok);
        if (other) {
          name = labelText(row, other.col);
          nameFrom = other.col;
        }
      }
      if (code === null && !codeCol?.def?.raw) {
        const split = splitLeadingCode(name);
        if (split) ({ code, name } = split);
      }
      const amounts = readAmounts(table, r, cols, unit, ctx);
      if (name === '' && code === null && Object.values(amounts).every((v) => v === null)) continue;

      for (const c of cols) {
        if (c.def?.role === 'attr') {
          // The column the label was borrowed from holds no attribute on this row.
          const t = c.col === nameFrom ? '' : valueText(row, c.col);
          const n = c.def.numeric ? parseAmount(t) : null;
          attributes[c.def.key] = t === '' ? null : n?.ok && n.value !== null ? n.value : t;
        } else if (c.def?.role === 'group') {
          attributes.group = labelText(row, c.col) || null;
        } else if (!c.def && c.col !== nameFrom && c.path.length > 0 && valueText(row, c.col) !== '') {
          attributes[`unmapped:${c.path.join('/')}`] = valueText(row, c.col);
        }
      }
      if (def.unitFromLabel) attributes[def.unitFromLabel] = unitFromLabel(name);
      if (asOf) attributes.as_of = asOf;

      const level = code !== null && /^\d+$/.test(code) ? codeLevel(code) : null;
      if (level !== null) parentCode = code;
      lines.push({
        schema_version: '1',
        doc_id: ctx.doc_id,
        table: def.id,
        side: null,
        item: matchItem(def.items, name),
        code,
        name,
        level,
        is_total: isTotalLabel(name),
        amounts,
        attributes,
        source_unit: unit,
        provenance: provenance(table, r),
      });
    }
  }
  return lines;
}
