// mammoth ignores w:gridBefore / w:gridAfter, so a row that starts a few grid columns to
// the right comes out shifted left. We read those values from document.xml ourselves and
// pad the rows back into place. Tables are numbered in document order (nested ones too),
// as mammoth emits them.

export interface RowOffsets {
  before: number;
  after: number;
}

const TOKEN = /<w:tbl[ >]|<\/w:tbl>|<w:tr[ >/]|<w:gridBefore\b[^>]*>|<w:gridAfter\b[^>]*>/g;
const VAL = /w:val="(\d+)"/;

/** For each table (document order), for each row, its gridBefore/gridAfter; only tables that have any are listed. */
export function readGridOffsets(documentXml: string): Map<number, RowOffsets[]> {
  const result = new Map<number, RowOffsets[]>();
  if (!/<w:grid(Before|After)\b/.test(documentXml)) return result;
  const stack: Array<{ index: number; rows: RowOffsets[]; any: boolean }> = [];
  let tables = 0;
  for (const m of documentXml.matchAll(TOKEN)) {
    const tok = m[0];
    const top = stack[stack.length - 1];
    if (tok.startsWith('<w:tbl')) stack.push({ index: tables++, rows: [], any: false });
    else if (tok === '</w:tbl>') {
      const done = stack.pop();
      if (done?.any) result.set(done.index, done.rows);
    } else if (tok.startsWith('<w:tr')) top?.rows.push({ before: 0, after: 0 });
    else if (top && top.rows.length > 0) {
      const n = Number(VAL.exec(tok)?.[1] ?? 0);
      const row = top.rows[top.rows.length - 1]!;
      if (tok.startsWith('<w:gridBefore')) row.before = n;
      else row.after = n;
      if (n > 0) top.any = true;
    }
  }
  return result;
}
