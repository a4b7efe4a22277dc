// The six real PDFs against their hand-checked expected records (expected/real/, see
// docs/real-documents.md): every checked table, every cell, F1 = 1.000, and every check passes.
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/real'], { count: 6, checksPass: true });
