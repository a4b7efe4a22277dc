// Header texts over each side of a two-sided table. A column's side is named by the lowest
// of its header labels that is a side label, so 支出 › 支出用途 is the by-use block and
// 支出 › 功能分类 the expenditure block (Jiangsu prints both under one 支出 header).
import type { Side } from '../schema/records.js';

export interface SideDef {
  side: Side;
  labels: string[];
  /**
   * A label naming the side by its words where no listed label is printed: 陕西 heads its three
   * expenditure blocks 支出功能分类科目（按大类） | 部门预算支出经济分类科目（按大类） | 政府预算支出经济分科目（按大类）.
   */
  words?: RegExp;
}

export const INCOME_SIDE: SideDef = {
  side: 'income',
  labels: ['收入', '收入项目', '本年收入', '财政拨款收入'],
};
export const EXPENDITURE_SIDE: SideDef = {
  side: 'expenditure',
  labels: ['支出', '支出项目', '本年支出', '财政拨款支出', '功能分类', '支出功能分类', '功能分类科目', '支出(功能分类)', '支出(按功能分类)', '按功能分类', '按支出功能分类'],
  words: /功能(?:分类|分?科目)/,
};
export const EXPENDITURE_BY_USE_SIDE: SideDef = {
  side: 'expenditure_by_use',
  // 山东 heads its by-use block 支出类别 (一、基本支出 二、项目支出)
  labels: ['支出用途', '按支出用途', '支出(支出用途)', '支出(按支出用途)', '支出(按用途)', '按用途', '支出类别', '按支出类别'],
};
/** 政府预算 / 部门预算 支出经济分类: 山东 prints both blocks side by side (attributes.block tells them apart). */
export const EXPENDITURE_BY_ECONOMIC_CLASS_SIDE: SideDef = {
  side: 'expenditure_by_economic_class',
  labels: [
    '经济分类',
    '支出经济分类',
    '经济分类科目',
    '按经济分类',
    '按支出经济分类',
    '支出(经济分类)',
    '支出(按经济分类)',
    ...['政府预算', '部门预算'].flatMap((by) => [`${by}经济分类`, `${by}支出经济分类`, `按${by}经济分类`, `按${by}支出经济分类`]),
  ],
  words: /经济(?:分类|分?科目)/,
};

/**
 * What a by-use block lists. An expenditure block under a plain 支出 header that lists only
 * these (and its totals and carry-overs) is the by-use block (长沙: 一、基本支出 … 五、上缴上级支出).
 */
export const USE_ITEMS = ['基本支出', '项目支出', '事业单位经营支出', '经营支出', '上缴上级支出', '对附属单位补助支出', '对下级转移支付', '单位预留机动经费', '结余分配'];
/**
 * The economic classes (类) of expenditure, government (机关…, 对事业单位…) and department
 * classification. A block under a plain 支出 header that lists only these is the
 * economic-class block; in it, rows that are none of these are parts of the class above them.
 */
export const ECONOMIC_CLASSES = [
  '工资福利支出',
  '商品和服务支出',
  '对个人和家庭的补助',
  '对个人和家庭补助',
  '对企业补助',
  '对企业资本性支出',
  '对社会保障基金补助',
  '债务利息及费用支出',
  '债务还本支出',
  '资本性支出',
  '资本性支出(基本建设)',
  '转移性支出',
  '预备费及预留',
  '其他支出',
  '机关工资福利支出',
  '机关商品和服务支出',
  '机关资本性支出(一)',
  '机关资本性支出(二)',
  '对事业单位经常性补助',
  '对事业单位资本性补助',
];
/** A fund's own row (一般公共预算财政拨款, 政府性基金预算资金 …), as printed under a carry-over row. */
export const FUND_ROW = /^(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?)(财政)?(拨款)?(收入|资金)?$/;
/** This year's income or spending, numbered over the rows it sums (一、本年支出 › 一般公共服务支出 …). */
export const CURRENT_YEAR_ROW = /^本年(收入|支出)(合计|小计)?$/;
/** Carry-over rows printed in any block. */
export const CARRYOVER_ROW = /结转|结余/;

export const TWO_SIDES: SideDef[] = [INCOME_SIDE, EXPENDITURE_SIDE, EXPENDITURE_BY_USE_SIDE, EXPENDITURE_BY_ECONOMIC_CLASS_SIDE];
