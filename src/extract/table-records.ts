// tables.jsonl: every table of a document with its grid as read and how it was placed, so
// nothing a reader found is lost, whether or not the catalogue knows the table.
import type { Placement } from '../locate/sections.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts, rowPage } from '../model/grid.js';
import { tableGeometry } from '../model/table-geometry.js';
import type { BudgetLine, TableRecord, Unit } from '../schema/records.js';
import { analyzeTable, type ColumnLayout } from './layout.js';

function gridCells(table: TableBlock): TableRecord['rows'] {
  return table.rows.map((row) =>
    row.map((c) => {
      if (c.origin) return null;
      return c.rowSpan > 1 || c.colSpan > 1 ? { text: c.text, row_span: c.rowSpan, col_span: c.colSpan } : c.text;
    }),
  );
}

function pages(table: TableBlock): number[] {
  return [...new Set(table.rows.map(rowPage).filter((p): p is number => p !== null))].sort((a, b) => a - b);
}

/** What each grid column was read as; [] when the table was not extracted by columns. */
function columnKeys(width: number, columns: readonly ColumnLayout[] | null): NonNullable<TableRecord['columns']> {
  if (!columns) return [];
  const out: NonNullable<TableRecord['columns']> = new Array(width).fill(null);
  for (const c of columns) if (c.def) out[c.col] = { key: c.def.key, role: c.def.role, side: c.side };
  return out;
}

/** `continued`: the columns a part printing no header was read with, those of the header above it (extract/line-items.ts). */
export function tableRecords(doc_id: string, placements: readonly Placement[], lines: readonly BudgetLine[], continued: ReadonlyMap<number, ColumnLayout[]>): TableRecord[] {
  const unitOf = new Map<number, Unit>();
  for (const l of lines) if (!unitOf.has(l.provenance.table_index)) unitOf.set(l.provenance.table_index, l.source_unit);
  return placements.map(({ table, def, title, by, score, runnerUp, kind }) => {
    // the header as the extractor saw it; a 绩效目标表 is read by labels and has none
    const layout = def && def.family !== 'project_performance' ? analyzeTable(table, def) : null;
    return {
      schema_version: '1',
      doc_id,
      table_index: table.index,
      table: def?.id ?? null,
      ...(kind && { kind }),
      title,
      match: { by, score, runner_up: runnerUp?.id ?? null },
      pages: pages(table),
      unit: unitOf.get(table.index) ?? layout?.unit ?? null,
      header: layout ? layout.header.map((r) => distinctTexts(table.rows[r]!)) : [],
      rows: gridCells(table),
      provenance: { page: table.page, table_index: table.index, row_index: 0, source_text: title ? [title] : [] },
      columns: columnKeys(table.rows[0]?.length ?? 0, continued.get(table.index) ?? layout?.columns ?? null),
      geometry: tableGeometry(table),
    };
  });
}
