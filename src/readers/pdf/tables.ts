// Tables across pages: a part that continues the previous page's table (same columns) is
// appended to it, without the header rows it repeats and with a row the page break cut in
// two put back together; finally the owner cells are expanded into the model's grid.
import type { Cell, TableBlock } from '../../model/document.js';
import { NUMBERED } from './blocks.js';
import type { PartCell, TablePart } from './parts.js';
import { joinLines, tokenWrapped } from './text.js';
import { editDistance } from '../../util/edit-distance.js';

export interface DraftTable {
  page: number;
  /** display geometry of the last part, to compare with the next one. */
  pageWidth: number;
  pageHeight: number;
  xs: number[];
  rows: number;
  cells: PartCell[];
  /** every part so far was drawn with rules. */
  ruled: boolean;
}

/** Column edges of two parts match when they differ by at most this (points). */
export const COLUMN_TOLERANCE = 3;

/** At most this many rows at the top of a continuation are checked as a repeated header. */
const MAX_HEADER_ROWS = 6;

export function startTable(part: TablePart): DraftTable {
  return {
    page: part.page,
    pageWidth: part.pageWidth,
    pageHeight: part.pageHeight,
    xs: part.xs,
    rows: part.rows,
    cells: part.cells.map((c) => ({ ...c })),
    ruled: part.ruled,
  };
}

/**
 * Appends `part` when it continues `draft`: same page size, and one set of column edges
 * refines the other (a page may lack a column border where all its rows merge two columns),
 * or, when some exporters size the columns anew on every page, the part has as many columns
 * between the same ends and repeats the table's header rows column for column.
 * Returns false (and changes nothing) otherwise.
 */
export function appendPart(draft: DraftTable, part: TablePart): boolean {
  if (Math.abs(draft.pageWidth - part.pageWidth) > 1 || Math.abs(draft.pageHeight - part.pageHeight) > 1) return false;
  let xs = refine(draft.xs, part.xs);
  let head: PartCell[];
  let tail: PartCell[];
  let repeated: number;
  if (xs) {
    head = regrid(draft.cells, draft.xs, xs);
    tail = regrid(part.cells, part.xs, xs);
    repeated = repeatedHeader(head, draft.rows, tail, part.rows);
  } else {
    // columns sized anew on each page: the same number of columns between the same ends,
    // and the part repeats the table's header column for column
    // (a part rebuilt from text alignment ends where its texts end: only the count counts)
    if (draft.xs.length !== part.xs.length || (draft.ruled && part.ruled && !sameEnds(draft.xs, part.xs))) return false;
    head = draft.cells.map((c) => ({ ...c }));
    tail = part.cells.map((c) => ({ ...c }));
    repeated = repeatedHeader(head, draft.rows, tail, part.rows);
    if (repeated === 0) return false;
    xs = [...part.xs];
  }
  if (repeated > 0 && restartsBlock(head, tail, repeated)) repeated = 0;
  let tailRows = part.rows;
  if (repeated > 0) {
    tail = dropTop(tail, repeated);
    tailRows -= repeated;
  }
  if (tailRows > 0 && joinSplitRow(head, draft.rows, tail)) {
    tail = dropTop(tail, 1);
    tailRows -= 1;
  }
  tail = continueMerges(head, draft.rows, tail);
  for (const c of tail) head.push({ ...c, row: c.row + draft.rows });
  draft.cells = head;
  draft.rows += tailRows;
  draft.xs = xs;
  draft.ruled = draft.ruled && part.ruled;
  draft.pageWidth = part.pageWidth;
  draft.pageHeight = part.pageHeight;
  return true;
}

/** The finer of two edge lists when the coarser is a subset of it (ends must agree). */
function refine(a: readonly number[], b: readonly number[]): number[] | undefined {
  const [fine, coarse] = a.length >= b.length ? [a, b] : [b, a];
  const near = (x: number, list: readonly number[]): boolean => list.some((y) => Math.abs(x - y) <= COLUMN_TOLERANCE);
  if (!sameEnds(a, b)) return undefined;
  return coarse.every((x) => near(x, fine)) ? [...fine] : undefined;
}

