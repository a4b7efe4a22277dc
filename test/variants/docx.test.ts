// The variant corpus and the seed as DOCX: every cell of the expected records read back,
// and every reconciliation check passing on what was read.
import { accuracySuite } from '../helpers/accuracy.js';
import { KNOWN_CHECK_FAILURES } from './known-check-failures.js';

accuracySuite(['expected/variants', 'expected/seed'], {
  count: 42,
  filter: (f) => f.endsWith('.docx.jsonl'),
  checksPass: true,
  knownCheckFailures: KNOWN_CHECK_FAILURES,
});
