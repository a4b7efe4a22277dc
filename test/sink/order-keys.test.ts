import { BudgetLine, DocumentRecord } from '../../src/schema/records.js';
import { orderKeys } from '../../src/sink/order-keys.js';
import { budgetLine, documentRecord, sha } from './fixtures.js';

/** The same line with the keys of its fixed-shape objects inserted in reverse order. */
function reversed(line: ReturnType<typeof budgetLine>): unknown {
  const flip = (value: object): object => Object.fromEntries(Object.entries(value).reverse());
  return flip({ ...line, provenance: flip(line.provenance) });
}

describe('orderKeys', () => {
  test('output does not depend on the order in which the object was built', () => {
    const line = budgetLine(sha('a'), 3);
    expect(JSON.stringify(orderKeys(BudgetLine, reversed(line)))).toBe(JSON.stringify(orderKeys(BudgetLine, line)));
  });

  test('object keys follow the schema shape, nested objects included', () => {
    const ordered = orderKeys(BudgetLine, reversed(budgetLine(sha('a'), 3))) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(Object.keys(BudgetLine.shape));
    expect(Object.keys(ordered.provenance as object)).toEqual(['page', 'table_index', 'row_index', 'source_text']);
  });

  test('record keys keep their insertion order: it is the printed column order', () => {
    const line = { ...budgetLine(sha('a'), 1), amounts: { total: 1, basic: 2, project: null } };
    const ordered = orderKeys(BudgetLine, line) as { amounts: object };
    expect(Object.keys(ordered.amounts)).toEqual(['total', 'basic', 'project']);
  });

  test('objects inside arrays and nullable fields are ordered too', () => {
    const doc = { ...documentRecord('a.docx', sha('a')), warnings: [{ message: 'm', code: 'c' }] };
    const ordered = orderKeys(DocumentRecord, doc) as { warnings: object[] };
    expect(Object.keys(ordered.warnings[0] as object)).toEqual(['code', 'message']);
  });

  test('primitives and null pass through', () => {
    expect(orderKeys(BudgetLine, null)).toBeNull();
    expect(orderKeys(BudgetLine.shape.name, '机关服务')).toBe('机关服务');
  });
});
