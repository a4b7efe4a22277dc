// Builds small PDFs by hand for the reader's tests: pages with text and rules drawn exactly
// as a test needs them (stroked lines like LibreOffice, filled rectangles like Word/WPS,
// no rules at all, rotated pages), plus broken and password-protected files.
// Fonts: F1 Helvetica (ASCII); F2 STSong-Light with the predefined UniGB-UCS2-H CMap (any
// Chinese text, not embedded: pdf.js maps codes to Unicode through the CMap); F3 Helvetica
// whose ToUnicode maps A → U+2ED4 (⻔) and B → U+2F00 (⼀), as some producers do; F4 a Type 3
// font as Chromium writes one (glyph procedures in a 1000-unit FontMatrix, no ascent/descent:
// pdf.js reports NaN metrics) whose ToUnicode maps ASCII digits, '.', ',' to themselves and
// A → 合, B → 计 (type3Text encodes them); F5 a TrueType font that is not embedded (Arial, no
// descriptor metrics: pdf.js substitutes a standard font).
import { buildPdf as serializePdf } from '../../../scripts/make-bad-inputs.js';

export interface PageSpec {
  width?: number;
  height?: number;
  rotate?: number;
  /** the content stream (use the helpers below). */
  content: string;
}

/** Text at (x, y) in user space; Chinese needs font F2. */
export function text(x: number, y: number, size: number, s: string, font: 'F1' | 'F2' | 'F3' | 'F4' | 'F5' = /^[\x20-\x7e]*$/.test(s) ? 'F1' : 'F2'): string {
  const str = font === 'F2' ? `<${[...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('')}>` : `(${s.replace(/[()\\]/g, '\\$&')})`;
  return `BT /${font} ${size} Tf ${x} ${y} Td ${str} Tj ET\n`;
}

/** Text in the Type 3 font F4: digits, '.', ',', 合 and 计. */
export function type3Text(x: number, y: number, size: number, s: string): string {
  return text(x, y, size, s.replace(/合/g, 'A').replace(/计/g, 'B'), 'F4');
}

/** A stroked line. */
export function line(x1: number, y1: number, x2: number, y2: number, width = 0.5): string {
  return `${width} w ${x1} ${y1} m ${x2} ${y2} l S\n`;
}

/** A filled rectangle (a border when thin, a shading when large). */
export function fillRect(x: number, y: number, w: number, h: number, gray = 0): string {
  return `${gray} g ${x} ${y} ${w} ${h} re f 0 g\n`;
}

/** A ruled grid: stroked (LibreOffice) or as thin filled rectangles (Word/WPS). */
export function grid(xs: readonly number[], ys: readonly number[], style: 'stroke' | 'fill'): string {
  const x0 = xs[0] as number;
  const x1 = xs[xs.length - 1] as number;
  const yTop = ys[0] as number;
  const yBottom = ys[ys.length - 1] as number;
  let out = '';
  for (const y of ys) out += style === 'stroke' ? line(x0, y, x1, y) : fillRect(x0, y - 0.25, x1 - x0, 0.5);
  for (const x of xs) out += style === 'stroke' ? line(x, yTop, x, yBottom) : fillRect(x - 0.25, yBottom, 0.5, yTop - yBottom);
  return out;
}

/** A ToUnicode CMap for one-byte codes: [code, hex UTF-16 code unit] pairs. */
function toUnicode(name: string, pairs: readonly [number, string][]): string {
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /${name} def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
${pairs.length} beginbfchar
${pairs.map(([code, to]) => `<${code.toString(16).padStart(2, '0')}> <${to}>`).join('\n')}
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

const TO_UNICODE = toUnicode('Test-UCS', [
  [0x41, '2ED4'],
  [0x42, '2F00'],
]);

const TYPE3_CODES = '0123456789.,AB';
const TYPE3_UNICODE = toUnicode(
  'Test3-UCS',
  [...TYPE3_CODES].map((c): [number, string] => [c.charCodeAt(0), ({ A: '5408', B: '8BA1' } as Record<string, string>)[c] ?? c.charCodeAt(0).toString(16).padStart(4, '0')]),
);

export function buildPdf(pages: readonly PageSpec[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (data: string, dict = ''): string => `<< /Length ${Buffer.byteLength(data, 'latin1')} ${dict}>>\nstream\n${data}\nendstream`;

  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const f2 = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] >>`);
  const cmap = add(stream(TO_UNICODE));
  const f3 = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode ${cmap} 0 R >>`);
  // Type 3: every glyph a filled box; digits and punctuation 500 units wide, A and B 1000
  const glyph = add(stream('0 0 0 0 400 700 d1 50 0 300 700 re f'));
  const wideGlyph = add(stream('0 0 0 0 900 800 d1 50 -100 800 900 re f'));
  const names = [...TYPE3_CODES].map((c) => `g${c.charCodeAt(0)}`);
  const procs = names.map((n, i) => `/${n} ${TYPE3_CODES[i] === 'A' || TYPE3_CODES[i] === 'B' ? wideGlyph : glyph} 0 R`).join(' ');
  const first = 0x2c;
  const widths = Array.from({ length: 0x42 - first + 1 }, (_, i) => (i + first >= 0x41 ? 1000 : 500));
  const unicode3 = add(stream(TYPE3_UNICODE));
  const f4 = add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 -100 1000 900] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${procs} >> ` +
      `/Encoding << /Type /Encoding /Differences [${[...TYPE3_CODES].map((c, i) => `${c.charCodeAt(0)} /${names[i]}`).join(' ')}] >> ` +
      `/FirstChar ${first} /LastChar 66 /Widths [${widths.join(' ')}] /ToUnicode ${unicode3} 0 R /Resources << >> >>`,
  );
  const f5 = add('<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    const content = add(stream(p.content));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width ?? 595} ${p.height ?? 842}] /Rotate ${p.rotate ?? 0} ` +
          `/Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R /F5 ${f5} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let trailerExtra = '';
  if (options.encrypted) {
    // Standard security handler with O/U values no password produces: a reader must ask.
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`);
    trailerExtra = ` /Encrypt ${enc} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`;
  }

  return new Uint8Array(serializePdf(objects, trailerExtra));
}
