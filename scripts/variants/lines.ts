// Expected records and cells the variants build themselves.
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { TableId } from '../../src/schema/records.js';
import type { SampleCell } from '../make-sample-docx.js';

export const line = (table: TableId, name: string, amounts: ExpectedLine['amounts'], more: Partial<ExpectedLine> = {}): ExpectedLine => ({
  schema_version: '1',
  table,
  side: null,
  item: null,
  code: null,
  name,
  level: null,
  is_total: /合计|小计|总计/.test(name),
  amounts,
  attributes: {},
  source_unit: '万元',
  ...more,
});
export const cell = (v: number | null | undefined): SampleCell => ({ text: v === null || v === undefined ? '' : v.toFixed(2) });
