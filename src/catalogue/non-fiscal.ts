// Tables a disclosure prints that hold no money, known by a header label (no catalogue title
// names them): the units making up the department (序号 | 单位名称 | 拟变动情况: 福州, 泉州, 西安)
// and the list of its tables (报表 | 报表名称 | 是否空表 | 表格为空的理由: 陕西); and ruled areas
// holding no word at all (graphics). They are in tables.jsonl with their kind and no warning.
export const NON_FISCAL_TABLES = [
  { kind: 'unit_list', label: /^(?:单位名称|预算单位名称|预算单位)$/ },
  { kind: 'table_list', label: /^(?:报表名称|表格名称)$/ },
] as const;

/**
 * A ruled area whose cells hold no word, at most a mark or two each (a chart's frame and
 * legend read as a grid, 北京's scanned 图1：收入预算; an empty box): a graphic, not a table.
 */
export const GRAPHIC_KIND = 'graphic' as const;
/** A word: two Chinese characters (收入) or any three characters (300). */
export const WORD = /[\u4e00-\u9fff]{2}|\S{3}/;

export type NonFiscalKind = (typeof NON_FISCAL_TABLES)[number]['kind'] | typeof GRAPHIC_KIND;
export const NON_FISCAL_KINDS: [NonFiscalKind, ...NonFiscalKind[]] = [GRAPHIC_KIND, ...NON_FISCAL_TABLES.map((t) => t.kind)];
