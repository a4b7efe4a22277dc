// A located section built from rows as printed ({text, rowSpan, colSpan}), for extractor tests.
import { tableDef } from '../../src/catalogue/index.js';
import type { ExtractContext } from '../../src/extract/context.js';
import type { Section } from '../../src/locate/sections.js';
import { buildGrid } from '../../src/model/grid.js';
import type { TableId } from '../../src/schema/records.js';

export type Printed = Array<Array<string | { text: string; rowSpan?: number; colSpan?: number }>>;

const cells = (rows: Printed) => rows.map((row) => row.map((c) => (typeof c === 'string' ? { text: c } : c)));

export function section(id: TableId, ...tables: Printed[]): Section {
  return { def: tableDef(id), title: id, tables: tables.map((t, i) => buildGrid(cells(t), i)), preamble: ['单位：万元'], notes: [], part: 1 };
}

export function context(): ExtractContext {
  return { doc_id: 'a'.repeat(64), defaultUnit: null, assumedUnit: new Set(), warnings: [], notes: [], ofWhich: new Map(), continuedColumns: new Map() };
}
