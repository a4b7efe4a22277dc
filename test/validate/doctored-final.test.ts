// Issue 11: for each 决算 identity, a doctored copy of the generated 决算 (final-central, one
// printed cell changed, the DOCX built again) goes through the whole pipeline and fails that
// identity, naming the changed cell's row, and only the identities predicted to share the cell.
import type { SampleBlock } from '../../scripts/make-sample-docx.js';
import { failures, ran } from './doctor.js';
import { FINAL_CASES } from './final-cases.js';
import { doctorBlocks, FINAL_CENTRAL, read } from './final-doctor.js';

test('the untouched copy passes every 决算 check', async () => {
  const out = await read(FINAL_CENTRAL);
  expect(failures(out.checks)).toEqual({});
  expect(out.document).toMatchObject({ disclosure_kind: 'department_final_account', status: 'ok', checks_failed: 0 });
  // every identity the cases doctor ran on the copy
  const ids = new Set(ran(out.checks).map((c) => c.check));
  expect(FINAL_CASES.map((c) => c.check).filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(FINAL_CASES)('决算 doctored for $check: $cell.title, row $cell.row, cell $cell.col "$cell.was" → $cell.text', ({ check, cell, fails, message }) => {
  test('fails exactly the predicted checks, the cell named in the message', async () => {
    const out = await read({ ...FINAL_CENTRAL, blocks: doctorBlocks(FINAL_CENTRAL.blocks, cell) });
    expect(failures(out.checks)).toEqual(fails);
    expect(out.checks.find((c) => c.check === check && c.status === 'fail')?.message).toBe(message);
  });
});

test('决算 doctored 说明: 本年收入合计1521.50万元 against the 总表 and 收入决算表 1520.50', async () => {
  const blocks = FINAL_CENTRAL.blocks.map((b): SampleBlock => (b.type === 'paragraph' ? { ...b, text: b.text.replace('本年收入合计1520.50万元', '本年收入合计1521.50万元') } : b));
  expect(blocks).not.toEqual(FINAL_CENTRAL.blocks);
  const out = await read({ ...FINAL_CENTRAL, blocks });
  expect(failures(out.checks)).toEqual({ narrative_figure_matches_table: 1 });
  expect(out.checks.find((c) => c.status === 'fail')).toMatchObject({
    table: 'final_income_expenditure_summary',
    actual: 1521.5,
    expected: 1520.5,
    message: expect.stringContaining('本年收入合计1521.50万元'),
  });
});
