// How well the alignment fallback (src/readers/pdf/unruled.ts) rebuilds tables whose ruled
// reading is known: each PDF is read twice, with its rules and as if it had none, and the
// tables of the second reading are compared with those of the first.
//   npx tsc -p tsconfig.json && node dist/scripts/unruled-check.js FILE.pdf|EXPECTED.jsonl... [--rows N]
// Per document: tables, tables of the same width, body rows (rows holding an amount) found
// word for word among the rebuilt rows of the same page (recall) and rebuilt body rows that
// are ruled ones (precision), and header paths (per column, the header texts top to bottom)
// found at the same column. For an expected .jsonl, also the cell F1 of the records built
// from the rule-less reading. --rows N prints up to N rows that differ.
import { readFileSync } from 'node:fs';
import { docId } from '../src/input/doc-id.js';
import { expectedLine, readExpected } from '../src/accuracy/expected.js';
import { compareCells, scores } from '../src/accuracy/score.js';
import type { DocumentModel, TableBlock } from '../src/model/document.js';
import { buildRecords } from '../src/pipeline/build-records.js';
import { readPdf } from '../src/readers/pdf/index.js';

const AMOUNT = /^[-+]?[\d,]*\d(\.\d+)?%?$/;
const META = /单位[:：]|单位名称|部门[:：]|^表\d+$/;

const tablesOf = (doc: DocumentModel): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

/** The texts of a row left to right, a merged cell once, empty cells left out. */
function rowKey(t: TableBlock, r: number): string {
  const out: string[] = [];
  for (const c of t.rows[r] ?? []) {
    if (c.origin && c.origin.col !== c.col) continue;
    const text = c.text.replace(/\s+/g, '');
    if (text !== '') out.push(text);
  }
  return out.join(' | ');
}

const isBody = (t: TableBlock, r: number): boolean => (t.rows[r] ?? []).some((c) => AMOUNT.test(c.text.replace(/\s+/g, '')));

/** Per column, the distinct header texts top to bottom (rows above the first body row), metadata lines left out. */
function headerPaths(t: TableBlock): string[] {
  let first = t.rows.findIndex((_, r) => isBody(t, r));
  if (first < 0) first = t.rows.length;
  const width = t.rows[0]?.length ?? 0;
  const paths: string[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let r = 0; r < first; r++) {
      const text = (t.rows[r]?.[c]?.text ?? '').replace(/\s+/g, '');
      if (text !== '' && !META.test(text) && path[path.length - 1] !== text) path.push(text);
    }
    paths.push(path.join('/'));
  }
  return paths;
}

interface Tally {
  tables: number;
  sameWidth: number;
  rows: number;
  rowsFound: number;
  rebuilt: number;
  rebuiltRight: number;
  paths: number;
  pathsFound: number;
}

