// Line-item tables (code / name / amounts, plus attribute columns): tables 2, 3, 5-9,
// procurement, fixed assets and the Jiangsu extras. One line per data row; a table of
// items printed horizontally (三公 in one row) gives one line per item column.
import { CLASSIFICATIONS, LABEL_ROLES, TOTAL } from '../catalogue/columns.js';
import { headerKey, type TableDef } from '../catalogue/index.js';
import { countUnit } from '../catalogue/count-rows.js';
import { AS_OF_PATTERN, ORGANIZATION_WITH_SCOPE } from '../catalogue/metadata.js';
import type { Section } from '../locate/sections.js';
import type { Cell, TableBlock } from '../model/document.js';
import { distinctTexts, rowPage } from '../model/grid.js';
import { parseAmount } from '../normalize/amount.js';
import { codeLevel, joinCodeParts, parseCode, parseCodePart, splitLeadingCode } from '../normalize/codes.js';
import { cleanText } from '../normalize/text.js';
import type { BudgetLine, Unit } from '../schema/records.js';
import type { ExtractContext } from './context.js';
import { IndentParents, indentLevels } from './indent.js';
import { horizontalItems, matchItem, resolveOuterTotal, type HorizontalItems } from './items.js';
import { analyzeTable, reportUnmapped, type ColumnLayout, type TableLayout } from './layout.js';
import { periodRows, type PeriodRow } from './period-rows.js';
import { isTotalLabel, labelText, provenance, readAmounts, skipNoteRow, stripEnumeration, tableUnit, valueText, withoutHeaderOverflow, withoutPrintedEmpty } from './row.js';

/** "房屋（平方米）" → 平方米: a unit of quantity in the label's trailing parentheses. */
function unitFromLabel(label: string): string | null {
  const m = /[（(]([^（）()]+)[）)]\s*$/.exec(label);
  return m && !/\d/.test(m[1]!) ? m[1]!.trim() : null;
}

/** A label ending in an open bracket: cut by its cell. */
const CUT_LABEL = /[(（][^)）]*$/;

/** The unit counts are read in: 万元 is read as printed (×1), whatever the table's unit. */
const COUNTED: Unit = '万元';

function byRole(columns: ColumnLayout[], role: string): ColumnLayout[] {
  return columns.filter((c) => c.def?.role === role);
}

function line(ctx: ExtractContext, def: TableDef, table: TableBlock, r: number, unit: Unit, fields: Pick<BudgetLine, 'code' | 'name' | 'item' | 'amounts' | 'attributes'>): BudgetLine {
  const level = fields.code !== null && /^\d+$/.test(fields.code) ? codeLevel(fields.code) : null;
  return {
    schema_version: '1',
    doc_id: ctx.doc_id,
    table: def.id,
    side: null,
    ...fields,
    level,
    is_total: isTotalLabel(fields.name),
    source_unit: unit,
    provenance: provenance(table, r),
  };
}

/**
 * One line per item column and data row (the amount is the item's total). A table printed one
 * row per unit gives each unit's lines `group` = the unit; its 合计 row's lines have none.
 */
