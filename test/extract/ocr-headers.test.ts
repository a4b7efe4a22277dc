// A header label OCR read with one character wrong (财政拨款收人) is taken for the one label of
// its table one character away, with a warning; printed text is never guessed at.
import { extractLineItems } from '../../src/extract/line-items.js';
import { context, section, type Printed } from './section.js';

const printed = (label: string): Printed => [
  [{ text: '功能分类科目', colSpan: 2 }, { text: '合计', rowSpan: 2 }, { text: '本年收入', colSpan: 2 }],
  ['科目编码', '科目名称', '小计', label],
  ['', '合计', '10.00', '10.00', '10.00'],
  ['201', '一般公共服务支出', '10.00', '10.00', '10.00'],
];

function read(label: string, ocr: boolean) {
  const s = section('income_summary', printed(label));
  if (ocr) for (const row of s.tables[0]!.rows) for (const c of row) if (c) c.ocr_confidence = 0.9;
  const ctx = context();
  const lines = extractLineItems(s, ctx);
  return { amounts: lines.map((l) => l.amounts), warnings: ctx.warnings.map((w) => w.code) };
}

test('OCR: 财政拨款收人 under 本年收入 is the 财政拨款收入 column, and says so', () => {
  const { amounts, warnings } = read('财政拨款收人', true);
  expect(amounts).toEqual([
    { total: 10, current_year_subtotal: 10, fiscal_appropriation: 10 },
    { total: 10, current_year_subtotal: 10, fiscal_appropriation: 10 },
  ]);
  expect(warnings).toEqual(['OCR_HEADER_MISREAD']);
});

test('a text layer printing 财政拨款收人 is not corrected: the column stays unmapped', () => {
  const { amounts, warnings } = read('财政拨款收人', false);
  expect(amounts[0]).toEqual({ total: 10, current_year_subtotal: 10 });
  expect(warnings).toEqual(['UNMAPPED_COLUMN']);
});

test('OCR: a label two characters off, or a short one, is not taken for anything', () => {
  expect(read('财政拔款收人', true).warnings).toEqual(['UNMAPPED_COLUMN']);
  expect(read('小记', true).warnings).toEqual(['UNMAPPED_COLUMN']); // one edit from 小计, but two characters could be anything
});
