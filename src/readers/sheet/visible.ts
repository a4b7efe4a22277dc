// What a sheet shows: rows and columns the publisher hid (helper codes, last year's figures,
// rows of zeros) are left out, as the printed table leaves them out. Merged ranges are
// renumbered onto what is left; a range wholly hidden goes with it.
import type { Range, Sheet, SheetCell } from './layout.js';

export interface Hidden {
  rows: ReadonlySet<number>;
  cols: ReadonlySet<number>;
}

/** The sheet without its hidden rows and columns. */
export function visibleSheet(sheet: Sheet, hidden: Hidden): Sheet {
  if (hidden.rows.size === 0 && hidden.cols.size === 0) return sheet;
  const rows: (SheetCell | undefined)[][] = [];
  sheet.rows.forEach((row, r) => {
    if (!hidden.rows.has(r)) rows.push((row ?? []).filter((_, c) => !hidden.cols.has(c)));
  });
  const merges: Range[] = [];
  for (const m of sheet.merges) {
    const r = shown(m.s.r, m.e.r, hidden.rows);
    const c = shown(m.s.c, m.e.c, hidden.cols);
    if (!r || !c) continue;
    merges.push({ s: { r: r[0], c: c[0] }, e: { r: r[1], c: c[1] } });
    // the range's text is in its first cell: where that cell is hidden, the first shown one carries it
    const origin = sheet.rows[m.s.r]?.[m.s.c];
    if (origin && (hidden.rows.has(m.s.r) || hidden.cols.has(m.s.c))) (rows[r[0]] ??= [])[c[0]] = origin;
  }
  return { rows, merges };
}

/** The shown part of [from, to] as new indices, or null when all of it is hidden. */
function shown(from: number, to: number, hidden: ReadonlySet<number>): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = from; i <= to; i++) {
    if (hidden.has(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  return [first - below(first, hidden), last - below(last, hidden)];
}

const below = (index: number, hidden: ReadonlySet<number>): number => [...hidden].filter((h) => h < index).length;
