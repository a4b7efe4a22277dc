// A document model written as a workbook, in the two layouts county portals publish:
// - 'sheets': a sheet per titled table (the title row merged over the table, untitled
//   continuations below a blank row, notes after it), amounts as numbers with the number
//   format that prints them as the document does (0.00, #,##0.00), totals as formulas with
//   their cached values;
// - 'named': the same, each sheet named by its table's name without 部门预算 and 表
//   (一般公共预算财政拨款支出, 财政拨款“三公”经费支出) and no title row: the name is the only title;
// - 'stacked': every block on one sheet, as Excel's (or WPS's) import of the web page makes
//   it: paragraphs as rows merged over the whole width, every table cell spread over the
//   grid columns of a grid shared by all tables (each table's columns split the width
//   evenly), amounts as numbers in the General format (200.00 shows as 200).
import * as XLSX from '@e965/xlsx';
import type { Block, Cell, DocumentModel, TableBlock } from '../../src/model/document.js';

export type WorkbookLayout = 'sheets' | 'named' | 'stacked';

type Range = { s: { r: number; c: number }; e: { r: number; c: number } };
type Row = Array<XLSX.CellObject | null>;

interface SheetBuild {
  name: string;
  rows: Row[];
  merges: Range[];
}

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$|^-?\d{1,3}(,\d{3})+$/;

/** `html`: the first sheet as SheetJS writes HTML, as systems export their "Excel" tables. */
export function workbookOf(model: DocumentModel, layout: WorkbookLayout, bookType: 'xlsx' | 'xls' | 'html' | 'ods' | 'xlml'): Buffer {
  const sheets = layout === 'stacked' ? [stacked(model.blocks)] : sheetPerTable(model.blocks, layout === 'named');
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((c) => c ?? null)), { sheetStubs: false });
    ws['!merges'] = s.merges;
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  // fixed properties: the same model gives the same bytes
  wb.Props = { Title: 'budget', CreatedDate: new Date(Date.UTC(2024, 0, 1)), ModifiedDate: new Date(Date.UTC(2024, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer;
}

/**
 * The model as delimited text, as a system's export writes it: each text on a row of its own,
 * each table's cells at their column with a merged cell's value in its first position, a
 * blank row after each table.
 */
export function delimitedOf(model: DocumentModel, separator: '\t' | ','): string {
  const rows: Row[] = [];
  for (const b of model.blocks) {
    if (b.kind !== 'table') {
      if (b.text.trim() !== '') rows.push([{ t: 's', v: b.text.trim() }]);
      continue;
    }
    const cols = Array.from({ length: b.rows[0]?.length ?? 1 }, (_, c): [number, number] => [c, c]);
    placeTable(b, rows.length, cols, false, rows, []);
    rows.length += 1;
  }
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => (r ?? []).map((c) => c ?? null)), { sheetStubs: false });
  return XLSX.utils.sheet_to_csv(ws, { FS: separator, blankrows: true });
}

/** A cell as a publisher's workbook stores it: amounts as numbers, everything else as text. */
function cellOf(text: string, formatted: boolean, isTotal: boolean): XLSX.CellObject | null {
  if (text === '') return null;
  if (!AMOUNT.test(text.trim())) return { t: 's', v: text };
  const v = Number(text.trim().replace(/,/g, ''));
  if (!formatted) return { t: 'n', v };
  const decimals = text.split('.')[1]?.length ?? 0;
  const z = `${text.includes(',') ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  // a total row computed in the workbook: the reader must take the cached value
  return isTotal ? { t: 'n', v, z, f: `ROUND(${v},${decimals})` } : { t: 'n', v, z };
}

const sheetName = (title: string, used: Set<string>): string => {
  const base = title.replace(/[\\/?*[\]:]/g, '').replace(/\s+/g, '').slice(0, 28) || '表';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)}_${i}`;
  used.add(name);
  return name;
};

