// Spending printed by both classifications, made from the seed's figures (written from what the
// templates print, not from corpus files: the corpus has none of them):
// - 陕西's 部门综合预算 prints the 一般公共预算 spending both ways: its 支出明细表 by function and
//   by economic class, its 基本支出明细表 by economic class and by function;
// - a 部门预算支出经济分类汇总表: all the department's spending by economic class.
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { TableId } from '../../src/schema/records.js';
import type { SampleBlock, SampleCell } from '../make-sample-docx.js';
import { cell, line } from './lines.js';
import { mandatedTables, type TableBlockSrc, type Variant } from './seed.js';

const TITLE = '部门综合预算一般公共预算支出明细表';
const BASIC_TITLE = '部门综合预算一般公共预算基本支出明细表';

const texts = (...t: string[]): SampleCell[] => t.map((text) => ({ text }));

/** The seed's department / year / unit line over a table `width` columns wide. */
function metaRow(seed: TableBlockSrc, width: number): SampleCell[] {
  const [dept, year, unit] = seed.rows[0]!.map((c) => c.text);
  const side = Math.floor((width - 2) / 2);
  return [
    { text: dept!, colSpan: 2 },
    { text: year!, colSpan: side },
    { text: unit!, colSpan: width - 2 - side },
  ];
}

const economicCells = (l: ExpectedLine): SampleCell[] => [{ text: l.code ?? '' }, { text: l.name }, ...['total', 'basic', 'project'].map((k) => cell(l.amounts[k]))];

/**
 * `from`'s spending by economic class under table `id`: each 类 of the seed's 基本支出 table,
 * 302 商品和服务支出 also holding the projects, so the total is `from`'s.
 */
function byEconomicClass(seed: Variant, from: TableId, id: TableId): ExpectedLine[] {
  const of = (table: TableId) => seed.lines.filter((l) => l.table === table);
  const total = of(from).find((l) => l.is_total)!.amounts;
  const project = total['project'] ?? 0;
  return [
    line(id, '合计', { total: total['total']!, basic: total['basic']!, project }),
    ...of('general_budget_basic_expenditure')
      .filter((l) => l.level === 1)
      .map((l) => {
        const basic = l.amounts['total']!;
        const spent = l.code === '302' ? project : null;
        const sum = Math.round((basic + (spent ?? 0)) * 100) / 100;
        return line(id, l.name, { total: sum, basic, project: spent }, { code: l.code, level: 1 });
      }),
  ];
}

/** The seed's records with each sibling's lines after its table's, and its id after its table's id. */
function withSiblings(seed: Variant, siblings: Partial<Record<TableId, ExpectedLine[]>>): Pick<Variant, 'lines' | 'document'> {
  const lines = seed.lines.flatMap((l, i, all) => (all[i + 1]?.table !== l.table ? [l, ...(siblings[l.table] ?? [])] : [l]));
  const added = (ids: TableId[]) => ids.flatMap((id): TableId[] => [id, ...(siblings[id]?.slice(0, 1).map((l) => l.table) ?? [])]);
  return { lines, document: { ...seed.document, tables_found: added(seed.document.tables_found), checked_tables: added(seed.document.checked_tables) } };
}

/**
 * The two 明细表s the seed lacks, each under its sibling:
 * - 支出明细表 by economic class (序号 | 支出经济分类科目 › 科目编码 | 科目名称 | 合计 | 基本支出 |
 *   项目支出), the seed's 基本支出 classes with its 项目支出 put under 302 商品和服务支出, so the
 *   total is the function table's; the title's qualifier printed on the line under it;
 * - 基本支出明细表 by function (序号 | 支出功能分类科目 › … | 一般公共预算基本支出), each function
 *   line's 基本支出, titled with no qualifier: only the codes tell it from the economic one.
 * The seed's two tables are titled with their qualifiers (（按支出功能分类科目）, （按支出经济分类科目）).
 */
