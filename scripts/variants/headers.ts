// Column headers as other templates print them (../shared/corpus, `pdftotext -layout`):
// merged group labels over the amount columns and 基本支出 printed by its parts.
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { TableId } from '../../src/schema/records.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';
import { line } from './lines.js';
import { mandatedTables, type TableBlockSrc, type Variant } from './seed.js';

type Amounts = ExpectedLine['amounts'];

/** A table's new header rows and data rows (from the seed's data row texts) and its lines' new amounts. */
interface Relayout {
  id: TableId;
  /** the rows above the data: the department/year/unit line, the header rows, the 栏次 row. */
  header: SampleCell[][];
  row: (texts: string[], line: ExpectedLine | null) => SampleCell[];
  amounts?: (line: ExpectedLine) => Amounts;
}

const cents = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 100));
const fromCents = (c: number | null): number | null => (c === null || c === 0 ? null : c / 100);
const text = (v: number | null): SampleCell => ({ text: v === null ? '' : v.toFixed(2) });

/** The seed's data rows of each relaid table replaced, the header above them, and the lines' amounts. */
function relayout(tables: Relayout[]): (seed: Variant) => Variant {
  return (seed) => {
    const at = new Map(mandatedTables(seed.blocks).map((p) => [p.id, p.table]));
    const blocks = [...seed.blocks];
    for (const t of tables) {
      const i = at.get(t.id);
      if (i === undefined) throw new Error(`no ${t.id} table in the seed`);
      const b = blocks[i] as TableBlockSrc;
      const hr = b.headerRows ?? 0;
      const lines = seed.lines.filter((l) => l.table === t.id);
      const data = b.rows.slice(hr).map((row) => {
        const texts = row.map((c) => c.text);
        // a data row is seq | code | name | amounts…; its line is the one with that code and name
        const line = lines.find((l) => (l.code ?? '') === texts[1] && l.name === texts[2]) ?? null;
        return t.row(texts, line);
      });
      const block: SampleBlock = { type: 'table', headerRows: t.header.length, rows: [...t.header, ...data] };
      blocks[i] = block;
    }
    const lines = seed.lines.map((l): ExpectedLine => {
      const t = tables.find((x) => x.id === l.table);
      return t?.amounts ? { ...l, amounts: t.amounts(l) } : l;
    });
    return { ...seed, blocks, lines };
  };
}

const DEPARTMENT_LINE = (spans: [number, number, number]): SampleCell[] => [
  { text: '430青龙满族自治县机关事务服务中心', colSpan: spans[0] },
  { text: '预算年度：2024', colSpan: spans[1] },
  { text: '单位：万元', colSpan: spans[2] },
];
const columnNumbers = (n: number): SampleCell[] => [{ text: '栏次' }, ...Array.from({ length: n }, (_, k) => ({ text: String(k + 1) }))];

/**
 * 基本支出 by its parts for each function row: the department's 公用经费 (the economic table's
 * 302 total) all in the 项 whose 基本支出 is largest (2010303 机关服务) and the rows above it, the
 * rest of 基本支出 人员经费 (pensions, medical insurance and the housing fund are personnel).
 */
function basicParts(seed: Variant): (line: ExpectedLine) => { personnel: number | null; public: number | null } {
  const economic = seed.lines.find((l) => l.table === 'general_budget_basic_expenditure' && l.is_total)!;
  const publicTotal = cents(economic.amounts['public'])!;
  const items = seed.lines.filter((l) => l.table === 'general_budget_expenditure' && l.level === 3);
  const office = items.reduce((a, b) => ((cents(b.amounts['basic']) ?? 0) > (cents(a.amounts['basic']) ?? 0) ? b : a)).code!;
  if ((cents(items.find((l) => l.code === office)!.amounts['basic']) ?? 0) < publicTotal) throw new Error('公用经费 does not fit one 项');
  return (l) => {
    const basic = cents(l.amounts['basic']);
    if (basic === null) return { personnel: null, public: null };
    const pub = l.is_total || (l.code !== null && office.startsWith(l.code)) ? publicTotal : 0;
    return { personnel: fromCents(basic - pub), public: fromCents(pub) };
  };
}

