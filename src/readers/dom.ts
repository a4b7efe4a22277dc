// DOM helpers shared by the readers that walk HTML: the DOCX reader (mammoth's HTML) and the
// HTML reader (pages and HTML saved under an Office name). They read the nodes directly:
// selector queries per cell cost more than the parse (docs/architecture.md).
import type { AnyNode, Element } from 'domhandler';

export const isElement = (node: AnyNode): node is Element => node.type === 'tag';

export const childElements = (el: Element, names: ReadonlySet<string>): Element[] =>
  el.children.filter((c): c is Element => isElement(c) && names.has(c.name));

/** All text below a node, as cheerio's .text() gives it. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const ROW = new Set(['tr']);
export const CELLS = new Set(['td', 'th']);

/** A table's own rows (under thead/tbody/tfoot or directly), not those of nested tables. */
export function tableRows(table: Element): Element[] {
  return table.children.flatMap((c) => (!isElement(c) ? [] : ROW_GROUPS.has(c.name) ? childElements(c, ROW) : c.name === 'tr' ? [c] : []));
}

/** The tables below `el` in document order (preorder, nested included). */
export function tablesIn(el: Element, out: Element[] = []): Element[] {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === 'table') out.push(child);
    tablesIn(child, out);
  }
  return out;
}

/** A cell's span attribute: a positive integer, else 1 (exports print rowspan="0" or junk). */
export const span = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
};
