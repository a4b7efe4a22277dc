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

export interface WrittenIndicator extends IndicatorName {
  /** the year's target as printed (年度指标值), or the whole period's where no year's is. */
  target: string;
}

// "1、1-产出指标；11-数量指标；会议活动保障次数；实施周期指标值:每年≥20场；年度指标值:每年≥20场。2、…"
// (广州's 项目支出绩效目标表 writes a project's indicators in one cell; 生态环境局 separates with ，)
const ITEM_START = /(?:^|(?<=[。;；]))\s*\d+\s*[、.．]\s*(?=\d+\s*[-－—])/;
const CODED_LEVEL = /^\d+\s*[-－—]\s*([^，,；;]+)[，,；;]\s*/;
const PERIOD_TARGET = /实施周期指标值\s*[:：]/;
const YEAR_TARGET = /年度指标值\s*[:：]/;
const TRAILING = /[\s。；;，,]+$/;

/** The indicators a cell writes out one after another, each with its coded 一级 and 二级; [] when it writes none so. */
export function splitWrittenIndicators(text: string): WrittenIndicator[] {
  const out: WrittenIndicator[] = [];
  for (const item of text.split(ITEM_START).map((s) => s.trim())) {
    const l1 = CODED_LEVEL.exec(item);
    const l2 = l1 ? CODED_LEVEL.exec(item.slice(l1[0].length)) : null;
    if (!l1 || !l2) continue;
    const rest = item.slice(l1[0].length + l2[0].length);
    const at = rest.search(PERIOD_TARGET) >= 0 ? rest.search(PERIOD_TARGET) : rest.search(YEAR_TARGET);
    const name = (at >= 0 ? rest.slice(0, at) : rest).replace(TRAILING, '');
    const year = YEAR_TARGET.exec(rest);
    const period = PERIOD_TARGET.exec(rest);
    const target = year ? rest.slice(year.index + year[0].length) : period ? rest.slice(period.index + period[0].length) : '';
    if (name !== '') out.push({ level1: l1[1]!.trim(), level2: l2[1]!.trim(), name, target: target.replace(TRAILING, '').trim() });
  }
  return out;
}
