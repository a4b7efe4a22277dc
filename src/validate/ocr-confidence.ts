// attributes.ocr_confidence of budget lines read by OCR: the lowest confidence of the amount
// cells on the line's row (contract v2), so a dataset user can find the figures to look at.
import type { DocumentModel, TableBlock } from '../model/document.js';
import type { BudgetLine } from '../schema/records.js';

// a cell printed as an amount: digits with separators, a point, a sign
const AMOUNT = /^[-−]?[\d,，.]*\d[\d,，.]*$/;

export function addOcrConfidence(model: DocumentModel, lines: BudgetLine[]): void {
  if (model.text_source === undefined || model.text_source === 'text_layer') return;
  const tables = new Map<number, TableBlock>();
  for (const b of model.blocks) if (b.kind === 'table') tables.set(b.index, b);
  for (const line of lines) {
    const row = tables.get(line.provenance.table_index)?.rows[line.provenance.row_index] ?? [];
    let low: number | undefined;
    for (const c of row) {
      if (c.origin !== null || c.ocr_confidence === undefined || !AMOUNT.test(c.text.replace(/\s/g, ''))) continue;
      low = Math.min(low ?? 1, c.ocr_confidence);
    }
    if (low !== undefined) line.attributes['ocr_confidence'] = Math.round(low * 100) / 100;
  }
}