function readItemColumns(def: TableDef, table: TableBlock, dataStart: number, horizontal: HorizontalItems, unit: Unit, ctx: ExtractContext): BudgetLine[] {
  const { items, unit: unitCol, attrs } = horizontal;
  const rows = Array.from({ length: table.rows.length - dataStart }, (_, i) => dataStart + i).filter((r) => {
    const texts = distinctTexts(table.rows[r]!);
    return texts.length > 0 && !skipNoteRow(texts, ctx);
  });
  const periods = unitCol ? periodRows(def, rows.map((r) => labelText(table.rows[r]!, unitCol.col))) : null;
  if (periods) return readPeriodRows(def, table, rows, periods, items, unit, ctx);
  const lines: BudgetLine[] = [];
  for (const r of rows) {
    const label = unitCol ? labelText(table.rows[r]!, unitCol.col) : '';
    const attributes: BudgetLine['attributes'] = label !== '' && !isTotalLabel(label) ? { group: label } : {};
    for (const c of attrs) {
      const text = valueText(table.rows[r]!, c.col);
      // 合计 merged over 单位编码 | 单位名称 (西安) names the row, no unit's code
      if (text !== '' && !isTotalLabel(text)) attributes[c.def!.key] = text;
    }
    const row: BudgetLine[] = [];
    for (const it of items) {
      const column: ColumnLayout = { col: it.col, path: [it.name], def: { ...TOTAL, key: it.key }, side: null, ofWhich: false, inherited: false };
      const amounts = readAmounts(table, r, [column], unit, ctx);
      // an item printed under two years is one line with both figures, its label worded otherwise in
      // one of them too (西安 2020: 公务用车购置 under 2019年 and 2020年, 公务用车购置经费 under 增减变化情况)
      const open = row.filter((l) => l.item === it.item && !(it.key in l.amounts));
      const same = open.find((l) => l.name === it.name) ?? (it.item === null ? undefined : open[0]);
      // (a label its cell cut, its bracket left open, yields to the whole one: 因公出国（ | 因公出国（境）费, 西安 2019)
      if (same && CUT_LABEL.test(same.name) && !CUT_LABEL.test(it.name)) same.name = it.name;
      if (same) Object.assign(same.amounts, amounts);
      else row.push(line(ctx, def, table, r, unit, { code: null, name: it.name, item: it.item, amounts, attributes: { ...attributes } }));
    }
    lines.push(...row);
  }
  return lines;
}

/**
 * One line per item column, its figures from the period rows (this year's as `total`, last
 * year's, the change; a rate as `attributes.change_rate`): the item's line as the table printed
 * with the periods across would give it.
 */
function readPeriodRows(def: TableDef, table: TableBlock, rows: number[], periods: (PeriodRow | null)[], items: HorizontalItems['items'], unit: Unit, ctx: ExtractContext): BudgetLine[] {
  // an item printed under several funds is one line with each fund's figure
  const lines = new Map<string, BudgetLine>();
  rows.forEach((r, i) => {
    const period = periods[i];
    if (!period) return;
    for (const it of items) {
      const key = it.key === 'total' ? period.key : period.key === 'total' ? it.key : `${period.key}_${it.key}`;
      const l = lines.get(`${it.item}|${it.name}`) ?? line(ctx, def, table, r, unit, { code: null, name: it.name, item: it.item, amounts: {}, attributes: {} });
      lines.set(`${it.item}|${it.name}`, l);
      if (period.role === 'attr') {
        const text = valueText(table.rows[r]!, it.col);
        if (text !== '') l.attributes[key] = text;
        continue;
      }
      const column: ColumnLayout = { col: it.col, path: [it.name], def: { ...TOTAL, key }, side: null, ofWhich: false, inherited: false };
      Object.assign(l.amounts, readAmounts(table, r, [column], unit, ctx));
    }
  });
  return [...lines.values()];
}

interface GroupLevels {
  /** group keys, outer to inner */
  keys: string[];
  /** groups the table prints only inside another group's column (see ColumnDef.values) */
  unprinted: string[];
  /** the group values a row prints, by group key */
  printed: (row: TableBlock['rows'][number]) => Map<string, string>;
}

/**
 * The grouping levels of a table: its grouping columns, plus a catalogue group whose values
 * (an organization name) some outer column prints in place of its own (无锡's 采购品目大类 holds
 * 货物 and, under it, each unit).
 */
function groupLevels(def: TableDef, rows: readonly Cell[][], dataStart: number, groupingCols: ColumnLayout[], carried: Iterable<string>, unitCodeCol?: ColumnLayout): GroupLevels {
  const shaped = def.columns.filter((d) => d.groups && d.values);
  // or an inner column, on a row printing a code beside it (陕西 采购项目: 153001 | 西安市公安局 over the
  // unit's items, 1 | 全额 over the units)
  const keyOf = (c: ColumnLayout, text: string, coded: boolean): string => {
    const own = def.columns.indexOf(c.def!);
    return shaped.find((d) => (coded || def.columns.indexOf(d) > own) && d.values!.test(text))?.key ?? c.def!.key;
  };
  const printed = (row: TableBlock['rows'][number]): Map<string, string> => {
    const out = new Map<string, string>();
    const coded = unitCodeCol !== undefined && /^\d+$/.test(labelText(row, unitCodeCol.col));
    for (const c of groupingCols) {
      const t = labelText(row, c.col);
      if (t !== '') out.set(keyOf(c, t, coded), t);
    }
    return out;
  };
  // and the groups a part before this page's opened (1 | 全额 on the page before its units)
  const used = new Set([...groupingCols.map((c) => c.def!.key), ...carried]);
  for (const row of rows.slice(dataStart)) for (const k of printed(row).keys()) used.add(k);
  const keys = def.columns.filter((d) => d.groups && used.has(d.key)).map((d) => d.key);
  return { keys, unprinted: keys.filter((k) => !groupingCols.some((c) => c.def!.key === k)), printed };
}

