// Renders the structured transcription scripts/sample-src/qinglong-2024.json as a plain HTML
// document: headings as h1/h2/h3, paragraphs as p, tables ruled with border=1 and
// border-collapse, rowspan/colspan as in the JSON, header rows in <thead> (so a browser repeats
// them on every printed page, like the DOCX's repeating header rows). make-sample-pdfs prints
// it to PDF with headless Chromium; the HTML itself is a temporary file, not a sample.
// Usage: node dist/scripts/render-sample-html.js [in.json] [out.html]   (no out: stdout)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { gridWidth, type SampleBlock, type SampleCell } from './make-sample-docx.js';
import { runMain } from './run-main.js';

export const SAMPLE_TITLE = '青龙满族自治县机关事务服务中心2024年部门预算信息公开';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Several paragraphs in one cell are "\n"-separated in the JSON. */
const cellText = (text: string): string => text.split('\n').map(esc).join('<br>');

function cell(c: SampleCell, tag: 'th' | 'td'): string {
  const attrs =
    (c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '') +
    (c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
  return `<${tag}${attrs}>${cellText(c.text)}</${tag}>`;
}

function table(block: Extract<SampleBlock, { type: 'table' }>, where: string): string {
  gridWidth(block.rows, where); // throws on a malformed table, as make-sample-docx does
  const head = block.headerRows ?? 0;
  const tr = (row: SampleCell[], tag: 'th' | 'td'): string => `<tr>${row.map((c) => cell(c, tag)).join('')}</tr>`;
  const lines = ['<table border="1" style="border-collapse:collapse">'];
  if (head > 0) lines.push('<thead>', ...block.rows.slice(0, head).map((r) => tr(r, 'th')), '</thead>');
  lines.push('<tbody>', ...block.rows.slice(head).map((r) => tr(r, 'td')), '</tbody>', '</table>');
  return lines.join('\n');
}

/** `font`: the CSS font family; a CFF font such as Noto Sans CJK SC makes Chromium write Type 3 fonts. */
export function renderHtml(blocks: SampleBlock[], title = SAMPLE_TITLE, font = 'WenQuanYi Micro Hei'): string {
  const body = blocks.map((block, i) => {
    switch (block.type) {
      case 'heading':
        return `<h${block.level}>${esc(block.text)}</h${block.level}>`;
      case 'paragraph':
        // pre-wrap keeps the TOC's "title<TAB>page" tab and the double spaces of the original
        return block.text === '' ? '<p>&nbsp;</p>' : `<p>${esc(block.text)}</p>`;
      case 'table':
        return table(block, `block ${i + 1} (table)`);
    }
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '<style>',
    '@page { size: A4; margin: 20mm 18mm; }',
    `body { font-family: "${font}", sans-serif; font-size: 10.5pt; line-height: 1.5; }`,
    'h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 12pt; }',
    'h1, h2, h3, th { font-weight: normal; } /* no bold face: Skia would draw synthetic bold as Type 3 */',
    'h1, h2, h3 { break-after: avoid; }',
    'p { white-space: pre-wrap; tab-size: 8; margin: 0.3em 0; }',
    'table { width: 100%; margin: 0.5em 0; font-size: 9pt; }',
    'th, td { padding: 1pt 3pt; vertical-align: middle; }',
    'tr { break-inside: avoid; }',
    '</style>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function main(): void {
  const root = packageRoot();
  const input = resolve(process.argv[2] ?? join(root, 'scripts/sample-src/qinglong-2024.json'));
  const { blocks } = JSON.parse(readFileSync(input, 'utf8')) as { blocks: SampleBlock[] };
  const html = renderHtml(blocks);
  const output = process.argv[3];
  if (output === undefined) {
    process.stdout.write(html);
    return;
  }
  mkdirSync(dirname(resolve(output)), { recursive: true });
  writeFileSync(resolve(output), html);
  console.log(`${resolve(output)}: ${blocks.length} blocks, ${html.length} characters`);
}

// Run only as a script, so renderHtml can be imported without side effects.
runMain(import.meta.url, main);
