import type { TableId } from '../schema/records.js';
import type { SideDef } from './sides.js';

/** What a table column holds. */
export type ColumnRole =
  | 'amount' // money, written to amounts[key] in 万元
  | 'code' // classification code (or 政府采购目录序号)
  | 'code_part' // one of 类 / 款 / 项 printed in separate columns
  | 'name' // the row label
  | 'group' // a merged group label left of the name (attributes.group)
  | 'attr' // non-money cell, written to attributes[key]
  | 'ignore'; // 序号, 栏次 and the like

export interface ColumnDef {
  key: string;
  role: ColumnRole;
  /** header texts that mean this column (compared by matchKey). */
  labels: string[];
  /** when set, the column's header path must also contain one of these (e.g. 小计 under 本年收入). */
  under?: string[];
  /**
   * false: a column the table may print that does not tell the table from others (a 支出总表 printed
   * by source, as a 收入总表 is): it names no column when a table is recognised by its header alone.
   */
  evidence?: false;
  /** like `under`, a header above containing one of these (2026年预算数比2025年执行数（扣除中央基建投资）). */
  underContaining?: string[];
  /** attr columns: parse the cell as a number. */
  numeric?: boolean;
  /** code columns: keep the code as printed (政府采购目录序号 "C99000000"), not as classification digits. */
  raw?: boolean;
  /**
   * attr columns that group the rows below them (Jiangsu's 政府采购: 采购品目大类 › 专项名称 ›
   * 经济科目 › items). A blank cell takes the value above it; a value resets the grouping
   * columns to its right; a row printing one with a blank name is that group's subtotal.
   */
  groups?: boolean;
  /**
   * grouping columns: the shape of this group's values. A value of that shape printed in an
   * outer grouping column belongs to this group (无锡 lists the units inside 采购品目大类:
   * 货物 › 无锡市商务局（本级） › items); a column with no labels exists only that way.
   */
  values?: RegExp;
  /**
   * amount columns whose sub-columns are their own parts, not the table's (上年结转结余 ›
   * 一般公共预算资金 is carry-over money): a sub-column's key is prefixed with this column's.
   */
  qualifiesParts?: boolean;
  /**
   * set on a part of such a column (上年结转结余 › 基本支出 is prior_year_carryover_basic): the
   * qualifying column's key, which the part's own parts take too (› 人员经费: prior_year_carryover_personnel).
   */
  qualifier?: string;
  /** code_part columns: which part. */
  part?: 'lei' | 'kuan' | 'xiang';
  /**
   * code columns: the classification printed (北京 prints three side by side: 支出功能分类科目 |
   * 政府支出经济分类科目 | 部门支出经济分类科目). The table's `codeScheme` gives the line's code;
   * the others are kept in attributes[key].
   */
  scheme?: CodeScheme;
  /** a label ending so names this column whatever classification precedes it (部门经济分类科目编码). */
  endings?: string[];
  /**
   * amount columns that are a wider column when the table prints none of the columns that would
   * complete it (工资福利支出 is 人员经费 where 对个人和家庭的补助 is not beside it): that column's key.
   */
  alone?: { key: string; without: string[] };
  /**
   * amount columns whose subtotal word is another column (财政拨款收支总表's expenditure side: 预算数 ›
   * 总计 | 一般公共预算 | … is the side's `total`, split by fund): that column's key.
   */
  subtotal?: string;
}

/** 预算 (budget) or 决算 (final accounts). */
export type Account = 'budget' | 'final_account';

export type CodeScheme = 'function' | 'economic' | 'government_economic';

export type TableFamily =
  | 'line_items' // code / name / amount columns, one line per row
  | 'two_sided' // income and expenditure items side by side
  | 'project_performance'; // 项目绩效目标表: projects + indicators

export interface ItemDef {
  item: string;
  /** regular expressions over the matchKey of the row label (or column header). */
  patterns: string[];
  /**
   * the part of that item a column names by the item's own name, under it beside its named
   * parts (吉林 三公: 因公出国（境）费 › 小计 | 因公出国（境）费 | 科研因公出国（境）费用)
   */
  restOf?: string;
}

export interface TitleSignature {
  all: string[];
  also?: string[];
  /** titles may end without 表 (部门政府采购预算). */
  bare?: boolean;
}

export interface TableDef {
  id: TableId;
  family: TableFamily;
  /** one of the nine tables every disclosure of its account must print (tables_missing). */
  mandated: boolean;
  /** the account the table belongs to: a 预算 (default) or a 决算 (final_ ids). */
  account?: Account;
  /**
   * the content words of its titles (title-words.ts): every word of `all` must be printed,
   * and the title may add words of `also` but no other content word.
   */
  title: TitleSignature;
  columns: ColumnDef[];
  /** two-sided tables: the header group over each side. */
  sides?: SideDef[];
  /** tables whose rows (or columns) are catalogued items. */
  items?: ItemDef[];
  /** a bare 合计 printed beside an explicit `inner` total item is the table's overall total `item`. */
  outerTotal?: { item: string; inner: string };
  /** which classification a row's code is, where several are printed (default function). */
  codeScheme?: CodeScheme;
  /**
   * the same spending as that table, listed by the other classification (陕西 prints 一般公共预算
   * 支出 by function and by economic class): placed by its title or its body's codes, never by
   * its header alone (the header is the other table's).
   */
  classOf?: TableId;
  /** take a quantity unit from the label's parentheses, e.g. 房屋（平方米） → 平方米. */
  unitFromLabel?: string;
}
