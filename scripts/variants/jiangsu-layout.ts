// Jiangsu's layouts of four tables, made from the seed's figures.
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { TableId } from '../../src/schema/records.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';
import { cell, line } from './lines.js';
import { mandatedTables, type TableBlockSrc, type Variant } from './seed.js';

/**
 * Jiangsu's layouts of four tables: the 收支预算总表 with a second expenditure block by use
 * and its totals merged across both blocks; the 收入预算总表 vertical, labels under merged
 * group labels (其他资金 printed over its first row only, the rest blank, as one real PDF
 * does); the 支出预算总表 as one unlabelled row; the 三公、会议费、培训费 table in one row.
 */
export function jiangsuLayout(seed: Variant): Variant {
  const at = new Map(mandatedTables(seed.blocks).map((p) => [p.id, p]));
  const seedLines = (t: TableId) => seed.lines.filter((l) => l.table === t);
  const total = seedLines('expenditure_summary').find((l) => l.name === '合计')!.amounts;
  const income = (pattern: RegExp) => seedLines('income_expenditure_summary').find((l) => l.side === 'income' && pattern.test(l.name))!.amounts['budget'] ?? null;
  const byUse: Array<[string, number | null]> = [
    ['一、基本支出', total['basic'] ?? null],
    ['二、项目支出', total['project'] ?? null],
  ];

  const ies = seed.blocks[at.get('income_expenditure_summary')!.table] as TableBlockSrc;
  const hr = ies.headerRows ?? 0;
  const data = ies.rows.slice(hr).map((row) => row.map((c) => c.text));
  const iesRows: SampleCell[][] = [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 4 }],
    [{ text: '项目名称', rowSpan: 2 }, { text: '金额', rowSpan: 2 }, { text: '功能分类', colSpan: 2 }, { text: '支出用途', colSpan: 2 }],
    [{ text: '功能科目名称' }, { text: '金额' }, { text: '项目名称' }, { text: '金额' }],
    ...data.map(([, il, ia, el, ea], i): SampleCell[] => {
      const texts = (t: Array<string | undefined>) => t.map((text) => ({ text: text ?? '' }));
      if (i >= data.length - 3) return [...texts([il, ia]), { text: el ?? '', colSpan: 3 }, { text: ea ?? '' }];
      const use = byUse[i];
      return [...texts([il, ia, el, ea]), { text: use?.[0] ?? '' }, cell(use?.[1])];
    }),
  ];

  // [group printed (rowSpan), label, amount, group it belongs to]; 其他资金 is printed over its first row only
  const grouped: Array<[SampleCell | null, string, number | null, string | null]> = [
    [null, '收入总计', income(/^收入总计$/), null],
    [{ text: '一般公共预算资金', rowSpan: 2 }, '小计', income(/一般公共预算/), '一般公共预算资金'],
    [null, '公共财政拨款(补助)资金', income(/一般公共预算/), '一般公共预算资金'],
    [{ text: '政府性基金' }, '小计', income(/政府性基金/), '政府性基金'],
    [{ text: '财政专户管理资金', rowSpan: 2 }, '小计', income(/财政专户/), '财政专户管理资金'],
    [null, '专户管理教育收费', null, '财政专户管理资金'],
    [{ text: '其他资金' }, '小计', income(/单位资金/), '其他资金'],
    [{ text: '', rowSpan: 3 }, '事业收入', null, '其他资金'],
    [null, '经营收入', null, '其他资金'],
    [null, '其他收入', null, '其他资金'],
    [{ text: '上年结转和结余资金', rowSpan: 2 }, '小计', income(/上年结转/), '上年结转和结余资金'],
    [null, '其中：动用上年结转和结余资金', income(/上年结转/), '上年结转和结余资金'],
  ];
  const incomeRows: SampleCell[][] = [
    [{ text: '项目名称' }, { text: '' }, { text: '金额' }],
    ...grouped.map(([group, name, v], i): SampleCell[] =>
      i === 0 ? [{ text: name, colSpan: 2 }, cell(v)] : [...(group ? [group] : []), { text: name }, cell(v)],
    ),
  ];

  const expenditureKeys = Object.keys(total);
  const expenditureHeaders = ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'];
  const expenditureRows: SampleCell[][] = [expenditureHeaders.map((text) => ({ text })), expenditureKeys.map((k) => cell(total[k]))];

  const three = (item: string) => seedLines('three_public_expenses').find((l) => l.item === item)?.amounts['total'] ?? null;
  const items: Array<[string, string, number | null]> = [
    ['grand_total', '合计', three('three_public_total')],
    ['three_public_total', '“三公”经费小计', three('three_public_total')],
    ['overseas_travel', '因公出国（境）费', three('overseas_travel')],
    ['vehicle_total', '公务用车购置及运行维护费小计', three('vehicle_total')],
    ['vehicle_purchase', '公务用车购置费', three('vehicle_purchase')],
    ['vehicle_operation', '公务用车运行维护费', three('vehicle_operation')],
    ['reception', '公务接待费', three('reception')],
    ['meeting', '会议费', null],
    ['training', '培训费', null],
  ];
  const threeRows: SampleCell[][] = [
    [{ text: '合计', rowSpan: 3 }, { text: '“三公”经费', colSpan: 6 }, { text: '会议费', rowSpan: 3 }, { text: '培训费', rowSpan: 3 }],
    [{ text: '小计', rowSpan: 2 }, { text: '因公出国（境）费', rowSpan: 2 }, { text: '公务用车购置及运行维护费', colSpan: 3 }, { text: '公务接待费', rowSpan: 2 }],
    [{ text: '小计' }, { text: '公务用车购置费' }, { text: '公务用车运行维护费' }],
    items.map(([, , v]) => cell(v)),
  ];

  const replaced = new Map<number, { title: string; rows: SampleCell[][]; headerRows: number }>([
    [at.get('income_expenditure_summary')!.table, { title: '收支预算总表', rows: iesRows, headerRows: 3 }],
    [at.get('income_summary')!.table, { title: '收入预算总表', rows: incomeRows, headerRows: 1 }],
    [at.get('expenditure_summary')!.table, { title: '支出预算总表', rows: expenditureRows, headerRows: 1 }],
    [at.get('three_public_expenses')!.table, { title: '“三公”经费、会议费、培训费支出预算表', rows: threeRows, headerRows: 3 }],
  ]);
  const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => {
    const next = replaced.get(i + 1);
    if (next && b.type === 'heading') return [{ ...b, text: next.title }, { type: 'paragraph', text: '部门：青龙满族自治县机关事务服务中心 单位：万元' }];
    const own = replaced.get(i);
    return own ? [{ type: 'table', headerRows: own.headerRows, rows: own.rows }] : [b];
  });

  const lines = seed.lines.flatMap((l): ExpectedLine[] => {
    if (l === seedLines('income_expenditure_summary')[0]) {
      return [l, ...byUse.map(([name, v]) => line('income_expenditure_summary', name, { budget: v }, { side: 'expenditure_by_use' }))];
    }
    if (l === seedLines('income_summary')[0]) {
      return grouped.map(([, name, v, group]) => line('income_summary', name, { total: v }, { attributes: { group } }));
    }
    if (l === seedLines('expenditure_summary')[0]) return [line('expenditure_summary', '合计', total)];
    if (l === seedLines('three_public_expenses')[0]) return items.map(([item, name, v]) => line('three_public_expenses', name, { total: v }, { item }));
    return ['income_summary', 'expenditure_summary', 'three_public_expenses'].includes(l.table) ? [] : [l];
  });
  return { ...seed, blocks, lines };
}
