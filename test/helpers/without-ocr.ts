// Runs code as if tesseract were not installed (the tools are looked up again afterwards).
import { resetOcrTools } from '../../src/readers/ocr/tools.js';

export async function withoutOcr<T>(fn: () => Promise<T>): Promise<T> {
  process.env['BUDGET_INGEST_TESSERACT'] = '/nonexistent/tesseract';
  resetOcrTools();
  try {
    return await fn();
  } finally {
    delete process.env['BUDGET_INGEST_TESSERACT'];
    resetOcrTools();
  }
}
