// Patterns for the metadata printed around tables ("430青龙…中心 | 预算年度：2024 | 单位：万元")
// and in document titles. Compared against NFKC text with whitespace removed.

/** 单位：万元 / 金额单位：元 / (单位:万元). Group 1 is the unit. */
export const UNIT_PATTERN = /(?:金额)?单位[:：]?(亿元|万元|千元|元)/;
/** A unit printed after a header label: 预算数（元）, 金额(万元). */
export const HEADER_LABEL_UNIT = /\((亿元|万元|千元|元)\)$/;
/** 预算年度：2024. */
export const YEAR_FIELD_PATTERN = /(?:预算|决算)?年度[:：](\d{4})/;
/** A year in a document title: 2024年部门预算, 2024年度预算公开, 2024年区级部门预算. */
// 陕西: 2019年部门综合预算公开报表, 2019年部门综合预算说明
export const YEAR_TITLE_PATTERN = /(20\d{2})年?度?(?:省级|市级|区级|县级)?(?:部门|单位)?(?:综合)?(?:预算|决算)/;
/** A title naming the department before the year: 青龙满族自治县机关事务服务中心2024年部门预算, 北京市信访办公室部门2026年度部门预算, 西安市发展和改革委员会2019年部门综合预算说明. */
export const DEPARTMENT_TITLE = /^(?!第[一二三四五六七八九十\d]+部分)([\u4e00-\u9fff（）()]{3,40}?)(?:部门|单位)?20\d{2}年?度?(?:部门整体|部门|单位)?(?:综合)?(?:预算|决算)/;
/** The year a title is about, printed on the line under it alone: 部门整体绩效自评表 | （2024年度）. */
export const YEAR_LINE = /^[(](20\d{2})年度?[)]$/;
/** A title naming the department after the year: 2024年四川省某某县财政局部门预算, 2024年度西安市雁塔区住房和城乡建设局部门预算. */
export const YEAR_DEPARTMENT_TITLE = /^(20\d{2})年度?([\u4e00-\u9fff（）()]{3,40}?)(?:部门|单位)?(?:综合)?(?:预算|决算)/;
/** What an organization's name ends with (局, 委员会, 中心, 大学 …; 妇联 / 科协 / 残联, a 镇 or 乡 publishing its own budget). */
export const ORGANIZATION_SUFFIX =
  '(?:厅|局|委|办|院|中心|部|会|处|所|站|队|馆|社|团|室|署|政府|办事处|街道|镇|乡|委员会|法院|检察院|监狱|学校|分校|党校|大学|学院|小学|中学|幼儿园|医院|场|台|园|宫|基地|集团|公司|总队|支队|大队|联|协|海关)';
/**
 * A 说明's sentence opening on the department (北京市气象局属于公益性事业单位，职责是…; …局是市政府工作部门):
 * the department of a 说明 printing its name nowhere else.
 */
export const DEPARTMENT_IN_PROSE = new RegExp(`^([\u4e00-\u9fff（）()·]{2,40}?${ORGANIZATION_SUFFIX})(?:是|属于|为|系(?!统)|作为)`);
/** A line that is only a department name, printed above "2018年部门预算" on a cover. */
export const DEPARTMENT_NAME_LINE = new RegExp(`^[\u4e00-\u9fff（）()]{3,30}${ORGANIZATION_SUFFIX}$`);
/**
 * An organization's name. A department name is validated against it, so a cell (平方米,
 * 培训会、评审会、总结会, a column label) is never taken for one.
 */
export const ORGANIZATION_NAME = new RegExp(`^[\u4e00-\u9fff（）()·]{2,40}?${ORGANIZATION_SUFFIX}$`);
/** Kinds of organization printed where a name would be (表1：高等学校收支决算总表): never a department's name. */
export const ORGANIZATION_KIND = /^(?:高等学校|中小学校|学校|行政单位|事业单位|参公事业单位|基层单位|预算单位|主管部门|本部门|本单位|各部门|各单位)$/;
/** The words of a scope qualifier: （本级）/（机关） own level, （汇总） the department and its units. */
const CONSOLIDATED_WORDS = '汇总|合并';
const SCOPE_WORDS = `本级|部门本级|机关|${CONSOLIDATED_WORDS}`;
/** 机关 right after an organization's name is its own organ, as （机关） is (昆明市人民政府办公室机关2026年预算公开). */
const ORGAN = '机关';
/**
 * An organization's name, with its scope qualifier or its other name if printed
 * (无锡市商务局（本级）, 无锡市阳光实验幼儿园（无锡市机关幼儿园）).
 */
