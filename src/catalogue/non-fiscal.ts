// Tables a disclosure prints that hold no money, known by a header label (no catalogue title
// names them): the units making up the department (序号 | 单位名称 | 拟变动情况: 福州, 泉州, 西安)
// and the list of its tables (报表 | 报表名称 | 是否空表 | 表格为空的理由: 陕西). They are in
// tables.jsonl with their kind and no warning.
export const NON_FISCAL_TABLES = [
  { kind: 'unit_list', label: /^(?:单位名称|预算单位名称|预算单位)$/ },
  { kind: 'table_list', label: /^(?:报表名称|表格名称)$/ },
] as const;

export type NonFiscalKind = (typeof NON_FISCAL_TABLES)[number]['kind'];
export const NON_FISCAL_KINDS = NON_FISCAL_TABLES.map((t) => t.kind) as [NonFiscalKind, ...NonFiscalKind[]];