export function shaanxiClasses(seed: Variant): Variant {
  const at = new Map(mandatedTables(seed.blocks).map((p) => [p.id, p]));
  const gb = at.get('general_budget_expenditure')!;
  const gbb = at.get('general_budget_basic_expenditure')!;
  const of = (table: TableId) => seed.lines.filter((l) => l.table === table);

  const economic = byEconomicClass(seed, 'general_budget_expenditure', 'general_budget_expenditure_economic');
  const economicRows: SampleCell[][] = [
    metaRow(seed.blocks[gb.table] as TableBlockSrc, 6),
    [{ text: '序号', rowSpan: 2 }, { text: '支出经济分类科目', colSpan: 2 }, ...['合计', '基本支出', '项目支出'].map((text) => ({ text, rowSpan: 2 }))],
    texts('科目编码', '科目名称'),
    texts('栏次', '1', '2', '3', '4', '5'),
    ...economic.map((l, i) => [{ text: `${i + 1}` }, ...economicCells(l)]),
  ];

  // by function: each function line's 基本支出
  const functional: ExpectedLine[] = of('general_budget_expenditure')
    .filter((l) => l.amounts['basic'] !== null && l.amounts['basic'] !== undefined)
    .map((l) => line('general_budget_basic_expenditure_function', l.name, { total: l.amounts['basic']! }, { code: l.code, level: l.level }));
  const functionRows: SampleCell[][] = [
    metaRow(seed.blocks[gbb.table] as TableBlockSrc, 4),
    [{ text: '序号', rowSpan: 2 }, { text: '支出功能分类科目', colSpan: 2 }, { text: '一般公共预算基本支出', rowSpan: 2 }],
    texts('科目编码', '科目名称'),
    texts('栏次', '1', '2', '3'),
    ...functional.map((l, i) => [{ text: `${i + 1}` }, { text: l.code ?? '' }, { text: l.name }, cell(l.amounts['total'])]),
  ];

  const heading = (i: number, text: string): SampleBlock => ({ ...(seed.blocks[i] as Extract<SampleBlock, { type: 'heading' }>), text });
  const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => {
    if (i === gb.title) return [heading(i, `${TITLE}（按支出功能分类科目）`)];
    if (i === gbb.title) return [heading(i, `${BASIC_TITLE}（按支出经济分类科目）`)];
    if (i === gb.table) return [b, heading(gb.title, TITLE), { type: 'paragraph', text: '（按支出经济分类科目）' }, { type: 'table', headerRows: 4, rows: economicRows }];
    if (i === gbb.table) return [b, heading(gbb.title, BASIC_TITLE), { type: 'table', headerRows: 4, rows: functionRows }];
    return [b];
  });
  return { blocks, ...withSiblings(seed, { general_budget_expenditure: economic, general_budget_basic_expenditure: functional }) };
}

/**
 * The seed with a 部门预算支出经济分类汇总表 after its 支出总表 (科目编码 | 科目名称 | 合计 | 基本支出 |
 * 项目支出, no qualifier in its title): the 支出总表's spending by economic class.
 */
export function expenditureByEconomicClass(seed: Variant): Variant {
  const summary = mandatedTables(seed.blocks).find((p) => p.id === 'expenditure_summary')!;
  const economic = byEconomicClass(seed, 'expenditure_summary', 'expenditure_summary_economic');
  const rows: SampleCell[][] = [metaRow(seed.blocks[summary.table] as TableBlockSrc, 5), texts('科目编码', '科目名称', '合计', '基本支出', '项目支出'), ...economic.map(economicCells)];
  const title: SampleBlock = { ...(seed.blocks[summary.title] as Extract<SampleBlock, { type: 'heading' }>), text: '部门预算支出经济分类汇总表' };
  const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => (i === summary.table ? [b, title, { type: 'table', headerRows: 2, rows }] : [b]));
  return { blocks, ...withSiblings(seed, { expenditure_summary: economic }) };
}