export const ORGANIZATION_WITH_SCOPE = new RegExp(
  `^[\u4e00-\u9fff（）()·]{2,40}?${ORGANIZATION_SUFFIX}(?:[（(](?:${SCOPE_WORDS}|[\u4e00-\u9fff·]{2,30}?${ORGANIZATION_SUFFIX})[）)]|${ORGAN})?$`,
);
/** A scope qualifier after a department name: （本级） own level, （汇总） the department and its units. */
const SCOPE_QUALIFIER = new RegExp(`(?:[（(](${SCOPE_WORDS})[）)]|(?<=${ORGANIZATION_SUFFIX})(${ORGAN}))$`);
/** A name's scope qualifier: the name without it and what it says, or null. */
export function scopeQualifier(name: string): { base: string; scope: 'consolidated' | 'own_level' } | null {
  const m = SCOPE_QUALIFIER.exec(name);
  if (!m) return null;
  return { base: name.slice(0, m.index), scope: new RegExp(`^(?:${CONSOLIDATED_WORDS})$`).test(m[1] ?? m[2]!) ? 'consolidated' : 'own_level' };
}
/** The same, optional, to follow an organization's name in a pattern. */
export const OPTIONAL_SCOPE = `(?:[（(](?:${SCOPE_WORDS})[）)]|${ORGAN})?`;
/** The table's number printed after its title on the same line (部门收支总表  表1, … 附表1-1, … 公开01表). */
const NUMBER_AFTER_TITLE = '(?:附?表|附件|公开|预算)[\\d一二三四五六七八九十]+(?:[-－—.]\\d+)*表?';
/** A title's prefix before its table words: numbering and year go, a department name stays. */
export const TITLE_PREFIX_NOISE = /^(?:20\d{2}年度?|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．:：]|(?:预算|公开|附?表)\d+表?[、.:：]?)*/;
/** 430青龙满族自治县机关事务服务中心, 341-湖州市财政局: department code then name, alone in a cell. */
export const DEPARTMENT_CODE_NAME = /^(\d{3,9})(?![年月日度])[-－—]?([\u4e00-\u9fff][^:：]*?)(?:(?:金额)?单位[:：].*)?$/;
/** 部门名称：XX / 预算主管部门：XX / 编制部门：XX / 部门：XX (not 单位：万元). */
/** Labels of a field naming the department (部门名称：…), printed before its value or in a cell of their own. */
const DEPARTMENT_FIELD_LABELS = '预算主管部门|主管部门|部门\\(单位\\)名称|部门名称|单位名称|编制部门|编制单位|编报单位|预算单位|填报单位|部门\\(单位\\)|部门';
/** Labels of a field giving the department's code (部门编码：101001). */
const DEPARTMENT_CODE_LABELS = '部门预算编码|部门\\(单位\\)编码|部门\\(单位\\)代码|预算单位编码|预算单位代码|部门编码|部门代码|单位编码|单位代码';
export const DEPARTMENT_CODE_LABEL = new RegExp(`^(?:${DEPARTMENT_CODE_LABELS})$`);
/**
 * The labels of the fields a line above the tables prints (部门编码：101001 部门名称：… 金额单位：万元),
 * each with its colon; a field's value runs to the next label. 单位： may name the department.
 */
export const FIELD_LABEL = new RegExp(`(${DEPARTMENT_CODE_LABELS}|${DEPARTMENT_FIELD_LABELS}|(?:金额)?单位|(?:预算|决算)?年度)[:：]`, 'g');
/** A field's department printed with its code: [101001]南宁市…, 101001-南宁市…, 【101001】南宁市…. */
export const CODED_VALUE = /^[[【(]?(\d{3,12})[\]】)]?[-－—_]?(?=[\u4e00-\u9fff])(.+)$/;
const DEPARTMENT_FIELD = new RegExp(`^(?:${DEPARTMENT_FIELD_LABELS})[:：]([^:：]+?)(?:单位[:：].*)?$`);
/**
 * Fields printed on a table title's line after it (部门收支总表  单位：万元, …表 编制单位：某某局,
 * 预算年度：2024): matched on the title's key, from its 表 on.
 */