/**
 * Rows with the tails of rows a page broke joined to them (无锡 政府采购: "商品和服务支出(定额非"
 * | next page "三保)"; "无锡市第" | "一中学"): the first row of a page that prints only texts,
 * each under a label or attribute the row above printed, and no amount or code, completes
 * that row's texts and is left empty.
 */
function joinPageBreakTails(table: TableBlock, dataStart: number, cols: ColumnLayout[]): Cell[][] {
  const rows = table.rows.map((row) => [...row]);
  const texts = new Set(cols.filter((c) => c.def?.role !== 'amount').map((c) => c.col));
  let prev: number | null = null;
  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r]!;
    const own = row.filter((c) => !c.origin && c.text.trim() !== '');
    if (own.length === 0) continue;
    const above = prev === null ? null : rows[prev]!;
    const broke = above !== null && rowPage(row) !== rowPage(above);
    const tail =
      broke &&
      own.every((c) => texts.has(c.col) && cleanText(above[c.col]?.text ?? '') !== '' && !parseAmount(c.text).ok && parseCode(c.text) === null && !isTotalLabel(c.text));
    if (tail && above) {
      for (const c of own) {
        const head = above[c.col]!.origin ? above[above[c.col]!.origin!.col]! : above[c.col]!;
        above[head.col] = { ...head, text: `${head.text}${c.text}` };
      }
      rows[r] = row.map((c) => ({ ...c, text: '' }));
      continue;
    }
    prev = r;
  }
  return rows;
}

/** Text, then a code joined to its name by a dash: the text is the wrapped end of the name above. */
const WRAPPED_TAIL = /^([\u4e00-\u9fff（）()、]+?)(?=\d{3}(?:\d{2}){0,2}[-–—])/;

/** Two positions of a row that one merged cell covers. */
function oneCell(row: TableBlock['rows'][number], r: number, a: number, b: number | null): boolean {
  const at = (k: number) => row[k]?.origin ?? { row: r, col: k };
  return b !== null && a !== b && at(a).row === at(b).row && at(a).col === at(b).col;
}

/**
 * What a row inherits from the rows above it, on its page or the page before (深圳: a unit's codes
 * run on under no 预算单位; 烟台: 05 | 科技条件与服务 at the top of a page is 20605).
 */
interface RowsAbove {
  /** group values carried down, by group key */
  groups: Map<string, string>;
  /** the last full code, that 款/项 parts are joined under */
  parentCode: string | null;
  /** the same, of a second classification printed beside the first */
  secondCode: string | null;
  /** the unit whose rows these are: its row in the code column (陕西: 125001 | 西安市安全生产监督管理局), up to the next unit or total */
  unit: { name: string; code: string; line: BudgetLine } | null;
}

/** A code printed as 类 | 款 | 项 parts, joined under the last full code above. */
function partsCode(row: Cell[], parts: ColumnLayout[], parent: string | null): string | null {
  const part = (p: string) => parseCodePart(labelText(row, parts.find((c) => c.def?.part === p)?.col ?? -1));
  return joinCodeParts({ lei: part('lei'), kuan: part('kuan'), xiang: part('xiang') }, parent);
}

/** The classification a name column's header names (政府预算支出经济分类科目名称: government_economic), by the catalogue's longest label in it. */
function schemeOf(path: readonly string[]): string | null {
  const header = path.map(headerKey).join('');
  const named = CLASSIFICATIONS.flatMap((c) => c.labels.filter((l) => header.includes(headerKey(l))).map((l) => ({ scheme: c.scheme!, length: l.length })));
  return named.sort((a, b) => b.length - a.length)[0]?.scheme ?? null;
}

