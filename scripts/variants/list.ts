// The variants: layouts other provinces and years print, made from the seed. Each turns
// the seed's transcription and its expected records the same way, so what the pipeline
// must read from the variant is known without reading it.
import { PROJECT_FIELDS } from '../../src/catalogue/projects.js';
import { headerKey } from '../../src/catalogue/index.js';
import { matchTitle } from '../../src/locate/titles.js';
import type { ExpectedLine } from '../../src/accuracy/expected.js';
import type { TableId } from '../../src/schema/records.js';
import { gridWidth, type SampleBlock, type SampleCell } from '../make-sample-docx.js';
import { AMOUNT, amountColumns, gridColumns, widenColumn } from './grid.js';
import { jiangsuLayout } from './jiangsu-layout.js';
import { sichuanLayout } from './sichuan-layout.js';
import { expenditureByEconomicClass, shaanxiClasses } from './classes.js';
import { shandongSummary } from './shandong-layout.js';
import { cell, line } from './lines.js';
import { basicByParts, carryoverSplit, fundSource, groupLabels, shanghaiSummary, sideOnlyHeaders, threePublicBeijing } from './headers.js';
import { codeDashName, departmentInTitles, swuTitles, yearNameTitles } from './department.js';
import { BEIJING, CHONGQING, GONGKAI, GUANGZHOU, HUZHOU, repeatedTitles, retitleAs, WUXI } from './titles.js';
import { mandatedTables, mapCells, mapTexts, type TableBlockSrc, type Variant } from './seed.js';

export interface VariantDef {
  name: string;
  /** what the variant prints differently, for docs/accuracy.md and the test names. */
  about: string;
  make: (seed: Variant) => Variant;
}

const tableIndices = (blocks: SampleBlock[]): Set<number> => new Set(mandatedTables(blocks).map((t) => t.table));

/** The table printed under the paragraph or heading titling it `id` (procurement, fixed assets, projects). */
function tablesTitled(blocks: SampleBlock[], id: TableId): Set<number> {
  const out = new Set<number>();
  blocks.forEach((b, i) => b.type !== 'table' && matchTitle(b.text)?.def.id === id && blocks[i + 1]?.type === 'table' && out.add(i + 1));
  return out;
}

/** The nine titles replaced in order, in the headings and in the contents list ("title\tpage"). */
function retitle(titles: string[]): (seed: Variant) => Variant {
  return (seed) => {
    const positions = mandatedTables(seed.blocks);
    const old = new Map(positions.map((p, i) => [(seed.blocks[p.title] as { text: string }).text, titles[i]!]));
    const blocks = seed.blocks.map((b): SampleBlock => {
      if (b.type === 'table') return b;
      const [head, ...tail] = b.text.split('\t');
      const t = old.get(head!);
      return t ? { ...b, text: [t, ...tail].join('\t') } : b;
    });
    return { ...seed, blocks };
  };
}

/**
 * Each of the nine titles printed as the table's first row ("表1 部门预算收支总表"), an empty
 * paragraph where the heading was (Word keeps one between tables), no rows repeated per page.
 */
function titleInTable(seed: Variant): Variant {
  const positions = mandatedTables(seed.blocks);
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    const n = positions.findIndex((p) => p.title === i || p.table === i);
    if (n < 0) return b;
    if (b.type !== 'table') return { type: 'paragraph', text: '' };
    const title = (seed.blocks[positions[n]!.title] as { text: string }).text;
    return { type: 'table', rows: [[{ text: `表${n + 1} ${title}`, colSpan: gridWidth(b.rows, `table ${i}`) }], ...b.rows] };
  });
  return { ...seed, blocks };
}

/**
 * Each of the nine titles wrapped onto a line of its own, as two paragraphs: the last character
 * (…部门预算收支总 | 表) or the last two (…支出预 | 算表).
 */
