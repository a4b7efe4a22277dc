// Pictures pasted into a DOCX, read by OCR where they stand. Small counties paste a scanned
// table page into Word as a picture; mammoth tells where each picture is, the picture becomes
// a page of an image-only PDF, and the PDF reader reads it exactly as it reads a scan (its OCR,
// rules, grids, cells, page layout, tables continued over pages), so locate/extract/validate see
// the same document model. Pictures that follow each other with nothing but empty paragraphs
// between are the pages of one scan (a table continued on the next picture is one table).
import type { Element } from 'domhandler';
import mammoth from 'mammoth';
import type { Block, TextSource, Warning } from '../../model/document.js';
import { IngestError } from '../../pipeline/errors.js';
import { imageOnlyPdf, type PdfImage } from '../../util/pdf-writer.js';
import { OCR_PACKAGES, ocrTools } from '../ocr/tools.js';
import { pdfImageOf } from './picture-image.js';

/** Pictures smaller than this on their longer side (px), or than MIN_SHORT on the shorter, are logos or seals, not tables. */
export const MIN_PICTURE_PX = 200;
const MIN_SHORT = 100;
/** OCR'd text without a table is kept when it has at least this many hanzi (a scanned page of prose); less is a photo's noise. */
const MIN_HANZI = 10;

const SRC = 'budget-ingest-picture:';

export interface PictureOptions {
  /** false: never OCR (as if tesseract were missing). */
  ocr?: boolean;
  /** a shared counter the pictures sent to OCR are added to (the worker pool gives each more time). */
  ocrPages?: Int32Array;
}

/** A picture's place among the blocks: the 0-based numbers (document order) of the pictures a paragraph holds. */
export interface PictureMark {
  kind: 'pictures';
  numbers: number[];
}

/** mammoth's image converter that numbers the pictures instead of inlining them, and the pictures. */
export function pictureCollector(): { convertImage: ReturnType<typeof mammoth.images.imgElement>; pictures: (() => Promise<Buffer>)[] } {
  const pictures: (() => Promise<Buffer>)[] = [];
  const convertImage = mammoth.images.imgElement((image) => {
    pictures.push(() => image.readAsBuffer());
    return Promise.resolve({ src: `${SRC}${pictures.length - 1}` });
  });
  return { convertImage, pictures };
}

/** The numbers of the pictures below an element. */
export function picturesIn(el: Element, out: number[] = []): number[] {
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const src = child.attribs['src'] ?? '';
    if (child.name === 'img' && src.startsWith(SRC)) out.push(Number(src.slice(SRC.length)));
    picturesIn(child, out);
  }
  return out;
}

type Item = Block | PictureMark;

interface Candidate {
  number: number;
  image: PdfImage;
}

/**
 * The blocks with the pictures' OCR'd content in the pictures' places, and where the text
 * came from (undefined: nothing was OCR'd). `total` pictures are in the document; those not at
 * a mark (inside tables) are reported as skipped.
 */
