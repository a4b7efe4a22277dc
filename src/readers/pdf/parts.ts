// A table as found on one page (a "part"): its owner cells on a column grid. Parts from
// consecutive pages are joined into one table by tables.ts.
import type { BBox } from '../../model/document.js';
import type { CellText, LineEnds } from './cells.js';
import type { Turn } from '../ocr/bitmap.js';
import { compose, invert, toUserBBox, type Box, type Matrix } from './geometry.js';
import type { Grid } from './grid.js';

export interface PartCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  page: number;
  /** display space, for layout decisions. */
  box: Box;
  /** PDF user space, for the model. */
  bbox: BBox;
  lines?: LineEnds;
  /** OCR's confidence in the text (the lowest of its words); absent for a text layer. */
  confidence?: number;
  /** OCR: other readings of the cell. */
  alternatives?: string[];
}

export interface TablePart {
  page: number;
  pageWidth: number;
  pageHeight: number;
  box: Box;
  /** column edges, display x, left to right. */
  xs: number[];
  rows: number;
  /** owner cells (top-left of each merged cell), row-major. */
  cells: PartCell[];
  /** true when drawn with rules; false when rebuilt from text alignment. */
  ruled: boolean;
}

export interface PageFrame {
  number: number;
  width: number;
  height: number;
  /** display space → PDF user space. */
  toUser: Matrix;
}

export function frameOf(number: number, width: number, height: number, viewport: Matrix): PageFrame {
  return { number, width, height, toUser: invert(viewport) };
}

/**
 * The frame of a page turned clockwise by `turn` (a scan read upright): its size, and its
 * display space mapped back through the turn to the page's own, then to user space.
 */
export function turnedFrame(frame: PageFrame, turn: Turn): PageFrame {
  if (turn === 0) return frame;
  const { width: w, height: h } = frame;
  // turned display (x', y') → the page's display (x, y)
  const back: Matrix = turn === 90 ? [0, -1, 1, 0, 0, h] : turn === 180 ? [-1, 0, 0, -1, w, h] : [0, 1, -1, 0, w, 0];
  const quarter = turn !== 180;
  return { number: frame.number, width: quarter ? h : w, height: quarter ? w : h, toUser: compose(frame.toUser, back) };
}

export function partFromGrid(grid: Grid, texts: readonly CellText[], frame: PageFrame): TablePart {
  return {
    page: frame.number,
    pageWidth: frame.width,
    pageHeight: frame.height,
    box: grid.box,
    xs: grid.xs,
    rows: grid.ys.length - 1,
    ruled: true,
    cells: grid.cells.map((c, i) => {
      const t = texts[i] as CellText;
      const cell: PartCell = {
        row: c.row,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        text: t.text,
        page: frame.number,
        box: c.box,
        bbox: toUserBBox(frame.toUser, c.box),
      };
      if (t.lines) cell.lines = t.lines;
      if (t.confidence !== undefined) cell.confidence = t.confidence;
      if (t.alternatives) cell.alternatives = t.alternatives;
      return cell;
    }),
  };
}
