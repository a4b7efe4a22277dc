// The six real PDFs against their hand-checked expected records (expected/real/, see
// docs/real-documents.md): every checked table, every cell, F1 = 1.000. Their checks are
// asserted in the per-document tests (two Jiangsu 说明 texts trip the narrative check).
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/real'], { count: 6, checksPass: false });
