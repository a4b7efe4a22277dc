// The seed department's accounts for its budget year, the source of the 决算 variants: what
// it spent is what the seed budgeted (its 支出总表, 一般公共预算支出表, 基本支出表 and 政府性基金
// rows), what it received and carried over is chosen here so that every 决算 identity holds
// exactly (all arithmetic in cents, no rounding differences).
import type { Variant } from '../seed.js';

/** A 功能分类 row (类, 款 or 项) of the accounts. Amounts in cents; null where nothing was printed. */
export interface FunctionRow {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  basic: number | null;
  project: number | null;
  /** 本年收入 by source. */
  fiscal: number | null;
  other: number | null;
  /** the fund the row's 财政拨款 belongs to. */
  fund: 'general_public_budget' | 'government_fund';
  /** 年初 and 年末结转和结余 of the row's 财政拨款 (printed in the 政府性基金 table). */
  start: number | null;
  end: number | null;
}

export interface EconomicRow {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  total: number;
}

export interface Accounts {
  department: string;
  year: number;
  functions: FunctionRow[];
  /** 基本支出 by economic class: 人员经费 (301, 303) and 公用经费 (the others). */
  personnel: EconomicRow[];
  public: EconomicRow[];
  /** 年初 and 年末结转和结余 not from 财政拨款. */
  otherStart: number;
  otherEnd: number;
  /** 一般公共预算财政拨款 carried over (the 政府性基金 ones are on its rows). */
  generalStart: number;
  generalEnd: number;
  /** “三公” 预算数 and 决算数 by item. */
  threePublic: Record<'overseas_travel' | 'vehicle_purchase' | 'vehicle_operation' | 'reception', { budget: number | null; actual: number | null }>;
}

const cents = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 100));

/**
 * Income chosen per 项 row (cents): a 项 not listed received exactly what it spent from
 * 财政拨款. 机关服务 spent 年初结转 of 一般公共预算 and received 其他收入 it did not spend; the
 * 政府性基金 row spent 50.00 of 年初结转 and left 30.00.
 */
const INCOME: Record<string, { fiscal: number; other?: number; start?: number; end?: number }> = {
  '2010303': { fiscal: 125000, other: 1250 },
  '2120899': { fiscal: 18000, start: 5000, end: 3000 },
};
const GENERAL_END = 1869;
const OTHER_START = 320;

const add = (a: number | null, b: number | null): number | null => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

/**
 * The seed's 类 rows as printed, each 款 under it adding up exactly: where the 款 differ from
 * their 类 by a rounding cent (the seed prints 301 as 267.41, its 款 add up to 267.42), the
 * first 款 takes the difference (基本工资 117.67).
 */
function exactClasses(rows: EconomicRow[]): EconomicRow[] {
  return rows.map((r, i) => {
    const parent = r.level === 2 ? rows.find((p) => p.level === 1 && r.code.startsWith(p.code)) : undefined;
    if (!parent || rows.findIndex((x) => x.level === 2 && x.code.startsWith(parent.code)) !== i) return r;
    const children = rows.filter((x) => x.level === 2 && x.code.startsWith(parent.code));
    return { ...r, total: r.total + parent.total - children.reduce((a, x) => a + x.total, 0) };
  });
}

