// Doctored copies of a DOCX: one table cell's text replaced in word/document.xml, the rest
// of the file untouched, so a test can show what one changed printed figure does.
import JSZip from 'jszip';

export interface CellEdit {
  /** 0-based table in document order (as the model numbers them). */
  table: number;
  /** 0-based row and grid column (merged cells expanded, as in the model). */
  row: number;
  col: number;
  text: string;
}

function nth(xml: string, re: RegExp, n: number, from: number, to: number): number {
  re.lastIndex = from;
  for (let i = 0, m = re.exec(xml); m && m.index < to; i++, m = re.exec(xml)) if (i === n) return m.index;
  throw new Error(`occurrence ${n} of ${re} not found`);
}

export function editCell(xml: string, edit: CellEdit): string {
  const tbl = nth(xml, /<w:tbl>/g, edit.table, 0, xml.length);
  const tblEnd = xml.indexOf('</w:tbl>', tbl);
  const tr = nth(xml, /<w:tr[ >]/g, edit.row, tbl, tblEnd);
  const trEnd = xml.indexOf('</w:tr>', tr);
  let col = 0;
  for (let tc = xml.indexOf('<w:tc>', tr); tc >= 0 && tc < trEnd; tc = xml.indexOf('<w:tc>', tc + 1)) {
    const tcEnd = xml.indexOf('</w:tc>', tc);
    const cell = xml.slice(tc, tcEnd);
    const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1);
    if (edit.col < col + span) {
      const run = `<w:r><w:t xml:space="preserve">${edit.text}</w:t></w:r>`;
      const paragraph = cell.replace(/<w:r>.*<\/w:r>/s, '');
      const doctored = /<w:p\/>/.test(paragraph) ? paragraph.replace('<w:p/>', `<w:p>${run}</w:p>`) : paragraph.replace(/<\/w:p>/, `${run}</w:p>`);
      return xml.slice(0, tc) + doctored + xml.slice(tcEnd);
    }
    col += span;
  }
  throw new Error(`no cell at column ${edit.col} of table ${edit.table} row ${edit.row}`);
}

/** The DOCX with the edits applied to word/document.xml. */
export async function doctorDocx(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}
