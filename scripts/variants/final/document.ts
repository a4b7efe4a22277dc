// A 部门决算 printed from the seed department's accounts in one template's layout: a cover
// line, the 说明 with its figures, then the tables, each under its title (with the template's
// number line) and over its note.
import { mandatedTables } from '../../../src/catalogue/index.js';
import type { TableId } from '../../../src/schema/records.js';
import type { SampleBlock } from '../../make-sample-docx.js';
import type { Variant } from '../seed.js';
import { accountsFromSeed, totals, type Accounts, type Totals } from './accounts.js';
import {
  basicByBlocks,
  expenditure,
  fiscalSummary,
  fundExpenditure,
  governmentFund,
  income,
  stateCapital,
  summary,
  threePublic,
  type Printed,
  type PrintOptions,
} from './tables.js';

export interface FinalLayout {
  /** the tables printed, in order, with their titles as printed (without prefix). */
  tables: Array<[TableId, string]>;
  /** the number line of the n-th table (公开01表, 表1), printed above or below its title. */
  number?: { text: (n: number) => string; above: boolean };
  /** printed before every title: the department and the year. */
  prefixed?: boolean;
  zeros?: boolean;
  totalInHeader?: boolean;
}

type Printer = (a: Accounts, t: Totals, o: PrintOptions) => Printed;

const PRINTERS: Partial<Record<TableId, Printer>> = {
  final_income_expenditure_summary: summary,
  final_income: income,
  final_expenditure: expenditure,
  final_fiscal_appropriation_summary: fiscalSummary,
  final_general_budget_expenditure: (a, t, o) =>
    fundExpenditure('final_general_budget_expenditure', a.functions.filter((r) => r.fund === 'general_public_budget'), [t.generalExpenditure, t.generalBasic, t.generalProject], o, '注：本表反映部门本年度一般公共预算财政拨款实际支出情况。'),
  final_general_budget_basic_expenditure: basicByBlocks,
  final_government_fund: governmentFund,
  final_state_capital: (a, _t, o) => stateCapital(a, o),
  final_three_public_expenses: threePublic,
  // 西南大学 表4: all 财政拨款 spending (its rows are all 财政拨款 here)
  final_fiscal_appropriation_expenditure: (a, t, o) =>
    fundExpenditure('final_fiscal_appropriation_expenditure', a.functions, [t.generalExpenditure + t.fundExpenditure, t.generalBasic + t.fundBasic, t.generalProject + t.fundProject], o, '注：本表反映部门本年度财政拨款支出情况。'),
};

const wan = (cents: number): string => `${(cents / 100).toFixed(2)}万元`;

/** The 说明: the figures a reader checks against the tables. */
function narrative(a: Accounts, t: Totals, printed: Set<TableId>): string[] {
  const paragraphs = [
    `一、收入支出决算总体情况说明`,
    `${a.year}年度收入总计${wan(t.income + t.start)}、支出总计${wan(t.expenditure + t.end)}。本年收入合计${wan(t.income)}，其中：一般公共预算财政拨款收入${wan(t.generalIncome)}，政府性基金预算财政拨款收入${wan(t.fundIncome)}，其他收入${wan(t.otherIncome)}。本年支出合计${wan(t.expenditure)}，其中：基本支出${wan(t.basic)}，项目支出${wan(t.project)}。年末结转和结余${wan(t.end)}。`,
  ];
  if (printed.has('final_general_budget_basic_expenditure')) {
    paragraphs.push('二、一般公共预算财政拨款基本支出决算情况说明', `${a.year}年度一般公共预算财政拨款基本支出${wan(t.generalBasic)}，其中：人员经费${wan(t.personnel)}，公用经费${wan(t.public)}。`);
  }
  if (printed.has('final_three_public_expenses')) {
    const p = a.threePublic;
    paragraphs.push(
      '三、一般公共预算财政拨款“三公”经费支出决算情况说明',
      `${a.year}年度“三公”经费支出全年预算数为${wan(t.threeBudget ?? 0)}，支出决算为${wan(t.threeActual ?? 0)}。其中：公务用车购置及运行维护费支出决算为${wan(t.vehicleActual ?? 0)}（公务用车运行维护费${wan(p.vehicle_operation.actual ?? 0)}），公务接待费支出决算为${wan(p.reception.actual ?? 0)}。`,
    );
  }
  return paragraphs;
}

/** The 决算 of the seed department printed in `layout`. */
export function finalAccount(layout: FinalLayout): (seed: Variant) => Variant {
  return (seed) => {
    const a = accountsFromSeed(seed);
    const t = totals(a);
    const o: PrintOptions = { department: a.department, zeros: layout.zeros ?? false, totalInHeader: layout.totalInHeader ?? false };
    const ids = layout.tables.map(([id]) => id);
    const blocks: SampleBlock[] = [
      { type: 'heading', level: 1, text: `${a.department}${a.year}年度部门决算` },
      ...narrative(a, t, new Set(ids)).map((text): SampleBlock => ({ type: 'paragraph', text })),
    ];
    const lines = layout.tables.flatMap(([id, title], i) => {
      const printed = PRINTERS[id]!(a, t, o);
      const number: SampleBlock[] = layout.number ? [{ type: 'paragraph', text: layout.number.text(i + 1) }] : [];
      const heading: SampleBlock = { type: 'heading', level: 2, text: layout.prefixed ? `${a.department}${a.year}年度${title}` : title };
      blocks.push(
        ...(layout.number?.above ? [...number, heading] : [heading, ...number]),
        { type: 'table', headerRows: printed.headerRows, rows: printed.rows },
        { type: 'paragraph', text: printed.note },
      );
      return printed.lines;
    });
    return {
      blocks,
      lines,
      document: {
        ...seed.document,
        disclosure_kind: 'department_final_account',
        department_code: null,
        tables_found: ids,
        tables_missing: mandatedTables('final_account').filter((id) => !ids.includes(id)),
        checked_tables: ids,
      },
    };
  };
}
