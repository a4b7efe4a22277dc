// 山东's 收支预算总表, made from the seed's figures (written from what 山东's template prints, not
// from a corpus file: the corpus has no 山东 document).
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';
import { cell, line } from './lines.js';
import { mandatedTables, type TableBlockSrc, type Variant } from './seed.js';

type Block = { label: string; rows: Array<[string, number | null]>; side: 'expenditure_by_use' | 'expenditure_by_economic_class' };

/**
 * The expenditure side in four blocks, each a label column and its 本年预算数: 支出类别 (by use),
 * 政府预算经济分类, 部门预算经济分类, 功能分类 (the seed's), every block printing the totals on
 * the rows the seed prints them. The seed splits only 基本支出 by economic class (its 基本支出表):
 * its 项目支出 is put under 商品和服务支出, so each block adds up to the seed's 本年支出合计.
 */
export function shandongSummary(seed: Variant): Variant {
  const at = mandatedTables(seed.blocks).find((p) => p.id === 'income_expenditure_summary')!.table;
  const total = seed.lines.find((l) => l.table === 'expenditure_summary' && l.is_total)!.amounts;
  const cls = (code: string) => seed.lines.find((l) => l.table === 'general_budget_basic_expenditure' && l.code === code)!.amounts['total'] ?? null;
  const goods = Math.round(((cls('302') ?? 0) + (total['project'] ?? 0)) * 100) / 100;
  const blocks: Block[] = [
    { label: '支出类别', side: 'expenditure_by_use', rows: [['一、基本支出', total['basic'] ?? null], ['二、项目支出', total['project'] ?? null]] },
    {
      label: '政府预算经济分类',
      side: 'expenditure_by_economic_class',
      rows: [['一、机关工资福利支出', cls('301')], ['二、机关商品和服务支出', goods], ['三、对个人和家庭的补助', cls('303')]],
    },
    {
      label: '部门预算经济分类',
      side: 'expenditure_by_economic_class',
      rows: [['一、工资福利支出', cls('301')], ['二、商品和服务支出', goods], ['三、对个人和家庭的补助', cls('303')]],
    },
  ];
  const economic = blocks.filter((b) => b.side === 'expenditure_by_economic_class').length;

  const ies = seed.blocks[at] as TableBlockSrc;
  const data = ies.rows.slice(ies.headerRows ?? 0).map((row) => row.map((c) => c.text));
  // the seed's totals and carry-over rows: 本年支出合计, 年终结转结余, 支出总计
  const tail = data.length - 3;
  const rowsOf = (b: Block, i: number, el: string, ea: string): [string, string] => {
    if (i >= tail) return [el, ea];
    const r = b.rows[i];
    return r ? [r[0], cell(r[1]).text] : ['', ''];
  };
  const rows: SampleCell[][] = [
    [{ text: '收入', colSpan: 2 }, { text: '支出', colSpan: 8 }],
    ['项目', '本年预算数', ...blocks.flatMap((b) => [b.label, '本年预算数']), '功能分类', '本年预算数'].map((text) => ({ text })),
    ...data.map(([, il, ia, el, ea], i): SampleCell[] =>
      [il ?? '', ia ?? '', ...blocks.flatMap((b) => rowsOf(b, i, el ?? '', ea ?? '')), el ?? '', ea ?? ''].map((text) => ({ text })),
    ),
  ];
  const out: SampleBlock[] = seed.blocks.map((b, i) => (i === at ? { type: 'table', headerRows: 2, rows } : b));

  // the lines in printed order: each row's income line, then the blocks left to right, then the function block's
  const seedLines = seed.lines.filter((l) => l.table === 'income_expenditure_summary');
  const blockLines = (i: number, el: string, ea: number | null): ExpectedLine[] =>
    blocks.flatMap((b) => {
      const [name, amount] = i >= tail ? [el, ea] : (b.rows[i] ?? ['', null]);
      if (name === '') return [];
      const attributes: Record<string, string> = b.side === 'expenditure_by_economic_class' && economic > 1 ? { block: b.label } : {};
      return [line('income_expenditure_summary', name, { budget: amount }, { side: b.side, attributes })];
    });
  const lines: ExpectedLine[] = [];
  data.forEach(([, il, , el], i) => {
    const income = seedLines.find((l) => l.side === 'income' && l.name === il && !lines.includes(l));
    const expenditure = seedLines.find((l) => l.side === 'expenditure' && l.name === el);
    if (income && il) lines.push(income);
    lines.push(...blockLines(i, el ?? '', expenditure?.amounts['budget'] ?? null));
    if (expenditure) lines.push(expenditure);
  });
  const first = seed.lines.indexOf(seedLines[0]!);
  const rest = seed.lines.filter((l) => l.table !== 'income_expenditure_summary');
  return { ...seed, blocks: out, lines: [...rest.slice(0, first), ...lines, ...rest.slice(first)] };
}
