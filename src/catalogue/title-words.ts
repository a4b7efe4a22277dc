// The words table titles are made of, as data. A title is read from its end as a run of
// these words ("2026年市级部门 | 收支 预算 总 表"); what precedes the run is its prefix
// (numbering, year, department). Each word is either a content word, which says what the
// table holds (收支, 一般公共预算, 基本支出, 三公 …), or filler (预算, 部门, 总, 情况, 表 …),
// which every province sprinkles differently. Tables are recognised by their set of
// content words (tables.ts: `title`), so 收支总体情况表, 收支预算总表 and 部门财务收支预算总表
// read the same, and a title with a content word no table allows (项目支出, 政府购买服务)
// is not forced onto the nearest table.

/** Content words: printed forms → the word. Longest forms are tried first. */
export const CONTENT_WORDS: Record<string, string[]> = {
  收支: ['收支', '收入支出', '收入与支出', '收入和支出'],
  收入: ['收入'],
  支出: ['支出'],
  基本支出: ['基本支出'],
  // 专项业务经费: 陕西's name for project spending (部门综合预算专项业务经费支出表)
  项目支出: ['项目支出', '专项业务经费'],
  财政拨款: ['财政拨款', '财政拨款(补助)'],
  一般公共预算: ['一般公共预算', '一般公共'],
  政府性基金: ['政府性基金预算', '政府性基金'],
  国有资本经营: ['国有资本经营预算', '国有资本经营'],
  三公: ['三公经费', '三公'],
  机关运行经费: ['机关运行经费'],
  行政经费: ['行政经费'],
  会议费: ['会议费'],
  培训费: ['培训费'],
  政府采购: ['政府采购'],
  政府购买服务: ['政府购买服务'],
  资产: ['固定资产', '国有资产', '资产'],
  占用: ['占用'],
  绩效目标: ['绩效目标', '绩效'],
  // 项目支出绩效自评表: the 决算's self-evaluation of a project against its targets
  自评: ['自评'],
  部门整体: ['部门整体', '整体'],
  项目: ['项目', '一级项目', '二级项目'],
  专项资金: ['专项资金', '重点专项资金', '专项'],
  转移支付: ['转移支付'],
  功能分类: ['功能分类科目', '功能分类', '功能科目'],
  经济分类: ['部门预算经济分类', '经济分类科目', '经济分类', '经济科目'],
  决算: ['决算'],
  // 财政拨款(上年)结转资金支出表 (西安): the spending of last year's carried-over money, a table of its
  // own no catalogue table holds (a qualifier such as （不含上年结转） is dropped before the words are read)
  结转: ['上年结转资金', '上年结转', '结转资金'],
  构成: ['构成'],
};

/** The word naming the 决算 (final accounts), which most but not all of its tables' titles print. */
export const FINAL_WORD = '决算';

/** The word of a 绩效目标表 holding the department's own targets, not a project's (部门整体支出绩效目标表). */
export const DEPARTMENT_WIDE_WORD = '部门整体';

/** The word of a project's 绩效目标表 (…项目绩效目标表): its prefix is the project's name, not a department's. */
export const PROJECT_WORD = '项目';

/** The word of a 绩效目标表 of money passed to lower governments (…（转移支付）项目绩效目标表). */
export const TRANSFER_WORD = '转移支付';

/**
 * The word of a 绩效目标表 of a fund the department administers (专项资金绩效目标表), not its own
 * projects; its 整体 is the fund's whole, not the department's (专项资金整体绩效目标表, 西安 2020).
 */
export const SPECIAL_FUND_WORD = '专项资金';

/** The word of each classification a table's rows can be listed by (its codes: 2xx function, 3xx economic). */
export const CLASS_WORD = { function: '功能分类', economic: '经济分类' } as const;

/** Words every province adds without changing what a table is. */
export const FILLER_WORDS = [
  '部门预算',
  '单位预算',
  '预算单位',
  '市级部门',
  '预算',
  '部门',
  '单位',
  '市级',
  '本级',
  '本年',
  // 一般公共预算当年拨款支出表: this year's appropriation, as 本年
  '当年',
  '财务',
  '总体',
  '情况',
  '明细',
  '汇总',
  '公开',
  '安排',
  '申报',
  '经费',
  // 情况统计表 (广西), 预算一览表, 采购计划表, 预算批复表
  '统计',
  '一览',
  '计划',
  '批复',
  // “三公”经费、行政参公单位机关运行经费情况表 (云南 决算): the units run as civil service
  '行政参公',
  '参公',
  // 一般公共预算拨款 / 政府性基金预算拨款: the fund's appropriation, the fund's table (湖北, 陕西)
  '拨款',
  // 中央转移支付补助项目支出预算表 (云南): the 转移支付 before it is still the title's word
  '补助',
  '总',
  '表',
  '的',
  '及',
  '和',
  '、',
  '与',
];

/**
 * Content words that cannot be part of a title's prefix: such a "prefix" is the title itself
 * (部门预算项目支出及其他支出预算表). As written, not their short forms: a project's name may
 * hold 绩效 ("236中央高校管理改革等绩效拨款绩效目标表", 西南大学).
 */
export const NOT_IN_PREFIX = ['收支', '收入', '支出', '三公', '绩效目标', '政府采购', '机关运行经费'];

/** The last word of a title (a table whose signature says `bare` may also end in 预算: 部门政府采购预算). */
export const TITLE_ENDING = '表';
/** Last characters OCR never takes for a misread 表: a chart's title ends so (收入预算图, 支出预算图). */
export const NOT_TITLE_ENDING = /[图]/;
export const BARE_ENDING = '预算';