export function accountsFromSeed(seed: Variant): Accounts {
  const { department_name, fiscal_year } = seed.document;
  if (!department_name || !fiscal_year) throw new Error('the seed names its department and year');
  const of = (table: string) => seed.lines.filter((l) => l.table === table && l.code !== null);
  const fundCodes = new Set(of('government_fund_expenditure').map((l) => l.code));
  // 项 rows first, then 类 and 款 as the sums of their 项 (the seed's rows add up exactly)
  const leaves: FunctionRow[] = of('expenditure_summary')
    .filter((l) => l.level === 3)
    .map((l) => {
      const chosen = INCOME[l.code!];
      const spent = (cents(l.amounts['basic']) ?? 0) + (cents(l.amounts['project']) ?? 0);
      return {
        code: l.code!,
        name: l.name,
        level: 3,
        basic: cents(l.amounts['basic']),
        project: cents(l.amounts['project']),
        fiscal: chosen?.fiscal ?? spent,
        other: chosen?.other ?? null,
        fund: fundCodes.has(l.code) ? 'government_fund' : 'general_public_budget',
        start: chosen?.start ?? null,
        end: chosen?.end ?? null,
      };
    });
  const functions = of('expenditure_summary').map((l): FunctionRow => {
    if (l.level === 3) return leaves.find((r) => r.code === l.code)!;
    const parts = leaves.filter((r) => r.code.startsWith(l.code!));
    const sum = (k: 'basic' | 'project' | 'fiscal' | 'other' | 'start' | 'end') => parts.reduce<number | null>((a, r) => add(a, r[k]), null);
    return { code: l.code!, name: l.name, level: l.level!, basic: sum('basic'), project: sum('project'), fiscal: sum('fiscal'), other: sum('other'), fund: parts[0]!.fund, start: sum('start'), end: sum('end') };
  });
  const economic = exactClasses(of('general_budget_basic_expenditure').map((l) => ({ code: l.code!, name: l.name, level: l.level!, total: cents(l.amounts['total'])! })));
  const isPersonnel = (r: EconomicRow) => ['301', '303'].includes(r.code.slice(0, 3));
  const general = leaves.filter((r) => r.fund === 'general_public_budget');
  const spent = general.reduce((a, r) => a + (r.basic ?? 0) + (r.project ?? 0), 0);
  const received = general.reduce((a, r) => a + (r.fiscal ?? 0), 0);
  const item = (key: string) => seed.lines.find((l) => l.table === 'three_public_expenses' && l.item === key)?.amounts['total'] ?? null;
  return {
    department: department_name,
    year: fiscal_year,
    functions,
    personnel: economic.filter(isPersonnel),
    public: economic.filter((r) => !isPersonnel(r)),
    otherStart: OTHER_START,
    otherEnd: OTHER_START + leaves.reduce((a, r) => a + (r.other ?? 0), 0),
    generalStart: spent - received + GENERAL_END,
    generalEnd: GENERAL_END,
    threePublic: {
      overseas_travel: { budget: cents(item('overseas_travel')), actual: null },
      vehicle_purchase: { budget: cents(item('vehicle_purchase')), actual: null },
      vehicle_operation: { budget: cents(item('vehicle_operation')), actual: cents(item('vehicle_operation')) },
      reception: { budget: cents(item('reception')), actual: 20 },
    },
  };
}

/** Totals the tables print, in cents. */
export function totals(a: Accounts) {
  const top = a.functions.filter((r) => r.level === 1);
  const sum = <R>(rows: R[], f: (r: R) => number | null) => rows.reduce((s, r) => s + (f(r) ?? 0), 0);
  const general = top.filter((r) => r.fund === 'general_public_budget');
  const fund = top.filter((r) => r.fund === 'government_fund');
  const spent = (r: FunctionRow) => (r.basic ?? 0) + (r.project ?? 0);
  const fundStart = sum(fund, (r) => r.start);
  const fundEnd = sum(fund, (r) => r.end);
  const fiscalStart = a.generalStart + fundStart;
  const fiscalEnd = a.generalEnd + fundEnd;
  const income = sum(top, (r) => add(r.fiscal, r.other));
  const t = a.threePublic;
  const vehicle = (k: 'budget' | 'actual') => add(t.vehicle_purchase[k], t.vehicle_operation[k]);
  const three = (k: 'budget' | 'actual') => add(add(t.overseas_travel[k], vehicle(k)), t.reception[k]);
  return {
    income,
    fiscalIncome: sum(top, (r) => r.fiscal),
    generalIncome: sum(general, (r) => r.fiscal),
    fundIncome: sum(fund, (r) => r.fiscal),
    otherIncome: sum(top, (r) => r.other),
    expenditure: sum(top, spent),
    basic: sum(top, (r) => r.basic),
    project: sum(top, (r) => r.project),
    generalExpenditure: sum(general, spent),
    generalBasic: sum(general, (r) => r.basic),
    generalProject: sum(general, (r) => r.project),
    fundExpenditure: sum(fund, spent),
    fundBasic: sum(fund, (r) => r.basic),
    fundProject: sum(fund, (r) => r.project),
    fundStart,
    fundEnd,
    fiscalStart,
    fiscalEnd,
    start: fiscalStart + a.otherStart,
    end: fiscalEnd + a.otherEnd,
    personnel: sum(a.personnel.filter((r) => r.level === 1), (r) => r.total),
    public: sum(a.public.filter((r) => r.level === 1), (r) => r.total),
    vehicleBudget: vehicle('budget'),
    vehicleActual: vehicle('actual'),
    threeBudget: three('budget'),
    threeActual: three('actual'),
  };
}

export type Totals = ReturnType<typeof totals>;
