// Linking the parts of one disclosure after the batch (src/batch/packages.ts): partners listed
// both ways, the narrative part's labelled figures checked against the tables part's lines,
// and entries matched by source and doc_id (the same bytes under two names are two inputs).
import { linkPackages, patched } from '../../src/batch/packages.js';
import type { BudgetLine, DocumentRecord, FigureRecord } from '../../src/schema/records.js';
import { renderOutcome, type RenderedEntry } from '../../src/sink/render.js';
import { documentOutput, documentRecord, sha } from '../sink/fixtures.js';

const PACKAGE = '110000/北京市审计局/2026/department_budget';

function entry(source: string, doc_id: string, part: DocumentRecord['package_part'], extra: { lines?: BudgetLine[]; figures?: FigureRecord[] } = {}): RenderedEntry {
  const document = { ...documentRecord(source, doc_id), package_part: part, package_id: PACKAGE };
  const output = documentOutput(source, doc_id, { document, budget_lines: extra.lines ?? [], figures: extra.figures ?? [], checks: [] });
  return renderOutcome({ source, doc_id, result: { kind: 'document', output } });
}

const grandTotal = (doc_id: string, side: 'income' | 'expenditure', budget: number): BudgetLine => ({
  schema_version: '1',
  doc_id,
  table: 'income_expenditure_summary',
  side,
  item: null,
  code: null,
  name: side === 'income' ? '收入总计' : '支出总计',
  level: null,
  is_total: true,
  amounts: { budget },
  attributes: {},
  source_unit: '万元',
  provenance: { page: 1, table_index: 0, row_index: 30, source_text: [] },
});

const figure = (doc_id: string, label: FigureRecord['label'], amount: number): FigureRecord => ({
  schema_version: '1',
  doc_id,
  label,
  amount,
  amount_text: `${amount.toFixed(2)}万元`,
  sentence: `2026年度收入预算${amount.toFixed(2)}万元。`,
  page: 3,
  block_index: 12,
});

const N = sha('narrative');
const T = sha('tables');
const entries = (income: number): RenderedEntry[] => [
  entry('a/附件1.pdf', N, 'narrative', { figures: [figure(N, 'income_total', income), figure(N, null, 2466.43)] }),
  // the same bytes as the narrative part under another name: its own entry, never patched with the other's line
  entry('b/copy-of-附件1.pdf', N, 'narrative'),
  entry('c/附件2.pdf', T, 'tables', { lines: [grandTotal(T, 'income', 32852.053832), grandTotal(T, 'expenditure', 32852.053832)] }),
];

async function link(list: RenderedEntry[]): Promise<RenderedEntry[]> {
  const patches = await linkPackages(async function* () {
    yield* list;
  });
  const out: RenderedEntry[] = [];
  for await (const e of patched(list, patches)) out.push(e);
  return out;
}
const doc = (e: RenderedEntry) => JSON.parse(e.text['documents.jsonl']) as DocumentRecord;

test('the narrative part lists its tables part and is checked against it; the tables part lists it back', async () => {
  const [narrative, copy, tables] = await link(entries(32852.05));
  expect(doc(narrative!)).toMatchObject({ source: 'a/附件1.pdf', package_partners: [T], checks_failed: 0, status: 'ok' });
  expect(doc(tables!)).toMatchObject({ source: 'c/附件2.pdf', package_partners: [N] });
  const checks = narrative!.text['checks.jsonl'].trim().split('\n').map((l) => JSON.parse(l));
  // the labelled figure only: an unlabelled amount (a change) is never checked
  expect(checks.map((c) => [c.check, c.status, c.actual, c.expected])).toEqual([['narrative_figure_matches_table', 'pass', 32852.05, 32852.053832]]);
  expect(doc(copy!).source).toBe('b/copy-of-附件1.pdf');
  expect(copy!.text['checks.jsonl']).toBe('');
});

test('a figure the tables part disagrees with fails, and the narrative part counts it', async () => {
  const [narrative] = await link(entries(32800));
  expect(doc(narrative!)).toMatchObject({ checks_failed: 1, status: 'partial' });
  expect(narrative!.failed_checks).toEqual(['narrative_figure_matches_table']);
});

test('parts of different disclosures are not linked', async () => {
  const other = { ...entries(1)[2]!, text: { ...entries(1)[2]!.text, 'documents.jsonl': entries(1)[2]!.text['documents.jsonl'].replace(PACKAGE, '110000/北京市财政局/2026/department_budget') } };
  const [narrative, , tables] = await link([entries(1)[0]!, entries(1)[1]!, other]);
  expect(doc(narrative!).package_partners).toEqual([]);
  expect(doc(tables!).package_partners).toEqual([]);
});
