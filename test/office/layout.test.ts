// A worksheet's stored cells → blocks: tables split at blank rows and at text rows spread
// over the sheet, grid columns no cell of a table starts in dropped, merges as spans; rows
// and columns the publisher hid left out.
import { readWorkbook } from '../../src/readers/sheet/index.js';
import { sheetBlocks, type Range, type Sheet } from '../../src/readers/sheet/layout.js';
import { visibleSheet } from '../../src/readers/sheet/visible.js';

/** A sheet from rows of texts (null: no stored cell). */
function sheet(rows: Array<Array<string | null>>, merges: Range[] = []): Sheet {
  return { rows: rows.map((r) => r.map((t) => (t === null ? undefined : { text: t }))), merges };
}
const m = (r0: number, c0: number, r1: number, c1: number): Range => ({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } });
const grid = (b: ReturnType<typeof sheetBlocks>[number]) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => (c.origin ? '·' : c.text))) : b.text);

test('a title row over the width, a table, a blank row, a note: paragraph, table, paragraph', () => {
  const s = sheet(
    [
      ['部门预算支出总表', null, null],
      ['科目', '合计', '基本支出'],
      ['201', '10.00', '5.00'],
      [],
      ['注：无', null, null],
    ],
    [m(0, 0, 0, 2), m(4, 0, 4, 2)],
  );
  expect(sheetBlocks(s, 0).map(grid)).toEqual(['部门预算支出总表', [['科目', '合计', '基本支出'], ['201', '10.00', '5.00']], '注：无']);
});

test('tables stacked on one grid (an HTML import): each keeps only the columns its cells start in', () => {
  // grid of 6 columns; table 1 has 2 cells per row (3 columns each), table 2 has 3 (2 each)
  const s = sheet(
    [
      ['表一', null, null, null, null, null],
      ['收入', null, null, '支出', null, null],
      ['1.00', null, null, '2.00', null, null],
      ['表二', null, null, null, null, null],
      ['a', null, 'b', null, 'c', null],
    ],
    [m(0, 0, 0, 5), m(1, 0, 1, 2), m(1, 3, 1, 5), m(2, 0, 2, 2), m(2, 3, 2, 5), m(3, 0, 3, 5), m(4, 0, 4, 1), m(4, 2, 4, 3), m(4, 4, 4, 5)],
  );
  expect(sheetBlocks(s, 0).map(grid)).toEqual(['表一', [['收入', '支出'], ['1.00', '2.00']], '表二', [['a', 'b', 'c']]]);
});

test('a merged header keeps its span over the columns its row below starts', () => {
  const s = sheet(
    [
      ['科目', '本年收入', null],
      [null, '小计', '财政拨款'],
    ],
    [m(0, 0, 1, 0), m(0, 1, 0, 2)],
  );
  const [table] = sheetBlocks(s, 3);
  expect(grid(table!)).toEqual([['科目', '本年收入', '·'], ['·', '小计', '财政拨款']]);
  expect(table).toMatchObject({ kind: 'table', index: 3 });
});

test('a stray cell a million rows down is a table of its own (rows between are blank)', () => {
  const rows: Sheet['rows'][number][] = [[{ text: '科目' }, { text: '合计' }], [{ text: '201' }, { text: '1.00' }]];
  rows[999_999] = [{ text: 'x' }, { text: 'y' }];
  const blocks = sheetBlocks({ rows, merges: [] }, 0);
  expect(blocks.map(grid)).toEqual([[['科目', '合计'], ['201', '1.00']], [['x', 'y']]]);
});

describe('hidden rows and columns (the sheet as shown)', () => {
  // a 支出总表 with a hidden helper column (an id) and a hidden row (a zero row the publisher hid),
  // the title merged over every column, the hidden one included
  const rows = [
    ['部门预算支出总表', null, null, null],
    ['科目', 'ID', '合计', '基本支出'],
    ['201', 'x9', '10.00', '5.00'],
    ['202', 'x8', '0.00', '0.00'],
    ['203', 'x7', '3.00', '3.00'],
  ];
  const merges = [m(0, 0, 0, 3)];

  test('left out of the sheet before layout, merged ranges renumbered', () => {
    const shown = visibleSheet(sheet(rows, merges), { rows: new Set([3]), cols: new Set([1]) });
    expect(sheetBlocks(shown, 0).map(grid)).toEqual(['部门预算支出总表', [['科目', '合计', '基本支出'], ['201', '10.00', '5.00'], ['203', '3.00', '3.00']]]);
    expect(shown.merges).toEqual([m(0, 0, 0, 2)]);
  });

  test('a merged range whose first column is hidden keeps its text in its first shown cell; one wholly hidden goes', () => {
    const shown = visibleSheet(sheet([['a', 'b', 'c'], ['1', '2', '3']], [m(0, 0, 0, 1), m(1, 0, 1, 0)]), { rows: new Set(), cols: new Set([0]) });
    expect(shown.rows.map((r) => r?.map((c) => c?.text ?? null))).toEqual([['a', 'c'], ['2', '3']]);
    expect(shown.merges).toEqual([m(0, 0, 0, 0)]);
  });

  test('read from a real .xlsx and .xls: hidden flags found, a warning names them', async () => {
    const XLSX = await import('@e965/xlsx');
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = merges;
    ws['!cols'] = [{}, { hidden: true }, {}, {}];
    ws['!rows'] = [{}, {}, {}, { hidden: true }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '表3');
    const xlsx = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer;
    const model = await readWorkbook(new Uint8Array(xlsx), 'xlsx');
    // (表3, a default-like sheet name, is no heading)
    expect(model.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => (c.origin ? '·' : c.text))) : b.text))).toEqual([
      '部门预算支出总表',
      [['科目', '合计', '基本支出'], ['201', '10.00', '5.00'], ['203', '3.00', '3.00']],
    ]);
    expect(model.warnings).toEqual([{ code: 'SHEET_HIDDEN_CELLS_SKIPPED', message: 'sheet "表3": hidden row(s) 4 and column(s) B not read (the sheet as shown is read)' }]);
    // BIFF8 keeps hidden columns (SheetJS writes no hidden rows there)
    const xls = XLSX.write(wb, { type: 'buffer', bookType: 'xls', cellStyles: true }) as Buffer;
    const old = await readWorkbook(new Uint8Array(xls), 'xls');
    expect(old.warnings.map((w) => w.message)).toEqual(['sheet "表3": hidden column(s) B not read (the sheet as shown is read)']);
  });
});
