// A page as Word saves it "as a single file web page" (.mht): MIME multipart/related, the page
// quoted-printable in its own charset, CRLF lines of at most 76 characters.
const BOUNDARY = '----=_NextPart_01DA0000.00000000';

export function mhtmlOf(html: Buffer, charset: string): Buffer {
  const head = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${BOUNDARY}"`,
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${BOUNDARY}`,
    'Content-Location: file:///C:/budget.htm',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Type: text/html; charset="${charset}"`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), quotedPrintable(html), Buffer.from(`\r\n\r\n--${BOUNDARY}--\r\n`, 'latin1')]);
}

function quotedPrintable(bytes: Buffer): Buffer {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    if (b === 0x0d) continue;
    const piece = b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : b === 32 ? ' ' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return Buffer.from(lines.join('\r\n'), 'latin1');
}
