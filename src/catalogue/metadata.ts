// Patterns for the metadata printed around tables ("430青龙…中心 | 预算年度：2024 | 单位：万元")
// and in document titles. Compared against NFKC text with whitespace removed.

/** 单位：万元 / 金额单位：元 / (单位:万元). Group 1 is the unit. */
export const UNIT_PATTERN = /(?:金额)?单位[:：]?(万元|元)/;
/** 预算年度：2024. */
export const YEAR_FIELD_PATTERN = /(?:预算|决算)?年度[:：](\d{4})/;
/** A year in a document title: 2024年部门预算, 2024年度预算公开. */
export const YEAR_TITLE_PATTERN = /(20\d{2})年度?(?:部门|单位)?(?:预算|决算)/;
/** 430青龙满族自治县机关事务服务中心: department code then name, alone in a cell. */
export const DEPARTMENT_CODE_NAME = /^(\d{3,9})([^\d:：].*)$/;
/** 部门名称：XX / 单位名称：XX / 编制单位：XX / 预算单位：XX. */
export const DEPARTMENT_FIELD = /^(?:部门名称|单位名称|编制单位|编报单位|预算单位|部门)[:：](.+)$/;
/** 截止时间：2023-12-31. */
export const AS_OF_PATTERN = /截[止至](?:时间|日期)?[:：]?(\d{4}[-.年/]\d{1,2}[-.月/]\d{1,2}日?)/;
/** A cell that is only metadata, never a header or data cell. */
export const METADATA_CELL = [UNIT_PATTERN, YEAR_FIELD_PATTERN, DEPARTMENT_FIELD, AS_OF_PATTERN];

/** 决算 vs 预算 in the document's own title. */
export const DISCLOSURE_KINDS: Array<{ kind: 'department_final_account' | 'department_budget'; pattern: RegExp }> = [
  { kind: 'department_final_account', pattern: /决算/ },
  { kind: 'department_budget', pattern: /预算/ },
];

/** A printed note under or inside a table: 注：…, 说明：…, 备注：…. */
export const NOTE_PATTERN = /^(注|说明|备注)\s*\d*\s*[:：]/;
