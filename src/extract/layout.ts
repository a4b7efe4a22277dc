// Where a table's preamble, header and data rows are, and what each column means.
import { headerKey, knownHeaderKeys, labelSide, resolveHeader, type ColumnDef, type TableDef } from '../catalogue/index.js';
import { LAST_YEAR_GROUP_LABELS, LAST_YEAR_LABELS, OF_WHICH, OF_WHICH_HEADER } from '../catalogue/columns.js';
import { DEPARTMENT_CODE_NAME, HEADER_LABEL_UNIT, METADATA_CELL, NOTE_PATTERN, UNIT_PATTERN } from '../catalogue/metadata.js';
import type { SideDef } from '../catalogue/sides.js';
import { matchTitle } from '../locate/titles.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts, rowTexts } from '../model/grid.js';
import { looksNumeric } from '../normalize/amount.js';
import { groupBy } from '../util/group-by.js';
import { isOcr, oneCharacterAway } from './misread.js';
import type { Side, Unit } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { pairLabelColumns, sideLabelColumns } from './label-columns.js';
import { matchItem } from './items.js';

export interface ColumnLayout {
  col: number;
  /** header texts over the column, top to bottom. */
  path: string[];
  def: ColumnDef | null;
  side: Side | null;
  /** printed under a header cell 其中 ("of which": 北京's 其中 › 事业单位经营支出): part of the total, not an addend. */
  ofWhich: boolean;
  /** its key is its parent header's: its own lowest label names no column. */
  inherited: boolean;
  /** OCR: a header label read with one character wrong, and the catalogue label it was taken for. */
  misread?: { read: string; label: string };
  /** a header label cut short by its cell (对附属单位上缴收), and the catalogue label it was taken for. */
  clipped?: { read: string; label: string };
  /** the unit its own header label prints (单价（元） in a table of 万元): its cells are read in it. */
  unit?: Unit;
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

/** Of the column numbers a row with no label runs to, at least this share read (OCR loses lone digits). */
const COLUMN_NUMBERS_READ = 0.8;
/** A cell of one mark and nothing else: a lone digit OCR read as a speck. */
const LONE_MARK = /^[^\p{L}\p{N}]$/u;

/** Column numbers of one or two digits, the first 1 or 2, each above the one before (some may be lost). */
function risesFromOne(texts: readonly string[]): boolean {
  return texts.every((t, i) => /^\d{1,2}$/.test(t) && (i === 0 ? Number(t) <= 2 : Number(t) > Number(texts[i - 1])));
}

/** "栏次 | 1 | 2 | …" or "甲 | 乙 | 1 | 2 …": the column-number row under a header. */
function isColumnNumberRow(texts: string[]): boolean {
  if (texts.length === 0) return false;
  if (/^(栏次|行次)$/.test(texts[0]!.replace(/\s/g, ''))) return true;
  // label columns print 甲/乙 or placeholders (** in 湖州 and 长沙, read by OCR as 米* or *米) over the column numbers
  const nums = texts.filter((t) => !/^([甲乙丙丁]|[*＊]+|[-—–]+|(?=.*[*＊]).{2,3})$/.test(t));
  const marked = nums.length < texts.length;
  if (nums.length >= (marked ? 1 : 2) && nums.every((t, i) => /^\d+$/.test(t) && t === String(Number(nums[0]) + i))) return true;
  // OCR loses lone digits (湖州 scanned: ** | 1 | | 3 | 4 | | 6 …): after a placeholder, numbers
  // rising from 1 or 2 with some missing are the same row
  const rising = risesFromOne(nums);
  if (marked && nums.length >= 3 && rising) return true;
  // the placeholder lost too (杭州 收入预算总表 scanned: ** read as nothing, its 7 as a speck "."):
  // a row of numbers only, five or more, rising with few missing, is no amounts of an item
  const read = nums.filter((t) => !LONE_MARK.test(t));
  if (read.length >= 5 && read.length >= COLUMN_NUMBERS_READ * Number(read.at(-1)) && risesFromOne(read)) return true;
  // a placeholder read by OCR may be anything (湖州's ** read *米): before 1, 2, 3 … it is one too
  const first = texts.findIndex((t) => /^\d+$/.test(t));
  return first >= 1 && first <= 2 && texts.length - first >= 3 && texts.slice(first).every((t, i) => t === String(i + 1));
}

/**
 * A header row holds a catalogued header label, or (tables of items printed horizontally:
 * 因公出国（境）费 | 公务接待费 | …) two item names, and never a number: a data row may carry
 * a label the header also uses (合计), and a vertical item table one item name per row.
 */
function headerRowTest(def: TableDef): (texts: string[]) => boolean {
  const known = knownHeaderKeys(def);
  return (texts) =>
    texts.length > 0 &&
    !texts.some(looksNumeric) &&
    (texts.some((t) => known.has(headerKey(t))) || texts.filter((t) => matchItem(def.items, t) !== null).length >= 2);
}

/** The side a header path names: its lowest side label (支出 › 支出用途 is the by-use block). */
export function sideOf(sides: SideDef[] | undefined, path: string[]): Side | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const side = labelSide(sides, path[i]!);
    if (side) return side;
  }
  return null;
}