/** 类/款/项 columns and a name column naming a classification, right of the first name column: a second classification. */
function secondClassification(parts: ColumnLayout[], names: ColumnLayout[]): { parts: ColumnLayout[]; name: ColumnLayout; scheme: string } | null {
  const [first, name] = names;
  if (!first || !name) return null;
  const own = parts.filter((c) => c.col > first.col && c.col < name.col);
  const scheme = schemeOf(name.path);
  return scheme && own.some((c) => c.def?.part === 'lei') ? { parts: own, name, scheme } : null;
}

/** A row under a unit's row is that unit's, and the unit's row the subtotal of its rows. */
function underUnit(l: BudgetLine, unit: NonNullable<RowsAbove['unit']>): void {
  Object.assign(l.attributes, { unit_name: unit.name, unit_code: unit.code });
  unit.line.is_total = true;
  Object.assign(unit.line.attributes, { unit_name: unit.name, subtotal_of: 'unit_name' });
}

/** One line per data row. */
function readRows(def: TableDef, table: TableBlock, dataStart: number, cols: ColumnLayout[], preambleTexts: string[], unit: Unit, ctx: ExtractContext, above: RowsAbove): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const rows = joinPageBreakTails(table, dataStart, cols);
  const asOf = preambleTexts.map((t) => AS_OF_PATTERN.exec(t.normalize('NFKC').replace(/\s+/g, ''))?.[1]).find(Boolean) ?? null;
  // A table without label columns prints only its totals (Jiangsu's 支出预算总表: one row).
  const unlabelled = !cols.some((c) => c.def && LABEL_ROLES.has(c.def.role));
  // several classifications side by side: the table's own gives the code, the others are attributes
  const codeCols = byRole(cols, 'code');
  const scheme = def.codeScheme ?? 'function';
  const codeCol = codeCols.find((c) => c.def?.scheme === undefined || c.def.scheme === scheme) ?? codeCols[0];
  const nameCols = byRole(cols, 'name');
  const nameCol = nameCols[0];
  const groupCol = byRole(cols, 'group')[0];
  const allParts = byRole(cols, 'code_part');
  // a second classification's 类/款 and name, right of the first's name (烟台: 部门预算支出经济分类
  // 301 01 基本工资 | 政府预算支出经济分类 501 01 工资奖金津补贴): attributes of the row
  const second = secondClassification(allParts, nameCols);
  const parts = second ? allParts.filter((c) => !second.parts.includes(c)) : allParts;
  let lastGroup: string | null = null;
  // grouping columns, left (outer) to right (inner), and the values carried down from above
  const groupingCols = cols.filter((c) => c.def?.role === 'attr' && c.def.groups);
  const groups = groupLevels(def, rows, dataStart, groupingCols, above.groups.keys(), cols.find((c) => c.def?.key === 'unit_code'));
  // names without codes printing their hierarchy by indentation (湖州 收入总表: units under their department)
  const uncoded = rows.slice(dataStart).filter((row) => !codeCol || labelText(row, codeCol.col) === '');
  const nameCells = nameCol ? uncoded.map((row) => row[nameCol.col]!).filter((c) => !c.origin && c.text.trim() !== '' && !isTotalLabel(c.text)) : [];
  const indentLevel = !groupCol && groupingCols.length === 0 && !def.items ? indentLevels(nameCells) : null;
  const indentParents = new IndentParents();

  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r]!;
    const texts = distinctTexts(row);
    if (texts.length === 0 || skipNoteRow(texts, ctx)) continue;
    const attributes: BudgetLine['attributes'] = {};
    // Code: one code column, or 类/款/项 parts joined under the last full code above.
    const codeText = codeCol ? labelText(row, codeCol.col) : '';
    // A code never holds a space: one inside is a line wrapped in a narrow cell ("C99 000 000").
    let code: string | null = codeCol?.def?.raw ? codeText.replace(/\s+/g, '') || null : parseCode(codeText);
    if (code === null && parts.length > 0) code = partsCode(row, parts, above.parentCode);
    // a 款 printed as its two digits under its 类 (陕西: 208 › 05 行政事业单位离退休 › 2080505)
    if (code?.length === 2 && !codeCol?.def?.raw) code = joinCodeParts({ lei: null, kuan: code, xiang: null }, above.parentCode);
    if (second) {
      const otherCode = partsCode(row, second.parts, above.secondCode);
      const otherName = labelText(row, second.name.col);
      if (otherCode) attributes[`${second.scheme}_code`] = above.secondCode = otherCode;
      if (otherName) attributes[`${second.scheme}_name`] = otherName;
    }
    // Name: the name column; else a label printed across the code column ("合计");
    // else the first text of an attribute column (procurement's 合计 row).
    // (a second name column names the rows the first leaves blank: 上海's projects under their 项)
    let name = nameCols.filter((c) => c !== second?.name).map((c) => labelText(row, c.col)).find((t) => t !== '') ?? '';
    let nameFrom: number | null = null;
    // (a classification column holding names while 类/款/项 columns give the code: 长沙's 功能科目)
    if (name === '' && codeCol && !codeCol.def?.raw && codeText !== '' && parseCode(codeText) === null) name = codeText;
    if (name === '') {
      // a grouping column's label before an identifier's (重庆 政府采购: 项目编号 A | 项目 货物)
      const texts = cols.filter((c) => (c.def?.role === 'attr' || c.def?.role === 'ignore' || !c.def) && labelText(row, c.col) !== '' && !parseAmount(labelText(row, c.col)).ok);
      const other = texts.find((c) => c.def?.groups) ?? texts[0];
      if (other) {
        name = labelText(row, other.col);
        nameFrom = other.col;
      }
    }
    if (name === '' && unlabelled) name = '合计';
    if (code === null && !codeCol?.def?.raw) {
      // the wrapped end of the row above printed before this row's code-name (北京: "缴费支出2080506-机关
      // 事业单位职业年金" under "2080505-机关事业单位基本养老保险"): it completes that row's name
      const tail = WRAPPED_TAIL.exec(name);
      const prev = lines[lines.length - 1];
      if (tail && prev?.code) {
        prev.name += tail[1]!;
        name = name.slice(tail[1]!.length);
      }
      const split = splitLeadingCode(name);
      if (split) ({ code, name } = split);
    }
    // a unit's row in a classification column (西南大学: 105236 | 西南大学 over its 类): the
    // code is the unit's, no 类/款/项
    let unitCode: string | null = null;
    if (code !== null && !codeCol?.def?.raw && codeLevel(code) === null && ORGANIZATION_WITH_SCOPE.test(name)) {
      unitCode = code;
      code = null;
    }
    // a row counting things (公务用车保有量（辆）) prints counts, not money: kept as attributes
    const counts = def.unitFromLabel || code !== null ? null : countUnit(name);
    const amounts = readAmounts(table, r, cols, counts === null ? unit : COUNTED, ctx);
    if (name === '' && code === null && Object.values(amounts).every((v) => v === null)) continue;
    if (counts !== null) {
      for (const [k, v] of Object.entries(amounts)) [attributes[`count:${k}`], amounts[k]] = [v, null];
      attributes.count_unit = counts || null;
    }

    // Grouping: a printed group value replaces the carried one and clears those to its
    // right; a row printing one with no name of its own is that group's subtotal.
    const isTotal = isTotalLabel(name);
    const printedGroups = isTotal ? new Map<string, string>() : groups.printed(row);
    const outermost = groups.keys.findIndex((k) => printedGroups.has(k));
    if (outermost >= 0) {
      for (const k of groups.keys.slice(outermost)) {
        const t = printedGroups.get(k);
        if (t === undefined) above.groups.delete(k);
        else above.groups.set(k, t);
      }
    }
    // a row printing a group value and no name totals that group, when the table has rows inside it
    // (a name or code column, or a deeper group); else the group value is the item (北京: 采购类别 | 金额)
    const deepest = groups.keys.findLast((k) => printedGroups.has(k));
    const hasInner = deepest !== undefined && (nameCol !== undefined || codeCol !== undefined || groups.keys.indexOf(deepest) < groups.keys.length - 1);
    const subtotalOf = nameFrom !== null && deepest && hasInner ? deepest : null;

    // Group: a blank group cell continues the group above (a merged label broken by a page
    // or printed as separate cells); a label merged across group and name has none.
    // A group label on a row with no name of its own is that group's row (吉林 项目支出表: 一级项目
    // 综合管理 | 474.56 over its 二级项目): named by it, the subtotal of the rows under it.
    let groupRow = false;
    if (groupCol) {
      const g = labelText(row, groupCol.col);
      groupRow = name === '' && g !== '' && code === null;
      if (groupRow) [name, lastGroup] = [g, g];
      else lastGroup = g === name ? null : g || lastGroup;
      attributes.group = groupRow ? null : lastGroup;
    } else if (indentLevel && nameCol) {
      const parent = indentParents.next(name, code === null && !isTotal ? indentLevel(row[nameCol.col]) : null);
      // a numbered or 其中 row says what it is itself, the same in DOCX, where no indent is read
      if (parent !== null && stripEnumeration(name) === name) attributes.group = parent;
    }
    for (const c of cols) {
      if (c.def?.role === 'code' && c.def.key !== codeCol?.def?.key) {
        attributes[c.def.key] = valueText(row, c.col) || null;
      } else if (c.def?.role === 'attr') {
        // The column a total's label was borrowed from holds no attribute on this row; a
        // grouping column's is the group's value (printed, carried, or printed in another column).
        // so does a cell merged across it and the name (无锡 收入总表: 合计 over 单位代码 | 单位名称)
        let t = (c.col === nameFrom && subtotalOf === null) || oneCell(row, r, c.col, nameCol?.col ?? nameFrom) ? '' : valueText(row, c.col);
        if (c.def.groups && !isTotal) t = above.groups.get(c.def.key) ?? '';
        const n = c.def.numeric ? parseAmount(t) : null;
        attributes[c.def.key] = t === '' ? null : n?.ok && n.value !== null ? n.value : t;
      } else if (!c.def && c.col !== nameFrom && c.path.length > 0 && valueText(row, c.col) !== '') {
        attributes[`unmapped:${c.path.join('/')}`] = valueText(row, c.col);
      }
    }
    for (const k of groups.unprinted) attributes[k] = isTotal ? null : (above.groups.get(k) ?? null);
    if (unitCode) attributes.unit_code = unitCode;
    if (def.unitFromLabel) attributes[def.unitFromLabel] = unitFromLabel(name);
    if (asOf) attributes.as_of = asOf;
    if (subtotalOf) attributes.subtotal_of = subtotalOf;
    else if (groupRow) attributes.subtotal_of = 'group';

    const l = line(ctx, def, table, r, unit, { code, name, item: matchItem(def.items, name), amounts, attributes });
    if (subtotalOf || groupRow) l.is_total = true;
    if (unitCode) above.unit = { name, code: unitCode, line: l };
    else if (isTotal) above.unit = null;
    else if (above.unit && !('unit_name' in attributes)) underUnit(l, above.unit);
    if (l.level !== null) above.parentCode = code;
    lines.push(l);
  }
  return lines;
}

