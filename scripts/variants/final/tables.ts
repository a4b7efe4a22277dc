// The 决算 tables printed from the accounts, each with the lines reading it must give: the
// central template's nine tables (国家信访局 2024: 行次 in both 总表, 本年支出 › 小计 | 基本支出 |
// 项目支出, 人员经费 | 公用经费 side by side, 三公 预算数 | 决算数 in one row) and the university's
// 财政拨款支出决算表 (西南大学 表4).
import type { ExpectedLine } from '../../../src/accuracy/expected.js';
import type { TableId } from '../../../src/schema/records.js';
import type { SampleCell } from '../../make-sample-docx.js';
import { line } from '../lines.js';
import type { Accounts, EconomicRow, FunctionRow, Totals } from './accounts.js';

export interface Printed {
  headerRows: number;
  rows: SampleCell[][];
  lines: ExpectedLine[];
  /** the note printed under the table. */
  note: string;
}

export interface PrintOptions {
  department: string;
  /** every blank amount cell printed 0.00 (佛山), read as 0. */
  zeros: boolean;
  /** the 合计 row among the header rows Word repeats on every page (佛山). */
  totalInHeader: boolean;
}

const c = (text: string, more: Partial<SampleCell> = {}): SampleCell => ({ text, ...more });

/** A printed amount and what it reads as. */
function amount(o: PrintOptions, v: number | null): { cell: SampleCell; value: number | null } {
  if (v === null && !o.zeros) return { cell: c(''), value: null };
  const x = v ?? 0;
  return { cell: c((x / 100).toFixed(2)), value: x / 100 };
}

/** Cells and the amounts record of one row, keys in column order. */
function amounts(o: PrintOptions, values: Array<[string, number | null]>): { cells: SampleCell[]; record: Record<string, number | null> } {
  const printed = values.map(([k, v]) => [k, amount(o, v)] as const);
  return { cells: printed.map(([, p]) => p.cell), record: Object.fromEntries(printed.map(([k, p]) => [k, p.value])) };
}

const departmentLine = (o: PrintOptions, width: number): SampleCell[] => [c(`部门：${o.department}`, { colSpan: width - 2 }), c('金额单位：万元', { colSpan: 2 })];
const columnNumbers = (label: number, from: number, n: number): SampleCell[] => [
  c('栏次', { colSpan: label }),
  ...Array.from({ length: n }, (_, i) => c(String(from + i))),
];

/** 类, 款, 项 rows under a 合计 row, the 合计 among the header rows where the template repeats it. */
function functionTable(
  o: PrintOptions,
  table: TableId,
  header: SampleCell[][],
  rows: FunctionRow[],
  total: Array<[string, number | null]>,
  values: (r: FunctionRow) => Array<[string, number | null]>,
  note: string,
): Printed {
  const sum = amounts(o, total);
  const totalRow = [c('合计', { colSpan: 2 }), ...sum.cells];
  const body = rows.map((r) => {
    const a = amounts(o, values(r));
    return { cells: [c(r.code), c(r.name), ...a.cells], line: line(table, r.name, a.record, { code: r.code, level: r.level }) };
  });
  return {
    headerRows: header.length + (o.totalInHeader ? 1 : 0),
    rows: [...header, totalRow, ...body.map((b) => b.cells)],
    lines: [line(table, '合计', sum.record), ...body.map((b) => b.line)],
    note,
  };
}

/** 项目 › 功能分类科目编码 | 科目名称 over the code and name columns, `groups` over the amounts. */
function functionHeader(o: PrintOptions, amountLabels: string[], groups?: { label: string; from: number; span: number }): SampleCell[][] {
  const width = 2 + amountLabels.length;
  const top: SampleCell[] = [c('项目', { colSpan: 2 })];
  const second: SampleCell[] = [c('功能分类科目编码'), c('科目名称')];
  amountLabels.forEach((label, i) => {
    if (groups && i === groups.from) top.push(c(groups.label, { colSpan: groups.span }));
    if (groups && i >= groups.from && i < groups.from + groups.span) second.push(c(label));
    else top.push(c(label, { rowSpan: 2 }));
  });
  return [departmentLine(o, width), top, second, columnNumbers(2, 1, amountLabels.length)];
}

const spent = (r: FunctionRow) => (r.basic === null && r.project === null ? null : (r.basic ?? 0) + (r.project ?? 0));
const received = (r: FunctionRow) => (r.fiscal === null && r.other === null ? null : (r.fiscal ?? 0) + (r.other ?? 0));

