// Bytes to text for portal pages and names: the charset the server names, else the page's
// own <meta charset>, else UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset of
// GBK and GB2312, what old Chinese portals use without saying so). Node's TextDecoder has
// these encodings built in (full ICU), as the input manifest reader already relies on.

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn']);

export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetOf(contentType) ?? metaCharset(bytes);
  if (declared) {
    const text = decodeAs(bytes, declared);
    if (text !== null) return text;
  }
  return decodeGuessing(bytes);
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030. */
export function decodeGuessing(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function charsetOf(contentType: string | null): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, in the head
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  const name = GB_LABELS.has(label.toLowerCase()) ? 'gb18030' : label;
  try {
    return new TextDecoder(name).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null; // a label the platform does not know: guess instead
  }
}
