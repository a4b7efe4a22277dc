// A scanned page published as a picture (.jpg, .png: small county portals post a table page
// photographed or scanned). The picture becomes the one page of an image-only PDF, and the PDF
// reader reads it as it reads any scan (OCR, rules, grids, cells), so every later stage sees
// the same model; the model says the format the bytes were.
import type { DocumentModel } from '../../model/document.js';
import { IngestError } from '../../pipeline/errors.js';
import type { DocumentFormat } from '../../schema/records.js';
import { imageOnlyPdf } from '../../util/pdf-writer.js';
import { pdfImageOf } from '../docx/picture-image.js';
import type { ReadOptions } from '../index.js';
import { OCR_PACKAGES, ocrTools } from '../ocr/tools.js';
import { readPdf } from '../pdf/index.js';

export async function readImage(bytes: Uint8Array, format: DocumentFormat, options: ReadOptions = {}): Promise<DocumentModel> {
  const image = pdfImageOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (typeof image === 'string') {
    throw new IngestError('CORRUPT_DOCUMENT', 'read', `the picture cannot be read (${image}): download it again, or find the PDF the portal scanned it from`);
  }
  const tools = ocrTools();
  if (typeof tools === 'string') {
    throw new IngestError('OCR_UNAVAILABLE', 'read', `The picture is a scanned page, read only by OCR, and OCR is unavailable (${tools}). Install OCR (apt-get install -y ${OCR_PACKAGES}) and run again.`);
  }
  try {
    return { ...(await readPdf(new Uint8Array(imageOnlyPdf([image])), options)), format };
  } catch (err) {
    if (err instanceof IngestError && err.code === 'NO_TEXT_LAYER') {
      throw new IngestError('NO_TEXT_LAYER', 'read', 'OCR found no text in the picture: check that it is a page of the disclosure, or scan it again at 300 dpi.');
    }
    throw err;
  }
}
