// Word 97 (.doc), WPS (.wps), RTF and OpenDocument text (.odt): converted to DOCX by
// LibreOffice, then read by the DOCX reader, so their tables keep their structure (merged
// cells included).
import type { DocumentModel } from '../../model/document.js';
import type { DocumentFormat } from '../../schema/records.js';
import { readDocx } from '../docx/index.js';
import type { PictureOptions } from '../docx/pictures.js';
import { convertToDocx } from './convert.js';

export async function readConverted(bytes: Uint8Array, format: DocumentFormat, timeoutMs?: number, pictures: PictureOptions = {}): Promise<DocumentModel> {
  const { docx, convertedBy } = await convertToDocx(bytes, format, timeoutMs);
  const model = await readDocx(new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength), pictures);
  return { ...model, format, convertedBy };
}