/**
 * Blocks printed side by side (决算 基本支出表: 人员经费 code | name | 决算数 beside 公用经费 code |
 * name | 决算数): a label column of a role the block already has, after an amount column,
 * starts the next block. Each block is read as a table of its own, left to right.
 */
export function sideBySideBlocks(columns: ColumnLayout[]): ColumnLayout[][] {
  const blocks: ColumnLayout[][] = [[]];
  for (const c of columns) {
    const block = blocks[blocks.length - 1]!;
    const role = c.def?.role;
    const repeats = role !== undefined && LABEL_ROLES.has(role) && block.some((b) => b.def?.role === role);
    if (repeats && block.some((b) => b.def?.role === 'amount')) blocks.push([c]);
    else block.push(c);
  }
  return blocks;
}

/** A block's one amount column is its rows' total (人员经费 › 金额 is each 301/303 row's amount, not a personnel share). */
function blockTotal(block: ColumnLayout[]): ColumnLayout[] {
  const amounts = block.filter((c) => c.def?.role === 'amount');
  if (amounts.length !== 1) return block;
  return block.map((c) => (c === amounts[0] ? { ...c, def: { ...c.def!, key: 'total', labels: [] } } : c));
}

/**
 * A continuation page that repeats the header rows with the 合计 row among them (Word's
 * repeated header rows, 佛山): the 合计 printed again at its top is the one already read.
 */
