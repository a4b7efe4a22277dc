// A document printing its tables more than once (a package of a department's tables, then each
// unit's): each set is read and checked on its own, never mixed into one table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedLine, readExpected } from '../../src/accuracy/expected.js';
import { buildRecords } from '../../src/pipeline/build-records.js';
import type { Cell } from '../../src/model/document.js';
import { readDocx } from '../../src/readers/docx/index.js';
import type { BudgetLine } from '../../src/schema/records.js';
import { packageRoot } from '../../src/util/package-root.js';
import { SAMPLE_DOCX } from '../helpers/paths.js';

const root = packageRoot();
// the sample's hand-checked records (expected/seed)
const EXPECTED = readExpected(join(root, 'expected/seed/qinglong-2024.docx.jsonl'));

test('the sample\'s tables printed twice: two sets of the hand-checked lines, each with its part, each set\'s checks passing', async () => {
  const model = await readDocx(new Uint8Array(readFileSync(SAMPLE_DOCX)));
  const tables = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === '部门预算收支总表');
  // the second set a unit's: its department line over every table names the unit
  const unit = (c: Cell): Cell => ({ ...c, text: c.text.replace('430青龙满族自治县机关事务服务中心', '431青龙满族自治县第一小学') });
  const again = model.blocks.slice(tables).map((b, i) => (b.kind === 'table' ? { ...b, index: b.index + 1000 + i, rows: b.rows.map((r) => r.map(unit)) } : b));
  const out = buildRecords({ ...model, blocks: [...model.blocks, ...again] }, { doc_id: 'a'.repeat(64), source: 'twice.docx' });

  const own = (attributes: BudgetLine['attributes']) => Object.fromEntries(Object.entries(attributes).filter(([k]) => !k.startsWith('part')));
  const part = (p: number) => out.budget_lines.filter((l) => l.attributes['part'] === p).map((l) => expectedLine({ ...l, attributes: own(l.attributes) }));
  expect(part(1)).toEqual(EXPECTED.lines);
  expect(part(2)).toEqual(EXPECTED.lines);
  expect(out.budget_lines).toHaveLength(2 * EXPECTED.lines.length);
  // each set's department as its tables name it; the document's is the first set's
  const departments = (p: number) => [...new Set(out.budget_lines.filter((l) => l.attributes['part'] === p).map((l) => l.attributes['part_department']))];
  expect(departments(1)).toEqual(['青龙满族自治县机关事务服务中心']);
  expect(departments(2)).toEqual(['青龙满族自治县第一小学']);
  expect(out.document.department_name).toBe('青龙满族自治县机关事务服务中心');
  expect(out.document.warnings.filter((w) => w.code === 'TABLES_PRINTED_AGAIN').map((w) => w.message)).toEqual([
    expect.stringMatching(/^the document prints its tables in 2 sets, each repeating the one before: set 2 from "部门预算收支总表" \(table \d+, 青龙满族自治县第一小学\)/),
  ]);
  // each set checked on its own: the same checks, every one passing or skipped as the sample's
  const statuses = (p: number) => out.checks.filter((c) => c.part === p).map((c) => `${c.check} ${c.status}`);
  expect(statuses(1).filter((s) => s.endsWith(' fail'))).toEqual([]);
  expect(statuses(2).filter((s) => s.endsWith(' fail'))).toEqual([]);
  expect(statuses(2).length).toBeGreaterThan(300);
  expect(out.projects.filter((p) => p.part === 2)).toHaveLength(out.projects.filter((p) => p.part === 1).length);
  expect(out.document.status).toBe('ok');
});
