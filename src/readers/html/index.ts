// HTML reader: a disclosure published as a web page (a county portal's article with its tables
// inline, inside the page's layout tables, or its 说明 as the article with the tables attached),
// tables saved as HTML under an Office name (a system's "Excel" export, .xls holding <table>),
// or a document Word or Excel saved as one MHTML file (mhtml.ts). The page's text becomes
// paragraphs and headings in document order, paragraphs of links leading off the page (the
// portal's menus) left out; each data table (one holding no other table) is laid out as a
// worksheet is (../sheet/layout.ts), so the title and 单位 rows an export prints inside its
// table become paragraphs and tables stacked in one <table> come apart. Whether a page with no
// table of data is a disclosure is the pipeline's to say (a 说明, a landing page, neither).
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Block, DocumentModel } from '../../model/document.js';
import { cleanText } from '../../normalize/text.js';
import type { DocumentFormat } from '../../schema/records.js';
import { decodeHtml } from '../../util/decode-text.js';
import { CELLS, childElements, isElement, span, tableRows, tablesIn, textOf } from '../dom.js';
import { sheetBlocks, type Range, type SheetCell } from '../sheet/layout.js';
import { mhtmlPage } from './mhtml.js';

/** Elements whose text is never the document's. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'select', 'button', 'textarea', 'svg', 'object', 'map']);
/** Elements that end a paragraph before and after them. */
const BREAKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'center', 'blockquote', 'pre', 'form', 'figure', 'figcaption',
  'address', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'br', 'caption', 'tr', 'td', 'th',
]);
const HEADING = /^h([1-6])$/;
/**
 * A link leading off the page (a menu's, a breadcrumb's, an attachment's): not a bookmark, <a
 * name="_Toc…"> wrapping a heading, nor a contents entry pointing into the page (href="#_Toc…").
 */
const leadsAway = (el: Element): boolean => el.name === 'a' && el.attribs['href'] !== undefined && !el.attribs['href'].trim().startsWith('#');
/** Text of its own beside links: a word or a number (a separator | or / between links is none). */
const WORDS = /[\p{L}\p{N}]/u;

/** A data cell's text: one line per paragraph or <br>, spaces inside a line collapsed. */
function cellText(el: Element): string {
  const lines: string[] = [''];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') lines[lines.length - 1] += node.data;
    if (!isElement(node) || SKIP.has(node.name)) return;
    const breaks = BREAKS.has(node.name);
    if (breaks) lines.push('');
    for (const child of node.children) walk(child);
    if (breaks) lines.push('');
  };
  for (const child of el.children) walk(child);
  return lines.map(cleanText).filter((l) => l !== '').join('\n');
}

/** A table of data: it holds no other table, and some row has two cells (a one-column or one-row table lays out the page). */
function isDataTable(table: Element): boolean {
  if (tablesIn(table).length > 0) return false;
  const rows = tableRows(table);
  return rows.length > 1 && rows.some((tr) => childElements(tr, CELLS).length > 1);
}

/** A table's cells placed on its grid (rowspan and colspan taken into account), as a worksheet's. */
function asSheet(table: Element): { rows: SheetCell[][]; merges: Range[] } {
  const rows: SheetCell[][] = [];
  const merges: Range[] = [];
  tableRows(table).forEach((tr, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const td of childElements(tr, CELLS)) {
      while (rows[r]![c]) c++;
      const rowSpan = span(td.attribs['rowspan']);
      const colSpan = span(td.attribs['colspan']);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (rows[r + dr] ??= [])[c + dc] = { text: '' };
      rows[r]![c] = { text: cellText(td) };
      if (rowSpan > 1 || colSpan > 1) merges.push({ s: { r, c }, e: { r: r + rowSpan - 1, c: c + colSpan - 1 } });
      c += colSpan;
    }
  });
  return { rows, merges };
}

export function readHtml(bytes: Uint8Array): DocumentModel {
  return readPage(decodeHtml(bytes, null), 'html');
}

/** An MHTML file (a page saved as one file by Word or Excel): its HTML part read as a page. */
export function readMhtml(bytes: Uint8Array): DocumentModel {
  return readPage(mhtmlPage(bytes), 'mhtml');
}

function readPage(html: string, format: DocumentFormat): DocumentModel {
  const root = load(html).root()[0] as unknown as Element;
  const blocks: Block[] = [];
  let text = '';
  // the paragraph's text outside links: a paragraph of links only is the portal's navigation
  // (menus, breadcrumbs, related articles), not the document's
  let unlinked = '';
  let links = 0;
  const tables = () => blocks.filter((b) => b.kind === 'table').length;
  const flush = (): void => {
    const t = cleanText(text);
    if (t !== '' && WORDS.test(unlinked)) blocks.push({ kind: 'paragraph', text: t, level: null, page: null });
    text = '';
    unlinked = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      text += node.data;
      if (links === 0) unlinked += node.data;
    }
    if (!isElement(node) || SKIP.has(node.name)) return;
    if (leadsAway(node)) {
      links++;
      for (const child of node.children) walk(child);
      links--;
      return;
    }
    const heading = HEADING.exec(node.name);
    if (heading) {
      flush();
      const t = cleanText(textOf(node));
      if (t !== '') blocks.push({ kind: 'heading', text: t, level: Number(heading[1]), page: null });
    } else if (node.name === 'table' && isDataTable(node)) {
      flush();
      blocks.push(...sheetBlocks(asSheet(node), tables()));
    } else {
      const breaks = BREAKS.has(node.name) || node.name === 'table';
      if (breaks) flush();
      for (const child of node.children) walk(child);
      if (breaks) flush();
    }
  };
  for (const child of root.children) walk(child);
  flush();
  return { format, blocks, pages: null, warnings: [] };
}
