// Word tables whose rows were resized one by one end up with "sliver" grid columns, a few
// twips wide, where two rows' cell edges almost meet (LibreOffice writes them too, e.g.
// 601 | 1 | 600 where the edges differ by one twip). A cell then covers the sliver in one
// row and not in the next, so a vertical merge continues at another grid column than it
// started, and mammoth, which matches merges by column, leaves the continuation as a
// stray cell and shifts the rest of the row. Nobody can see a sliver; we remove them from
// document.xml before mammoth reads it: narrower spans, no sliver grid columns, and cells
// that covered only slivers dropped. A table with anything unusual is left as it is.

/** Narrower than this (twips; 1 mm ≈ 57) a grid column holds no text: a resizing artifact. */
const SLIVER_TWIPS = 30;

interface Tag {
  start: number;
  end: number;
  /** the tag as written */
  text: string;
  value: number;
}

interface Cell {
  start: number;
  end: number;
  span: Tag | null;
  /** holds text or a nested table: never dropped */
  content: boolean;
}

interface Row {
  before: Tag | null;
  after: Tag | null;
  cells: Cell[];
}

interface Table {
  cols: Tag[];
  inGrid: boolean;
  rows: Row[];
  /** a revision of the grid (w:tblGridChange), a cell we cannot place, a grid column that is not an empty element: leave the table alone */
  unusual: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const TOKEN =
  /<w:tbl[ >]|<\/w:tbl>|<w:tblGrid>|<\/w:tblGrid>|<w:tblGridChange\b|<w:gridCol\b[^>]*>|<w:tr[ >]|<w:tc[ >]|<\/w:tc>|<w:gridSpan\b[^>]*>|<w:gridBefore\b[^>]*>|<w:gridAfter\b[^>]*>/g;
const VAL = /w:val="(\d+)"/;
const WIDTH = /w:w="(\d+)"/;
const CONTENT = /<w:t[ >]|<w:tbl[ >]/;

const tag = (m: RegExpMatchArray, re: RegExp): Tag => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(re.exec(m[0])?.[1] ?? 0) });

/** document.xml without sliver grid columns, or null when it has none. */
export function removeSliverColumns(xml: string): string | null {
  if (!/<w:gridCol\b[^>]*w:w="\d{1,2}"/.test(xml)) return null; // no column under 100 twips
  const stack: Table[] = [];
  const edits: Edit[] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const tok = m[0];
    const table = stack[stack.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.cells[row.cells.length - 1];
    if (tok.startsWith('<w:tbl ') || tok === '<w:tbl>') {
      stack.push({ cols: [], inGrid: false, rows: [], unusual: false });
    } else if (tok === '</w:tbl>') {
      const done = stack.pop();
      if (done && !done.unusual) edits.push(...tableEdits(done));
    } else if (!table) {
      continue;
    } else if (tok === '<w:tblGrid>') table.inGrid = true;
    else if (tok === '</w:tblGrid>') table.inGrid = false;
    else if (tok.startsWith('<w:tblGridChange')) table.unusual = true;
    else if (tok.startsWith('<w:gridCol')) {
      if (!table.inGrid) continue;
      table.cols.push(tag(m, WIDTH));
      if (!tok.endsWith('/>')) table.unusual = true; // removing it would leave its closing tag
    } else if (tok.startsWith('<w:tr')) table.rows.push({ before: null, after: null, cells: [] });
    else if (tok.startsWith('<w:tc')) {
      if (!row) table.unusual = true;
      else row.cells.push({ start: m.index!, end: -1, span: null, content: false });
    } else if (tok === '</w:tc>') {
      if (!cell) continue;
      cell.end = m.index! + tok.length;
      cell.content = CONTENT.test(xml.slice(cell.start, cell.end));
    } else if (tok.startsWith('<w:gridSpan')) {
      if (cell && cell.end === -1) cell.span = tag(m, VAL);
    } else if (tok.startsWith('<w:gridBefore')) {
      if (row) row.before = tag(m, VAL);
    } else if (tok.startsWith('<w:gridAfter') && row) row.after = tag(m, VAL);
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

function tableEdits(table: Table): Edit[] {
  const sliver = table.cols.map((c) => c.value > 0 && c.value < SLIVER_TWIPS);
  if (!sliver.includes(true)) return [];
  // columns in [from, to) that are not slivers; beyond the grid every column counts
  const kept = (from: number, to: number): number => {
    const end = Math.min(to, sliver.length);
    let n = Math.max(0, to - Math.max(from, sliver.length)); // a span past the grid (a damaged file) is not looped over
    for (let i = from; i < end; i++) if (!sliver[i]) n++;
    return n;
  };
  const edits: Edit[] = table.cols.filter((_, i) => sliver[i]).map((c) => ({ start: c.start, end: c.end, text: '' }));
  for (const row of table.rows) {
    let col = row.before?.value ?? 0;
    if (row.before) edits.push(valueEdit(row.before, kept(0, col)));
    for (const cell of row.cells) {
      if (cell.end === -1) return []; // unclosed: not ours to repair
      const span = cell.span?.value || 1;
      const keep = kept(col, col + span);
      if (keep === 0) {
        if (cell.content) return [];
        edits.push({ start: cell.start, end: cell.end, text: '' });
      } else if (keep !== span) {
        if (!cell.span) return [];
        edits.push(valueEdit(cell.span, keep));
      }
      col += span;
    }
    if (row.after) edits.push(valueEdit(row.after, kept(col, col + row.after.value)));
  }
  return edits;
}

/** The tag with another w:val, written as it was otherwise. */
const valueEdit = (t: Tag, value: number): Edit => ({ start: t.start, end: t.end, text: t.text.replace(VAL, `w:val="${value}"`) });
