// The columns of a release, derived from the zod schemas and the catalogue.
import { RECORD_FILES } from '../../src/schema/records.js';
import type { RecordFile } from '../../src/schema/records.js';
import { recordColumns } from '../../src/release/columns.js';
import { decimalText } from '../../src/release/write-csv.js';
import { budgetLine } from '../sink/fixtures.js';

const FILES = Object.keys(RECORD_FILES) as RecordFile[];

test('every column of every record file has an English and a Chinese description (add new fields to src/release/field-docs.ts)', () => {
  const undocumented = FILES.flatMap((file) =>
    recordColumns(file)
      .filter((c) => {
        const [en, zh] = c.description.split('\n');
        return !en || en === c.name || !zh || !/\p{Script=Han}/u.test(zh);
      })
      .map((c) => `${file}: ${c.name}`),
  );
  expect(undocumented).toEqual([]);
});

test('amounts and attributes: one column per catalogue key, the rest (and values of another type) in *_unlisted', () => {
  const columns = recordColumns('budget_lines.jsonl');
  const line = {
    ...budgetLine('a'.repeat(64), 3),
    amounts: { total: 12.5, prior_year_carryover_general_public_budget: 1, last_year_basic: 9 },
    attributes: { quantity: 2, quantity_unit: '台', 'unmapped:备注': '新增', group: null },
  };
  const cells = Object.fromEntries(columns.map((c) => [c.name, c.cell(line)]));
  expect(cells).toMatchObject({
    amounts_total: 12.5,
    amounts_prior_year_carryover_general_public_budget: 1,
    amounts_basic: null,
    amounts_unlisted: '{"last_year_basic":9}',
    attributes_quantity: 2,
    attributes_quantity_unit: '台',
    attributes_group: null,
    attributes_unlisted: '{"unmapped:备注":"新增"}',
    provenance_row_index: 3,
    provenance_source_text: '["行3","30"]',
  });
  const total = columns.find((c) => c.name === 'amounts_total')!;
  expect([total.type, total.money, total.title]).toEqual(['number', true, '合计']);
  // a number where the catalogue says text is not lost
  const odd = recordColumns('budget_lines.jsonl').find((c) => c.name === 'attributes_unlisted')!;
  expect(odd.cell({ ...line, attributes: { measure_unit: 3 } })).toBe('{"measure_unit":3}');
});

test('money as exact decimals, no exponent, no -0', () => {
  expect([1038.81, 0.1 + 0.2, 1e-7, 0.0000015, -0.0000001, 120000000, 1.234567].map(decimalText)).toEqual([
    '1038.81',
    '0.3',
    '0',
    '0.000002',
    '0',
    '120000000',
    '1.234567',
  ]);
});
