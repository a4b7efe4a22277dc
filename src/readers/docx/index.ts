// DOCX reader: mammoth → HTML → one htmlparser2 parse (cheerio/slim) → one walk → the
// document model. The walk reads the DOM nodes directly: selector queries per cell cost
// more than mammoth itself (measured with --cpu-prof, docs/architecture.md).
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Block, DocumentModel, Warning } from '../../model/document.js';
import { buildGrid } from '../../model/grid.js';
import { CELLS, childElements, isElement, span, tableRows, tablesIn, textOf } from '../dom.js';
import { IngestError } from '../../pipeline/errors.js';
import { readGridOffsets, type RowOffsets } from './grid-offsets.js';
import { pictureCollector, picturesIn, readPictures, type PictureMark, type PictureOptions } from './pictures.js';
import { removeSliverColumns } from './sliver-columns.js';
import { readZipEntry } from './zip-entry.js';

type CellSpec = { text: string; rowSpan?: number; colSpan?: number };

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const HEADING = /^h([1-6])$/;

/** The paragraphs (and list items, headings) below `el` in document order, not those of nested tables. */
function paragraphsOf(el: Element, out: Element[] = []): Element[] {
  for (const child of el.children) {
    if (!isElement(child) || child.name === 'table') continue;
    if (BLOCK_TAGS.has(child.name)) out.push(child);
    paragraphsOf(child, out);
  }
  return out;
}

/** A cell's or list item's text: one line per paragraph, nested tables left out (they become blocks of their own). */
function blockText(el: Element): string {
  const paras = paragraphsOf(el);
  return paras.length === 0 ? textOf(el) : paras.map(textOf).join('\n');
}

function readTable(table: Element, offsets: RowOffsets[] | undefined, index: number): Block {
  const rows: CellSpec[][] = tableRows(table).map((tr, r) => {
    const cells: CellSpec[] = childElements(tr, CELLS).map((td) => ({
      text: blockText(td),
      rowSpan: span(td.attribs['rowspan']),
      colSpan: span(td.attribs['colspan']),
    }));
    const off = offsets?.[r];
    if (off?.before) cells.unshift({ text: '', colSpan: off.before });
    if (off?.after) cells.push({ text: '', colSpan: off.after });
    return cells;
  });
  return buildGrid(rows, index);
}

/** What mammoth is given (the DOCX, or a copy with sliver columns removed) and the rows' grid offsets. */
async function prepare(bytes: Uint8Array): Promise<{ docx: Buffer; offsets: Map<number, RowOffsets[]>; repaired: boolean }> {
  let xml: Buffer | null;
  try {
    xml = await readZipEntry(bytes, 'word/document.xml');
  } catch (e) {
    throw new IngestError('CORRUPT_ZIP', 'read', `The DOCX zip cannot be read (${(e as Error).message}). The file is probably truncated: download it again.`);
  }
  if (!xml) throw new IngestError('CORRUPT_DOCX', 'read', 'The file is a zip without word/document.xml: not a Word document. Check the download.');
  const original = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = xml.toString('utf8');
  const repaired = removeSliverColumns(text);
  const final = repaired ?? text;
  const offsets = /<w:grid(Before|After)\b/.test(final) ? readGridOffsets(final) : new Map<number, RowOffsets[]>();
  if (repaired === null) return { docx: original, offsets, repaired: false };
  try {
    const zip = await JSZip.loadAsync(original);
    zip.file('word/document.xml', repaired);
    // stored, not deflated: mammoth reads it once, right away
    return { docx: await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), offsets, repaired: true };
  } catch (e) {
    throw unreadable(e); // another part of the zip is damaged, as mammoth would have found
  }
}

const unreadable = (e: unknown): IngestError =>
  new IngestError('CORRUPT_DOCX', 'read', `mammoth could not read the DOCX (${(e as Error).message}). Open and re-save it in Word or WPS, or convert it to PDF.`);

export async function readDocx(bytes: Uint8Array, options: PictureOptions = {}): Promise<DocumentModel> {
  const { docx, offsets, repaired } = await prepare(bytes);
  let html: string;
  const warnings: Warning[] = [];
  // Pictures are numbered, never inlined: mammoth would inline each as base64 (a 4 MB seal or
  // scan pasted five times made 28 million characters of HTML and took 470 ms, not 18); the
  // ones that may be tables are read by OCR afterwards (pictures.ts).
  const { convertImage, pictures } = pictureCollector();
  try {
    const result = await mammoth.convertToHtml({ buffer: docx }, { convertImage });
    html = result.value;
    for (const m of result.messages) warnings.push({ code: `DOCX_${m.type.toUpperCase()}`, message: m.message });
  } catch (e) {
    throw unreadable(e);
  }
  if (repaired) warnings.push({ code: 'DOCX_SLIVER_COLUMNS', message: 'grid columns narrower than 30 twips (left by resizing rows) were removed so merged cells line up' });
  if (offsets.size > 0) {
    warnings.push({ code: 'DOCX_GRID_OFFSET', message: `rows with w:gridBefore/w:gridAfter in ${offsets.size} table(s) were re-aligned` });
  }

  const root = load(html).root()[0] as unknown as Element;
  const tableNumber = new Map<Element, number>(tablesIn(root).map((t, i) => [t, i]));
  const blocks: (Block | PictureMark)[] = [];
  let tableIndex = 0;
  const pushTable = (table: Element): void => {
    blocks.push(readTable(table, offsets.get(tableNumber.get(table) as number), tableIndex++));
  };

  for (const el of root.children) {
    if (!isElement(el)) continue;
    const heading = HEADING.exec(el.name);
    if (el.name === 'table') {
      pushTable(el);
      // nested tables follow their parent as blocks of their own
      tablesIn(el).forEach(pushTable);
    } else if (heading) {
      blocks.push({ kind: 'heading', text: textOf(el), level: Number(heading[1]), page: null });
    } else if (el.name === 'ul' || el.name === 'ol') {
      for (const li of childElements(el, new Set(['li']))) blocks.push({ kind: 'paragraph', text: blockText(li), level: null, page: null });
    } else {
      blocks.push({ kind: 'paragraph', text: textOf(el), level: null, page: null });
      const here = picturesIn(el);
      if (here.length > 0) blocks.push({ kind: 'pictures', numbers: here });
    }
  }
  if (pictures.length === 0) return { format: 'docx', blocks: blocks as Block[], pages: null, warnings };
  const read = await readPictures(blocks, pictures, options, warnings);
  return { format: 'docx', blocks: read.blocks, pages: null, warnings, ...(read.textSource ? { text_source: read.textSource } : {}) };
}
