// The 决算 variants as DOCX and PDF: every cell of the expected records read back, the
// document's kind, department and year right, and every 决算 check passing on what was read.
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/final-variants'], { count: 8, checksPass: true });
