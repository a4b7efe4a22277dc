// The variant corpus and the seed as PDF (LibreOffice; the seed also through Chromium):
// every cell of the expected records read back, every reconciliation check passing.
import { accuracySuite } from '../helpers/accuracy.js';
import { KNOWN_CHECK_FAILURES } from './known-check-failures.js';

accuracySuite(['expected/variants', 'expected/seed'], {
  count: 43,
  filter: (f) => f.endsWith('.pdf.jsonl'),
  checksPass: true,
  knownCheckFailures: KNOWN_CHECK_FAILURES,
});
