// "产出指标数量指标协调推进本市城市轨道交通建设线路" → 一级, 二级 and the indicator's own name,
// by the standard level names at its start.
import { INDICATOR_LEVEL1, INDICATOR_LEVEL2 } from '../catalogue/projects.js';

export interface IndicatorName {
  level1: string | null;
  level2: string | null;
  name: string;
}

const prefix = (text: string, names: readonly string[]): string | null => names.find((n) => text.startsWith(n)) ?? null;

export function splitIndicator(text: string): IndicatorName {
  const level1 = prefix(text, INDICATOR_LEVEL1);
  const rest = level1 ? text.slice(level1.length) : text;
  const level2 = prefix(rest, INDICATOR_LEVEL2);
  return { level1, level2, name: level2 ? rest.slice(level2.length) : rest };
}
