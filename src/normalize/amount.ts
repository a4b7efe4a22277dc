// Amounts as printed → numbers. Empty and dash cells are null (not 0); a printed 0.00 is 0.
import type { Unit } from '../schema/records.js';

const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '－', '–', '/', '／', '…', '……']);

export type ParsedAmount = { ok: true; value: number | null } | { ok: false };

/** Parses "1,234.56", "1234", "(12.00)", "△12.00", "-3.5", "1 234.56"; null for empty/dash cells. */
export function parseAmount(text: string): ParsedAmount {
  // NFKC leaves U+2212 (the minus sign some fonts print) as it is
  const t = text.normalize('NFKC').replace(/[\s,，]/g, '').replace(/^\u2212/, '-');
  if (EMPTY_MARKS.has(t)) return { ok: true, value: null };
  // a negative in brackets, or after △ (Chinese accounting's minus: 增减 △12.00)
  const neg = /^\((.*)\)$/.exec(t) ?? /^△(.*)$/.exec(t);
  const body = neg ? neg[1]! : t;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(body)) return { ok: false };
  const v = Number(body);
  return { ok: true, value: neg ? -v : v };
}

/** True when the text is a number (used to tell data rows from header rows). */
export function looksNumeric(text: string): boolean {
  const p = parseAmount(text);
  return p.ok && p.value !== null;
}


/** 万元 per unit printed. */
export const WAN_YUAN_PER: Readonly<Record<Unit, number>> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 };

/** Converts to 万元, rounding away binary noise (amounts in 元 keep their cents: 6 decimals). */
export function toWanYuan(value: number, unit: Unit): number {
  const v = value * WAN_YUAN_PER[unit];
  return Math.round(v * 1e6) / 1e6;
}
