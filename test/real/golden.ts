// A real PDF from ../shared/real (CI clones the project with ../shared beside it) through
// the whole pipeline, with its expected records.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readExpected, type Expected } from '../../src/accuracy/expected.js';
import { processDocument, type DocumentOutput } from '../../src/pipeline/process.js';
import type { BudgetLine, Side, TableId } from '../../src/schema/records.js';

export interface Golden {
  out: DocumentOutput;
  expected: Expected;
}

export async function runReal(pdf: string, expectedName: string): Promise<Golden> {
  const file = path.resolve(process.cwd(), '../shared/real', pdf);
  const expected = readExpected(`expected/real/${expectedName}.jsonl`);
  if (expected.input !== file) throw new Error(`expected/real/${expectedName}.jsonl is about ${expected.input}, not ${file}`);
  const r = await processDocument({ bytes: new Uint8Array(readFileSync(file)), source: file });
  if (r.kind !== 'document') throw new Error(`${pdf}: ${r.error.code} ${r.error.message}`);
  return { out: r.output, expected };
}

/** [name, amounts] of a table's lines (of one side), in printed order. */
export function rows(out: DocumentOutput, table: TableId, side: Side | null = null): Array<[string, BudgetLine['amounts']]> {
  return out.budget_lines.filter((l) => l.table === table && l.side === side).map((l) => [l.name, l.amounts]);
}

export function lineOf(out: DocumentOutput, table: TableId, pred: (l: BudgetLine) => boolean): BudgetLine {
  const found = out.budget_lines.filter((l) => l.table === table && pred(l));
  if (found.length !== 1) throw new Error(`${table}: ${found.length} lines match`);
  return found[0]!;
}

/** [item, name, total] of the 三公 lines. */
export function threePublic(out: DocumentOutput): Array<[string | null, string, number | null]> {
  return out.budget_lines.filter((l) => l.table === 'three_public_expenses').map((l) => [l.item, l.name, l.amounts['total'] ?? null]);
}

/** Ids of the failing checks. */
export function failingChecks(out: DocumentOutput): string[] {
  return [...new Set(out.checks.filter((c) => c.status === 'fail').map((c) => c.check))];
}
