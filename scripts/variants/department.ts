// The department named only in the table titles: no code-and-name line over the tables, no
// 部门名称/编制单位 field, no cover naming it, so the document's department comes from the
// titles' prefix (西南大学收支预算总表) and no department code is printed anywhere.
import { mapCells, type Variant } from './seed.js';
import { PLAIN_TITLES, retitleAs, type TitleForm } from './titles.js';

/**
 * The nine titles as `titles` makes them from the department's name and the year; over every
 * table only 单位：万元 is printed (as 西南大学 prints it): the "430青龙…中心" and 预算年度 cells are
 * left blank, their grid kept.
 */
export function departmentInTitles(titles: (department: string, year: number) => TitleForm[]): (seed: Variant) => Variant {
  return (seed) => {
    const { department_name: name, department_code: code, fiscal_year: year } = seed.document;
    if (!name || !code || !year) throw new Error('the seed names its department, code and year');
    const retitled = retitleAs(titles(name, year))(seed);
    const blank = new Set([`${code}${name}`, `预算年度：${year}`]);
    const blocks = mapCells(retitled.blocks, (c) => (blank.has(c.text) ? { ...c, text: '' } : c));
    if (blocks.some((b) => b.type === 'table' && b.rows.some((row) => row.some((c) => c.text.includes(code + name))))) {
      throw new Error('the department line is printed inside a longer cell');
    }
    return { ...retitled, blocks, document: { ...seed.document, department_code: null } };
  };
}

/** 西南大学 (重庆, 2023 部门预算): the name then Jiangsu-style titles, no year: 西南大学收支预算总表. */
export const swuTitles = (name: string): TitleForm[] =>
  [
    '收支预算总表',
    '收入预算表',
    '支出预算表',
    '财政拨款收支预算总表',
    '一般公共预算支出预算表',
    '一般公共预算基本支出预算表',
    '政府性基金支出预算表',
    '国有资本经营支出预算表',
    '一般公共预算“三公”经费支出预算表',
  ].map((t) => ({ title: `${name}${t}` }));

/**
 * The year, then the name, then the national title: 2024年青龙满族自治县机关事务服务中心一般公共预算支出表
 * (made by analogy: no corpus file prints the year before the name; 西南大学 prints the name alone).
 */
export const yearNameTitles = (name: string, year: number): TitleForm[] => PLAIN_TITLES.map((t) => ({ title: `${year}年${name}${t}` }));

/** 湖州's department line over every table: code, hyphen, name (606-湖州市交通运输局). */
export function codeDashName(seed: Variant): Variant {
  const { department_name: name, department_code: code } = seed.document;
  if (!name || !code) throw new Error('the seed names its department and code');
  return { ...seed, blocks: mapCells(seed.blocks, (c) => (c.text === `${code}${name}` ? { ...c, text: `${code}-${name}` } : c)) };
}