function wrappedTitles(seed: Variant): Variant {
  const titles = new Map(mandatedTables(seed.blocks).map((p, n) => [p.title, 1 + (n % 2)]));
  const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => {
    const cut = titles.get(i);
    if (cut === undefined || b.type === 'table') return [b];
    return [{ ...b, text: b.text.slice(0, -cut) }, { ...b, text: b.text.slice(-cut) }];
  });
  return { ...seed, blocks };
}

/** A table printed as two Word tables, the column headers repeated, "（续表）" between them. */
function splitTables(ids: TableId[]): (seed: Variant) => Variant {
  return (seed) => {
    const targets = new Set(mandatedTables(seed.blocks).filter((p) => ids.includes(p.id)).map((p) => p.table));
    const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => {
      if (!targets.has(i) || b.type !== 'table') return [b];
      const hr = b.headerRows ?? 0;
      const cut = hr + Math.ceil((b.rows.length - hr) / 2);
      // row 0 is the department / year / unit line, printed once
      return [
        { ...b, rows: b.rows.slice(0, cut) },
        { type: 'paragraph', text: '（续表）' },
        { ...b, headerRows: hr - 1, rows: [...b.rows.slice(1, hr), ...b.rows.slice(cut)] },
      ];
    });
    return { ...seed, blocks };
  };
}

const thousands = (cents: number): string =>
  `${Math.floor(cents / 100)}`.replace(/\B(?=(\d{3})+$)/g, ',') + '.' + `${cents % 100}`.padStart(2, '0');

/** An amount of `cents` hundredths of 万元 in 亿元, every digit kept: 1430.30 → 0.143030. */
const inYi = (cents: number): string => {
  const digits = `${cents}`.padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
};

/**
 * Tables 1-9 in `unit`: 元 and 千元 with thousands separators (1,038,810.00; 1,038.81), 亿元
 * with six decimals (0.103881); 单位：元 / 单位：千元 / 单位：亿元.
 */
function inUnit(unit: '元' | '千元' | '亿元'): (seed: Variant) => Variant {
  const print = (cents: number): string => (unit === '亿元' ? inYi(cents) : thousands(cents * (unit === '元' ? 10000 : 10)));
  return (seed) => {
    const only = tableIndices(seed.blocks);
    const blocks = mapCells(
      seed.blocks,
      (c, r, t) => {
        if (c.text === '单位：万元') return { ...c, text: `单位：${unit}` };
        return r >= (t.headerRows ?? 0) && AMOUNT.test(c.text) ? { ...c, text: print(Math.round(Number(c.text) * 100)) } : c;
      },
      only,
    );
    const ids = new Set(mandatedTables(seed.blocks).map((p) => p.id));
    const lines = seed.lines.map((l) => (ids.has(l.table) ? { ...l, source_unit: unit } : l));
    return { blocks, lines, document: { ...seed.document, unit } };
  };
}

/** "-" in the empty amount cells of tables 1-9. */
function dashes(seed: Variant): Variant {
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    if (b.type !== 'table' || !tableIndices(seed.blocks).has(i)) return b;
    const hr = b.headerRows ?? 0;
    const amounts = amountColumns(b.rows, hr);
    const cols = gridColumns(b.rows);
    return {
      ...b,
      rows: b.rows.map((row, r) =>
        r < hr || row.every((c) => c.text === '') ? row : row.map((c, k) => (c.text === '' && amounts.has(cols[r]![k]!) ? { ...c, text: '-' } : c)),
      ),
    };
  });
  return { ...seed, blocks };
}

/** The 国有资本经营 table printed as Shanghai prints an empty table: a 无 row, a blank 合计 row, a note. */
function emptyTable(seed: Variant): Variant {
  const at = mandatedTables(seed.blocks).find((p) => p.id === 'state_capital_expenditure')!.table;
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    if (i === at && b.type === 'table') {
      const hr = b.headerRows ?? 0;
      const blank = b.rows[hr]!.map((c) => ({ ...c, text: '' }));
      const row = (texts: Record<number, string>) => blank.map((c, k) => ({ ...c, text: texts[k] ?? '' }));
      return { ...b, rows: [...b.rows.slice(0, hr), row({ 1: '无' }), blank, blank, row({ 2: '合计' })] };
    }
    return i === at + 1 && b.type === 'paragraph' ? { ...b, text: '注:本部门2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。' } : b;
  });
  return { ...seed, blocks };
}

