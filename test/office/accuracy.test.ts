// The workbook, web, OpenDocument, RTF, MHTML and 2003 XML copies of the sample and variants
// (npm run make:office): every cell of the expected records read back, every check passing.
// The Word 97 .doc/.wps copies are scored by `npm run accuracy -- expected/office`; here one
// .doc goes through LibreOffice in parity.test.ts, and the .odt, .rtf and Word 2003 XML do
// (each conversion costs seconds).
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/office'], {
  count: 23,
  filter: (f) => !/(^|\/)[\w-]+\.(doc|wps)\.jsonl$/.test(f),
  checksPass: true,
});
