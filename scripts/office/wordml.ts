// A DOCX's body as Word 2003 XML (WordprocessingML 2003, what document systems export under a
// .doc name): the same paragraphs, runs and tables under the 2003 namespace, where vertical
// merges are w:vmerge. Styles, numbering and settings are left out (their text is in the body).
// LibreOffice's own "MS Word 2003 XML" export writes no merges at all, so it is not used.
import JSZip from 'jszip';

export async function wordmlOf(docx: Buffer): Promise<Buffer> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
  const body = xml && /<w:body>[\s\S]*<\/w:body>/.exec(xml)?.[0];
  if (!body) throw new Error('no w:body in word/document.xml');
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
      '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xml:space="preserve">' +
      body.replace(/<w:vMerge\b/g, '<w:vmerge') +
      '</w:wordDocument>',
    'utf8',
  );
}