/** The outer edges of two parts agree. */
function sameEnds(a: readonly number[], b: readonly number[]): boolean {
  return (
    Math.abs((a[0] as number) - (b[0] as number)) <= COLUMN_TOLERANCE &&
    Math.abs((a[a.length - 1] as number) - (b[b.length - 1] as number)) <= COLUMN_TOLERANCE
  );
}

/** Re-expresses cells on column edges `from` in the finer edges `to`. */
function regrid(cells: readonly PartCell[], from: readonly number[], to: readonly number[]): PartCell[] {
  const index = from.map((x) => {
    let best = 0;
    to.forEach((y, j) => {
      if (Math.abs(y - x) < Math.abs((to[best] as number) - x)) best = j;
    });
    return best;
  });
  return cells.map((c) => {
    const col = index[c.col] as number;
    return { ...c, col, colSpan: (index[c.col + c.colSpan] as number) - col };
  });
}

/**
 * Read by OCR, a repeated header is the same when its rows read at least OCR_HEADER_SIMILARITY
 * alike in all (1 − edit distance / length, cell borders ignored: a rule OCR missed on one page
 * merges two cells) and none below OCR_HEADER_ROW_SIMILARITY (a seal over one row): OCR reads
 * the same header a little differently on every page (项目 / 项目本, 4 / 人); the first data
 * rows of two pages differ in most of their characters. A row that is one cell across the table
 * (a caption: 科技特派员专项项目绩效目标表) names what follows, so it must read alike on its own:
 * another name over the same rows (科技特派员联席会议办公室工作经费项目绩效目标表, 福州 科技局 p. 35)
 * opens another block.
 */
export const OCR_HEADER_SIMILARITY = 0.75;
const OCR_HEADER_ROW_SIMILARITY = 0.4;

/** How many top rows of `tail` repeat the top rows of `head` (0 when none). */
export function repeatedHeader(head: readonly PartCell[], headRows: number, tail: readonly PartCell[], tailRows: number): number {
  // a text layer repeats its header exactly; OCR's reading of it varies
  const ocr = head.some((c) => c.confidence !== undefined) || tail.some((c) => c.confidence !== undefined);
  for (let k = Math.min(MAX_HEADER_ROWS, headRows, tailRows); k >= 1; k--) {
    const a = topRows(head, k);
    const b = topRows(tail, k);
    if (a === undefined || b === undefined || a.rows.every((t) => t === '')) continue;
    if (a.shape === b.shape && a.texts.every((t, i) => t === b.texts[i])) return k;
    if (ocr && alike(a, b)) return k;
  }
  return 0;
}

/** Rows checked below a repeated top for a block printed again. */
const BLOCK_ROWS = 3;

/**
 * The rows under the repeated top print the rows of the table's own block again: each in the
 * same cells under the same first label, two of them with all their texts but figures the same
 * (福州 医疗保障局: two 项目绩效目标表 blocks of one name, their title and 项目名称 rows alike, then
 * 主管部门 | … | 实施单位 | another unit, 专项资金情况（万元） | 资金总额 | another total; 烟台's blocks of
 * 实施公车统管费用). The part is then a block of its own printed like the one before, its top no
 * header repeated over the table going on. Rows going on list other items: they may share a
 * first label (北京 统计局's 2010501-行政运行 down every row) and zeros, not a whole row.
 */
function restartsBlock(head: readonly PartCell[], tail: readonly PartCell[], k: number): boolean {
  const rows = (cells: readonly PartCell[]) =>
    Array.from({ length: BLOCK_ROWS }, (_, i) => cells.filter((c) => c.row === k + i).sort((p, q) => p.col - q.col));
  const [a, b] = [rows(head), rows(tail)];
  const shape = (row: readonly PartCell[]) => row.map((c) => `${c.col},${c.rowSpan},${c.colSpan}`).join(' ');
  // (figures are no labels: rows going on share their zeros, 广州's 0.00 under every fund, unit after unit)
  const labels = (row: readonly PartCell[]) => row.map((c) => c.text.replace(/\s+/g, '')).map((t) => (AMOUNT.test(t) ? '' : t));
  let same = 0;
  for (let i = 0; i < BLOCK_ROWS; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.length === 0 || shape(x) !== shape(y)) return false;
    const [lx, ly] = [labels(x), labels(y)];
    if (lx[0] !== ly[0]) return false;
    if (lx.some((t) => t !== '') && lx.every((t, j) => t === ly[j])) same++;
  }
  return same >= 2;
}