export const TITLE_LINE_FIELDS = new RegExp(
  `表(?:(?:金额)?单位[:：]|(?:${DEPARTMENT_FIELD_LABELS})[:：]|(?:预算|决算)?年度[:：]|${NUMBER_AFTER_TITLE}$).*$`,
);
/** The label of the department above the one disclosing (a project's 主管部门 beside its 实施单位). */
export const SUPERVISOR_LABEL = /主管部门$/;
/** A cell holding only such a label (部门名称 | 广州市…局): its value is the next cell. */
export const DEPARTMENT_FIELD_LABEL = new RegExp(`^(?:${DEPARTMENT_FIELD_LABELS})$`);
/** 截止时间：2023-12-31. */
export const AS_OF_PATTERN = /截[止至](?:时间|日期)?[:：]?(\d{4}[-.年/]\d{1,2}[-.月/]\d{1,2}日?)/;
/** 部门编码：101001, the department's code field, alone or before its other fields. */
const DEPARTMENT_CODE_FIELD = new RegExp(`^(?:${DEPARTMENT_CODE_LABELS})[:：]\\d{3,12}`);
/** A table's number alone in a cell, over its title inside the table's rules (陕西 2019: 表11). */
const TABLE_NUMBER_CELL = new RegExp(`^${NUMBER_AFTER_TITLE}$`);
/** A cell that is only metadata, never a header or data cell. */
export const METADATA_CELL = [UNIT_PATTERN, YEAR_FIELD_PATTERN, DEPARTMENT_FIELD, DEPARTMENT_CODE_FIELD, AS_OF_PATTERN, TABLE_NUMBER_CELL];

/** 决算 vs 预算 in the document's own title. */
export const DISCLOSURE_KINDS: Array<{ kind: 'final_account' | 'budget'; pattern: RegExp }> = [
  // 预决算 (a portal's section 部门预决算及“三公”经费) names both: neither
  { kind: 'final_account', pattern: /(?<!预)决算/ },
  { kind: 'budget', pattern: /预算/ },
];
/**
 * The title of a report on how past spending did (长沙市财政项目支出绩效评价报告), not a disclosure:
 * its 预算批复 | 实际执行 | 执行率 tables look like budget tables but are not.
 */
export const EVALUATION_REPORT_TITLE = /绩效评价(?:报告|结果)|绩效自评报告/;
/**
 * An official notice (长沙市财政局关于下达2025年…专项资金预算的通知, 文号 长财金指〔2025〕2号): it may
 * attach a 区域绩效目标表 or a 分配表, but it allocates funds, it is not a disclosure. Matched on NFKC
 * text, a 文号's brackets as printed or as OCR reads them.
 */
export const NOTICE_TITLE = /^(?:[\u4e00-\u9fff]{2,30})?关于.{2,80}的(?:通知|批复|复函|函|意见|决定)$/;
/** A 文号: issuer's abbreviation, year in brackets, number (长财金指〔2025〕2号, OCR: 〔2025］). */
export const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,8}[〔\[【(]20\d{2}[〕\]】)]\d{1,4}号/;
/** A 预算/决算 disclosure's own name, which a disclosure's title or contents print (its 绩效评价 section aside). */
export const DISCLOSURE_TITLE = /(?:部门|单位)(?:预算|决算)|预决算|(?:预算|决算)公开/;
/** A unit's own disclosure when the first 预算/决算 the title names is 单位预算/单位决算 (not 预算单位：). */
export const UNIT_DISCLOSURE = /(单位)?(?:预算|决算)/;

/** A printed note under or inside a table: 注：…, 说明：…, 备注：…. */
/** A document's own section numbering: 第三部分, 三、, （二）. */
export const SECTION_NUMBER = '(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])';
export const NOTE_PATTERN = /^(注|说明|备注)\s*\d*\s*[:：]/;

/** The only text of a row of a table printed empty ("无", "此表为空"): not a line. */
export const EMPTY_TABLE_MARK = /^(无|空表|此表为空|本表为空表?|本表无数据|无数据)[。.]?$/;
