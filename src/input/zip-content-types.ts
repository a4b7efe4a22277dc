// What an Office Open XML zip is, from the content type of its main part in
// [Content_Types].xml (the part may live under any name), else from the usual part names.
// WPS Office writes the same packages, naming workbooks .et.
import type { DocumentFormat } from '../schema/records.js';

const MAIN_PARTS: ReadonlyArray<{ type: RegExp; part: string; kind: 'word' | 'workbook' }> = [
  // document, macro-enabled document, template
  { type: /wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroEnabled[^"]*\.main\+xml/i, part: 'word/document.xml', kind: 'word' },
  // workbook, macro-enabled workbook, template
  { type: /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/i, part: 'xl/workbook.xml', kind: 'workbook' },
];

/** docx, xlsx or et; null when the zip is neither a Word document nor a workbook. */
export function zipFormat(contentTypes: string | null, names: ReadonlySet<string>, ext: string): DocumentFormat | null {
  const declared = contentTypes === null ? [] : MAIN_PARTS.filter((m) => m.type.test(contentTypes));
  const main = declared[0] ?? MAIN_PARTS.find((m) => names.has(m.part));
  if (!main) return null;
  if (main.kind === 'word') return 'docx';
  return ext === '.et' ? 'et' : 'xlsx';
}
