// 四川's layouts of two tables, made from the seed's figures (written from what 四川's
// 部门预算 tables print, not from a corpus file: the corpus has no 四川 document).
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';
import { cell, line } from './lines.js';
import { mandatedTables, type TableBlockSrc, type Variant } from './seed.js';

const FUNDS = ['general_public_budget', 'government_fund', 'state_capital'] as const;
const UNIT = { code: '430001', name: '青龙满族自治县机关事务服务中心' };

/**
 * The 部门收支总表 with its expenditure side by fund (项目 | 合计 | 一般公共预算 | 政府性基金预算 |
 * 国有资本经营预算 | 财政专户管理资金 | 单位资金: the seed's spending is all appropriation, so
 * its funds are the 财政拨款收支总表's), and the 三公 table one row per unit with its code
 * (单位编码 | 单位名称 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 › 小计 | 公务用车购置费 |
 * 公务用车运行费 | 公务接待费), a 合计 row above the unit's.
 */
export function sichuanLayout(seed: Variant): Variant {
  const at = new Map(mandatedTables(seed.blocks).map((p) => [p.id, p.table]));
  const fiscal = new Map(seed.lines.filter((l) => l.table === 'fiscal_appropriation_summary' && l.side === 'expenditure').map((l) => [l.name, l.amounts]));
  const funds = (name: string) => FUNDS.map((k) => fiscal.get(name)?.[k] ?? null);

  const ies = seed.blocks[at.get('income_expenditure_summary')!] as TableBlockSrc;
  const iesRows: SampleCell[][] = [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 7 }],
    ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'].map((text) => ({ text })),
    ...ies.rows.slice(ies.headerRows ?? 0).map(([, il, ia, el, ea]): SampleCell[] => {
      const name = el?.text ?? '';
      return [il!, ia!, el!, ea!, ...funds(name).map(cell), { text: '' }, { text: '' }].map((c) => ({ text: c.text }));
    }),
  ];

  const three = (item: string) => seed.lines.find((l) => l.table === 'three_public_expenses' && l.item === item)?.amounts['total'] ?? null;
  const items: Array<[string, string]> = [
    ['three_public_total', '合计'],
    ['overseas_travel', '因公出国（境）费'],
    ['vehicle_total', '公务用车购置及运行费小计'],
    ['vehicle_purchase', '公务用车购置费'],
    ['vehicle_operation', '公务用车运行费'],
    ['reception', '公务接待费'],
  ];
  const threeRows: SampleCell[][] = [
    [
      ...['单位编码', '单位名称', '合计', '因公出国（境）费'].map((text) => ({ text, rowSpan: 2 })),
      { text: '公务用车购置及运行费', colSpan: 3 },
      { text: '公务接待费', rowSpan: 2 },
    ],
    [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行费' }],
    [{ text: '' }, { text: '合计' }, ...items.map(([item]) => cell(three(item)))],
    [{ text: UNIT.code }, { text: UNIT.name }, ...items.map(([item]) => cell(three(item)))],
  ];

  const replaced = new Map<number, { rows: SampleCell[][]; headerRows: number }>([
    [at.get('income_expenditure_summary')!, { rows: iesRows, headerRows: 2 }],
    [at.get('three_public_expenses')!, { rows: threeRows, headerRows: 2 }],
  ]);
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    const own = replaced.get(i);
    return own ? { type: 'table', headerRows: own.headerRows, rows: own.rows } : b;
  });

  const threeLines = (more: Partial<ExpectedLine>) => items.map(([item, name]) => line('three_public_expenses', name, { total: three(item) }, { item, ...more }));
  const firstThree = seed.lines.find((l) => l.table === 'three_public_expenses');
  const lines = seed.lines.flatMap((l): ExpectedLine[] => {
    if (l === firstThree) return [...threeLines({}), ...threeLines({ attributes: { group: UNIT.name, unit_code: UNIT.code } })];
    if (l.table === 'three_public_expenses') return [];
    if (l.table !== 'income_expenditure_summary' || l.side !== 'expenditure') return [l];
    const byFund = Object.fromEntries(FUNDS.map((k, i) => [k, funds(l.name)[i]!]));
    return [{ ...l, amounts: { budget: l.amounts['budget'] ?? null, ...byFund, fiscal_special_account: null, unit_funds: null } }];
  });
  return { ...seed, blocks, lines };
}
