// The format-neutral document model. Every reader (DOCX, PDF, ...) produces this and
// nothing after the reader knows which format a document came from.
import type { DocumentFormat } from '../schema/records.js';

/** Position of a cell or line on a PDF page, PDF user space (points, y up). */
export interface BBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * One position of a table grid. Merged cells are expanded: every grid position holds a
 * Cell, and the positions covered by a merged cell other than its top-left one have
 * `origin` set to the top-left position and carry the same text.
 */
export interface Cell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** null for the top-left position of a (possibly merged) cell; else that position. */
  origin: { row: number; col: number } | null;
  /** 1-based PDF page (null for DOCX). */
  page: number | null;
  bbox?: BBox;
  /** OCR's confidence in the cell's text, 0–1 (the lowest of its words); absent for a text layer. */
  ocr_confidence?: number;
  /**
   * OCR: other readings of the cell's text (the general and the digits-only pass disagree, a
   * point the digits pass may have lost or read as a digit), most likely first. The correction
   * stage (src/validate/ocr-corrections.ts) tries them when a check fails.
   */
  ocr_alternatives?: string[];
  /**
   * how far the cell's first text line starts right of its left border (PDF points; absent
   * for DOCX and empty cells). Some templates print the 类/款/项 hierarchy by indentation only.
   */
  indent?: number;
}

export interface TableBlock {
  kind: 'table';
  /** 0-based order of the table among the document's tables. */
  index: number;
  /** rows[r][c]; every row has the same length (the grid width). */
  rows: Cell[][];
  /** first page the table is on (null for DOCX). */
  page: number | null;
}

export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** heading level when known (1 = top), else null. */
  level: number | null;
  page: number | null;
  /** a workbook sheet's name: it names the sheet's table, often without 表 (一般公共预算支出). */
  sheetName?: true;
}

export type Block = TextBlock | TableBlock;

export interface Warning {
  code: string;
  message: string;
}

/** Where a document's text came from: its text layer, OCR of page images, or both. */
export type TextSource = 'text_layer' | 'ocr' | 'mixed';

export interface DocumentModel {
  format: DocumentFormat;
  /** the converter whose output was read (LibreOffice for .doc/.wps), else null. */
  convertedBy?: string | null;
  blocks: Block[];
  /** number of PDF pages, null for DOCX. */
  pages: number | null;
  /** reader messages kept as values (mammoth's messages, pdf.js warnings, layout notes). */
  warnings: Warning[];
  /** where the text came from; absent: the text layer (DOCX, text PDFs). */
  text_source?: TextSource;
}