/**
 * 湖州's 支出预算总表 (表03): 基本支出 printed only by its parts (人员支出 | 公用经费, no subtotal),
 * 总计, 事业单位经营支出, 上缴上级支出; 重庆's 一般公共预算支出情况表 (表五): 基本支出 over
 * 小计 | 人员经费 | 公用经费.
 */
export function basicByParts(seed: Variant): Variant {
  const parts = basicParts(seed);
  return relayout([
    {
      id: 'expenditure_summary',
      header: [
        DEPARTMENT_LINE([3, 3, 4]),
        [
          { text: '序号', rowSpan: 2 },
          { text: '功能分类科目', colSpan: 2 },
          { text: '总计', rowSpan: 2 },
          { text: '基本支出', colSpan: 2 },
          { text: '项目支出', rowSpan: 2 },
          { text: '事业单位经营支出', rowSpan: 2 },
          { text: '上缴上级支出', rowSpan: 2 },
          { text: '对附属单位补助支出', rowSpan: 2 },
        ],
        [{ text: '科目编码' }, { text: '科目名称' }, { text: '人员支出' }, { text: '公用经费' }],
        columnNumbers(9),
      ],
      row: ([seq, code, name, total, , project, operating, remit, subsidy], line) => {
        const p = line ? parts(line) : { personnel: null, public: null };
        return [seq, code, name, total].map((t) => ({ text: t ?? '' })).concat(text(p.personnel), text(p.public), ...[project, operating, remit, subsidy].map((t) => ({ text: t ?? '' })));
      },
      amounts: (l) => {
        const { basic: _b, total, project, ...rest } = l.amounts;
        return { total: total ?? null, ...parts(l), project: project ?? null, ...rest };
      },
    },
    {
      id: 'general_budget_expenditure',
      header: [
        DEPARTMENT_LINE([3, 2, 3]),
        [{ text: '序号', rowSpan: 2 }, { text: '功能分类科目', colSpan: 2 }, { text: '总计', rowSpan: 2 }, { text: '基本支出', colSpan: 3 }, { text: '项目支出', rowSpan: 2 }],
        [{ text: '科目编码' }, { text: '科目名称' }, { text: '小计' }, { text: '人员经费' }, { text: '公用经费' }],
        columnNumbers(7),
      ],
      row: ([seq, code, name, total, basic, project], line) => {
        const p = line ? parts(line) : { personnel: null, public: null };
        return [seq, code, name, total, basic].map((t) => ({ text: t ?? '' })).concat(text(p.personnel), text(p.public), { text: project ?? '' });
      },
      amounts: (l) => ({ total: l.amounts['total'] ?? null, basic: l.amounts['basic'] ?? null, ...parts(l), project: l.amounts['project'] ?? null }),
    },
  ])(seed);
}

/**
 * Group labels over the amount columns, the amounts' keys unchanged: 重庆's 一般公共预算基本支出
 * 情况表 (经济分类科目 over 科目编码 | 科目名称, 基本支出 over 总计 | 人员经费 | 公用经费) and
 * 政府性基金预算支出情况表 (预算数 over 总计 | 基本支出 | 项目支出); 湖州's 国有资本经营预算支出表
 * (本年国有资本经营预算支出 over 合计 | 基本支出 | 项目支出).
 */
