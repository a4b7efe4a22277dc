// One document per template of ../shared/corpus against its hand-checked expected records
// (expected/corpus/, see docs/real-documents.md): every checked table, every cell, F1 = 1.000,
// and every reconciliation check passing.
import { accuracySuite } from '../helpers/accuracy.js';

accuracySuite(['expected/corpus'], { count: 10, checksPass: true });