/** OCR'd header rows alike: see OCR_HEADER_SIMILARITY. */
function alike(a: TopRows, b: TopRows): boolean {
  let edits = 0;
  let length = 0;
  for (let r = 0; r < a.rows.length; r++) {
    const [x, y] = [a.rows[r] as string, b.rows[r] as string];
    const n = Math.max(x.length, y.length);
    const d = editDistance(x, y);
    const least = a.captions[r] && b.captions[r] ? OCR_HEADER_SIMILARITY : OCR_HEADER_ROW_SIMILARITY;
    if (n > 0 && 1 - d / n < least) return false;
    edits += d;
    length += n;
  }
  return length > 0 && 1 - edits / length >= OCR_HEADER_SIMILARITY;
}

interface TopRows {
  shape: string;
  texts: string[];
  rows: string[];
  /** the row is one cell across the table. */
  captions: boolean[];
}

/** The top k rows' cell positions, cell texts and row texts, or undefined when a merged cell crosses their lower edge. */
function topRows(cells: readonly PartCell[], k: number): TopRows | undefined {
  const top = cells.filter((c) => c.row < k);
  if (top.some((c) => c.row + c.rowSpan > k)) return undefined;
  top.sort((a, b) => a.row - b.row || a.col - b.col);
  const texts = top.map((c) => c.text.replace(/\s+/g, ''));
  const columns = Math.max(...cells.map((c) => c.col + c.colSpan));
  const inRow = (r: number) => top.filter((c) => c.row === r);
  return {
    shape: top.map((c) => `${c.row},${c.col},${c.rowSpan},${c.colSpan}`).join(' '),
    texts,
    rows: Array.from({ length: k }, (_, r) => texts.filter((_, i) => (top[i] as PartCell).row === r).join('')),
    captions: Array.from({ length: k }, (_, r) => inRow(r).length === 1 && inRow(r)[0]!.colSpan === columns),
  };
}

function dropTop(cells: readonly PartCell[], k: number): PartCell[] {
  const out: PartCell[] = [];
  for (const c of cells) {
    if (c.row + c.rowSpan <= k) continue;
    const row = Math.max(c.row, k);
    out.push({ ...c, row: row - k, rowSpan: c.row + c.rowSpan - row });
  }
  return out;
}

const AMOUNT = /^[-+\u2212]?[\d,，.]+%?$|^[-—–]$/;
const CODE = /^\d{3,}/;

/**
 * A table row that does not fit at the bottom of a page may continue at the top of the
 * next ("十七、国土海洋气象等支" | "出", "2130" | "5"). Taken as such when the continuation's
 * first row has the same cells as the last row and none of its non-empty cells starts a new
 * row: each either continues a non-empty cell above (see `continues`) or fills a cell that
 * was empty above with anything but an item number (an amount printed lower in its cell,
 * the rest of a code); at least one must continue a cell above. The texts are joined into
 * the last row, cell by cell.
 */
