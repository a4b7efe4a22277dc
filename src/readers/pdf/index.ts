// PDF reader: pdf.js text and ruling lines → tables and text blocks of the document model.
// See docs/pdf-reader.md for how it works and why the tolerances are what they are.
import type { DocumentModel, Warning } from '../../model/document.js';
import { assemble, type PageContent } from './assemble.js';
import { writeDebug, type DebugPage } from './debug.js';
import { findFurniture } from './furniture.js';
import { markBrokenFonts } from './garbled.js';
import { openPdf } from './load.js';
import { ocrPdfPages } from './ocr.js';
import { scanPage, type PageScan, type TextLine } from './page.js';
import type { TablePart } from './parts.js';
import { findUnruledTables } from './unruled.js';

export interface ReadPdfOptions {
  /** write the per-page debug view (SVG + JSON) into this folder. */
  debugDir?: string;
  /** read at most this many pages. */
  maxPages?: number;
  /**
   * read as if the pages had no ruling lines, so every table goes through the alignment
   * fallback (unruled.ts): for testing it on real page geometry whose ruled reading is known.
   */
  ignoreRules?: boolean;
  /** OCR image-only and garbled pages when tesseract is installed (default true). */
  ocr?: boolean;
  /** a counter the pages without a usable text layer are added to (see ReadOptions.ocrPages). */
  ocrPages?: Int32Array;
}

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<DocumentModel> {
  const debug = options.debugDir !== undefined;
  const source = await openPdf(bytes);
  try {
    const total = source.numPages;
    const count = Math.min(total, Math.max(0, options.maxPages ?? total));
    const scans: PageScan[] = [];
    for (let n = 1; n <= count; n++) scans.push(scanPage(await source.readPage(n), debug, options.ignoreRules === true));
    markBrokenFonts(scans);

    const warnings: Warning[] = [];
    if (count < total) warnings.push({ code: 'PDF_PAGES_SKIPPED', message: `read ${count} of ${total} pages (maxPages)` });
    // pages without a usable text layer (images, glyph ids) are read by OCR where it is installed
    if (options.ocrPages) Atomics.add(options.ocrPages, 0, scans.filter((s) => s.chars === 0 || s.garbled || s.invisible).length);
    const textSource = await ocrPdfPages(bytes, scans, { enabled: options.ocr !== false, debug, complete: count === total }, warnings);

    const furniture = findFurniture(scans.map((s) => ({ height: s.frame.height, lines: s.lines })));
    const unruled: TablePart[][] = [];
    const pages: PageContent[] = scans.map((s) => {
      const content = s.lines.filter((l) => !furniture.has(l));
      const { parts, rest } = findUnruledTables(content, s.regions, s.frame);
      if (parts.length > 0) {
        warnings.push({
          code: 'PDF_UNRULED_TABLE',
          message: `page ${s.frame.number}: ${parts.length} table(s) without ruling lines rebuilt from text alignment; check their columns`,
        });
      }
      unruled.push(parts);
      return { frame: s.frame, lines: rest, parts: [...s.parts, ...parts] };
    });
    const blocks = assemble(pages);

    if (options.debugDir !== undefined) {
      await writeDebug(options.debugDir, scans.map((s, i) => debugPage(s, unruled[i] ?? [], furniture)));
    }
    return { format: 'pdf', blocks, pages: total, warnings, text_source: textSource };
  } finally {
    await source.destroy();
  }
}

function debugPage(scan: PageScan, unruled: readonly TablePart[], furniture: ReadonlySet<TextLine>): DebugPage {
  const parts = [...scan.parts, ...unruled];
  const runs: DebugPage['runs'][number][] = [];
  for (const p of scan.debug?.placed ?? []) {
    const cell = scan.parts[p.part]?.cells[p.cell];
    runs.push({ text: p.run.text, box: p.run.box, where: `T${p.part} r${cell?.row} c${cell?.col}` });
  }
  for (const line of scan.lines) {
    const k = unruled.findIndex((t) => overlaps(t.box, line.box));
    const where = furniture.has(line) ? 'furniture' : k >= 0 ? `T${scan.parts.length + k} (unruled)` : 'text';
    for (const r of line.runs) runs.push({ text: r.text, box: r.box, where });
  }
  const { number, width, height } = scan.frame;
  return { number, width, height, segments: scan.debug?.segments ?? [], parts, runs };
}

function overlaps(a: TextLine['box'], b: TextLine['box']): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}