export function groupLabels(seed: Variant): Variant {
  const same = (texts: string[]): SampleCell[] => texts.map((t) => ({ text: t }));
  const functional = (group: string, labels: [string, string, string]): SampleCell[][] => [
    DEPARTMENT_LINE([2, 2, 2]),
    [{ text: '序号', rowSpan: 2 }, { text: '功能分类科目', colSpan: 2 }, { text: group, colSpan: 3 }],
    [{ text: '科目编码' }, { text: '科目名称' }, ...labels.map((t) => ({ text: t }))],
    columnNumbers(5),
  ];
  return relayout([
    {
      id: 'general_budget_basic_expenditure',
      header: [
        DEPARTMENT_LINE([2, 2, 2]),
        [{ text: '序号', rowSpan: 2 }, { text: '经济分类科目', colSpan: 2 }, { text: '基本支出', colSpan: 3 }],
        [{ text: '科目编码' }, { text: '科目名称' }, { text: '总计' }, { text: '人员经费' }, { text: '公用经费' }],
        columnNumbers(5),
      ],
      row: same,
    },
    { id: 'government_fund_expenditure', header: functional('预算数', ['总计', '基本支出', '项目支出']), row: same },
    { id: 'state_capital_expenditure', header: functional('本年国有资本经营预算支出', ['合计', '基本支出', '项目支出']), row: same },
  ])(seed);
}

/**
 * 无锡's 政府采购支出表: the money by source under one 资金来源 label (一般公共预算资金 | 政府性基金 |
 * 其他资金 | 上年结转和结余资金), 总计 after it; the seed's empty 国有资本经营 / 财政专户 / 单位资金
 * columns are not printed.
 */
export function fundSource(seed: Variant): Variant {
  const i = seed.blocks.findIndex((b, k) => b.type === 'paragraph' && b.text === '部门政府采购预算' && seed.blocks[k + 1]?.type === 'table') + 1;
  if (i <= 0) throw new Error('no procurement table in the seed');
  const b = seed.blocks[i] as TableBlockSrc;
  const hr = b.headerRows ?? 0;
  const header: SampleCell[][] = [
    [{ text: '430青龙满族自治县机关事务服务中心', colSpan: 8 }, { text: '单位：万元', colSpan: 5 }],
    [
      { text: '政府采购项目来源', colSpan: 2 },
      { text: '采购物品名称', rowSpan: 2 },
      { text: '政府采购目录序号', rowSpan: 2 },
      { text: '计量  单位', rowSpan: 2 },
      { text: '数量', rowSpan: 2 },
      { text: '单价', rowSpan: 2 },
      { text: '资金来源', colSpan: 4 },
      { text: '总计', rowSpan: 2 },
      { text: '2024年  预留中  小微企  业份额', rowSpan: 2 },
    ],
    [{ text: '项目名称' }, { text: '预算    资金' }, { text: '一般公共预算资金' }, { text: '政府性基金' }, { text: '其他资金' }, { text: '上年结转和结余资金' }],
  ];
  for (const row of b.rows.slice(hr)) {
    const [state, special, unit] = [row[10], row[11], row[12]].map((c) => c!.text);
    if (state || special || unit) throw new Error('a procurement row has 国有资本经营 / 财政专户 / 单位资金 money');
  }
  const rows = b.rows.slice(hr).map((row) => [...row.slice(0, 7), row[8]!, row[9]!, { text: '' }, row[13]!, row[7]!, row[14]!]);
  const blocks = seed.blocks.map((x, k): SampleBlock => (k === i ? { type: 'table', headerRows: hr, rows: [...header, ...rows] } : x));
  const lines = seed.lines.map((l): ExpectedLine => {
    if (l.table !== 'government_procurement') return l;
    const a = l.amounts;
    const amounts: Amounts = {
      project_budget: a['project_budget'] ?? null,
      unit_price: a['unit_price'] ?? null,
      general_public_budget: a['general_public_budget'] ?? null,
      government_fund: a['government_fund'] ?? null,
      other_funds: null,
      prior_year_carryover: a['prior_year_carryover'] ?? null,
      total: a['total'] ?? null,
      sme_reserved: a['sme_reserved'] ?? null,
    };
    if (Object.keys(a).some((k) => !(k in amounts) && !['state_capital', 'fiscal_special_account', 'unit_funds'].includes(k))) throw new Error('a procurement amount not printed');
    return { ...l, amounts };
  });
  return { ...seed, blocks, lines };
}

