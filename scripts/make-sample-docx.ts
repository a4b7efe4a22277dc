// Builds samples/qinglong-2024.docx from the structured transcription in
// scripts/sample-src/qinglong-2024.json: a real Word document (heading styles, bordered
// tables with gridSpan/vMerge, header rows) that serves as the main DOCX test fixture.
// Usage: node dist/scripts/make-sample-docx.js [in.json] [out.docx]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import {
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { runMain } from './run-main.js';

export interface SampleCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}
export type SampleBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  /** keepRows: no row breaks across a page (Word's "allow row to break across pages" off). */
  | { type: 'table'; headerRows?: number; keepRows?: boolean; rows: SampleCell[][] };
/** A JPEG pasted as an inline picture, shown `width` × `height` pixels at 96 to the inch (scripts/make-picture-docx.ts). */
export type PictureBlock = { type: 'picture'; jpeg: Buffer; width: number; height: number };

/** Fixed timestamp for core.xml and the zip entries, so the same JSON gives the same bytes. */
const FIXED_DATE = '2024-01-01T00:00:00Z';
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01, time 00:00:00
const TEXT_WIDTH = 11906 - 2 * 1440; // A4 portrait width minus docx's default margins (twips)
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Grid width of a table; throws unless every row covers it exactly (rowSpans from above included). */
export function gridWidth(rows: SampleCell[][], where: string): number {
  let width = -1;
  let carried: number[] = []; // per grid column: rows still covered by a rowSpan from above
  rows.forEach((row, r) => {
    const next: number[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((carried[col] ?? 0) > 0) {
        next[col] = (carried[col] ?? 0) - 1;
        col += 1;
      }
    };
    for (const cell of row) {
      skipCovered();
      const span = cell.colSpan ?? 1;
      for (let c = col; c < col + span; c++) next[c] = (cell.rowSpan ?? 1) - 1;
      col += span;
    }
    skipCovered();
    if (width < 0) width = col;
    if (col !== width) throw new Error(`${where} row ${r + 1}: covers ${col} columns, table has ${width}`);
    carried = next;
  });
  if (carried.some((n) => n > 0)) throw new Error(`${where}: a rowSpan runs past the last row`);
  return width;
}

/** The runs of one paragraph; a tab in the text becomes a real <w:tab/> (TOC lines "title<TAB>page"). */
function runs(text: string): TextRun[] {
  if (text === '') return [];
  const parts = text.split('\t');
  const children = parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((p) => p !== '');
  return [new TextRun({ children })];
}

function table(block: Extract<SampleBlock, { type: 'table' }>, where: string): Table {
  const width = gridWidth(block.rows, where);
  const colWidth = Math.floor(TEXT_WIDTH / width);
  return new Table({
    width: { size: colWidth * width, type: WidthType.DXA },
    columnWidths: Array.from({ length: width }, () => colWidth),
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: block.rows.map(
      (row, r) =>
        new TableRow({
          // header rows repeat on each page and become <thead>/<th> in mammoth; the others get no
          // trPr at all (tableHeader: false would write <w:tblHeader w:val="off"/> on every row)
          ...(r < (block.headerRows ?? 0) ? { tableHeader: true } : {}),
          ...(block.keepRows ? { cantSplit: true } : {}),
          children: row.map(
            (cell) =>
              new TableCell({
                // several paragraphs in one cell are "\n"-separated in the JSON
                children: cell.text.split('\n').map((line) => new Paragraph({ children: runs(line) })),
                ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
                // docx writes vMerge restart here and adds the vMerge continue cells below itself
                ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docx stamps core.xml with "now"; this replacement carries fixed dates instead. */
function coreXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>budget-ingest make-sample-docx</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_DATE}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * fflate (inside docx) stamps every zip entry with the local time of packing; overwrite the
 * DOS time/date of each local header and central directory entry with a fixed value.
 */
export function pinZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

export async function buildDocx(blocks: (SampleBlock | PictureBlock)[], title: string): Promise<Buffer> {
  const children = blocks.map((block, i) => {
    switch (block.type) {
      case 'heading':
        return new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) });
      case 'paragraph':
        return new Paragraph({ children: runs(block.text) });
      case 'table':
        return table(block, `block ${i + 1} (table)`);
      case 'picture':
        return new Paragraph({ children: [new ImageRun({ type: 'jpg', data: block.jpeg, transformation: { width: block.width, height: block.height } })] });
    }
  });
  const doc = new Document({
    title,
    creator: 'budget-ingest make-sample-docx',
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }], // A4
  });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return pinZipTimes(zip);
}

async function main(): Promise<void> {
  const root = packageRoot();
  const input = resolve(process.argv[2] ?? join(root, 'scripts/sample-src/qinglong-2024.json'));
  const output = resolve(process.argv[3] ?? join(root, 'samples/qinglong-2024.docx'));
  const { blocks } = JSON.parse(readFileSync(input, 'utf8')) as { blocks: SampleBlock[] };
  const title = '青龙满族自治县机关事务服务中心2024年部门预算信息公开';
  const bytes = await buildDocx(blocks, title);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, bytes);
  const tables = blocks.filter((b) => b.type === 'table');
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  const cells = tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0);
  console.log(`${output}: ${blocks.length} blocks, ${tables.length} tables, ${rows} rows, ${cells} cells, ${bytes.length} bytes`);
}

// Run only as a script, so the helpers above can be imported without side effects.
runMain(import.meta.url, main);
