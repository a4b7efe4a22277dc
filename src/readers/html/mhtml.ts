// MHTML (.mht, "单个文件网页"): Word and Excel save a document as one MIME multipart file, the
// page as its text/html part, quoted-printable or base64, in the charset its part names.
// Systems and clerks post it under a .doc or .xls name. The page is read as any HTML page.
import { IngestError } from '../../pipeline/errors.js';
import { decodeHtml } from '../../util/decode-text.js';

interface Part {
  headers: Map<string, string>;
  body: Buffer;
}

/** The page an MHTML file holds, as text. */
export function mhtmlPage(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = parsePart(text);
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(top.headers.get('content-type') ?? '')?.[1];
  const parts = boundary ? splitParts(text, boundary) : [top];
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!page) throw new IngestError('CORRUPT_DOCUMENT', 'read', 'the MHTML file (a web page saved as one file) holds no HTML part: save the document again as .docx or PDF and re-run');
  return decodeHtml(page.body, page.headers.get('content-type') ?? null);
}

/** `text` from a part's start: its headers (names lower case, folded lines joined) and its decoded body. */
function parsePart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const raw = end ? text.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const body =
    encoding === 'base64' ? Buffer.from(raw.replace(/\s+/g, ''), 'base64') : encoding === 'quoted-printable' ? quotedPrintable(raw) : Buffer.from(raw, 'latin1');
  return { headers, body };
}

function splitParts(text: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  return text
    .split(delimiter)
    .slice(1) // the preamble
    .filter((chunk) => !chunk.startsWith('--')) // the closing delimiter
    .map((chunk) => parsePart(chunk.replace(/^\r?\n/, '')));
}

/** Quoted-printable (RFC 2045) to bytes: =XX is a byte, "=" at a line's end a soft break. */
function quotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(parseInt(hex[0], 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}