/**
 * 上海's 财务收支预算总表 (2026 单位预算): the expenditure side's 预算数 printed by use, 合计 |
 * 基本支出 › 人员经费 | 公用经费 | 项目支出, under 本年收入 / 本年支出. The expenditure lines carry
 * the parts with the keys the line-item tables use (personnel, public, project), 合计 is the
 * side's 预算数 (budget).
 */
export function shanghaiSummary(seed: Variant): Variant {
  const parts = basicParts(seed);
  const classes = seed.lines.filter((l) => l.table === 'expenditure_summary' && (l.level === 1 || l.is_total));
  // 一、一般公共服务支出 → the 类 line named 一般公共服务支出; 本年支出合计 / 支出总计 → the 合计 line
  const byUse = (name: string): Amounts | null => {
    const l = /合计|总计/.test(name) ? classes.find((c) => c.is_total) : classes.find((c) => !c.is_total && name.replace(/^[一二三四五六七八九十]+、/, '') === c.name);
    if (!l) return null;
    return { ...parts(l), project: l.amounts['project'] ?? null };
  };
  const header: SampleCell[][] = [
    DEPARTMENT_LINE([4, 2, 2]),
    [{ text: '序号', rowSpan: 4 }, { text: '本年收入', colSpan: 2 }, { text: '本年支出', colSpan: 5 }],
    [{ text: '项目', rowSpan: 3 }, { text: '预算数', rowSpan: 3 }, { text: '项目', rowSpan: 3 }, { text: '预算数', colSpan: 4 }],
    [{ text: '合计', rowSpan: 2 }, { text: '基本支出', colSpan: 2 }, { text: '项目支出', rowSpan: 2 }],
    [{ text: '人员经费' }, { text: '公用经费' }],
    columnNumbers(7),
  ];
  const relaid = relayout([
    {
      id: 'income_expenditure_summary',
      header,
      row: ([seq, iname, iamount, ename, eamount]) => {
        const use = ename ? byUse(ename) : null;
        const cells = [seq, iname, iamount, ename, eamount].map((t) => ({ text: t ?? '' }));
        return [...cells, text(use?.['personnel'] ?? null), text(use?.['public'] ?? null), text(use?.['project'] ?? null)];
      },
    },
  ])(seed);
  const lines = relaid.lines.map((l): ExpectedLine => {
    if (l.table !== 'income_expenditure_summary' || l.side !== 'expenditure') return l;
    const use = byUse(l.name) ?? { personnel: null, public: null, project: null };
    return { ...l, amounts: { budget: l.amounts['budget'] ?? null, ...use } };
  });
  return { ...relaid, lines };
}

/**
 * The two-sided tables with one header row, each block headed by its side label alone:
 * 序号 | 收入项目 | 预算数 | 支出项目 | 预算数 and 序号 | 收入 | 金额 | 支出 | 合计 | 一般公共预算 | 政府性基金预算 |
 * 国有资本经营预算 (the fund columns headed by no side).
 */