function joinSplitRow(head: PartCell[], headRows: number, tail: readonly PartCell[]): boolean {
  const last = head.filter((c) => c.row <= headRows - 1 && c.row + c.rowSpan > headRows - 1);
  const first = tail.filter((c) => c.row === 0);
  const shape = (list: readonly PartCell[]): string =>
    list.map((c) => `${c.col}+${c.colSpan}`).sort().join(' ');
  if (shape(last) !== shape(first)) return false;
  const pairs: { h: PartCell; t: PartCell; cut: boolean }[] = [];
  let continued = 0;
  for (const t of first) {
    if (t.text === '') continue;
    const h = last.find((c) => c.col === t.col);
    if (!h || t.rowSpan !== 1) return false;
    if (h.text === '') {
      if (startsRow(head, headRows, t)) return false;
      pairs.push({ h, t, cut: false });
      continue;
    }
    const how = continues(h, t);
    if (!how) return false;
    pairs.push({ h, t, cut: how === 'cut' });
    continued++;
  }
  if (continued === 0) return false;
  for (const { h, t, cut } of pairs) {
    h.text = cut ? h.text + t.text : joinLines([h.text, t.text]);
    if (!t.lines) continue;
    h.lines = h.lines ? { ...h.lines, lastX0: t.lines.lastX0, lastX1: t.lines.lastX1, lastSize: t.lines.lastSize } : { ...t.lines };
  }
  return true;
}

/**
 * How `t`, first in its cell at the top of the page, continues the non-empty cell `h` ending
 * the page above: 'cut' for a number or code the cell width cut ("2130" | "5": joined without
 * a space), 'text' for wrapped text or the next item of a numbered list, undefined when it
 * does not (it starts a new row).
 */
function continues(h: PartCell, t: PartCell): 'cut' | 'text' | undefined {
  if (!h.lines || !t.lines) return undefined;
  const em = h.lines.lastSize;
  if (amountCut(h.text, t.text)) return 'cut';
  // full: at most one character plus the cell padding short of the border, or short of what
  // the next line starts with and may not be parted from: a character and the closing marks
  // after it, which never start a line (深圳 水务局 pp. 43–44: 深圳市水务局（本 | 级）)
  const unbreakable = 1 + (LINE_START_FORBIDDEN.exec(t.text.slice(1))?.[0].length ?? 0);
  const full = h.box.x1 - h.lines.lastX1 <= 1.5 * em + 6 || h.box.x1 - h.lines.pad - h.lines.lastX1 < unbreakable * t.lines.firstCharWidth;
  // text centred in its cell goes on centred (福州 医疗保障局 pp. 26–27: 项目名称 …补助资 | 金, the 金 mid-cell)
  const mid = (x0: number, x1: number, c: PartCell) => Math.abs((x0 + x1) / 2 - (c.box.x0 + c.box.x1) / 2);
  const centred = full && mid(t.lines.firstX0, t.lines.firstX1, t) <= em / 2 && mid(h.lines.lastX0, h.lines.lastX1, h) <= em;
  if (Math.abs(t.lines.firstX0 - h.lines.lastX0) > em && !centred) return undefined; // not where the text went on
  if (nextListItem(h.text, t.text)) return 'text';
  if (tokenCut(h, t)) return 'cut';
  if (AMOUNT.test(t.text) || NUMBERED.test(t.text) || CODE.test(t.text)) return undefined;
  return full ? 'text' : undefined;
}

const TOKEN = /^[0-9A-Za-z.,%\-/]+$/;
/** Closing brackets and punctuation: line breaking keeps them with the character before. */
const LINE_START_FORBIDDEN = /^[）)」』】〕》〉，。、；：！？,.;:!?%]+/;

/**
 * A code or number wrapped by the cell width just before the page break ("2130" | "5",
 * "772." | "85"): `t` is one digit/Latin token starting exactly where the last line above
 * started, that line left no room for another character, and neither side is a complete
 * amount with decimals ("4.00" over "5.00" is two rows). Right-aligned numbers of equal
 * width are not taken: a new row's amount looks the same.
 */
function tokenCut(h: PartCell, t: PartCell): boolean {
  if (!h.lines || !t.lines || !TOKEN.test(t.text)) return false;
  const em = h.lines.lastSize;
  if (Math.abs(t.lines.firstX0 - h.lines.lastX0) > 0.3 * em) return false;
  if (DECIMAL_AMOUNT.test(h.text) || DECIMAL_AMOUNT.test(t.text)) return false;
  if (/^\d+$/.test(t.text) && Math.abs(t.lines.firstX1 - h.lines.lastX1) < 0.25 * em) return false;
  return tokenWrapped(h.text, t.text, h.box.x1 - h.lines.pad - h.lines.lastX1, t.lines.firstCharWidth);
}