export function income(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const labels = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const keys = ['total', 'fiscal_appropriation', 'superior_subsidy', 'business_income', 'operating_income', 'subordinate_remittance', 'other_income'];
  const row = (v: Array<number | null>) => keys.map((k, i): [string, number | null] => [k, v[i] ?? null]);
  return functionTable(o, 'final_income', functionHeader(o, labels), a.functions, row([t.income, t.fiscalIncome, null, null, null, null, t.otherIncome || null]), (r) => row([received(r), r.fiscal, null, null, null, null, r.other]), '注：本表反映部门本年度取得的各项收入情况。');
}

export function expenditure(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const labels = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const keys = ['total', 'basic', 'project', 'remittance_to_superior', 'operating', 'subsidy_to_subordinate'];
  const row = (v: Array<number | null>) => keys.map((k, i): [string, number | null] => [k, v[i] ?? null]);
  return functionTable(o, 'final_expenditure', functionHeader(o, labels), a.functions, row([t.expenditure, t.basic, t.project]), (r) => row([spent(r), r.basic, r.project]), '注：本表反映部门本年度各项支出情况。');
}

/** 本年支出 › 小计 | 基本支出 | 项目支出 of the rows `rows` (一般公共预算, or all 财政拨款 for a university's 表4). */
export function fundExpenditure(table: TableId, rows: FunctionRow[], total: [number, number, number], o: PrintOptions, note: string): Printed {
  const row = (v: Array<number | null>): Array<[string, number | null]> => ['total', 'basic', 'project'].map((k, i) => [k, v[i] ?? null]);
  const header = functionHeader(o, ['小计', '基本支出', '项目支出'], { label: '本年支出', from: 0, span: 3 });
  return functionTable(o, table, header, rows, row(total), (r) => row([spent(r), r.basic, r.project]), note);
}

export function governmentFund(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const rows = a.functions.filter((r) => r.fund === 'government_fund');
  const keys = ['year_start_carryover', 'income', 'total', 'basic', 'project', 'year_end_carryover'];
  const row = (v: Array<number | null>) => keys.map((k, i): [string, number | null] => [k, v[i] ?? null]);
  const header = functionHeader(o, ['年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余'], { label: '本年支出', from: 2, span: 3 });
  return functionTable(o, 'final_government_fund', header, rows, row([t.fundStart, t.fundIncome, t.fundExpenditure, t.fundBasic || null, t.fundProject, t.fundEnd]), (r) => row([r.start, r.fiscal, spent(r), r.basic, r.project, r.end]), '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。');
}

/** Printed with its 合计 row blank and a note, as 国家信访局 prints an empty table: no lines. */
export function stateCapital(a: Accounts, o: PrintOptions): Printed {
  const header = functionHeader(o, ['合计', '基本支出', '项目支出'], { label: '本年支出', from: 0, span: 3 });
  return {
    headerRows: header.length,
    rows: [...header, [c('合计', { colSpan: 2 }), c(''), c(''), c('')]],
    lines: [],
    note: `注：本表反映部门本年度国有资本经营预算财政拨款支出情况。说明：${a.department}${a.year}年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。`,
  };
}

/** 人员经费 | 公用经费 side by side, each block 科目代码 | 科目名称 | 决算数, its 合计 under it. */
export function basicByBlocks(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const table: TableId = 'final_general_budget_basic_expenditure';
  const block = (rows: EconomicRow[]) =>
    rows.map((r) => {
      const p = amount(o, r.total);
      return { cells: [c(r.code), c(r.name), p.cell], line: line(table, r.name, { total: p.value }, { code: r.code, level: r.level }) };
    });
  const left = block(a.personnel);
  const right = block(a.public);
  const height = Math.max(left.length, right.length);
  const blank = [c(''), c(''), c('')];
  const body = Array.from({ length: height }, (_, i) => [...(left[i]?.cells ?? blank), ...(right[i]?.cells ?? blank)]);
  const personnel = amount(o, t.personnel);
  const pub = amount(o, t.public);
  const header: SampleCell[][] = [
    departmentLine(o, 6),
    [c('人员经费', { colSpan: 3 }), c('公用经费', { colSpan: 3 })],
    [c('科目代码'), c('科目名称'), c('决算数'), c('科目代码'), c('科目名称'), c('决算数')],
  ];
  return {
    headerRows: header.length,
    rows: [...header, ...body, [c('人员经费合计', { colSpan: 2 }), personnel.cell, c('公用经费合计', { colSpan: 2 }), pub.cell]],
    lines: [
      ...left.map((b) => b.line),
      line(table, '人员经费合计', { total: personnel.value }),
      ...right.map((b) => b.line),
      line(table, '公用经费合计', { total: pub.value }),
    ],
    note: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  };
}

