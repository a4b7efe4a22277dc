// Which pages of a PDF OCR reads, and what happens when it cannot: image-only pages (scans,
// scanned table pages inside a digital PDF), scans with another program's invisible OCR text
// (invisible-text.ts) and pages whose text layer is garbled are
// re-read from their rendered image (src/readers/ocr/) into the same page layout as a text
// layer; without tesseract, a document with nothing else to read fails with a code that says
// what to install, and one with readable pages is read from those, with a warning.
import type { TextSource, Warning } from '../../model/document.js';
import { IngestError } from '../../pipeline/errors.js';
import { ocrPages, OCR_DPI } from '../ocr/pages.js';
import { OCR_PACKAGES, ocrTools } from '../ocr/tools.js';
import { mergeSegments } from './lines.js';
import { layoutPage, type PageScan } from './page.js';
import { turnedFrame } from './parts.js';

export interface OcrOptions {
  /** false: never OCR (as if tesseract were missing). */
  enabled: boolean;
  debug: boolean;
  /** every page of the document was scanned (no maxPages cut). */
  complete: boolean;
}

const list = (scans: readonly PageScan[]): string => scans.map((s) => s.frame.number).join(', ');

/** OCRs the pages that need it, replacing their scans in place; returns where the text came from. */
export async function ocrPdfPages(bytes: Uint8Array, scans: PageScan[], options: OcrOptions, warnings: Warning[]): Promise<TextSource> {
  const readable = scans.filter((s) => s.chars > 0 && !s.garbled && !s.invisible);
  // pages without text: images (scans), or anything drawn when no page has text (glyphs
  // converted to outlines); a blank page inside a text PDF is just blank
  const images = scans.filter((s) => s.chars === 0 && (s.images > 0 || readable.length === 0));
  const garbled = scans.filter((s) => s.garbled);
  const invisible = scans.filter((s) => s.invisible && !s.garbled);
  const need = scans.filter((s) => images.includes(s) || garbled.includes(s) || invisible.includes(s));
  if (need.length === 0) return 'text_layer';
  const tools = options.enabled ? ocrTools() : 'OCR is switched off';
  if (typeof tools === 'string') {
    // glyph ids are not text, and another program's OCR is not trusted (its figures unchecked,
    // the rules only in the picture): nothing of either page goes further
    for (const s of [...garbled, ...invisible]) scans[scans.indexOf(s)] = layoutPage(s.frame, [], [], s.images, options.debug);
    const install = `Install OCR (apt-get install -y ${OCR_PACKAGES}) and run again`;
    if (readable.length === 0 && options.complete) {
      if (garbled.length > 0) {
        throw new IngestError('GARBLED_TEXT', 'read', `The text layer of page(s) ${list(garbled)} does not decode to characters (fonts without a usable ToUnicode map) and OCR is unavailable (${tools}). ${install}.`);
      }
      const searchable = invisible.length > 0 ? ` (${invisible.length === scans.length ? 'all' : `page(s) ${list(invisible)}`} with another program's OCR laid over them as invisible text, not read)` : '';
      throw new IngestError('OCR_UNAVAILABLE', 'read', `The PDF's ${scans.length} page(s) have no text layer (a scan)${searchable} and OCR is unavailable (${tools}). ${install}.`);
    }
    if (garbled.length > 0) warnings.push({ code: 'GARBLED_TEXT', message: `page(s) ${list(garbled)}: the text layer does not decode to characters and OCR is unavailable (${tools}); their content is missing. ${install}.` });
    if (invisible.length > 0) warnings.push({ code: 'PDF_INVISIBLE_TEXT', message: `page(s) ${list(invisible)} are scans with another program's OCR laid over them as invisible text, not read, and OCR is unavailable (${tools}): their content is missing. ${install}.` });
    if (images.length > 0) warnings.push({ code: 'PDF_PAGE_WITHOUT_TEXT', message: `page(s) ${list(images)} are images without text (scanned?) and OCR is unavailable (${tools}): their content is missing. ${install}.` });
    return 'text_layer';
  }
  let read;
  try {
    read = await ocrPages(tools, bytes, need.map((s) => ({ number: s.frame.number, width: s.frame.width, height: s.frame.height })));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new IngestError('OCR_UNAVAILABLE', 'read', `OCR of page(s) ${list(need)} failed (${detail.slice(0, 300)}). Check the OCR installation (apt-get install -y ${OCR_PACKAGES}; npm ci for the line reader's onnxruntime-node and model) and run again.`);
  }
  read.forEach((r, i) => {
    const s = need[i] as PageScan;
    scans[scans.indexOf(s)] = layoutPage(turnedFrame(s.frame, r.turn), r.runs, mergeSegments(r.segments), s.images, options.debug);
  });
  const turnedPages = read.filter((r) => r.turn !== 0);
  if (turnedPages.length > 0) warnings.push({ code: 'OCR_PAGE_TURNED', message: `page(s) ${turnedPages.map((r) => `${r.number} (${r.turn}°)`).join(', ')} scanned sideways or upside down: read turned clockwise as shown` });
  const names = read.flatMap((r) => r.names.map((n) => `${n.read} → ${n.name} (p. ${r.number})`));
  if (names.length > 0) warnings.push({ code: 'OCR_NAME_CORRECTED', message: `${names.length} line name(s) OCR read as no name budget lines are printed with, taken for the printed name the reader's scores make likely: ${names.slice(0, 20).join('; ')}${names.length > 20 ? '; …' : ''}` });
  const why = [
    images.length > 0 ? `page(s) ${list(images)} without text` : '',
    garbled.length > 0 ? `garbled page(s) ${list(garbled)}` : '',
    invisible.length > 0 ? `scanned page(s) ${list(invisible)} (their invisible text, another program's OCR, set aside)` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  warnings.push({ code: 'PDF_OCR', message: `${why} read by OCR (PP-OCRv4 lines, tesseract layout, ${OCR_DPI} dpi): check the amounts flagged by attributes.ocr_confidence` });
  if (options.complete && scans.every((s) => s.chars === 0)) {
    throw new IngestError('NO_TEXT_LAYER', 'read', `The PDF's ${scans.length} page(s) have no text layer and OCR found no text on them. Check that the file is the disclosure itself, or scan it again at 300 dpi.`);
  }
  return readable.length > 0 ? 'mixed' : 'ocr';
}
