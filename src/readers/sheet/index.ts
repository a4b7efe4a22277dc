// Workbook reader (.xlsx, .xls, .et): SheetJS reads the workbook, each visible sheet
// becomes blocks of the same document model the DOCX reader makes (layout.ts). Cells are
// read as displayed (number formats applied, a formula's cached value), so amounts keep the
// decimals and separators the publisher printed.
import type { Block, DocumentModel, Warning } from '../../model/document.js';
import { IngestError } from '../../pipeline/errors.js';
import type { DocumentFormat } from '../../schema/records.js';
import { sheetBlocks, type Range, type Sheet, type SheetCell } from './layout.js';
import { storedCells } from './stored-cells.js';
import { decodeGuessing } from '../../util/decode-text.js';
import { visibleSheet, type Hidden } from './visible.js';

/** Cells a workbook may store: a budget disclosure stores tens of thousands (an HTML import of the sample: 30,000). */
export const SHEET_MAX_CELLS = 500_000;

export interface WorkbookOptions {
  maxCells?: number;
}

/** Sheet names that say nothing (a workbook's defaults), not made headings. */
const DEFAULT_SHEET_NAME = /^(sheet|工作表|表)\s*\d*$/i;

interface XlsxCell {
  t: string;
  v?: unknown;
  w?: string;
}
interface XlsxSheet {
  '!data'?: Array<Array<XlsxCell | undefined> | undefined>;
  '!merges'?: Range[];
  '!rows'?: Array<{ hidden?: boolean } | null | undefined>;
  '!cols'?: Array<{ hidden?: boolean } | null | undefined>;
}
interface XlsxBook {
  SheetNames: string[];
  Sheets: Record<string, XlsxSheet>;
  Workbook?: { Sheets?: Array<{ Hidden?: number }> };
}

export async function readWorkbook(bytes: Uint8Array, format: DocumentFormat, options: WorkbookOptions = {}): Promise<DocumentModel> {
  const maxCells = options.maxCells ?? SHEET_MAX_CELLS;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // counted in the zip before parsing: a sheet of a million styled empty cells costs SheetJS seconds
  if (format === 'xlsx' || (format === 'et' && !isOle2(buffer))) tooLarge(await storedCells(bytes, maxCells), maxCells);
  // delimited text is decoded here (UTF-8, else GBK): SheetJS would read GBK bytes as Latin-1
  const book = await parse(format === 'csv' ? decodeGuessing(bytes) : buffer);
  const warnings: Warning[] = [];
  const blocks: Block[] = [];
  let cells = 0;
  book.SheetNames.forEach((name, i) => {
    if (book.Workbook?.Sheets?.[i]?.Hidden) {
      warnings.push({ code: 'SHEET_HIDDEN_SKIPPED', message: `hidden sheet "${name}" was not read` });
      return;
    }
    const ws = book.Sheets[name] ?? {};
    const hidden = hiddenOf(ws);
    if (hidden.rows.size + hidden.cols.size > 0) {
      const list = (kind: string, set: ReadonlySet<number>, label: (i: number) => string): string[] => (set.size > 0 ? [`${kind} ${[...set].map(label).join(', ')}`] : []);
      const what = [...list('row(s)', hidden.rows, (r) => String(r + 1)), ...list('column(s)', hidden.cols, columnName)].join(' and ');
      warnings.push({ code: 'SHEET_HIDDEN_CELLS_SKIPPED', message: `sheet "${name}": hidden ${what} not read (the sheet as shown is read)` });
    }
    const sheet = visibleSheet(toSheet(ws), hidden);
    cells += sheet.rows.reduce((n, row) => n + (row?.filter(Boolean).length ?? 0), 0);
    tooLarge(cells, maxCells); // .xls is parsed whole (BIFF8 caps it at 65,536 rows)
    const own = sheetBlocks(sheet, blocks.filter((b) => b.kind === 'table').length);
    if (own.length === 0) return;
    if (!DEFAULT_SHEET_NAME.test(name.trim())) blocks.push({ kind: 'heading', text: name.trim(), level: 1, page: null, sheetName: true });
    blocks.push(...own);
  });
  return { format, blocks, pages: null, warnings };
}

const isOle2 = (b: Buffer): boolean => b.length >= 4 && b.readUInt32BE(0) === 0xd0cf11e0;

function tooLarge(cells: number, max: number): void {
  if (cells <= max) return;
  throw new IngestError(
    'TOO_LARGE',
    'read',
    `the workbook stores more than ${max.toLocaleString('en')} cells, the limit (a budget disclosure stores tens of thousands): if most are empty rows or formatted blank cells, delete them below and beside the tables, save and re-run; else split the workbook`,
  );
}

async function parse(buffer: Buffer | string): Promise<XlsxBook> {
  const XLSX = await import('@e965/xlsx');
  // legacy .xls (BIFF5) stores text in the system code page (GBK on Chinese Windows)
  XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
  try {
    return XLSX.read(buffer, {
      type: typeof buffer === 'string' ? 'string' : 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: true, // for the rows and columns the publisher hid (no cost measured: 20,000 rows parse as fast)
      cellDates: false,
      sheetStubs: false,
      bookVBA: false,
    }) as unknown as XlsxBook;
  } catch (e) {
    const reason = (e as Error).message;
    if (/password|encrypt/i.test(reason)) {
      throw new IngestError('ENCRYPTED_DOCUMENT', 'read', 'password-protected workbook: it cannot be read without the password; open it, remove the password (save without one) and re-run');
    }
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `the workbook cannot be read (${reason}): it is probably truncated or damaged; download it again, or open and re-save it in Excel or WPS Office`);
  }
}

/** Rows and columns hidden (SheetJS reads the flags with cellStyles); those past the stored cells do not matter. */
function hiddenOf(ws: XlsxSheet): Hidden {
  const stored = ws['!data']?.length ?? 0;
  const width = Math.max(0, ...(ws['!data'] ?? []).map((row) => row?.length ?? 0));
  const flagged = (list: XlsxSheet['!rows'], size: number): Set<number> =>
    new Set((list ?? []).flatMap((x, i) => (x?.hidden && i < size ? [i] : [])));
  return { rows: flagged(ws['!rows'], stored), cols: flagged(ws['!cols'], width) };
}

/** A column's letters (0 → A, 27 → AB). */
function columnName(c: number): string {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function toSheet(ws: XlsxSheet): Sheet {
  const rows = (ws['!data'] ?? []).map((row) => row?.map((cell): SheetCell | undefined => (cell ? { text: displayed(cell) } : undefined)));
  return { rows, merges: ws['!merges'] ?? [] };
}

/** The text as displayed: SheetJS's formatted text (w) where it made one, else the value. */
function displayed(cell: XlsxCell): string {
  if (cell.t === 'z') return '';
  if (typeof cell.w === 'string') return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}