/** The 26 expenditure classes both 总表 list, with the 类 code each sums. */
export const CLASSES: Array<[string, string]> = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['229', '其他支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['234', '抗疫特别国债安排的支出'],
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 一 … 二十六 */
export const numeral = (n: number): string => (n <= 10 ? (n === 10 ? '十' : NUMERALS[n - 1]!) : n < 20 ? `十${NUMERALS[n - 11]}` : `${NUMERALS[Math.floor(n / 10) - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ''}`);

/** A side's row of a two-sided table: label, 行次, amounts; null for a row the side leaves empty. */
interface SideRow {
  name: string;
  values: Array<[string, number | null]>;
  group?: string;
}

/**
 * A two-sided 总表: income rows beside expenditure rows, each side 项目 | 行次 | amounts, 行次
 * numbered down the income side, then down the expenditure side; an income row with only
 * its 行次 is printed where the expenditure side runs longer.
 */
function twoSided(table: TableId, o: PrintOptions, income: Array<SideRow | null>, expenditure: Array<SideRow | null>, tail: Array<[SideRow | null, SideRow | null]>, expenditureLabels: string[], note: string): Printed {
  const incomeWidth = 1;
  const spendWidth = expenditureLabels.length;
  const width = 2 + incomeWidth + 2 + spendWidth;
  const height = Math.max(income.length, expenditure.length);
  const pairs: Array<[SideRow | null, SideRow | null]> = [...Array.from({ length: height }, (_, i): [SideRow | null, SideRow | null] => [income[i] ?? null, expenditure[i] ?? null]), ...tail];
  const lines: ExpectedLine[] = [];
  const side = (s: SideRow | null, sideName: 'income' | 'expenditure', n: number, cols: number): SampleCell[] => {
    if (!s) return [c(''), c(String(n)), ...Array.from({ length: cols }, () => c(''))];
    const a = amounts(o, s.values);
    lines.push(line(table, s.name, a.record, { side: sideName, ...(s.group && { attributes: { group: s.group } }) }));
    return [c(s.group ? `  ${s.name}` : s.name), c(String(n)), ...a.cells];
  };
  const rows = pairs.map(([i, e], k) => [...side(i, 'income', k + 1, incomeWidth), ...side(e, 'expenditure', pairs.length + k + 1, spendWidth)]);
  const header: SampleCell[][] = [
    departmentLine(o, width),
    [c('收入', { colSpan: 2 + incomeWidth }), c('支出', { colSpan: 2 + spendWidth })],
    [c('项目'), c('行次'), c('金额'), c('项目'), c('行次'), ...expenditureLabels.map((l) => c(l))],
    [c('栏次'), c(''), c('1'), c('栏次'), c(''), ...expenditureLabels.map((_, i) => c(String(2 + i)))],
  ];
  return { headerRows: header.length, rows: [...header, ...rows], lines, note };
}

const byClass = (a: Accounts, f: (r: FunctionRow) => Array<[string, number | null]>, keys: string[]): SideRow[] =>
  CLASSES.map(([code, name], i) => {
    const r = a.functions.find((x) => x.code === code);
    return { name: `${numeral(i + 1)}、${name}`, values: r ? f(r) : keys.map((k): [string, number | null] => [k, null]) };
  });

export function summary(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const v = (x: number | null): Array<[string, number | null]> => [['actual', x]];
  const incomeItems: SideRow[] = [
    { name: '一、一般公共预算财政拨款收入', values: v(t.generalIncome) },
    { name: '二、政府性基金预算财政拨款收入', values: v(t.fundIncome || null) },
    { name: '三、国有资本经营预算财政拨款收入', values: v(null) },
    { name: '四、上级补助收入', values: v(null) },
    { name: '五、事业收入', values: v(null) },
    { name: '六、经营收入', values: v(null) },
    { name: '七、附属单位上缴收入', values: v(null) },
    { name: '八、其他收入', values: v(t.otherIncome || null) },
  ];
  const spending = byClass(a, (r) => v(spent(r)), ['actual']);
  const tail: Array<[SideRow | null, SideRow | null]> = [
    [{ name: '本年收入合计', values: v(t.income) }, { name: '本年支出合计', values: v(t.expenditure) }],
    [{ name: '使用非财政拨款结余', values: v(null) }, { name: '结余分配', values: v(null) }],
    [{ name: '年初结转和结余', values: v(t.start) }, { name: '年末结转和结余', values: v(t.end) }],
    [null, null],
    [{ name: '总计', values: v(t.income + t.start) }, { name: '总计', values: v(t.expenditure + t.end) }],
  ];
  return twoSided('final_income_expenditure_summary', o, incomeItems, spending, tail, ['金额'], '注：本表反映部门本年度的总收支和年末结转结余情况。');
}

export function fiscalSummary(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const funds = (total: number | null, general: number | null, fund: number | null): Array<[string, number | null]> => [
    ['actual', total],
    ['general_public_budget', general],
    ['government_fund', fund],
    ['state_capital', null],
  ];
  const v = (x: number | null): Array<[string, number | null]> => [['actual', x]];
  const incomeItems: SideRow[] = [
    { name: '一、一般公共预算财政拨款', values: v(t.generalIncome) },
    { name: '二、政府性基金预算财政拨款', values: v(t.fundIncome || null) },
    { name: '三、国有资本经营预算财政拨款', values: v(null) },
  ];
  const spending = byClass(
    a,
    (r) => {
      const s = spent(r);
      return funds(s, r.fund === 'general_public_budget' ? s : null, r.fund === 'government_fund' ? s : null);
    },
    ['actual', 'general_public_budget', 'government_fund', 'state_capital'],
  );
  const group = '年初财政拨款结转和结余';
  const tail: Array<[SideRow | null, SideRow | null]> = [
    [{ name: '本年收入合计', values: v(t.fiscalIncome) }, { name: '本年支出合计', values: funds(t.generalExpenditure + t.fundExpenditure, t.generalExpenditure, t.fundExpenditure || null) }],
    [{ name: group, values: v(t.fiscalStart) }, { name: '年末财政拨款结转和结余', values: funds(t.fiscalEnd, a.generalEnd, t.fundEnd || null) }],
    [{ name: '一般公共预算财政拨款', values: v(a.generalStart), group }, null],
    [{ name: '政府性基金预算财政拨款', values: v(t.fundStart || null), group }, null],
    [{ name: '国有资本经营预算财政拨款', values: v(null), group }, null],
    [
      { name: '总计', values: v(t.fiscalIncome + t.fiscalStart) },
      { name: '总计', values: funds(t.generalExpenditure + t.fundExpenditure + t.fiscalEnd, t.generalExpenditure + a.generalEnd, t.fundExpenditure + t.fundEnd || null) },
    ],
  ];
  return twoSided('final_fiscal_appropriation_summary', o, incomeItems, spending, tail, ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'], '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。');
}

/** 预算数 | 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 › 小计 | 购置费 | 运行维护费 | 公务接待费, in one row. */
export function threePublic(a: Accounts, t: Totals, o: PrintOptions): Printed {
  const table: TableId = 'final_three_public_expenses';
  const p = a.threePublic;
  const items: Array<[string, string, (k: 'budget' | 'actual') => number | null]> = [
    ['three_public_total', '合计', (k) => (k === 'budget' ? t.threeBudget : t.threeActual)],
    ['overseas_travel', '因公出国（境）费', (k) => p.overseas_travel[k]],
    ['vehicle_total', '公务用车购置及运行维护费小计', (k) => (k === 'budget' ? t.vehicleBudget : t.vehicleActual)],
    ['vehicle_purchase', '公务用车购置费', (k) => p.vehicle_purchase[k]],
    ['vehicle_operation', '公务用车运行维护费', (k) => p.vehicle_operation[k]],
    ['reception', '公务接待费', (k) => p.reception[k]],
  ];
  const group = (): SampleCell[][] => [
    [c('合计', { rowSpan: 2 }), c('因公出国（境）费', { rowSpan: 2 }), c('公务用车购置及运行维护费', { colSpan: 3 }), c('公务接待费', { rowSpan: 2 })],
    [c('小计'), c('公务用车购置费'), c('公务用车运行维护费')],
  ];
  const [g1, g2] = [group(), group()];
  const budget = items.map(([, , f]) => amount(o, f('budget')));
  const actual = items.map(([, , f]) => amount(o, f('actual')));
  return {
    headerRows: 5,
    rows: [
      departmentLine(o, 12),
      [c('预算数', { colSpan: 6 }), c('决算数', { colSpan: 6 })],
      [...g1[0]!, ...g2[0]!],
      [...g1[1]!, ...g2[1]!],
      Array.from({ length: 12 }, (_, i) => c(String(i + 1))),
      [...budget.map((b) => b.cell), ...actual.map((b) => b.cell)],
    ],
    lines: items.map(([item, name], i) => line(table, name, { budget: budget[i]!.value, actual: actual[i]!.value }, { item, is_total: item === 'three_public_total' })),
    note: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。',
  };
}