const DECIMAL_AMOUNT = /^[-+\u2212]?[\d,]*\d\.\d{2}$/;

/**
 * An amount whose last digits the page break carried over, right-aligned on both pages
 * (杭州: "12,437.3" | "6"): together they make an amount with two decimals, the part above
 * does not.
 */
function amountCut(above: string, below: string): boolean {
  return /^\d{1,2}$/.test(below) && !DECIMAL_AMOUNT.test(above) && /\.\d?$/.test(above) && DECIMAL_AMOUNT.test(above + below);
}
const SERIAL = /^\d{1,4}$/;

/**
 * Whether `t`, in a cell that was empty at the end of the page above, starts a new row: an
 * item number ("（三）…", "2.…"), a serial number in the first column, or the number after
 * the nearest one above in its column (序号 17 … 18).
 */
function startsRow(head: readonly PartCell[], headRows: number, t: PartCell): boolean {
  if (NUMBERED.test(t.text)) return true;
  if (!SERIAL.test(t.text)) return false;
  if (t.col === 0) return true;
  let above: PartCell | undefined;
  for (const c of head) {
    if (c.col !== t.col || c.text === '' || c.row >= headRows) continue;
    if (!above || c.row > above.row) above = c;
  }
  return above !== undefined && SERIAL.test(above.text) && Number(above.text) + 1 === Number(t.text);
}

/** `next` starts item n+1 of a list whose item n is in `text` ("1.…。" then "2.…"). */
function nextListItem(text: string, next: string): boolean {
  const m = /^(\d{1,2})([.、．])/.exec(next);
  if (!m) return false;
  const n = Number(m[1]);
  return n > 1 && new RegExp(`(^|[。；;\\s])${n - 1}\\${m[2]}`).test(text);
}

/**
 * A cell merged down several rows that the page break cut in two: its text on this page,
 * an empty cell over the same columns at the top of the next, one of them spanning two or
 * more rows. The empty part joins the cell.
 */
function continueMerges(head: readonly PartCell[], headRows: number, tail: readonly PartCell[]): PartCell[] {
  const joined = new Set<PartCell>();
  for (const t of tail) {
    if (t.row !== 0 || t.text !== '') continue;
    const h = head.find((c) => c.col === t.col && c.colSpan === t.colSpan && c.row + c.rowSpan === headRows);
    if (h && h.text !== '' && (h.rowSpan >= 2 || t.rowSpan >= 2)) {
      h.rowSpan += t.rowSpan;
      joined.add(t);
    }
  }
  return tail.filter((t) => !joined.has(t));
}

/** The model's table: every grid position holds a Cell; merged positions point at their origin. */
export function toTableBlock(draft: DraftTable, index: number): TableBlock {
  const width = draft.xs.length - 1;
  const rows: Cell[][] = Array.from({ length: draft.rows }, () => new Array<Cell>(width));
  for (const c of draft.cells) {
    for (let r = c.row; r < c.row + c.rowSpan && r < draft.rows; r++) {
      for (let k = c.col; k < c.col + c.colSpan && k < width; k++) {
        (rows[r] as Cell[])[k] = {
          text: c.text,
          row: r,
          col: k,
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          origin: r === c.row && k === c.col ? null : { row: c.row, col: c.col },
          page: c.page,
          bbox: c.bbox,
          ...(c.lines && { indent: Math.round((c.lines.firstX0 - c.box.x0) * 10) / 10 }),
          ...(c.confidence !== undefined && { ocr_confidence: c.confidence }),
          ...(c.alternatives && { ocr_alternatives: c.alternatives }),
        };
      }
    }
  }
  rows.forEach((cells, r) => {
    for (let k = 0; k < width; k++) {
      cells[k] ??= { text: '', row: r, col: k, rowSpan: 1, colSpan: 1, origin: null, page: draft.page };
    }
  });
  return { kind: 'table', index, rows, page: draft.page };
}
