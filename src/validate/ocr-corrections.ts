// Correction by checks (issue 12, step 4): when a reconciliation check fails on cells read by
// OCR, the other readings the OCR reader kept for a low-confidence cell (Cell.ocr_alternatives:
// the other pass, a point put back) are tried one at a time. A reading is applied only when it
// is the one candidate that makes a failing check hold without making any other check fail,
// and then always with a warning naming the cell, the old and the new value (never silently).
// Every other failing check is reported as usual.
import type { Cell, DocumentModel, TableBlock, Warning } from '../model/document.js';
import { parseAmount, WAN_YUAN_PER } from '../normalize/amount.js';
import type { BudgetLine, CheckRecord } from '../schema/records.js';
import { failing } from './failing-checks.js';

/** Cells OCR read with at least this confidence are not second-guessed. */
export const LOW_CONFIDENCE = 0.9;

interface Candidate {
  line: BudgetLine;
  key: string;
  cell: Cell;
  /** the amount in the line's unit after the correction. */
  value: number;
  reading: string;
}

/**
 * The checks of `lines`, after applying the corrections they single out (the lines are changed
 * in place; warnings added). `run` runs the document's checks on a set of lines.
 */
export function correctByChecks(model: DocumentModel, lines: BudgetLine[], run: (lines: BudgetLine[]) => CheckRecord[], warnings: Warning[]): CheckRecord[] {
  const checks = run(lines);
  if (model.text_source === undefined || model.text_source === 'text_layer') return checks;
  const before = failing(checks);
  if (before.size === 0) return checks;
  const candidates = candidatesOf(model, lines, checks);
  // for each failing check, the candidates that make it hold and break nothing
  const helpers = new Map<string, Candidate[]>();
  for (const cand of candidates) {
    const after = failing(run(applied(lines, [cand])));
    if ([...after].some((k) => !before.has(k))) continue;
    for (const k of before) if (!after.has(k)) helpers.set(k, [...(helpers.get(k) ?? []), cand]);
  }
  const chosen = new Map<string, { cand: Candidate; check: string }>();
  for (const [check, list] of helpers) {
    const name = check.split('|')[0] as string;
    if (list.length > 1) {
      warnings.push({ code: 'OCR_CORRECTION_AMBIGUOUS', message: `check ${name} fails on OCR'd cells and ${list.length} other readings would each make it hold (${list.map(describe).join('; ')}): none applied, check the printed table` });
      continue;
    }
    const cand = list[0] as Candidate;
    const at = `${lines.indexOf(cand.line)}|${cand.key}`;
    const other = chosen.get(at);
    // two checks singling out different readings of one cell: neither is sure
    if (other && other.cand.value !== cand.value) chosen.delete(at);
    else chosen.set(at, { cand, check: name });
  }
  if (chosen.size === 0) return checks;
  const picks = [...chosen.values()];
  const fixed = applied(lines, picks.map((p) => p.cand));
  const after = run(fixed);
  if ([...failing(after)].some((k) => !before.has(k))) return checks; // together they break something: keep the reading
  for (const { cand, check } of picks) {
    const old = cand.line.amounts[cand.key];
    cand.line.amounts[cand.key] = cand.value;
    const note = `${cand.key}: ${cand.cell.text} → ${cand.reading}`;
    const prev = cand.line.attributes['ocr_corrected'];
    cand.line.attributes['ocr_corrected'] = typeof prev === 'string' ? `${prev}; ${note}` : note;
    warnings.push({ code: 'OCR_CORRECTED', message: `${describe(cand)}: OCR read ${cand.cell.text} (${old}), corrected to ${cand.reading} (${cand.value}), the one other reading that makes check ${check} hold` });
  }
  return after;
}

function describe(c: Candidate): string {
  const p = c.line.provenance;
  return `${c.line.table} table ${p.table_index} row ${p.row_index} (${c.line.code ?? c.line.item ?? c.line.name}) ${c.key} on page ${c.cell.page ?? '-'} → ${c.reading}`;
}

/** Lines with the candidates' values (copies of the lines they change). */
function applied(lines: readonly BudgetLine[], cands: readonly Candidate[]): BudgetLine[] {
  const out = [...lines];
  for (const c of cands) {
    const at = lines.indexOf(c.line);
    const cur = out[at] as BudgetLine;
    out[at] = { ...cur, amounts: { ...cur.amounts, [c.key]: c.value } };
  }
  return out;
}

/** Other readings of the low-confidence OCR'd cells that failing checks compare. */
function candidatesOf(model: DocumentModel, lines: readonly BudgetLine[], checks: readonly CheckRecord[]): Candidate[] {
  const tables = new Map<number, TableBlock>();
  for (const b of model.blocks) if (b.kind === 'table') tables.set(b.index, b);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    if (check.status !== 'fail') continue;
    for (const ref of check.cells ?? []) {
      const line = lines.find((l) => l.provenance.table_index === ref.table_index && l.provenance.row_index === ref.row_index && (ref.side === null || l.side === ref.side));
      const value = line?.amounts[ref.column];
      const row = tables.get(ref.table_index)?.rows[ref.row_index];
      if (!line || value === null || value === undefined || value === 0 || !row) continue;
      for (const cell of row) {
        if (cell.origin !== null || !cell.ocr_alternatives || (cell.ocr_confidence ?? 1) >= LOW_CONFIDENCE) continue;
        const read = parseAmount(cell.text);
        // the cell printed this amount (in the table's unit: the ratio converts)
        if (!read.ok || read.value === null || read.value === 0 || !sameFigure(read.value, value)) continue;
        for (const reading of cell.ocr_alternatives) {
          const alt = parseAmount(reading);
          if (!alt.ok || alt.value === null || alt.value === read.value) continue;
          const next = Math.round(((alt.value * value) / read.value) * 1e6) / 1e6;
          const id = `${lines.indexOf(line)}|${ref.column}|${next}`;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push({ line, key: ref.column, cell, value: next, reading });
        }
      }
    }
  }
  return out;
}

/** A printed amount and the line's value (万元) are the same figure, in any unit a table prints. */
function sameFigure(printed: number, value: number): boolean {
  return Object.values(WAN_YUAN_PER).some((per) => Math.abs(printed * per - value) < 5e-7);
}
