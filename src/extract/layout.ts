// Where a table's preamble, header and data rows are, and what each column means.
import { headerKey, knownHeaderKeys, resolveColumn, type ColumnDef, type TableDef } from '../catalogue/index.js';
import { DEPARTMENT_CODE_NAME, METADATA_CELL, NOTE_PATTERN, UNIT_PATTERN } from '../catalogue/metadata.js';
import { matchTitle } from '../locate/titles.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts, rowTexts } from '../model/grid.js';
import { looksNumeric } from '../normalize/amount.js';
import type { Side, Unit } from '../schema/records.js';

export interface ColumnLayout {
  col: number;
  /** header texts over the column, top to bottom. */
  path: string[];
  def: ColumnDef | null;
  side: Side | null;
}

export interface TableLayout {
  /** rows above the header: title, department / year / unit line. */
  preamble: number[];
  header: number[];
  /** first data row. */
  dataStart: number;
  columns: ColumnLayout[];
  /** unit printed in the preamble or a header ("价值（金额单位：万元）"). */
  unit: Unit | null;
  /** texts of the preamble rows, for document metadata. */
  preambleTexts: string[];
}

function isMetadataText(t: string): boolean {
  const k = t.normalize('NFKC').replace(/\s+/g, '');
  return METADATA_CELL.some((p) => p.test(k)) || DEPARTMENT_CODE_NAME.test(k) || NOTE_PATTERN.test(k) || matchTitle(t) !== null;
}

/** "栏次 | 1 | 2 | …" or "甲 | 乙 | 1 | 2 …": the column-number row under a header. */
function isColumnNumberRow(texts: string[]): boolean {
  if (texts.length === 0) return false;
  if (/^(栏次|行次)$/.test(texts[0]!.replace(/\s/g, ''))) return true;
  const nums = texts.filter((t) => !/^[甲乙丙丁]$/.test(t));
  return nums.length >= 2 && nums.every((t, i) => t === String(Number(nums[0]) + i));
}

function isHeaderRow(texts: string[], known: Set<string>): boolean {
  // A data row may carry a label the header also uses (合计), but never without numbers.
  return texts.length > 0 && texts.some((t) => known.has(headerKey(t))) && !texts.some(looksNumeric);
}

export function analyzeTable(table: TableBlock, def: TableDef): TableLayout {
  const known = knownHeaderKeys(def);
  const preamble: number[] = [];
  const header: number[] = [];
  let r = 0;
  const rows = table.rows;
  for (; r < rows.length; r++) {
    const texts = distinctTexts(rows[r]!);
    if (isHeaderRow(texts, known)) break;
    if (texts.length === 0 || texts.every(isMetadataText)) preamble.push(r);
    else break;
  }
  for (; r < rows.length && isHeaderRow(distinctTexts(rows[r]!), known); r++) header.push(r);
  if (r < rows.length && header.length > 0 && isColumnNumberRow(distinctTexts(rows[r]!))) r++;
  // No recognisable header: every row after the preamble is data, columns unknown.
  const width = rows[0]?.length ?? 0;
  const columns: ColumnLayout[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const h of header) {
      const t = rowTexts(rows[h]!)[c]!;
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    const side = def.sides?.find((s) => s.labels.some((l) => path.some((p) => headerKey(p) === headerKey(l))))?.side ?? null;
    const sideLabels = new Set(def.sides?.flatMap((s) => s.labels.map(headerKey)) ?? []);
    const own = path.filter((p) => !sideLabels.has(headerKey(p)));
    columns.push({ col: c, path, def: own.length > 0 ? resolveColumn(def, own) : null, side });
  }
  const preambleTexts = preamble.flatMap((p) => distinctTexts(rows[p]!));
  const headerTexts = header.flatMap((h) => distinctTexts(rows[h]!));
  const unitText = [...preambleTexts, ...headerTexts].map((t) => t.normalize('NFKC').replace(/\s+/g, '')).find((t) => UNIT_PATTERN.test(t));
  const unit = unitText ? (UNIT_PATTERN.exec(unitText)![1] as Unit) : null;
  return { preamble, header, dataStart: r, columns, unit, preambleTexts };
}