/** Cells of a table from row `at` of a sheet, columns mapped by `cols` (table column → [first, last] grid column). */
function placeTable(t: TableBlock, at: number, cols: Array<[number, number]>, formatted: boolean, rows: Row[], merges: Range[]): void {
  t.rows.forEach((row, r) => {
    const isTotal = row.some((c) => /合\s*计|小\s*计|总\s*计/.test(c.text));
    rows[at + r] ??= [];
    row.forEach((cell: Cell, c) => {
      if (cell.origin) return;
      const [first] = cols[c]!;
      const last = cols[c + cell.colSpan - 1]![1];
      rows[at + r]![first] = cellOf(cell.text, formatted, isTotal);
      if (last > first || cell.rowSpan > 1) merges.push({ s: { r: at + r, c: first }, e: { r: at + r + cell.rowSpan - 1, c: last } });
    });
  });
}

const textRow = (text: string, width: number, r: number, rows: Row[], merges: Range[]): void => {
  rows[r] = [{ t: 's', v: text }];
  if (width > 1) merges.push({ s: { r, c: 0 }, e: { r, c: width - 1 } });
};

const UNIT_OR_NOTE = /^(单位|注)/;

function sheetPerTable(blocks: readonly Block[], named: boolean): SheetBuild[] {
  const sheets: SheetBuild[] = [];
  const used = new Set<string>();
  let pending: Array<{ text: string; heading: boolean }> = [];
  let current: SheetBuild | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') {
      const text = b.text.trim();
      // a note printed under a table stays with it
      if (current && pending.length === 0 && /^注/.test(text)) textRow(text, width(current), current.rows.length, current.rows, current.merges);
      else if (text !== '') pending.push({ text, heading: b.kind === 'heading' });
      continue;
    }
    const w = b.rows[0]?.length ?? 1;
    const cols = Array.from({ length: w }, (_, c): [number, number] => [c, c]);
    // the title: the last heading before the table (else the last text that is not a 单位 line), and what follows it
    const heading = pending.findLastIndex((t) => t.heading);
    const titleAt = heading >= 0 ? heading : pending.findLastIndex((t) => !UNIT_OR_NOTE.test(t.text));
    if (titleAt >= 0 || !current) {
      const lines = titleAt >= 0 ? pending.slice(titleAt).map((t) => t.text) : [];
      const title = lines[0] ?? `表${sheets.length + 1}`;
      current = { name: sheetName(named ? title.replace(/^部门预算/, '').replace(/表$/, '') : title, used), rows: [], merges: [] };
      sheets.push(current);
      (named ? lines.slice(1) : lines).forEach((t) => textRow(t, w, current!.rows.length, current!.rows, current!.merges));
    } else {
      current.rows.length += 1; // an untitled continuation, after a blank row
    }
    placeTable(b, current.rows.length, cols, true, current.rows, current.merges);
    pending = [];
  }
  return sheets;
}

const width = (s: SheetBuild): number => Math.max(1, ...s.rows.map((r) => r?.length ?? 0));

/** Grid positions of each table's column boundaries over a shared width. */
const SHARED_WIDTH = 720;
const boundaries = (n: number): number[] => Array.from({ length: n + 1 }, (_, k) => Math.round((k * SHARED_WIDTH) / n));

function stacked(blocks: readonly Block[]): SheetBuild {
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const grid = [...new Set(tables.flatMap((t) => boundaries(t.rows[0]?.length ?? 1)))].sort((a, b) => a - b);
  const gridWidth = grid.length - 1;
  const rows: Row[] = [];
  const merges: Range[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') {
      if (b.text.trim() !== '') textRow(b.text.trim(), gridWidth, rows.length, rows, merges);
      continue;
    }
    const bounds = boundaries(b.rows[0]?.length ?? 1).map((x) => grid.indexOf(x));
    const cols = bounds.slice(0, -1).map((g, c): [number, number] => [g, bounds[c + 1]! - 1]);
    placeTable(b, rows.length, cols, false, rows, merges);
  }
  return { name: 'Sheet1', rows, merges };
}