/** Alignment spaces inside short labels and titles: 合 计, 基 本 支 出, 部 门 预 算 收 支 总 表. */
function spacedLabels(seed: Variant): Variant {
  const spaced = (t: string) => [...t].join(' ');
  const titles = new Set(mandatedTables(seed.blocks).map((p) => p.title));
  const blocks = mapCells(seed.blocks, (c) => (/^[\u4e00-\u9fff]{2,6}$/.test(c.text) ? { ...c, text: spaced(c.text) } : c), tableIndices(seed.blocks)).map(
    (b, i): SampleBlock => (titles.has(i) && b.type === 'heading' ? { ...b, text: spaced(b.text) } : b),
  );
  return { ...seed, blocks };
}

const OPTIONAL: TableId[] = ['project_performance', 'government_procurement', 'fixed_assets'];

/** Without sections 五 to 九: no 绩效目标, projects, procurement or assets. */
function missingSections(seed: Variant): Variant {
  const heading = (text: string) => seed.blocks.findIndex((b) => b.type === 'heading' && b.text.trim().startsWith(text));
  const from = heading('五、');
  const to = heading('十、');
  const blocks = [...seed.blocks.slice(0, from), ...seed.blocks.slice(to)];
  const keep = (ids: TableId[]) => ids.filter((id) => !OPTIONAL.includes(id));
  return {
    blocks,
    lines: seed.lines.filter((l) => !OPTIONAL.includes(l.table)),
    document: { ...seed.document, tables_found: keep(seed.document.tables_found), checked_tables: keep(seed.document.checked_tables) },
  };
}

const double = (t: string): string => {
  const decimals = t.split('.')[1]?.length ?? 0;
  return (Number(t) * 2).toFixed(decimals);
};
const BUDGET_LABELS = new Set([...PROJECT_FIELDS.budget, ...PROJECT_FIELDS.fiscal_funds, ...PROJECT_FIELDS.other_funds].map(headerKey));

/**
 * Another department in another county (宽城满族自治县, 130827), every amount doubled:
 * table amounts (not the asset quantities), project budgets and the 万元 figures of the text.
 */
function otherCounty(seed: Variant): Variant {
  const assets = tablesTitled(seed.blocks, 'fixed_assets');
  const projects = tablesTitled(seed.blocks, 'project_performance');
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    if (b.type !== 'table') return b;
    const cols = gridColumns(b.rows);
    // project blocks: the figure right of 预算数 / 财政资金 / 其他资金; assets: the value column only
    const isAmount = (row: SampleCell[], r: number, k: number): boolean =>
      projects.has(i) ? k > 0 && BUDGET_LABELS.has(headerKey(row[k - 1]!.text)) : r >= (b.headerRows ?? 0) && (!assets.has(i) || cols[r]![k] === 2);
    return { ...b, rows: b.rows.map((row, r) => row.map((c, k) => (AMOUNT.test(c.text) && isAmount(row, r, k) ? { ...c, text: double(c.text) } : c))) };
  });
  // 万元 figures of the 说明 and of the project blocks' texts; table labels ("单价在20万元以上的设备") keep theirs
  const figures = (t: string) => t.replace(/(\d+(?:\.\d+)?)万元/g, (_m, n: string) => `${double(n)}万元`);
  const withFigures = mapCells(blocks, (c) => ({ ...c, text: figures(c.text) }), projects).map((b) => (b.type === 'table' ? b : { ...b, text: figures(b.text) }));
  const rename = (t: string) => t.replace(/430青龙/g, '512宽城').replace(/青龙满族自治县/g, '宽城满族自治县').replace(/130321(?=\d{2}P)/g, '130827');
  const lines = seed.lines.map((l): ExpectedLine => ({
    ...l,
    name: rename(l.name),
    amounts: Object.fromEntries(Object.entries(l.amounts).map(([k, v]) => [k, v === null ? null : Math.round(v * 2 * 1e6) / 1e6])),
    attributes: Object.fromEntries(Object.entries(l.attributes).map(([k, v]) => [k, typeof v === 'string' ? rename(v) : v])),
  }));
  const renamed = mapTexts(withFigures, rename);
  return {
    blocks: renamed,
    lines,
    document: { ...seed.document, department_code: '512', department_name: '宽城满族自治县机关事务服务中心', region_code: '130827' },
  };
}