export async function readPictures(items: readonly Item[], read: readonly (() => Promise<Buffer>)[], options: PictureOptions, warnings: Warning[]): Promise<{ blocks: Block[]; textSource?: TextSource }> {
  const skipped = new Map<string, number[]>();
  const skip = (why: string, n: number): void => void skipped.set(why, [...(skipped.get(why) ?? []), n]);
  const marked = new Set(items.flatMap((i) => (i.kind === 'pictures' ? i.numbers : [])));
  read.forEach((_, n) => marked.has(n) || skip('inside a table or list', n));

  // groups of candidates: pictures with only empty paragraphs between them
  const groups: { at: number; pictures: Candidate[] }[] = [];
  let open = false;
  for (const [at, item] of items.entries()) {
    if (item.kind !== 'pictures') {
      if (hasText(item)) open = false;
      continue;
    }
    for (const number of item.numbers) {
      const bytes = await (read[number] as () => Promise<Buffer>)();
      const image = pdfImageOf(bytes);
      if (typeof image === 'string') skip(`${image}: not read`, number);
      else if (Math.max(image.width, image.height) < MIN_PICTURE_PX || Math.min(image.width, image.height) < MIN_SHORT) skip(`smaller than ${MIN_PICTURE_PX} px: a logo or a seal`, number);
      else {
        if (!open) groups.push({ at, pictures: [] });
        open = true;
        (groups.at(-1) as (typeof groups)[number]).pictures.push({ number, image });
      }
    }
  }

  const inserted = new Map<number, Block[]>();
  const candidates = groups.flatMap((g) => g.pictures.map((p) => p.number));
  const tools = candidates.length === 0 ? 'no picture to read' : options.ocr === false ? 'OCR is switched off' : ocrTools();
  if (candidates.length > 0 && typeof tools === 'string') {
    warnings.push({
      code: 'OCR_UNAVAILABLE',
      message: `picture(s) ${list(candidates)} may be tables pasted as pictures and OCR is unavailable (${tools}): their content is missing. Install OCR (apt-get install -y ${OCR_PACKAGES}) and run again.`,
    });
  } else if (candidates.length > 0) {
    if (options.ocrPages) Atomics.add(options.ocrPages, 0, candidates.length);
    const ocrd: number[] = [];
    for (const g of groups) {
      const blocks = await ocrGroup(g.pictures, warnings);
      if (blocks.length === 0) g.pictures.forEach((p) => skip('no table or text found by OCR', p.number));
      else {
        inserted.set(g.at, blocks);
        ocrd.push(...g.pictures.map((p) => p.number));
      }
    }
    if (ocrd.length > 0) {
      const tables = [...inserted.values()].flat().filter((b) => b.kind === 'table').length;
      warnings.push({
        code: 'DOCX_PICTURES_OCR',
        message: `picture(s) ${list(ocrd)} read by OCR (PP-OCRv4 lines, tesseract layout) into ${tables} table(s) and their text, where the pictures stand: check the amounts flagged by attributes.ocr_confidence`,
      });
    }
  }
  if (skipped.size > 0) {
    const n = [...skipped.values()].flat().length;
    const why = [...skipped].map(([reason, ns]) => `${list(ns)}: ${reason}`).join('; ');
    warnings.push({ code: 'DOCX_PICTURES_SKIPPED', message: `${n} picture(s) were not read (picture ${why})` });
  }

  const blocks: Block[] = [];
  items.forEach((item, at) => {
    if (item.kind !== 'pictures') blocks.push(item);
    blocks.push(...(inserted.get(at) ?? []));
  });
  let table = 0;
  for (const b of blocks) if (b.kind === 'table') b.index = table++;
  if (inserted.size === 0) {
    if (!blocks.some(hasText)) {
      if (candidates.length > 0 && typeof tools === 'string') {
        throw new IngestError('OCR_UNAVAILABLE', 'read', `The DOCX holds ${read.length} picture(s) and no text (a scan pasted into Word) and OCR is unavailable (${tools}). Install OCR (apt-get install -y ${OCR_PACKAGES}) and run again.`);
      }
      throw new IngestError(
        'NO_TEXT_LAYER',
        'read',
        `The DOCX holds ${read.length} picture(s) and no text: it is probably a scan pasted into Word. ${candidates.length > 0 ? 'OCR found no table or text in its pictures: check that they are the disclosure, or scan it again at 300 dpi.' : 'Run OCR on the pictures (or on a PDF of them, e.g. ocrmypdf --language chi_sim) and ingest the result.'}`,
      );
    }
    return { blocks };
  }
  const own = items.some((i) => i.kind !== 'pictures' && hasText(i));
  return { blocks, textSource: own ? 'mixed' : 'ocr' };
}

/** One group of pictures read as the pages of a scan; its blocks (none when OCR found nothing worth keeping). */
async function ocrGroup(pictures: readonly Candidate[], warnings: Warning[]): Promise<Block[]> {
  const { readPdf } = await import('../pdf/index.js');
  const where = `picture(s) ${list(pictures.map((p) => p.number))}`;
  let blocks: Block[];
  try {
    const model = await readPdf(new Uint8Array(imageOnlyPdf(pictures.map((p) => p.image))), { ocr: true });
    // the PDF's own notes on its pages, said of the pictures; its OCR note is replaced by ours
    for (const w of model.warnings) if (w.code !== 'PDF_OCR') warnings.push({ code: w.code, message: `${where} (read as pages 1–${pictures.length}): ${w.message}` });
    blocks = model.blocks;
  } catch (err) {
    if (err instanceof IngestError && err.code === 'NO_TEXT_LAYER') return [];
    const code = err instanceof IngestError && err.code === 'OCR_UNAVAILABLE' ? 'OCR_UNAVAILABLE' : 'DOCX_PICTURE_UNREADABLE';
    warnings.push({ code, message: `${where} could not be read (${(err instanceof Error ? err.message : String(err)).slice(0, 300)}): their content is missing` });
    return [];
  }
  const hanzi = blocks.reduce((n, b) => n + (b.kind === 'table' ? 0 : (b.text.match(/[\u4e00-\u9fff]/g) ?? []).length), 0);
  if (!blocks.some((b) => b.kind === 'table') && hanzi < MIN_HANZI) return [];
  // a DOCX has no pages: the pictures' page numbers are the scratch PDF's
  for (const b of blocks) {
    b.page = null;
    if (b.kind === 'table') for (const row of b.rows) for (const cell of row) cell.page = null;
  }
  return blocks;
}

/** Picture numbers as the user counts them (1-based, document order). */
const list = (numbers: readonly number[]): string => numbers.map((n) => n + 1).join(', ');

export const hasText = (block: Block): boolean =>
  block.kind === 'table' ? block.rows.some((row) => row.some((cell) => cell.text.trim() !== '')) : block.text.trim() !== '';
