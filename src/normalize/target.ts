// 指标值 as printed → operator, value, unit: "≥95%", "≤500台", "18元/天/人", "1.2毫米", "95%以上".
import type { Operator } from '../schema/records.js';

export interface Target {
  operator: Operator | null;
  value: number | null;
  value_unit: string | null;
}

// Leading operators, longest first so "≥" is not read as ">" (≧ ≦: the signs CJK fonts print, 西安).
const LEADING: Array<[RegExp, Operator]> = [
  [/^(>=|≥|≧|⩾|大于等于|不低于|不少于|不小于|至少)/, '>='],
  [/^(<=|≤|≦|⩽|小于等于|不高于|不超过|不多于|不大于|最多)/, '<='],
  [/^(>|大于|高于|多于)/, '>'],
  [/^(<|小于|低于|少于)/, '<'],
  [/^(=|等于)/, '='],
];
// Trailing modifiers: "95%以上" means at least 95%; a deadline or a time limit ("12月底前完成",
// "9月之前", "3个月内") means by then, at the latest.
const TRAILING: Array<[RegExp, Operator]> = [
  [/(及以上|以上)$/, '>='],
  [/(及以下|以下|以内|(?:之前|以前|前|内)(?:完成|办结)?)$/, '<='],
];

const QUALITATIVE: Target = { operator: null, value: null, value_unit: null };

export function parseTarget(text: string | null): Target {
  if (text === null) return QUALITATIVE;
  // a sentence's full stop after the target (2026年11月30日前完成。) is no part of it
  let t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[。.]$/, '');
  let op: Operator | null = null;
  for (const [re, o] of LEADING) {
    const m = re.exec(t);
    if (m) {
      op = o;
      t = t.slice(m[0].length);
      break;
    }
  }
  for (const [re, o] of TRAILING) {
    if (op === null && re.test(t)) {
      op = o;
      t = t.replace(re, '');
    }
  }
  const m = /^([-+]?\d[\d,]*(?:\.\d+)?)(.*)$/.exec(t);
  if (!m) return QUALITATIVE;
  const unit = m[2]!;
  // A unit is a short run of non-digits ("%", "台", "元/天/人"); anything longer is prose.
  if (unit.length > 8 || /\d/.test(unit)) return QUALITATIVE;
  return { operator: op ?? '=', value: Number(m[1]!.replace(/,/g, '')), value_unit: unit === '' ? null : unit };
}

/** A target printed in three cells, 性质 | 值 | 单位 (≥ | 95 | % → "≥95%"; 定性 | 优 → "优"); null without a value. */
export function printedTarget(nature: string, value: string, unit: string): string | null {
  if (value === '') return null;
  if (nature === '定性') return value;
  // an operator stays; other natures (正向, 反向) say nothing about the number
  const op = LEADING.some(([re]) => re.test(nature.normalize('NFKC'))) ? nature : '';
  return `${op}${value}${unit}`;
}
