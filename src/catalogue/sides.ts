// Header texts over each side of a two-sided table. A column's side is named by the lowest
// of its header labels that is a side label, so 支出 › 支出用途 is the by-use block and
// 支出 › 功能分类 the expenditure block (Jiangsu prints both under one 支出 header).
import type { Side } from '../schema/records.js';

export interface SideDef {
  side: Side;
  labels: string[];
}

export const INCOME_SIDE: SideDef = {
  side: 'income',
  labels: ['收入', '收入项目', '本年收入', '财政拨款收入'],
};
export const EXPENDITURE_SIDE: SideDef = {
  side: 'expenditure',
  labels: ['支出', '支出项目', '本年支出', '财政拨款支出', '功能分类', '支出(功能分类)', '支出(按功能分类)', '按功能分类'],
};
export const EXPENDITURE_BY_USE_SIDE: SideDef = {
  side: 'expenditure_by_use',
  labels: ['支出用途', '按支出用途', '支出(支出用途)', '支出(按支出用途)', '支出(按用途)', '按用途'],
};

/**
 * What a by-use block lists. An expenditure block under a plain 支出 header that lists only
 * these (and its totals and carry-overs) is the by-use block (长沙: 一、基本支出 … 五、上缴上级支出).
 */
export const USE_ITEMS = ['基本支出', '项目支出', '事业单位经营支出', '经营支出', '上缴上级支出', '对附属单位补助支出', '单位预留机动经费', '结余分配'];
/** A fund's own row (一般公共预算财政拨款, 政府性基金预算资金 …), as printed under a carry-over row. */
export const FUND_ROW = /^(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?)(财政)?(拨款)?(收入|资金)?$/;
/** Carry-over rows printed in any block. */
export const CARRYOVER_ROW = /结转|结余/;

export const TWO_SIDES: SideDef[] = [INCOME_SIDE, EXPENDITURE_SIDE, EXPENDITURE_BY_USE_SIDE];
