// The 三公 items, shared by the budget and the 决算 三公 tables.
import type { ItemDef } from './types.js';

/** 三公 items, most specific first: the first matching pattern names the row. */
export const THREE_PUBLIC_ITEMS: ItemDef[] = [
  { item: 'three_public_total', patterns: ['三公经费(预算数?|支出)?(合计|小计|总计)?$', '三公经费.*(总额|合计|小计|总计)$', '^(合计|小计|总计)$'] },
  { item: 'overseas_travel_research', patterns: ['科研(人员)?因公出国'] },
  { item: 'overseas_travel_other', patterns: ['其他因公出国'], restOf: 'overseas_travel' },
  // (因公出国（ alone: the label cut by its cell, 西安 2019)
  { item: 'overseas_travel', patterns: ['因公出国\\(境\\)', '因公出国境', '出国\\(境\\)费', '^因公出国'] },
  // 公务用车购置及运行(维护)费, 公车购置和运维费, 公务用车购置与运行费: both parts, before either part's pattern
  { item: 'vehicle_total', patterns: ['(公务用车|公车)购置(及|和|与|、)?运', '公务用车费'] },
  // 烟台: 公务用车购置经费 (运行经费 alone is 机关运行经费's)
  { item: 'vehicle_purchase', patterns: ['购置(经)?费', '公务用车购置$'] },
  // (公务用车运行维护 with no 费: cut by its cell, 西安 2019)
  { item: 'vehicle_operation', patterns: ['运行(维护)?费', '运维费', '运行维护(经)?费', '(公务用车|公车)运行(维护)?$'] },
  { item: 'reception', patterns: ['公务接待费'] },
  // 广州 prints 行政经费 and explains it as 行政经费（机关运行经费）
  { item: 'office_operation', patterns: ['机关运行经费', '^行政经费$'] },
  { item: 'meeting', patterns: ['会议费'] },
  { item: 'training', patterns: ['培训费'] },
];

