// Text into grid cells: a glyph belongs to the cell holding its centre. Runs that straddle
// a cell border (pdf.js merges "24,458.43 一、一般公共服务支出" across two cells) are cut
// at the blanks they print first, and a word that still straddles into characters.
import { lookAlikeWords } from '../../catalogue/look-alike.js';
import { slot, type Box } from './geometry.js';
import type { Grid, GridCell } from './grid.js';
import { firstCharWidth, groupLines, lineText, runWords, splitRun, tokenWrapped, wrapSpace, type Line, type Run } from './text.js';

export interface CellText {
  text: string;
  /** where the cell's text lines start and end (undefined when empty). */
  lines?: LineEnds;
  /** OCR'd text: the lowest confidence of its words. */
  confidence?: number;
  /** OCR'd text: other readings of the cell. */
  alternatives?: string[];
}

/** Enough of a cell's line geometry to tell a row cut by a page break (tables.ts). */
export interface LineEnds {
  firstX0: number;
  firstX1: number;
  /** estimated width of the first character of the first line. */
  firstCharWidth: number;
  lastX0: number;
  lastX1: number;
  lastSize: number;
  /** the cell's text padding: how far its leftmost line starts from the left border (0 to MAX_PAD). */
  pad: number;
}

/**
 * Cell padding is taken from where the leftmost line starts, but never more than this
 * (points): Word and LibreOffice pad cells by 2.8–5.7 pt; centred or right-aligned short
 * lines start further in, and would make any line look full.
 */
const MAX_PAD = 8;

export interface FilledGrid {
  /** by index of grid.cells. */
  texts: CellText[];
  /** runs (or pieces of runs) outside the grid. */
  outside: Run[];
  /** each run placed in a cell, by cell index (for the debug view). */
  placed: { run: Run; cell: number }[];
}

export function fillGrid(grid: Grid, runs: readonly Run[]): FilledGrid {
  const byCell: Run[][] = grid.cells.map(() => []);
  const outside: Run[] = [];
  const placed: { run: Run; cell: number }[] = [];
  const put = (run: Run, cell: number): void => {
    if (cell < 0) outside.push(run);
    else {
      (byCell[cell] as Run[]).push(run);
      placed.push({ run, cell });
    }
  };
  for (const run of runs) {
    if (!overlaps(run.box, grid.box)) {
      outside.push(run);
      continue;
    }
    const whole = ownerOf(grid, run.box, run.vertical) ?? (run.shown && ownerOf(grid, run.shown, run.vertical));
    if (whole !== undefined) put(run, whole);
    else
      for (const word of runWords(run)) {
        const chars = splitRun(word).map((ch) => ({ ch, cell: cellAt(grid, (ch.box.x0 + ch.box.x1) / 2, (ch.box.y0 + ch.box.y1) / 2) }));
        const owner = ownerOf(grid, word.box, word.vertical) ?? overflowOwner(chars, word.vertical);
        if (owner !== undefined) put(word, owner);
        else for (const { ch, cell } of chars) put(ch, cell);
      }
  }
  const texts = byCell.map((list, i): CellText => {
    const lines = groupLines(list);
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (!first || !last) return { text: '' };
    const box = (grid.cells[i] as GridCell).box;
    // centred or right-aligned text starts further in: that is not padding
    const pad = Math.min(MAX_PAD, Math.max(0, Math.min(...lines.map((l) => l.box.x0)) - box.x0));
    const cell: CellText = {
      text: joinCellLines(lines, box.x1 - pad),
      lines: {
        firstX0: first.box.x0,
        firstX1: first.box.x1,
        firstCharWidth: firstCharWidth(first.runs),
        lastX0: last.box.x0,
        lastX1: last.box.x1,
        lastSize: last.size,
        pad,
      },
    };
    for (const r of list) if (r.confidence !== undefined) cell.confidence = Math.min(cell.confidence ?? 1, r.confidence);
    // OCR'd: a word split over its words (≤1 | 方元) is corrected in the cell's whole text too
    if (cell.confidence !== undefined) cell.text = lookAlikeWords(cell.text);
    const alternatives = [...new Set(list.flatMap((r) => r.alternatives ?? []))].filter((a) => a !== cell.text);
    if (alternatives.length > 0) cell.alternatives = alternatives;
    return cell;
  });
  return { texts, outside, placed };
}

/**
 * The lines of one cell, top to bottom: wrapped CJK joins without a space, words with one;
 * a number or code the cell width cut ("772." | "85") joins without one (`innerRight`: the
 * cell's right border less its padding).
 */
function joinCellLines(lines: readonly Line[], innerRight: number): string {
  let out = '';
  let prev: Line | undefined;
  for (const line of lines) {
    const t = lineText(line.runs, false);
    if (t === '') continue;
    if (out !== '' && prev && wrapSpace(out, t)) {
      const vertical = line.runs.some((r) => r.vertical) || prev.runs.some((r) => r.vertical);
      if (vertical || !tokenWrapped(out, t, innerRight - prev.box.x1, firstCharWidth(line.runs))) out += ' ';
    }
    out += t;
    prev = line;
  }
  return out;
}

/** The cell holding the whole run, or undefined when it spans cells or leaves the grid (-1 = wholly outside). */
function ownerOf(grid: Grid, b: Box, vertical: boolean): number | undefined {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  // the run's ends, pulled in a little: glyph boxes overhang their advance slightly
  const ix = Math.min(2, (b.x1 - b.x0) / 4);
  const iy = Math.min(2, (b.y1 - b.y0) / 4);
  const a = vertical ? cellAt(grid, cx, b.y0 + iy) : cellAt(grid, b.x0 + ix, cy);
  const z = vertical ? cellAt(grid, cx, b.y1 - iy) : cellAt(grid, b.x1 - ix, cy);
  return a === z ? a : undefined;
}

/**
 * A word printed without a blank that runs a little past its cell's rule (陕西's
 * "1、人员经费和公用经费支出" over the 预算数 column by one character) is that cell's: the cell
 * holding at least this share of its width. Not where the part past the rule is of another
 * kind (a label's text, an amount's digits): two cells' texts run together.
 */
const OVERFLOW_SHARE = 0.75;
const NUMERIC = /^[\d,.%\-]+$/;

function overflowOwner(chars: readonly { ch: Run; cell: number }[], vertical: boolean): number | undefined {
  const widths = new Map<number, number>();
  let total = 0;
  for (const { ch, cell } of chars) {
    const w = vertical ? ch.box.y1 - ch.box.y0 : ch.box.x1 - ch.box.x0;
    widths.set(cell, (widths.get(cell) ?? 0) + w);
    total += w;
  }
  const [cell, width] = [...widths].reduce((a, b) => (b[1] > a[1] ? b : a), [-1, 0]);
  if (cell < 0 || width < OVERFLOW_SHARE * total) return undefined;
  const text = (inOwner: boolean) => chars.filter((c) => (c.cell === cell) === inOwner).map((c) => c.ch.text).join('');
  return NUMERIC.test(text(true)) === NUMERIC.test(text(false)) ? cell : undefined;
}

function cellAt(grid: Grid, x: number, y: number): number {
  const c = slot(grid.xs, x);
  const r = slot(grid.ys, y);
  if (c < 0 || r < 0) return -1;
  return grid.owner[r * (grid.xs.length - 1) + c] as number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}