function compare(ruled: DocumentModel, bare: DocumentModel, show: number, label: string): Tally {
  const t: Tally = { tables: 0, sameWidth: 0, rows: 0, rowsFound: 0, rebuilt: 0, rebuiltRight: 0, paths: 0, pathsFound: 0 };
  const R = tablesOf(ruled);
  const U = tablesOf(bare);
  const rowsByPage = (list: TableBlock[]): Map<number, string[]> => {
    const m = new Map<number, string[]>();
    for (const tb of list)
      tb.rows.forEach((row, r) => {
        if (!isBody(tb, r)) return;
        const page = row.find((c) => c.page !== null)?.page ?? tb.page ?? 0;
        const k = rowKey(tb, r);
        m.set(page, [...(m.get(page) ?? []), k]);
      });
    return m;
  };
  const rr = rowsByPage(R);
  const ur = rowsByPage(U);
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const [page, rows] of rr) {
    const pool = [...(ur.get(page) ?? [])];
    for (const k of rows) {
      t.rows++;
      const i = pool.indexOf(k);
      if (i >= 0) {
        t.rowsFound++;
        pool.splice(i, 1);
      } else missed.push(`p${page}: ${k}`);
    }
  }
  for (const [page, rows] of ur) {
    const pool = [...(rr.get(page) ?? [])];
    for (const k of rows) {
      t.rebuilt++;
      const i = pool.indexOf(k);
      if (i >= 0) {
        t.rebuiltRight++;
        pool.splice(i, 1);
      } else wrong.push(`p${page}: ${k}`);
    }
  }
  for (const r of R) {
    t.tables++;
    // the rebuilt table starting on the same page whose rows overlap most
    const keys = new Set(r.rows.map((_, i) => rowKey(r, i)));
    const candidates = U.filter((u) => u.page === r.page);
    const u = candidates.sort((a, b) => overlap(b, keys) - overlap(a, keys))[0];
    const want = headerPaths(r);
    t.paths += want.length;
    if (!u) {
      if (show > 0) console.log(`  ${label} p${r.page}: no rebuilt table (${r.rows[0]?.length} columns)`);
      continue;
    }
    if ((u.rows[0]?.length ?? 0) === (r.rows[0]?.length ?? 0)) t.sameWidth++;
    else if (show > 0) console.log(`  ${label} p${r.page}: ${r.rows[0]?.length} columns, rebuilt ${u.rows[0]?.length}`);
    const got = headerPaths(u);
    want.forEach((p, c) => {
      if (got[c] === p) t.pathsFound++;
      else if (show > 0) console.log(`  ${label} p${r.page} header col ${c}: "${p}" rebuilt "${got[c] ?? '-'}"`);
    });
  }
  for (const m of missed.slice(0, show)) console.log(`  ${label} missed  ${m}`);
  for (const w of wrong.slice(0, show)) console.log(`  ${label} rebuilt ${w}`);
  return t;
}

function overlap(u: TableBlock, keys: Set<string>): number {
  let n = 0;
  u.rows.forEach((_, i) => {
    if (keys.has(rowKey(u, i))) n++;
  });
  return n;
}

const pct = (a: number, b: number): string => (b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf('--rows');
  const show = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 0;
  const inputs = args.filter((a, i) => !a.startsWith('--') && (rowsAt < 0 || i !== rowsAt + 1));
  const total: Tally = { tables: 0, sameWidth: 0, rows: 0, rowsFound: 0, rebuilt: 0, rebuiltRight: 0, paths: 0, pathsFound: 0 };
  for (const input of inputs) {
    const expected = input.endsWith('.jsonl') ? readExpected(input) : undefined;
    const file = expected ? expected.input : input;
    const bytes = new Uint8Array(readFileSync(file));
    const ruled = await readPdf(bytes);
    const bare = await readPdf(bytes, { ignoreRules: true });
    const label = file.split('/').pop()?.slice(0, 24) ?? file;
    const t = compare(ruled, bare, show, label);
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    let f1 = '';
    if (expected) {
      try {
        const out = buildRecords(bare, { doc_id: docId(bytes), source: file });
        const { counts } = compareCells(expected.lines, out.budget_lines.map(expectedLine), expected.document.checked_tables);
        f1 = `  F1 ${scores(counts).f1.toFixed(3)}`;
      } catch (e) {
        f1 = `  F1 - (${e instanceof Error ? e.message.slice(0, 40) : String(e)})`;
      }
    }
    console.log(
      `${label.padEnd(26)} tables ${t.sameWidth}/${t.tables} same width  rows found ${pct(t.rowsFound, t.rows)}  rebuilt right ${pct(t.rebuiltRight, t.rebuilt)}  header ${pct(t.pathsFound, t.paths)}${f1}`,
    );
  }
  if (inputs.length > 1) {
    console.log(
      `${'overall'.padEnd(26)} tables ${total.sameWidth}/${total.tables} same width  rows found ${pct(total.rowsFound, total.rows)}  rebuilt right ${pct(total.rebuiltRight, total.rebuilt)}  header ${pct(total.pathsFound, total.paths)}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : err);
  process.exit(1);
});