function withoutRepeatedTotal(before: readonly BudgetLine[], part: BudgetLine[], continuation: boolean): BudgetLine[] {
  const first = part[0];
  const same = (l: BudgetLine) => l.is_total && l.name === first?.name && JSON.stringify(l.amounts) === JSON.stringify(first.amounts);
  return continuation && first?.is_total && before.some(same) ? part.slice(1) : part;
}

/**
 * A label merged across two blocks (公用经费合计 over both 公用经费 blocks) is read in each: it is
 * the line of the block printing its amount, not an empty line in the other.
 */
function withoutSpreadLabels(lines: BudgetLine[]): BudgetLine[] {
  const blank = (l: BudgetLine) => Object.values(l.amounts).every((v) => v === null);
  return lines.filter(
    (l) => !blank(l) || !lines.some((o) => o !== l && !blank(o) && o.name === l.name && o.provenance.row_index === l.provenance.row_index),
  );
}

export function extractLineItems(section: Section, ctx: ExtractContext): BudgetLine[] {
  const def = section.def;
  const lines: BudgetLine[] = [];
  let previous: TableLayout | null = null;
  // what rows inherit from above, from page to page, one state a block
  const above: RowsAbove[] = [];
  for (const printed of section.tables) {
    let layout = analyzeTable(printed, def);
    const table = withoutHeaderOverflow(printed, layout.dataStart);
    // a part continuing the table on the next page without repeating its header reads with the header above
    if (layout.header.length === 0 && previous && previous.columns.length === layout.columns.length) {
      layout = { ...layout, columns: previous.columns };
      ctx.continuedColumns.set(printed.index, previous.columns);
    }
    previous = layout;
    for (const c of layout.columns) {
      if (c.ofWhich && c.def?.role === 'amount') {
        const keys = ctx.ofWhich.get(def.id) ?? new Set<string>();
        keys.add(c.def.key);
        ctx.ofWhich.set(def.id, keys);
      }
    }
    const unit = tableUnit(layout.unit, section, table, ctx);
    const items = horizontalItems(def, layout.columns);
    if (items) {
      reportUnmapped(def, table, layout.columns.filter((c) => c !== items.unit && !items.items.some((i) => i.col === c.col)), ctx);
      lines.push(...readItemColumns(def, table, layout.dataStart, items, unit, ctx));
    } else {
      reportUnmapped(def, table, layout.columns, ctx);
      const blocks = sideBySideBlocks(layout.columns).map((block, i, all) =>
        readRows(def, table, layout.dataStart, all.length > 1 ? blockTotal(block) : block, layout.preambleTexts, unit, ctx, (above[i] ??= { groups: new Map(), parentCode: null, secondCode: null, unit: null })),
      );
      lines.push(...withoutRepeatedTotal(lines, withoutSpreadLabels(blocks.flat()), printed !== section.tables[0]));
    }
  }
  resolveOuterTotal(def, lines);
  itemsWithNothingUnder(lines);
  return withoutPrintedEmpty(lines);
}

/**
 * A row printing a group's value and no name of its own totals that group only where the group's
 * rows follow it; with none (陕西 政府采购: 公安其他业务经费（内容涉密） | 23,690,000.00, what it buys
 * withheld, then another project's row or the next unit's) it is an item named by its value.
 */
function itemsWithNothingUnder(lines: BudgetLine[]): void {
  lines.forEach((l, i) => {
    const group = l.attributes['subtotal_of'];
    // (a unit's row stays its total: a unit listing nothing under it is still the unit)
    if (typeof group !== 'string' || group === 'unit_name') return;
    const next = lines[i + 1];
    // (a label column's group row is named by its group, under none)
    if (next && next.attributes[group] === (l.attributes[group] ?? l.name)) return;
    delete l.attributes['subtotal_of'];
    l.is_total = false;
  });
}
