// The only module that touches pdfjs-dist: opening a document, reading one page's text
// items and operator list, and turning pdf.js exceptions into IngestErrors. Moving to
// another pdf.js major version should only need changes here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../../pipeline/errors.js';
import type { Matrix } from './geometry.js';

/** pdf.js operator codes used by the line reader and the clip walk (numbers from pdf.js's OPS table). */
export const OP = {
  save: OPS.save,
  restore: OPS.restore,
  transform: OPS.transform,
  setLineWidth: OPS.setLineWidth,
  setFillRGBColor: OPS.setFillRGBColor,
  setStrokeRGBColor: OPS.setStrokeRGBColor,
  setFillTransparent: OPS.setFillTransparent,
  setStrokeTransparent: OPS.setStrokeTransparent,
  constructPath: OPS.constructPath,
  stroke: OPS.stroke,
  closeStroke: OPS.closeStroke,
  fill: OPS.fill,
  eoFill: OPS.eoFill,
  fillStroke: OPS.fillStroke,
  eoFillStroke: OPS.eoFillStroke,
  closeFillStroke: OPS.closeFillStroke,
  closeEOFillStroke: OPS.closeEOFillStroke,
  paintFormXObjectBegin: OPS.paintFormXObjectBegin,
  paintFormXObjectEnd: OPS.paintFormXObjectEnd,
  clip: OPS.clip,
  eoClip: OPS.eoClip,
  endPath: OPS.endPath,
  beginText: OPS.beginText,
  setTextMatrix: OPS.setTextMatrix,
  moveText: OPS.moveText,
  setLeadingMoveText: OPS.setLeadingMoveText,
  setLeading: OPS.setLeading,
  setFont: OPS.setFont,
  setTextRenderingMode: OPS.setTextRenderingMode,
  nextLine: OPS.nextLine,
  nextLineShowText: OPS.nextLineShowText,
  nextLineSetSpacingShowText: OPS.nextLineSetSpacingShowText,
  showText: OPS.showText,
  showSpacedText: OPS.showSpacedText,
} as const;

/** Operators that paint an image (a scanned page is one big image). */
export const IMAGE_OPS: ReadonlySet<number> = new Set([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObject,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
]);

export interface RawTextItem {
  str: string;
  /** text space → PDF user space. */
  transform: number[];
  /** advance along the baseline, user space. */
  width: number;
  fontName: string;
}

export interface RawPage {
  /** 1-based. */
  number: number;
  /** display size after /Rotate (points). */
  width: number;
  height: number;
  /** PDF user space → display space (origin top-left, y down, rotation applied). */
  viewport: Matrix;
  items: RawTextItem[];
  /** font ascent/descent (em fractions) by pdf.js font name. */
  fontMetrics: Map<string, { ascent: number; descent: number }>;
  /** the embedded font's PostScript name, when pdf.js loaded the font. */
  fontName: (id: string) => string | undefined;
  fnArray: number[];
  argsArray: unknown[];
}

export interface PdfSource {
  numPages: number;
  /** Reads one page; the page's resources are freed before this resolves. */
  readPage(number: number): Promise<RawPage>;
  destroy(): Promise<void>;
}

// Filesystem paths with a trailing slash: pdf.js in Node reads CMaps, standard fonts and
// wasm decoders with fs when given paths (a file:// URL does not work), so nothing is fetched.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assetDir = (name: string): string => path.join(pdfjsDir, name) + path.sep;

export async function openPdf(bytes: Uint8Array): Promise<PdfSource> {
  const task = getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its bytes.
    data: bytes.slice(),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    wasmUrl: assetDir('wasm'),
    iccUrl: assetDir('iccs'),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // errors only: warnings would go to stdout, which may carry JSON Lines
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw toIngestError(err);
  }
  return {
    numPages: doc.numPages,
    readPage: (n) => readPage(doc, n),
    destroy: () => doc.destroy(),
  };
}

async function readPage(doc: PDFDocumentProxy, number: number): Promise<RawPage> {
  let page;
  try {
    page = await doc.getPage(number);
  } catch (err) {
    throw toIngestError(err, number);
  }
  try {
    const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const viewport = page.getViewport({ scale: 1 });
    const items: RawTextItem[] = [];
    for (const it of text.items) {
      if ('str' in it && it.str !== '') items.push(pick(it));
    }
    const fontMetrics = new Map<string, { ascent: number; descent: number }>();
    for (const [id, style] of Object.entries(text.styles)) {
      fontMetrics.set(id, { ascent: style.ascent, descent: style.descent });
    }
    // Fonts are in commonObjs once the operator list is built; read the names now because
    // cleanup() below may drop them.
    const names = new Map<string, string | undefined>();
    for (const id of fontMetrics.keys()) names.set(id, fontPostScriptName(page.commonObjs, id));
    return {
      number,
      width: viewport.width,
      height: viewport.height,
      viewport: viewport.transform as Matrix,
      items,
      fontMetrics,
      fontName: (id) => names.get(id),
      fnArray: ops.fnArray,
      argsArray: ops.argsArray,
    };
  } catch (err) {
    throw toIngestError(err, number);
  } finally {
    page.cleanup();
  }
}

function pick(it: TextItem): RawTextItem {
  return { str: it.str, transform: it.transform, width: it.width, fontName: it.fontName };
}

function fontPostScriptName(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): string | undefined {
  if (!objs.has(id)) return undefined;
  const font = objs.get(id) as { name?: unknown } | null;
  return typeof font?.name === 'string' ? font.name : undefined;
}

const CORRUPT = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException', 'ResponseException']);

/** Maps pdf.js failures to stable codes; anything else (a bug of ours) is rethrown as is. */
function toIngestError(err: unknown, page?: number): unknown {
  if (err instanceof IngestError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  const detail = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') {
    return new IngestError(
      'ENCRYPTED_PDF',
      'read',
      `The PDF is password-protected (${detail}). Ask the publisher for an unprotected copy, or remove the password (e.g. qpdf --decrypt) and run again.`,
    );
  }
  if (typeof name === 'string' && CORRUPT.has(name)) {
    const where = page === undefined ? '' : ` on page ${page}`;
    return new IngestError(
      'CORRUPT_PDF',
      'read',
      `The PDF could not be parsed${where} (${detail}). Download the file again; if it still fails, open and re-save it with a PDF tool and run again.`,
    );
  }
  return err;
}
