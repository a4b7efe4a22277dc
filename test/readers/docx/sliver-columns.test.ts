import { removeSliverColumns } from '../../../src/readers/docx/sliver-columns.js';

const cell = (text: string, span?: number, vMerge?: 'restart' | 'continue') =>
  `<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/>${span ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge ? `<w:vMerge w:val="${vMerge}"/>` : ''}</w:tcPr><w:p>${text ? `<w:r><w:t>${text}</w:t></w:r>` : ''}</w:p></w:tc>`;
const table = (widths: number[], rows: string[][], trPr: string[] = []) =>
  `<w:tbl><w:tblPr/><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
  rows.map((r, i) => `<w:tr>${trPr[i] ? `<w:trPr>${trPr[i]}</w:trPr>` : ''}${r.join('')}</w:tr>`).join('') +
  '</w:tbl>';

test('a merge that continues one sliver column off is lined up again: spans narrowed, sliver columns gone', () => {
  // row 1: A over cols 0-1, B (restart) over 2-3; row 2: C over 0-1... but the continuation of B starts at col 3
  const xml = table([600, 1, 600, 600], [
    [cell('A'), cell('B', 2, 'restart'), cell('D')],
    [cell('C', 2), cell('', 1, 'continue'), cell('E')],
  ]);
  expect(removeSliverColumns(`<w:body>${xml}</w:body>`)).toBe(
    `<w:body>${table([600, 600, 600], [
      [cell('A'), cell('B', 1, 'restart'), cell('D')],
      [cell('C', 1), cell('', 1, 'continue'), cell('E')],
    ])}</w:body>`,
  );
});

test('a cell covering only a sliver is dropped; gridBefore counts only real columns', () => {
  const xml = table(
    [600, 5, 600],
    [
      [cell('A'), cell(''), cell('B')],
      [cell('C', 2)],
    ],
    ['', '<w:gridBefore w:val="1"/>'],
  );
  expect(removeSliverColumns(xml)).toBe(table([600, 600], [[cell('A'), cell('B')], [cell('C', 1)]], ['', '<w:gridBefore w:val="1"/>']));
});

test('left alone: no narrow column, a sliver cell with text, a revised grid', () => {
  expect(removeSliverColumns(table([600, 600], [[cell('A'), cell('B')]]))).toBeNull();
  expect(removeSliverColumns(table([600, 5, 600], [[cell('A'), cell('x'), cell('B')]]))).toBeNull();
  const revised = table([600, 5, 600], [[cell('A'), cell(''), cell('B')]]).replace('</w:tblGrid>', '<w:tblGridChange><w:tblGrid/></w:tblGridChange></w:tblGrid>');
  expect(removeSliverColumns(revised)).toBeNull();
});

test('a span far past the grid (a damaged file) costs nothing to count', () => {
  const xml = table([600, 5, 600], [[cell('A'), cell(''), cell('B')], [cell('C', 2_000_000_000)]]);
  expect(removeSliverColumns(xml)).toBe(table([600, 600], [[cell('A'), cell('B')], [cell('C', 1_999_999_999)]]));
});
