// A minimal PDF writer: numbered objects and an exact cross-reference table, and image-only
// PDFs (one picture per page, nothing else) built on it. Scripts write fixtures with it; the
// DOCX reader puts pasted pictures into one so the PDF reader's OCR path reads them.

/** A PDF of `objects` (object i + 1 is objects[i]; object 1 is the catalog). */
export function serializePdf(objects: readonly string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** One page's picture: an image XObject's dictionary entries and its (encoded) data. */
export interface PdfImage {
  width: number;
  height: number;
  /** pixels per inch: the page is the picture's size at this resolution. */
  ppi: number;
  /** the XObject's entries besides Type, Subtype, Width, Height and Length (ColorSpace, Filter, …). */
  dict: string;
  data: Buffer;
}

/** An image-only PDF: each page one picture drawn over the whole page. */
export function imageOnlyPdf(images: readonly PdfImage[]): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: number[] = [];
  for (const img of images) {
    const pw = ((img.width * 72) / img.ppi).toFixed(2);
    const ph = ((img.height * 72) / img.ppi).toFixed(2);
    objects.push(`<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} ${img.dict} /Length ${img.data.length} >>\nstream\n${img.data.toString('latin1')}\nendstream`);
    const image = objects.length;
    const content = `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return serializePdf(objects);
}
