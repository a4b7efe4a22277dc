import { buildGrid, printedTexts, rowTexts } from '../../src/model/grid.js';

test('merged cells are expanded: every position knows its origin', () => {
  const t = buildGrid([[{ text: 'A', rowSpan: 2 }, { text: 'B', colSpan: 2 }], [{ text: 'c' }, { text: 'd' }]], 0);
  expect(t.rows.map(rowTexts)).toEqual([['A', 'B', 'B'], ['A', 'c', 'd']]);
  expect(t.rows[1]![0]!.origin).toEqual({ row: 0, col: 0 });
  expect(t.rows[0]![2]!.origin).toEqual({ row: 0, col: 1 });
  expect(t.rows.map(printedTexts)).toEqual([['A', 'B'], ['', 'c', 'd']]);
});

test('a span claiming thousands of columns (a damaged file) stops at the usual width', () => {
  const rows = [
    [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
    [{ text: 'x', colSpan: 9999 }],
    [{ text: '1' }, { text: '2' }, { text: '3' }],
  ];
  const t = buildGrid(rows, 0);
  expect(t.rows.map((r) => r.length)).toEqual([3, 3, 3]);
  expect(rowTexts(t.rows[1]!)).toEqual(['x', 'x', 'x']);
});

test('rows under a cell spanning down count its column when finding the usual width', () => {
  // Three of four rows list only two cells of their own: the third column is 产出指标's.
  const rows = [
    [{ text: '产出', rowSpan: 3 }, { text: 'a' }, { text: 'b', colSpan: 2 }],
    [{ text: 'c' }, { text: 'd', colSpan: 2 }],
    [{ text: 'e' }, { text: 'f', colSpan: 2 }],
    [{ text: 'g' }, { text: 'h' }, { text: 'i', colSpan: 2 }],
  ];
  const t = buildGrid(rows, 0);
  expect(t.rows.map(rowTexts)).toEqual([
    ['产出', 'a', 'b', 'b'],
    ['产出', 'c', 'd', 'd'],
    ['产出', 'e', 'f', 'f'],
    ['g', 'h', 'i', 'i'],
  ]);
});
