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

export const TWO_SIDES: SideDef[] = [INCOME_SIDE, EXPENDITURE_SIDE, EXPENDITURE_BY_USE_SIDE];
