// Whether a web page's text states amounts in 元/万元: an article to read (a 说明 published as
// the portal's article, its tables attached), not an error, login or listing page. Ingest's
// sniffing reads such a page; the crawl keeps such a detail page as a document.
import { decodeHtml } from './decode-text.js';

/** Amounts past which a page is an article (an error page states none, a notice one or two). */
const ARTICLE_AMOUNTS = 3;
const AMOUNT_IN_YUAN = /\d[\d,]*(?:\.\d+)?\s*万?元/g;

export const statesAmounts = (bytes: Uint8Array): boolean => (decodeHtml(bytes, null).match(AMOUNT_IN_YUAN)?.length ?? 0) >= ARTICLE_AMOUNTS;