/** Codes in separate 类 | 款 | 项 columns (Shanghai), 款 of the economic table without its leading zero. */
function splitCodes(seed: Variant): Variant {
  const targets = mandatedTables(seed.blocks).filter((p) => !['income_expenditure_summary', 'fiscal_appropriation_summary', 'three_public_expenses'].includes(p.id));
  const blocks = [...seed.blocks];
  for (const { table, id } of targets) {
    const b = blocks[table] as TableBlockSrc;
    const hr = b.headerRows ?? 0;
    const cols = gridColumns(b.rows);
    const header = b.rows.slice(0, hr).flatMap((row, r) => row.map((c, k) => ({ c, col: cols[r]![k]! })));
    const codeCol = header.find(({ c }) => headerKey(c.text) === '科目编码')!.col;
    const economic = id === 'general_budget_basic_expenditure';
    const labels = economic ? ['类', '款'] : ['类', '款', '项'];
    const parts = (code: string): string[] => {
      const p = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].slice(0, labels.length);
      return economic ? p.map((x, i) => (i === 1 && x !== '' ? String(Number(x)) : x)) : p;
    };
    const rows = widenColumn(b.rows, codeCol, labels.length, (cell, r) => {
      if (headerKey(cell.text) === '科目编码') return labels.map((text) => ({ text }));
      return r >= hr ? parts(cell.text).map((text) => ({ text })) : null;
    });
    blocks[table] = { ...b, rows };
  }
  return { ...seed, blocks };
}

/** The 三公 table printed horizontally with 机关运行经费 (Shanghai): one row, one column per item. */
function threePublicHorizontal(seed: Variant): Variant {
  const at = mandatedTables(seed.blocks).find((p) => p.id === 'three_public_expenses')!;
  const total = (item: string) => seed.lines.find((l) => l.table === 'three_public_expenses' && l.item === item)?.amounts['total'] ?? null;
  // 机关运行经费 as the 说明 states it (三、机关运行经费安排情况)
  const officeText = seed.blocks.find((b) => b.type === 'paragraph' && b.text.includes('机关运行经费共计安排')) as { text: string };
  const office = Number(/机关运行经费共计安排([\d.]+)万元/.exec(officeText.text)![1]);
  const columns: Array<[string, string, number | null]> = [
    ['three_public_total', '“三公”经费预算数合计', total('three_public_total')],
    ['overseas_travel', '因公出国（境）费', total('overseas_travel')],
    ['reception', '公务接待费', total('reception')],
    ['vehicle_total', '公务用车购置及运行费小计', total('vehicle_total')],
    ['vehicle_purchase', '购置费', total('vehicle_purchase')],
    ['vehicle_operation', '运行费', total('vehicle_operation')],
    ['office_operation', '机关运行经费预算数', office],
  ];
  const table: TableBlockSrc = {
    type: 'table',
    headerRows: 4,
    rows: [
      [{ text: '430青龙满族自治县机关事务服务中心', colSpan: 4 }, { text: '预算年度：2024', colSpan: 2 }, { text: '单位：万元' }],
      [{ text: '“三公”经费预算数', colSpan: 6 }, { text: '机关运行经费预算数', rowSpan: 3 }],
      [{ text: '合计', rowSpan: 2 }, { text: '因公出国（境）费', rowSpan: 2 }, { text: '公务接待费', rowSpan: 2 }, { text: '公务用车购置及运行费', colSpan: 3 }],
      [{ text: '小计' }, { text: '购置费' }, { text: '运行费' }],
      columns.map(([, , v]) => cell(v)),
    ],
  };
  const blocks = seed.blocks.map((b, i): SampleBlock => {
    if (i === at.table) return table;
    return i === at.title && b.type === 'heading' ? { ...b, text: '部门“三公”经费和机关运行经费预算表' } : b;
  });
  const three = columns.map(([item, name, v]) => line('three_public_expenses', name, { total: v }, { item }));
  const first = seed.lines.findIndex((l) => l.table === 'three_public_expenses');
  const lines = [...seed.lines.slice(0, first), ...three, ...seed.lines.filter((l, i) => i > first && l.table !== 'three_public_expenses')];
  return { ...seed, blocks, lines };
}

