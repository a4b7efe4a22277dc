// DOCX reader: mammoth → HTML → cheerio → the document model.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Block, DocumentModel, Warning } from '../../model/document.js';
import { buildGrid } from '../../model/grid.js';
import { IngestError } from '../../pipeline/errors.js';
import { readGridOffsets, type RowOffsets } from './grid-offsets.js';

type Cheerio = cheerio.CheerioAPI;
type CellSpec = { text: string; rowSpan?: number; colSpan?: number };

const BLOCK_TEXT = 'p, h1, h2, h3, h4, h5, h6, li';

/** A cell's or list's text: one line per paragraph, nested tables left out (they become blocks of their own). */
function blockText($: Cheerio, el: Element): string {
  const paras = $(el).find(BLOCK_TEXT).filter((_, p) => $(p).closest('table').get(0) === $(el).closest('table').get(0));
  if (paras.length === 0) return $(el).text();
  return paras.map((_, p) => $(p).text()).get().join('\n');
}

function tableRows($: Cheerio, table: Element): Element[] {
  return $(table).children('thead, tbody').children('tr').add($(table).children('tr')).get();
}

function readTable($: Cheerio, table: Element, offsets: RowOffsets[] | undefined, index: number): Block {
  const rows: CellSpec[][] = tableRows($, table).map((tr, r) => {
    const cells: CellSpec[] = $(tr)
      .children('td, th')
      .get()
      .map((td) => ({
        text: blockText($, td),
        rowSpan: Number($(td).attr('rowspan') ?? 1),
        colSpan: Number($(td).attr('colspan') ?? 1),
      }));
    const off = offsets?.[r];
    if (off?.before) cells.unshift({ text: '', colSpan: off.before });
    if (off?.after) cells.push({ text: '', colSpan: off.after });
    return cells;
  });
  return buildGrid(rows, index);
}

async function unzipDocumentXml(bytes: Uint8Array): Promise<string> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file('word/document.xml');
    if (!entry) throw new IngestError('CORRUPT_DOCX', 'read', 'The file is a zip without word/document.xml: not a Word document. Check the download.');
    return await entry.async('string');
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('CORRUPT_ZIP', 'read', `The DOCX zip cannot be read (${(e as Error).message}). The file is probably truncated: download it again.`);
  }
}

export async function readDocx(bytes: Uint8Array): Promise<DocumentModel> {
  const xml = await unzipDocumentXml(bytes);
  const offsets = readGridOffsets(xml);
  let html: string;
  const warnings: Warning[] = [];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
    for (const m of result.messages) warnings.push({ code: `DOCX_${m.type.toUpperCase()}`, message: m.message });
  } catch (e) {
    throw new IngestError('CORRUPT_DOCX', 'read', `mammoth could not read the DOCX (${(e as Error).message}). Open and re-save it in Word or WPS, or convert it to PDF.`);
  }
  if (offsets.size > 0) {
    warnings.push({ code: 'DOCX_GRID_OFFSET', message: `rows with w:gridBefore/w:gridAfter in ${offsets.size} table(s) were re-aligned` });
  }

  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  // Tables in document order (nested included), the numbering readGridOffsets uses.
  const tableOrder = new Map<Element, number>($('table').get().map((t, i) => [t, i]));
  let tableIndex = 0;

  const visit = (node: AnyNode): void => {
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'table') {
      blocks.push(readTable($, el, offsets.get(tableOrder.get(el)!), tableIndex++));
      // Nested tables follow their parent as blocks of their own.
      $(el).find('table').each((_, inner) => {
        blocks.push(readTable($, inner, offsets.get(tableOrder.get(inner)!), tableIndex++));
      });
    } else if (/^h[1-6]$/.test(tag)) {
      blocks.push({ kind: 'heading', text: $(el).text(), level: Number(tag[1]), page: null });
    } else if (tag === 'ul' || tag === 'ol') {
      $(el).children('li').each((_, li) => {
        blocks.push({ kind: 'paragraph', text: blockText($, li), level: null, page: null });
      });
    } else {
      blocks.push({ kind: 'paragraph', text: $(el).text(), level: null, page: null });
    }
  };
  $('body').children().each((_, el) => visit(el));

  return { format: 'docx', blocks, pages: null, warnings };
}