/**
 * Two columns never share an amount key. A column whose own lowest label names nothing
 * takes its parent header's key (基本支出 › 工资福利 → basic); where another column has that
 * key too, every borrowed one is left unmapped (and reported), so no column hides another's
 * amounts.
 */
function dropInheritedDuplicates(columns: ColumnLayout[]): void {
  const byKey = groupBy(
    columns.filter((c) => c.def?.role === 'amount'),
    (c) => c.def!.key,
  );
  for (const shared of byKey.values()) {
    if (shared.length > 1) for (const c of shared) if (c.inherited) c.def = null;
  }
}

/** A column that is a wider one where the table prints nothing that would complete it (catalogue `alone`). */
function keyAlone(columns: ColumnLayout[]): void {
  const keys = new Set(columns.map((c) => c.def?.key));
  for (const c of columns) {
    const alone = c.def?.alone;
    if (alone && !keys.has(alone.key) && !alone.without.some((k) => keys.has(k))) c.def = { ...c.def!, key: alone.key };
  }
}

/** How many rows of group labels a header may print above its first catalogued label. */
const GROUP_ROWS_ABOVE_HEADER = 2;

export function analyzeTable(table: TableBlock, def: TableDef): TableLayout {
  const isHeaderRow = headerRowTest(def);
  const preamble: number[] = [];
  const header: number[] = [];
  let r = 0;
  const rows = table.rows;
  for (; r < rows.length; r++) {
    const texts = distinctTexts(rows[r]!);
    if (isHeaderRow(texts)) break;
    if (texts.length === 0 || texts.every(isMetadataText)) preamble.push(r);
    else break;
  }
  // group labels printed above the labelled header row (广州: 一般公共预算支出 over 小计 |
  // 其中：基本支出 | 项目支出) belong to the header when no number comes before that row
  const labelled = rows.slice(r, r + GROUP_ROWS_ABOVE_HEADER + 1).findIndex((row) => isHeaderRow(distinctTexts(row)));
  if (labelled > 0 && rows.slice(r, r + labelled).every((row) => !distinctTexts(row).some(looksNumeric))) {
    for (const end = r + labelled; r < end; r++) header.push(r);
  }
  for (; r < rows.length && isHeaderRow(distinctTexts(rows[r]!)); r++) header.push(r);
  if (r < rows.length && header.length > 0 && isColumnNumberRow(distinctTexts(rows[r]!))) r++;
  // No recognisable header: every row after the preamble is data, columns unknown.
  const width = rows[0]?.length ?? 0;
  const sideLabels = new Set(def.sides?.flatMap((s) => s.labels.map(headerKey)) ?? []);
  const ocr = rows.some((row) => row.some(isOcr));
  const known = ocr ? [...knownHeaderKeys(def)] : [];
  // an OCR'd side label one look-alike off (收人): the side it names
  const sideLabel = (t: string): { read: string; label: string } | null => {
    const label = ocr && !sideLabels.has(headerKey(t)) ? oneCharacterAway(t, sideLabels) : null;
    return label ? { read: t, label } : null;
  };
  const columns: ColumnLayout[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    let sideMisread: { read: string; label: string } | null = null;
    for (const h of header) {
      let t = rowTexts(rows[h]!)[c]!;
      const side = t === '' ? null : sideLabel(t);
      if (side) [t, sideMisread] = [side.label, side];
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    const own = path.filter((p) => !sideLabels.has(headerKey(p)));
    const exact = own.length > 0 ? resolveHeader(def, own) : null;
    // a label that names nothing under one that does (本年收入 › 财政拨款收人) may be misread too,
    // and so may one passed over (上年结转结余 › #本支出 › 小计, 长春 scanned: resolved as the
    // 上年结转结余 subtotal, the 基本支出 one lost)
    const misread = !ocr || own.length === 0 ? null : (exact?.at ?? -1) < own.length - 1 ? misreadHeader(def, known, own, exact?.at ?? -1) : passedOver(def, known, own, exact!.at);
    // a label its cell cut short (对附属单位上缴收, 西安 2021 收入总表): the one label of this table it begins
    const clipped = exact === null && misread === null && own.length > 0 ? clippedHeader(def, own) : null;
    const resolved = misread?.resolved ?? clipped?.resolved ?? exact;
    // under 其中, or labelled 其中：X under a column of money (事业收入 › 其中：教育收费): a part, not an
    // addend; under the table's total (一般公共预算支出 › 小计 | 其中：基本支出 | 项目支出) the parts are its addends
    const parent = own.length > 1 ? resolveHeader(def, own.slice(0, -1))?.column : undefined;
    const partOfParent = OF_WHICH.test(own[own.length - 1] ?? '') && parent?.role === 'amount' && parent.key !== 'total';
    const ofWhich = path.some((p) => OF_WHICH_HEADER.test(p)) || partOfParent;
    const inherited = resolved !== null && resolved.at < own.length - 1;
    const misreadLabel = misread?.misread ?? sideMisread;
    const unit = labelUnit(path);
    columns.push({
      col: c,
      path,
      def: resolved?.column ?? null,
      side: sideOf(def.sides, path),
      ofWhich,
      inherited,
      ...(misreadLabel && { misread: misreadLabel }),
      ...(clipped && { clipped: clipped.clipped }),
      ...(unit && { unit }),
    });
  }
  keyLastYear(columns);
  dropInheritedDuplicates(columns);
  keyAlone(columns);
  pairLabelColumns(table, r, columns);
  if (def.sides) sideLabelColumns(table, r, columns, def.sides);
  const preambleTexts = preamble.flatMap((p) => distinctTexts(rows[p]!));
  const headerTexts = header.flatMap((h) => distinctTexts(rows[h]!));
  const unitText = [...preambleTexts, ...headerTexts].map((t) => t.normalize('NFKC').replace(/\s+/g, '')).find((t) => UNIT_PATTERN.test(t));
  const unit = unitText ? (UNIT_PATTERN.exec(unitText)![1] as Unit) : headerLabelUnit(headerTexts);
  return { preamble, header, dataStart: r, columns, unit, preambleTexts };
}

/** The unit printed after a header label (预算数（元）, 金额(万元)), if any. */
const unitAfter = (label: string): Unit | undefined => HEADER_LABEL_UNIT.exec(label.normalize('NFKC').replace(/\s+/g, ''))?.[1] as Unit | undefined;

/** The unit a column's own labels print, the lowest first (本年预算（万元） › 单价（元） is 元). */
const labelUnit = (path: readonly string[]): Unit | undefined => path.map(unitAfter).findLast((u) => u !== undefined);

/**
 * The unit the header's labels print after them (预算数（元）, 金额（万元）), when they agree: a
 * procurement table's 单价（元） beside its 金额（万元） says no one unit for the table (each of
 * those columns is read in its own).
 */
function headerLabelUnit(texts: readonly string[]): Unit | null {
  const units = new Set(texts.map(unitAfter).filter((u) => u !== undefined));
  return units.size === 1 ? [...units][0]! : null;
}

/**
 * An OCR'd header whose labels name no column, resolved with one of its labels read as the one
 * catalogue label of this table one character away (财政拨款收人 → 财政拨款收入, 其本支出 →
 * 基本支出) below level `above` (the label the header resolves to as read); null when none or several are.
 */
function misreadHeader(def: TableDef, known: readonly string[], path: readonly string[], above: number): { resolved: NonNullable<ReturnType<typeof resolveHeader>>; misread: { read: string; label: string } } | null {
  for (let at = path.length - 1; at > above; at--) {
    const label = oneCharacterAway(path[at]!, known);
    if (!label) continue;
    const resolved = resolveHeader(def, [...path.slice(0, at), label, ...path.slice(at + 1)]);
    if (resolved && resolved.at > above) return { resolved, misread: { read: path[at]!, label } };
  }
  return null;
}

/**
 * A header resolved past a label naming nothing (上年结转结余 › #本支出 › 小计, the middle label
 * passed over): resolved as well with that label read as the one catalogue label one character
 * away (基本支出), it names that other column; null when no such label is.
 */
function passedOver(def: TableDef, known: readonly string[], path: readonly string[], at: number): ReturnType<typeof misreadHeader> {
  const asRead = resolveHeader(def, [...path])?.column.key;
  for (let k = 0; k < at; k++) {
    if (known.includes(headerKey(path[k]!))) continue;
    const label = oneCharacterAway(path[k]!, known);
    const resolved = label ? resolveHeader(def, [...path.slice(0, k), label, ...path.slice(k + 1)]) : null;
    if (resolved && resolved.at >= at && resolved.column.key !== asRead) return { resolved, misread: { read: path[k]!, label: label! } };
  }
  return null;
}

// a cut label keeps most of its label: at least four characters, at most two lost from its end
const CLIPPED = { kept: 4, lost: 2 };

/**
 * A header naming no column whose lowest label is the start of exactly one catalogue label of
 * this table, one or two characters short (a PDF cell clipping its text): that column; null otherwise.
 */
function clippedHeader(def: TableDef, path: readonly string[]): { resolved: NonNullable<ReturnType<typeof resolveHeader>>; clipped: { read: string; label: string } } | null {
  const read = path[path.length - 1]!;
  const key = headerKey(read);
  if (key.length < CLIPPED.kept) return null;
  const labels = [...new Set(def.columns.flatMap((c) => c.labels.map(headerKey)))].filter((l) => l.startsWith(key) && l.length > key.length && l.length - key.length <= CLIPPED.lost);
  if (labels.length !== 1) return null;
  const resolved = resolveHeader(def, [...path.slice(0, -1), labels[0]!]);
  return resolved && resolved.at === path.length - 1 ? { resolved, clipped: { read, label: labels[0]! } } : null;
}

/**
 * Columns the catalogue does not know: a warning each (their cells are kept in attributes.unmapped
 * where the extractor can); OCR'd header labels taken for the catalogue label one character away: a warning each.
 */
export function reportUnmapped(def: TableDef, table: TableBlock, columns: ColumnLayout[], ctx: Pick<ExtractContext, 'warnings'>): void {
  for (const c of columns) {
    if (c.misread) ctx.warnings.push({ code: 'OCR_HEADER_MISREAD', message: `table ${table.index} (${def.id}): OCR read the header "${c.misread.read}", taken as "${c.misread.label}" (column ${c.def?.key ?? c.side}), the one label of this table one character away` });
    if (c.clipped) ctx.warnings.push({ code: 'HEADER_LABEL_CLIPPED', message: `table ${table.index} (${def.id}): the header "${c.clipped.read}" is cut short by its cell, taken as "${c.clipped.label}" (column ${c.def?.key}), the one label of this table it begins` });
    if (!c.def && c.path.length > 0) {
      ctx.warnings.push({ code: 'UNMAPPED_COLUMN', message: `table ${table.index} (${def.id}): column "${c.path.join(' / ')}" is not in the catalogue; its cells are kept in attributes.unmapped` });
    }
  }
}

/**
 * A header naming two years (重庆: 2025年预算数 | 2026年预算数 › 总计 | 基本支出 …): the columns
 * under the earlier year print last year's figures (the year itself is not part of a label's key).
 */
export function lastYearColumns(columns: readonly ColumnLayout[]): Set<ColumnLayout> {
  // under 上年预算数 / 上年执行数 (上年预算数 › 合计 | 基本支出 | 项目支出)
  const under = columns.filter((c) => c.path.slice(0, -1).some((p) => LAST_YEAR_KEYS.has(headerKey(p))));
  const yearOf = (c: ColumnLayout) => Number(/^(20\d{2})年/.exec(c.path[0]?.normalize('NFKC').replace(/\s+/g, '') ?? '')?.[1] ?? NaN);
  const years = columns.map(yearOf).filter((y) => !Number.isNaN(y));
  if (new Set(years).size < 2) return new Set(under);
  const latest = Math.max(...years);
  return new Set([...under, ...columns.filter((c) => yearOf(c) < latest)]);
}

const LAST_YEAR_KEYS = new Set([...LAST_YEAR_LABELS, ...LAST_YEAR_GROUP_LABELS].map(headerKey));

/** Last year's amounts are kept as `last_year_<key>`, never as this year's. */
function keyLastYear(columns: ColumnLayout[]): void {
  for (const c of lastYearColumns(columns)) {
    if (c.def?.role === 'amount' && !c.def.key.startsWith('last_year_')) c.def = { ...c.def, key: `last_year_${c.def.key}`, labels: [] };
  }
}