/**
 * 基本支出's columns named by their economic classes (工资福利支出 | 商品和服务支出, as 湖南 prints
 * them): without 对个人和家庭的补助 beside them they are the table's 人员经费 and 公用经费, so the
 * expected lines are the seed's.
 */
function basicByClass(seed: Variant): Variant {
  const only = tablesTitled(seed.blocks, 'general_budget_basic_expenditure');
  const names: Record<string, string> = { 人员经费: '工资福利支出', 公用经费: '商品和服务支出' };
  return { ...seed, blocks: mapCells(seed.blocks, (c, r, t) => (r < (t.headerRows ?? 0) && names[c.text] ? { ...c, text: names[c.text]! } : c), only) };
}

export const VARIANTS: VariantDef[] = [
  {
    name: 'titles-national',
    about: 'titles without 部门预算: 部门收支总表, 部门收入总表, 财政拨款收支总表, 一般公共预算支出表, "三公"经费支出表 …',
    make: retitle(['部门收支总表', '部门收入总表', '部门支出总表', '财政拨款收支总表', '一般公共预算支出表', '一般公共预算基本支出表', '政府性基金预算支出表', '国有资本经营预算支出表', '"三公"经费支出表']),
  },
  {
    name: 'titles-shanghai',
    about: "Shanghai's titles with the year: 2024年部门财务收支预算总表, 部门一般公共预算支出功能分类预算表 …",
    make: retitle([
      '2024年部门财务收支预算总表',
      '2024年部门收入预算总表',
      '2024年部门支出预算总表',
      '2024年部门财政拨款收支预算总表',
      '2024年部门一般公共预算支出功能分类预算表',
      '2024年部门一般公共预算基本支出部门预算经济分类预算表',
      '2024年部门政府性基金预算支出功能分类预算表',
      '2024年部门国有资本经营预算支出功能分类预算表',
      '2024年部门“三公”经费和机关运行经费预算表',
    ]),
  },
  {
    name: 'titles-jiangsu',
    about: "Jiangsu's numbered titles: 一、收支预算总表, 五、一般公共预算支出预算表, 七、政府性基金支出预算表 …",
    make: retitle([
      '一、收支预算总表',
      '二、收入预算总表',
      '三、支出预算总表',
      '四、财政拨款收支预算总表',
      '五、一般公共预算支出预算表',
      '六、一般公共预算基本支出预算表',
      '七、政府性基金支出预算表',
      '八、国有资本经营支出预算表',
      '九、一般公共预算“三公”经费支出预算表',
    ]),
  },
  {
    name: 'titles-unit',
    about: 'a unit-level package: 单位收支总表, 单位收入预算表, 单位财政拨款收支预算总表 …',
    make: retitle([
      '单位收支总表',
      '单位收入预算表',
      '单位支出预算表',
      '单位财政拨款收支预算总表',
      '单位一般公共预算财政拨款支出预算表',
      '单位一般公共预算财政拨款基本支出预算表',
      '单位政府性基金预算财政拨款支出预算表',
      '单位国有资本经营预算财政拨款支出表',
      '单位财政拨款“三公”经费支出预算表',
    ]),
  },
  { name: 'title-in-table', about: 'numbered titles printed in the table\'s first row ("表1 部门预算收支总表"), no heading', make: titleInTable },
  {
    name: 'wrapped-titles',
    about: 'each of the nine titles wrapped onto a paragraph of its own (部门预算收支总 | 表, 部门预算收入预 | 算表), as OCR and some Word files split them',
    make: wrappedTitles,
  },
  {
    name: 'split-tables',
    about: 'four tables each printed as two Word tables, the column headers repeated, "（续表）" between',
    make: splitTables(['income_summary', 'expenditure_summary', 'fiscal_appropriation_summary', 'general_budget_basic_expenditure']),
  },
  { name: 'yuan-thousands', about: 'tables 1-9 in 元 with thousands separators (1,038,810.00)', make: inUnit('元') },
  { name: 'thousand-yuan', about: 'tables 1-9 in 千元 (单位：千元, 14,303.00 for 1430.30 万元): amounts read ×0.1 into 万元', make: inUnit('千元') },
  { name: 'hundred-million-yuan', about: 'tables 1-9 in 亿元 (单位：亿元, 0.143030 for 1430.30 万元): amounts read ×10,000 into 万元', make: inUnit('亿元') },
  { name: 'dash-empty', about: '"-" in every empty amount cell of tables 1-9', make: dashes },
  { name: 'empty-table-note', about: 'an empty table printed with a 无 row, a blank 合计 row and a note', make: emptyTable },
  { name: 'spaced-labels', about: 'alignment spaces inside labels and titles (合 计, 基 本 支 出, 部 门 预 算 收 支 总 表)', make: spacedLabels },
  { name: 'missing-sections', about: 'no 绩效目标, project, procurement or asset sections', make: missingSections },
  { name: 'other-county', about: 'another department and county (宽城满族自治县), every amount doubled', make: otherCounty },
  { name: 'split-codes', about: 'codes in separate 类 | 款 | 项 columns; economic 款 without the leading zero (301 | 1)', make: splitCodes },
  { name: 'three-public-horizontal', about: 'the 三公 table printed in one row with 机关运行经费 (Shanghai)', make: threePublicHorizontal },
  {
    name: 'jiangsu-layout',
    about: "Jiangsu's 收支预算总表 (expenditure by use), vertical 收入预算总表 (group labels), one-row 支出预算总表 and 三公、会议费、培训费 table",
    make: jiangsuLayout,
  },
  { name: 'titles-beijing', about: '北京\'s numbered titles on one line: 预算01表 收支总表 … 预算09表 财政拨款“三公”经费支出表', make: retitleAs(BEIJING) },
  {
    name: 'titles-chongqing',
    about: '重庆\'s titles under a number line (表一 … 表九): 2024年部门收支总体情况表, 2024年一般公共预算支出情况表 …',
    make: retitleAs(CHONGQING),
  },
  {
    name: 'titles-guangzhou',
    about: '广州\'s titles under a number line (表1 … 表9): 收支总体情况表, 本年支出总体情况表, 一般公共预算支出情况表（按功能分类科目）, 财政拨款安排的行政经费及“三公”经费预算表 …',
    make: retitleAs(GUANGZHOU),
  },
  {
    name: 'titles-wuxi',
    about: '无锡\'s titles under a number line (公开01表 …): 收支总表, 国有资本经营预算支出预算表, 一般公共预算“三公”经费、会议费、培训费支出表 …',
    make: retitleAs(WUXI),
  },
  {
    name: 'titles-huzhou',
    about: '湖州\'s titles under a number line (表01 …): 2024年市级部门收支预算总表, 2024年市级部门一般公共预算"三公"经费支出表 …',
    make: retitleAs(HUZHOU),
  },
  {
    name: 'titles-gongkai',
    about: 'Jiangsu\'s numbered titles with a colon (省检察院 2018): 公开01表：收支预算总表 … 公开09表：一般公共预算“三公”经费、会议费、培训费支出预算表',
    make: retitleAs(GONGKAI),
  },
  {
    name: 'dept-in-titles',
    about: 'the department named only as the prefix of every title, as 西南大学 prints it (青龙满族自治县机关事务服务中心收支预算总表 …); only 单位：万元 over the tables, no department code anywhere',
    make: departmentInTitles(swuTitles),
  },
  {
    name: 'dept-year-titles',
    about: 'year then department before every title (2024年青龙满族自治县机关事务服务中心一般公共预算支出表 …), the department named nowhere else; no department code',
    make: departmentInTitles(yearNameTitles),
  },
  {
    name: 'headers-basic-parts',
    about: '基本支出 printed by its parts: 湖州\'s 支出预算总表 (基本支出 › 人员支出 | 公用经费, no subtotal; 总计, 事业单位经营支出, 上缴上级支出), 重庆\'s 一般公共预算支出 (基本支出 › 小计 | 人员经费 | 公用经费)',
    make: basicByParts,
  },
  {
    name: 'headers-group-labels',
    about: 'group labels over the amounts: 重庆\'s 经济分类科目 › 科目编码 | 科目名称 and 基本支出 › 总计 | 人员经费 | 公用经费, 预算数 › 总计 | 基本支出 | 项目支出; 湖州\'s 本年国有资本经营预算支出 › 合计 | 基本支出 | 项目支出',
    make: groupLabels,
  },
  {
    name: 'three-public-beijing',
    about: '北京\'s 三公 table in one row: “三公”经费财政拨款预算总额 | 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行维护费 › 小计 | 公务用车购置费 | 公务用车运行维护费',
    make: threePublicBeijing,
  },
  {
    name: 'repeated-titles',
    about: '湖州\'s continuation: five tables printed in two parts, the number line and title (表01 2024年市级部门收支预算总表), department line and headers printed again over the second',
    make: repeatedTitles(HUZHOU, ['income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_appropriation_summary', 'general_budget_basic_expenditure']),
  },  {
    name: 'headers-shanghai-summary',
    about: '上海\'s 财务收支预算总表 (2026 单位预算): 本年支出 › 预算数 › 合计 | 基本支出 › 人员经费 | 公用经费 | 项目支出 on the expenditure side',
    make: shanghaiSummary,
  },  {
    name: 'sichuan-layout',
    about: '四川\'s titles (表1 部门收支总表 … 表3-1 一般公共预算基本支出预算表（部门经济分类科目） … 表3-2 一般公共预算“三公”经费支出预算表), its 收支总表 expenditure side by fund (合计 | 一般公共预算 | … | 单位资金) and its 三公 table by unit (单位编码 | 单位名称 | 合计 | … | 公务用车运行费 | 公务接待费); written from 四川\'s template, outside the corpus',
    make: (seed) =>
      retitle([
        '表1 部门收支总表',
        '表1-1 部门收入总表',
        '表1-2 部门支出总表',
        '表2 财政拨款收支总表',
        '表3 一般公共预算支出预算表',
        '表3-1 一般公共预算基本支出预算表（部门经济分类科目）',
        '表4 政府性基金预算支出预算表',
        '表5 国有资本经营预算支出预算表',
        '表3-2 一般公共预算“三公”经费支出预算表',
      ])(sichuanLayout(seed)),
  },  {
    name: 'untitled-table',
    about: 'the 一般公共预算支出表 printed without its title: its header (合计 | 基本支出 | 项目支出 over function codes) fits the 政府性基金\'s and the 国有资本经营\'s tables alike, which the document prints under their titles',
    make: (seed) => {
      const title = mandatedTables(seed.blocks).find((p) => p.id === 'general_budget_expenditure')!.title;
      // (a blank line where it was: tables with nothing between them would be one table)
      return { ...seed, blocks: seed.blocks.map((b, i) => (i === title ? { type: 'paragraph', text: '' } : b)) };
    },
  },  {
    name: 'shaanxi-classes',
    about: '陕西\'s 一般公共预算 spending both ways: 部门综合预算一般公共预算支出明细表 by function and by economic class (its qualifier （按支出经济分类科目） on the line under the title), 基本支出明细表 by economic class and by function (no qualifier: only its codes tell it); written from 陕西\'s template, outside the corpus',
    make: shaanxiClasses,
  },  {
    name: 'expenditure-economic',
    about: 'a 部门预算支出经济分类汇总表 after the 支出总表: all the department\'s spending by economic class (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出; the seed\'s 项目支出 put under 302); a title seen outside the corpus',
    make: expenditureByEconomicClass,
  },  {
    name: 'shandong-summary',
    about: '山东\'s 收支预算总表: 支出 › 支出类别 | 本年预算数 | 政府预算经济分类 | 本年预算数 | 部门预算经济分类 | 本年预算数 | 功能分类 | 本年预算数, four blocks each with the totals (the seed\'s 项目支出 put under 商品和服务支出); written from 山东\'s template, outside the corpus',
    make: shandongSummary,
  },  {
    name: 'headers-side-only',
    about: 'the 收支总表 and 财政拨款收支总表 with one header row, each block headed by its side label alone (收入项目 | 预算数 | 支出项目 | 预算数; 收入 | 金额 | 支出 | 合计 | 一般公共预算 | …)',
    make: sideOnlyHeaders,
  },  {
    name: 'titles-bokuan',
    about: 'numbers with a hyphen on the title\'s line and a fund\'s 拨款 (四川, 湖北): 表1 部门收支总表, 表1-1 部门收入总表 … 表3 一般公共预算拨款支出表, 表3-1 一般公共预算拨款基本支出表 …',
    make: retitle([
      '表1 部门收支总表',
      '表1-1 部门收入总表',
      '表1-2 部门支出总表',
      '表2 财政拨款收支总表',
      '表3 一般公共预算拨款支出表',
      '表3-1 一般公共预算拨款基本支出表',
      '表4 政府性基金预算拨款支出表',
      '表5 国有资本经营预算拨款支出表',
      '表3-2 一般公共预算拨款“三公”经费支出表',
    ]),
  },
  {
    name: 'headers-basic-classes',
    about: '基本支出\'s columns named by economic class (湖南): 合计 | 工资福利支出 | 商品和服务支出 over the economic table\'s rows',
    make: basicByClass,
  },
  {
    name: 'headers-carryover-split',
    about: '吉林\'s split of every figure (长春 2026): 合计 | 当年预算 › 小计 | 基本支出 | 项目支出 | 上年结转结余 › 小计 | 基本支出 | 项目支出 in the 一般公共预算支出表, › 小计 | 人员经费 | 公用经费 in its 基本支出表, the carry-over 0.00; written from a template outside the corpus',
    make: carryoverSplit,
  },
  {
    name: 'dept-code-dash',
    about: '湖州\'s department line over every table: code, hyphen, name (430-青龙满族自治县机关事务服务中心)',
    make: codeDashName,
  },];

/**
 * Variants the pipeline does not read right yet, with what it gets wrong: made by
 * `npm run make:variants -- --pending` into test/fixtures/variants-pending and
 * expected/variants-pending (`npm run accuracy -- expected/variants-pending` shows the
 * failures), kept out of the tests until the pipeline reads them; then move them to VARIANTS.
 */
export const PENDING_VARIANTS: Array<VariantDef & { fails: string }> = [



  {
    name: 'headers-fund-source',
    about: '无锡\'s 政府采购 money under 资金来源 › 一般公共预算资金 | 政府性基金 | 其他资金 | 上年结转和结余资金, 总计 after it',
    make: fundSource,
    fails:
      'DOCX read right; in the PDF, LibreOffice draws the last line (额) of the header "2024年预留中小微企业份额" repeated on page 27 on the first data row\'s baseline, so the repeated header is read as two data lines (name 采购物品名称) and that row\'s sme_reserved ("额40.00") is lost; procurement_subtotals_sum fails twice (1212.23 ≠ 1172.23)',
  },
];
