// What a page links to, and which links are documents: by the URL's extension, or, for
// download scripts (download.jsp?id=…), by the Content-Type or file name the server sends.
import { posix } from 'node:path';
import * as cheerio from 'cheerio';
import { DOCUMENT_EXTENSIONS } from './config.js';
import { decodeGuessing } from '../util/decode-text.js';

export interface Link {
  url: string;
  /** the link's text, or its title attribute when that says more (lists cut titles short). */
  text: string;
}

const PAGE_EXTENSIONS = new Set(['htm', 'html', 'shtml', 'xhtml']);

export function parsePage(html: string, pageUrl: string): { links: (selector: string) => Link[]; text: (selector: string) => string } {
  const $ = cheerio.load(html);
  // <base href> changes what relative links are relative to
  const base = resolve($('base[href]').attr('href') ?? '', pageUrl) ?? pageUrl;
  return {
    links: (selector) => {
      const links: Link[] = [];
      $(selector).each((_, element) => {
        const node = $(element);
        const href = node.attr('href');
        const url = href === undefined ? null : resolve(href, base);
        if (!url) return;
        const text = clean(node.text());
        const title = clean(node.attr('title') ?? '');
        links.push({ url, text: title.length > text.length ? title : text });
      });
      return links;
    },
    text: (selector) => clean($(selector).first().text()),
  };
}

/** An absolute http(s) URL without its fragment, or null (javascript:, mailto:, # …). */
function resolve(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function extensionOf(name: string): string {
  const ext = posix.extname(name).slice(1).toLowerCase();
  return ext;
}

function urlExtension(url: string): string {
  return extensionOf(safeDecode(new URL(url).pathname));
}

export const isDocumentUrl = (url: string): boolean => (DOCUMENT_EXTENSIONS as readonly string[]).includes(urlExtension(url));

export function isPageUrl(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') || PAGE_EXTENSIONS.has(urlExtension(url));
}

const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/x-rar-compressed': 'rar',
  'application/vnd.rar': 'rar',
  'application/kswps': 'wps',
  'application/vnd.ms-works': 'wps',
};

/** Whether a response is a document, from its Content-Type or the name in its Content-Disposition. */
export function isDocumentResponse(headers: Headers): boolean {
  const type = mediaType(headers);
  if (type in DOCUMENT_TYPES) return true;
  const named = dispositionName(headers);
  return named !== undefined && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(named));
}

export const isHtmlResponse = (headers: Headers): boolean => /html/.test(mediaType(headers));

const mediaType = (headers: Headers): string => (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The file's own name: Content-Disposition's (RFC 6266, or raw GBK/UTF-8 bytes as old
 * servers send them), else the URL's last segment, else the link text; with an extension
 * from the Content-Type when it has none.
 */
export function fileNameFor(url: string, headers: Headers, linkText: string): string {
  const fromUrl = posix.basename(safeDecode(new URL(url).pathname));
  let name = dispositionName(headers) ?? (extensionOf(fromUrl) ? fromUrl : linkText || fromUrl || 'download');
  const typeExt = DOCUMENT_TYPES[mediaType(headers)];
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(name)) && typeExt) name = `${name}.${typeExt}`;
  return name;
}

function dispositionName(headers: Headers): string | undefined {
  const header = headers.get('content-disposition');
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) return safeDecode(extended[2]!.trim());
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (!plain) return undefined;
  const value = (plain[2] ?? plain[1]!).trim();
  // Headers arrive as latin1 code units: raw bytes of a GBK or UTF-8 name
  const raw = decodeGuessing(Buffer.from(value, 'latin1'));
  return safeDecode(raw);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
