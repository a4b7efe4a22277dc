// The workbook, web, OpenDocument and RTF copies of the sample and variants (npm run
// make:office): every cell of the expected records read back, every check passing. The
// .doc/.wps copies are scored by `npm run accuracy -- expected/office`; here one .doc goes
// through LibreOffice in parity.test.ts, and the .odt and .rtf do (each conversion costs seconds).
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/office'], {
  count: 17,
  filter: (f) => !/\.(doc|wps)\.jsonl$/.test(f),
  checksPass: true,
});
