// Title families of the corpus (../shared/corpus, `pdftotext -layout … | grep 表`): the
// nine titles replaced as each template prints them, with the number line some templates
// print on its own above the title (重庆 表一, 广州 表1, 湖州 表01, 无锡 公开01表) and the
// contents entry as their contents list prints it.
import type { TableId } from '../../src/schema/records.js';
import type { SampleBlock } from '../make-sample-docx.js';
import { mandatedTables, type Variant } from './seed.js';

export interface TitleForm {
  /** the title as printed over the table. */
  title: string;
  /** a line printed on its own above the title (表一, 公开01表). */
  above?: string;
  /** the contents list's entry, when it differs from the title (（一）2024年市级部门收支预算总表). */
  contents?: string;
}

/** The nine titles replaced in order, in the headings and in the contents list ("title\tpage"). */
export function retitleAs(forms: TitleForm[]): (seed: Variant) => Variant {
  return (seed) => {
    const positions = mandatedTables(seed.blocks);
    if (positions.length !== forms.length) throw new Error(`${forms.length} titles for ${positions.length} tables`);
    const old = new Map(positions.map((p, i) => [(seed.blocks[p.title] as { text: string }).text, i]));
    const headings = new Set(positions.map((p) => p.title));
    const blocks = seed.blocks.flatMap((b, i): SampleBlock[] => {
      if (b.type === 'table') return [b];
      const [head, ...tail] = b.text.split('\t');
      const n = old.get(head!);
      if (n === undefined) return [b];
      const form = forms[n]!;
      if (!headings.has(i)) return [{ ...b, text: [form.contents ?? form.title, ...tail].join('\t') }];
      const above: SampleBlock[] = form.above ? [{ type: 'paragraph', text: form.above }] : [];
      return [...above, { ...b, text: form.title }];
    });
    return { ...seed, blocks };
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The nine titles in their plainest national form (北京 prints them so after its numbers). */
export const PLAIN_TITLES = [
  '收支总表',
  '收入总表',
  '支出总表',
  '财政拨款收支总表',
  '一般公共预算支出表',
  '一般公共预算基本支出表',
  '政府性基金预算支出表',
  '国有资本经营预算支出表',
  '财政拨款“三公”经费支出表',
];

/** 北京: "预算01表 收支总表", the number on the title's line (预算01表 … 预算09表). */
export const BEIJING: TitleForm[] = PLAIN_TITLES.map((t, i) => ({ title: `预算0${i + 1}表 ${t}` }));

/**
 * 重庆: "表一" on its own line, then "2024年部门收支总体情况表" (…情况表 with the year). 重庆 prints
 * no 国有资本经营 table; it is titled as the others are (广州 and 长沙: 国有资本经营预算支出情况表).
 */
export const CHONGQING: TitleForm[] = [
  '部门收支总体情况表',
  '部门收入总体情况表',
  '部门支出总体情况表',
  '财政拨款收支总体情况表',
  '一般公共预算支出情况表',
  '一般公共预算基本支出情况表',
  '政府性基金预算支出情况表',
  '国有资本经营预算支出情况表',
  '财政拨款“三公”经费支出情况表',
].map((t, i) => ({ title: `2024年${t}`, above: `表${CN[i]}` }));

/**
 * 广州: "表1" on its own line, titles without year or 部门, qualifiers in brackets
 * (（按功能分类科目）, （按经济分类科目）), the 三公 table as 财政拨款安排的行政经费及“三公”经费预算表;
 * the contents list numbered 一、二、….
 */
export const GUANGZHOU: TitleForm[] = [
  '收支总体情况表',
  '收入总体情况表',
  '本年支出总体情况表',
  '财政拨款收支总体情况表',
  '一般公共预算支出情况表（按功能分类科目）',
  '一般公共预算基本支出情况表（按经济分类科目）',
  '政府性基金预算支出情况表',
  '国有资本经营预算支出情况表',
  '财政拨款安排的行政经费及“三公”经费预算表',
].map((t, i) => ({ title: t, above: `表${i + 1}`, contents: `${CN[i]}、${t}` }));

/**
 * 无锡: "公开01表" on its own line over short titles (收支总表 …, 国有资本经营预算支出预算表,
 * 一般公共预算“三公”经费、会议费、培训费支出表), each table with its number in 无锡's set of 13.
 */
export const WUXI: TitleForm[] = (
  [
    ['01', '收支总表'],
    ['02', '收入总表'],
    ['03', '支出总表'],
    ['04', '财政拨款收支总表'],
    ['07', '一般公共预算支出表'],
    ['08', '一般公共预算基本支出表'],
    ['10', '政府性基金预算支出表'],
    ['11', '国有资本经营预算支出预算表'],
    ['09', '一般公共预算“三公”经费、会议费、培训费支出表'],
  ] as const
).map(([n, t]) => ({ title: t, above: `公开${n}表` }));

/**
 * 湖州: "表01" on its own line, then "2024年市级部门收支预算总表" (year, 市级部门, 预算总表), the
 * 三公 title with straight quotes as printed; each table with its number in 湖州's order (三公 表07)
 * and the contents list numbered （一）…（九） by it.
 */
export const HUZHOU: TitleForm[] = (
  [
    [1, '收支预算总表'],
    [2, '收入预算总表'],
    [3, '支出预算总表'],
    [4, '财政拨款收支预算总表'],
    [5, '一般公共预算支出表'],
    [6, '一般公共预算基本支出表'],
    [8, '政府性基金预算支出表'],
    [9, '国有资本经营预算支出表'],
    [7, '一般公共预算"三公"经费支出表'],
  ] as const
).map(([n, t]) => ({ title: `2024年市级部门${t}`, above: `表0${n}`, contents: `（${CN[n - 1]}）2024年市级部门${t}` }));

/** 江苏 (省检察院 2018): "公开01表：收支预算总表", the number and a colon on the title's line. */
export const GONGKAI: TitleForm[] = [
  '收支预算总表',
  '收入预算总表',
  '支出预算总表',
  '财政拨款收支预算总表',
  '一般公共预算支出预算表',
  '一般公共预算基本支出预算表',
  '政府性基金支出预算表',
  '国有资本经营支出预算表',
  '一般公共预算“三公”经费、会议费、培训费支出预算表',
].map((t, i) => ({ title: `公开0${i + 1}表：${t}` }));

/**
 * 湖州's continuation: a table printed in two parts (two Word tables), the second under its
 * number line and title printed again, with the department line and the column headers
 * repeated, as 湖州 prints 表01 and its title over each page of the table.
 */
export function repeatedTitles(forms: TitleForm[], ids: TableId[]): (seed: Variant) => Variant {
  return (seed) => {
    const v = retitleAs(forms)(seed);
    const titles = new Map(mandatedTables(v.blocks).filter((p) => ids.includes(p.id)).map((p) => [p.table, p.title]));
    if (titles.size !== ids.length) throw new Error(`tables to repeat: ${ids.length} asked, ${titles.size} found`);
    const blocks = v.blocks.flatMap((b, i): SampleBlock[] => {
      const title = titles.get(i);
      if (title === undefined || b.type !== 'table') return [b];
      const hr = b.headerRows ?? 0;
      const cut = hr + Math.ceil((b.rows.length - hr) / 2);
      const above = v.blocks[title - 1];
      const repeated: SampleBlock[] = [...(above?.type === 'paragraph' && /^表\d+$/.test(above.text) ? [above] : []), v.blocks[title]!];
      return [{ ...b, rows: b.rows.slice(0, cut) }, ...repeated, { ...b, rows: [...b.rows.slice(0, hr), ...b.rows.slice(cut)] }];
    });
    return { ...v, blocks };
  };
}