export function sideOnlyHeaders(seed: Variant): Variant {
  const headers: Partial<Record<TableId, string[]>> = {
    income_expenditure_summary: ['序号', '收入项目', '预算数', '支出项目', '预算数'],
    fiscal_appropriation_summary: ['序号', '收入', '金额', '支出', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
  };
  const blocks = [...seed.blocks];
  for (const p of mandatedTables(seed.blocks)) {
    const header = headers[p.id];
    if (!header) continue;
    const b = blocks[p.table] as TableBlockSrc;
    // rows 1-2 (序号 merged down | 收入 | 支出, then 项目 | 预算数 …) become one row
    blocks[p.table] = { ...b, headerRows: (b.headerRows ?? 0) - 1, rows: [b.rows[0]!, header.map((text) => ({ text })), ...b.rows.slice(3)] };
  }
  return { ...seed, blocks };
}

/**
 * 北京's 财政拨款“三公”经费支出表 (预算09表) in one row: “三公”经费财政拨款预算总额 | 因公出国（境）费用 |
 * 公务接待费 | 公务用车购置及运行维护费 › 小计 | 公务用车购置费 | 公务用车运行维护费.
 */
export function threePublicBeijing(seed: Variant): Variant {
  const at = mandatedTables(seed.blocks).find((p) => p.id === 'three_public_expenses')!;
  const total = (item: string) => seed.lines.find((l) => l.table === 'three_public_expenses' && l.item === item)?.amounts['total'] ?? null;
  const columns: Array<[string, string]> = [
    ['three_public_total', '“三公”经费财政拨款预算总额'],
    ['overseas_travel', '因公出国（境）费用'],
    ['reception', '公务接待费'],
    ['vehicle_total', '公务用车购置及运行维护费小计'],
    ['vehicle_purchase', '公务用车购置费'],
    ['vehicle_operation', '公务用车运行维护费'],
  ];
  const table: TableBlockSrc = {
    type: 'table',
    headerRows: 3,
    rows: [
      DEPARTMENT_LINE([3, 2, 1]),
      [
        { text: '“三公”经费财政拨款预算总额', rowSpan: 2 },
        { text: '因公出国（境）费用', rowSpan: 2 },
        { text: '公务接待费', rowSpan: 2 },
        { text: '公务用车购置及运行维护费', colSpan: 3 },
      ],
      [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行维护费' }],
      columns.map(([item]) => text(total(item))),
    ],
  };
  const blocks = seed.blocks.map((b, i): SampleBlock => (i === at.table ? table : b));
  const three = columns.map(([item, name]) => line('three_public_expenses', name, { total: total(item) }, { item, is_total: item.endsWith('_total') }));
  const first = seed.lines.findIndex((l) => l.table === 'three_public_expenses');
  const lines = [...seed.lines.slice(0, first), ...three, ...seed.lines.filter((l, i) => i > first && l.table !== 'three_public_expenses')];
  return { ...seed, blocks, lines };
}

/**
 * 吉林's split of every figure (长春 2026, 预算表5 and 6): 合计 | 当年预算 › 小计 | 基本支出 | 项目支出 |
 * 上年结转结余 › 小计 | 基本支出 | 项目支出 (基本支出表: › 小计 | 人员经费 | 公用经费), no 序号, the
 * carry-over printed 0.00 throughout as the department with none prints it.
 */
export function carryoverSplit(seed: Variant): Variant {
  const zero = { text: '0.00' };
  const split = (id: TableId, parts: [string, string], keys: [string, string]): Relayout => ({
    id,
    header: [
      DEPARTMENT_LINE([3, 3, 3]),
      [
        { text: '科目编码', rowSpan: 2 },
        // (长春 prints 支出经济分类科目名称: four lines in the seed's narrow column, whose last LibreOffice
        // draws on a continued page's first row)
        { text: id === 'general_budget_expenditure' ? '功能分类科目名称' : '科目名称', rowSpan: 2 },
        { text: '合计', rowSpan: 2 },
        { text: '当年预算', colSpan: 3 },
        { text: '上年结转结余', colSpan: 3 },
      ],
      [{ text: '小计' }, ...parts.map((t) => ({ text: t })), { text: '小计' }, ...parts.map((t) => ({ text: t }))],
    ],
    row: ([, code, name, total, a, b]) => [code, name, total, total, a, b].map((t) => ({ text: t ?? '' })).concat(zero, zero, zero),
    amounts: (l) => {
      const total = l.amounts['total'] ?? null;
      const parts = keys.flatMap((k) => [[k, l.amounts[k] ?? null] as const]);
      const carried = keys.map((k) => [`prior_year_carryover_${k}`, 0] as const);
      return Object.fromEntries([['total', total], ['current_year_subtotal', total], ...parts, ['prior_year_carryover', 0], ...carried]);
    },
  });
  return relayout([
    split('general_budget_expenditure', ['基本支出', '项目支出'], ['basic', 'project']),
    split('general_budget_basic_expenditure', ['人员经费', '公用经费'], ['personnel', 'public']),
  ])(seed);
}
