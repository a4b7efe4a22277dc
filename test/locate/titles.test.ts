import { matchFinalTitle, matchTitle, nearestTable, readTitle } from '../../src/locate/titles.js';

const id = (t: string) => matchTitle(t)?.def.id ?? null;

test('seed titles', () => {
  expect(id('部门预算收支总表')).toBe('income_expenditure_summary');
  expect(id('部门预算财政拨款收支总表')).toBe('fiscal_appropriation_summary');
  expect(id('部门预算一般公共预算财政拨款支出表')).toBe('general_budget_expenditure');
  expect(id('部门预算一般公共预算财政拨款基本支出表')).toBe('general_budget_basic_expenditure');
  expect(id('部门预算财政拨款“三公”经费支出表')).toBe('three_public_expenses');
  expect(id('部门政府采购预算')).toBe('government_procurement');
  expect(id('部门固定资产占用情况表')).toBe('fixed_assets');
  expect(id('1、公车信息平台服务费绩效目标表')).toBe('project_performance');
});

test('spacing, width, quotes, numbering, department and year prefixes, continuation suffixes', () => {
  expect(id('部 门 预 算 收 支 总 表')).toBe('income_expenditure_summary');
  expect(id('表1、部门收支总表')).toBe('income_expenditure_summary');
  expect(id('一、部门收入总表')).toBe('income_summary');
  expect(id('上海市普陀区司法局2026年部门财务收支预算总表')).toBe('income_expenditure_summary');
  expect(id('"三公"经费支出表')).toBe('three_public_expenses');
  expect(id("一般公共预算'三公'经费支出表")).toBe('three_public_expenses');
  expect(id('部门"三公"经费和机关运行经费预算表')).toBe('three_public_expenses');
  expect(id('部门支出总表（续）')).toBe('expenditure_summary');
  expect(id('部门支出总表(单位：万元)')).toBe('expenditure_summary');
  expect(id('收支预算总表')).toBe('income_expenditure_summary');
  expect(id('单位收支总表')).toBe('income_expenditure_summary');
  expect(id('财政拨款支出预算表（功能科目）')).toBe('fiscal_appropriation_expenditure');
});

test('other provinces: Shanghai, Jiangsu (titles also printed by the generated variants)', () => {
  expect(id('2024年部门财务收支预算总表')).toBe('income_expenditure_summary');
  expect(id('2024年部门一般公共预算支出功能分类预算表')).toBe('general_budget_expenditure');
  expect(id('2024年部门政府性基金预算支出功能分类预算表')).toBe('government_fund_expenditure');
  expect(id('2026年部门国有资本经营预算支出功能分类预算表')).toBe('state_capital_expenditure');
  expect(id('2024年部门一般公共预算基本支出部门预算经济分类预算表')).toBe('general_budget_basic_expenditure');
  expect(id('2024年部门“三公”经费和机关运行经费预算表')).toBe('three_public_expenses');
  expect(id('公开01表：收支预算总表')).toBe('income_expenditure_summary');
  expect(id('七、政府性基金支出预算表')).toBe('government_fund_expenditure');
  expect(id('财政拨款政府性基金支出预算表')).toBe('government_fund_expenditure');
  expect(id('八、国有资本经营支出预算表')).toBe('state_capital_expenditure');
  expect(id('五、财政拨款支出预算表')).toBe('fiscal_appropriation_expenditure');
  expect(id('一般公共预算“三公”经费、会议费、培训费支出预算表')).toBe('three_public_expenses');
  // 江苏省委办公厅's contents list; 检察院 titles its table so
  expect(id('十二、政府采购支出预算表')).toBe('government_procurement');
});

test('unit-level packages: 单位 where the department package prints 部门', () => {
  expect(id('单位收入预算表')).toBe('income_summary');
  expect(id('单位支出预算表')).toBe('expenditure_summary');
  expect(id('单位财务收支预算总表')).toBe('income_expenditure_summary');
  expect(id('单位政府采购预算')).toBe('government_procurement');
  expect(id('单位固定资产占用情况表')).toBe('fixed_assets');
});

test('narrative, TOC lines and section headings are not titles', () => {
  expect(id('部门预算收支总表\t1')).toBeNull();
  expect(id('四、财政拨款“三公”经费预算情况及增减变化原因')).toBeNull();
  expect(id('八、政府采购预算情况')).toBeNull();
  expect(id('收支预算总表反映了本部门的收支情况，详见部门收支总表。')).toBeNull();
  expect(id('七、部门项目预算安排情况及绩效目标')).toBeNull();
});

// Titles of the ../shared/corpus templates, none of which was in the catalogue as a string:
// recognised by their content words (catalogue/title-words.ts).
test('titles by content words: 广州, 北京, 湖州, 长沙, 无锡, 上海 unit budgets, 西南大学', () => {
  expect(id('三、本年支出总体情况表')).toBe('expenditure_summary'); // 广州
  expect(id('2026年部门支出总体情况表')).toBe('expenditure_summary'); // 长沙
  expect(id('（三）2026年市级部门支出预算总表')).toBe('expenditure_summary'); // 湖州
  expect(id('预算03表支出总表')).toBe('expenditure_summary'); // 北京
  expect(id('西南大学收支预算总表')).toBe('income_expenditure_summary');
  expect(id('1. 2026年预算单位财务收支预算总表')).toBe('income_expenditure_summary'); // 上海 unit budget
  expect(id('四、财政拨款收支总体情况表')).toBe('fiscal_appropriation_summary');
  expect(id('五、一般公共预算支出情况表（按功能分类科目）')).toBe('general_budget_expenditure');
  expect(id('六、一般公共预算基本支出情况表（按经济分类科目）')).toBe('general_budget_basic_expenditure');
  expect(id('预算07表政府性基金预算财政拨款支出表')).toBe('government_fund_expenditure');
  expect(id('十、国有资本经营预算支出情况表')).toBe('state_capital_expenditure');
  expect(id('八、财政拨款安排的行政经费及“三公”经费预算表')).toBe('three_public_expenses');
  expect(id('9. 2026年单位“三公”经费和机关运行经费预算表')).toBe('three_public_expenses');
  expect(id('十、政府采购预算明细表')).toBe('government_procurement');
  expect(id('六、财政拨款基本支出表（经济科目）')).toBe('fiscal_appropriation_basic_expenditure'); // 无锡
  expect(id('市级重点专项资金绩效目标表(一级项目)')).toBe('project_performance');
  expect(id('2026年市级部门项目支出绩效表')).toBe('project_performance');
});

test('a content word no table allows leaves the title unmatched, with the nearest table named', () => {
  expect(id('七、政府采购项目支出绩效表')).toBeNull(); // 政府采购 and 绩效目标: no table's words
  expect(id('一般公共预算会议费支出表')).toBeNull();
  expect(id('部门预算项目支出及其他支出预算表')).toBeNull(); // 项目支出 in the "prefix": the title itself
  // a 决算 table is its own catalogue's, never a budget table (国家信访局 公开01表, 西南大学 表1)
  expect(id('收入支出决算总表')).toBe('final_income_expenditure_summary');
  expect(id('表1：高等学校收支决算总表')).toBe('final_income_expenditure_summary');
  expect(id('一般公共预算财政拨款基本支出决算表')).toBe('final_general_budget_basic_expenditure');
  // 四川's 决算 prints the 三公 a government fund pays in a table of its own
  expect(id('政府性基金预算财政拨款“三公”经费支出决算表')).toBe('final_government_fund_three_public_expenses');
  expect(id('一般公共预算财政拨款“三公”经费支出决算表')).toBe('final_three_public_expenses');
  expect(id('图1：收入预算')).toBeNull(); // a chart caption: titles end in 表
  // the department's own targets (北京 预算13表, 长沙)
  expect(id('预算13表部门整体支出绩效目标表')).toBe('project_performance');
  expect(id('2026年部门整体支出绩效目标表')).toBe('project_performance');
  // the account the projects are paid from, named before them
  expect(id('表6 一般公共预算项目支出绩效目标表')).toBe('project_performance');
  expect(id('七、一般公共预算项目支出绩效表')).toBe('project_performance');
  expect(id('政府性基金预算项目支出绩效目标表')).toBe('project_performance');
  expect(id('财政拨款项目支出绩效目标表')).toBe('project_performance');
  // tables of their own (广州 表7, 表11; 湖州 表10)
  expect(id('七、一般公共预算项目支出情况表（按经济分类科目）')).toBe('general_budget_project_expenditure');
  expect(id('十一、部门预算基本支出预算表')).toBe('basic_expenditure');
  expect(id('2026年市级部门项目支出预算表')).toBe('project_expenditure');
  // 上海 单位预算表10: the projects under their function classes
  expect(id('2026年预算单位财政拨款项目支出预算表')).toBe('fiscal_appropriation_project_expenditure');
  // 政府购买服务 is its own table (北京 预算11表; other provinces' 政府购买服务预算表)
  expect(id('预算11表财政拨款政府购买服务明细表')).toBe('government_purchase_services');
  expect(id('2026年部门政府购买服务预算表')).toBe('government_purchase_services');
  // lists of planned meetings and trainings (陕西 会议费明细表), not the 三公 table that totals them
  expect(id('会议费明细表')).toBe('meeting_details');
  expect(id('2026年部门培训费计划表')).toBe('training_details');
  expect(id('部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表')).toBe('three_public_expenses');
  expect(id('会议费、培训费预算表')).toBeNull();
  // a 决算's 项目支出绩效自评表 (国家信访局 2024, pp. 30–36) is its own, never a budget 绩效目标表
  expect(id('信访干部培训专项项目绩效自评表')).toBe('final_project_performance');
  expect(id('项目支出绩效自评表')).toBe('final_project_performance');
  expect(id('二、机关运行经费预算')).toBeNull();
  // the 三公 a government fund pays (四川 表4-1) is not the general budget's 三公 table
  expect(id('表4-1 政府性基金预算“三公”经费支出预算表')).toBe('government_fund_three_public_expenses');
  expect(id('表3-2 一般公共预算“三公”经费支出预算表')).toBe('three_public_expenses');
});

test('a project 绩效目标表 titled by a long project name printed twice (西南大学 2023 p24)', () => {
  expect(id('（八）236-中央高校改善基本办学条件专项-基础设施改造项目(小学) 236-中央高校改善基本办学条件专项-基础设施改造项目(小学)绩效目标表')).toBe('project_performance');
  // a name holding 绩效 (西南大学 2023 p17), as a province's 绩效评价 work funds may: the short
  // form is no content word in a prefix; 绩效目标 written out still is (the title itself)
  expect(id('（二）236中央高校管理改革等绩效拨款 236中央高校管理改革等绩效拨款绩效目标表')).toBe('project_performance');
  expect(id('3、预算绩效评价工作经费绩效目标表')).toBe('project_performance');
  // a sentence is still not a title, however long
  expect(id('根据中央高校改善基本办学条件专项资金管理办法，学校编制了基础设施改造项目绩效目标表')).toBeNull();
});

test('filler of other provinces\' titles: 情况统计表, 一览表, 计划表, 批复表, 行政参公单位', () => {
  const id = (t: string): string | undefined => matchTitle(t)?.def.id;
  expect(id('2015年桂林市司法局部门“三公”经费情况统计表')).toBe('three_public_expenses');
  expect(id('施甸县2016年“三公”经费决算情况统计表')).toBe('final_three_public_expenses');
  expect(id('项目支出预算一览表')).toBe('project_expenditure');
  expect(id('2024年政府采购计划表')).toBe('government_procurement');
  expect(id('部门收支预算批复表')).toBe('income_expenditure_summary');
  expect(id('十、“三公”经费、行政参公单位机关运行经费情况表')).toBe('three_public_expenses');
  // this year's appropriation (当年拨款), as 本年: the fund's table, not the 支出总表
  expect(id('一般公共预算当年拨款支出表')).toBe('general_budget_expenditure');
  expect(id('政府性基金预算当年拨款支出表')).toBe('government_fund_expenditure');
  // 云南 (昆明's contents, 十六): the projects central transfers pay for are not the department's 项目支出表;
  // 补助 between the words leaves 转移支付 in the title, which no table allows
  expect(id('十六、中央转移支付补助项目支出预算表')).toBeUndefined();
  expect(id('八、部门项目支出预算表')).toBe('project_expenditure');
  expect(id('残疾人福利事业项目市级补助经费项目绩效目标表')).toBe('project_performance');
});

test('a numbered heading and the table\'s own title read as one heading: the last title is the table\'s (泉州 2026, Word)', () => {
  const id = (t: string): string | undefined => matchTitle(t)?.def.id;
  expect(id('一、收支预算总表2026年度收支预算总表')).toBe('income_expenditure_summary');
  expect(id('九、一般公共预算基本支出经济分类情况表2026年度一般公共预算基本支出经济分类情况表')).toBe('general_budget_basic_expenditure');
  expect(id('十、一般公共预算“三公”经费支出预算表2026年度一般公共预算“三公”经费支出预算表')).toBe('three_public_expenses');
  // the last part must itself read as a title
  expect(id('一、收支预算总表及说明')).toBeUndefined();
});

test('the table\'s number printed after its title on its line (部门收支总表  表1, … 附表1-1, … 公开01表)', () => {
  const id = (t: string): string | undefined => matchTitle(t)?.def.id;
  expect(id('部门收支总表    表1')).toBe('income_expenditure_summary');
  expect(id('一般公共预算“三公”经费支出表 附表1-7')).toBe('three_public_expenses');
  expect(id('财政拨款收支总表 公开04表')).toBe('fiscal_appropriation_summary');
  expect(id('政府性基金预算支出表  表六')).toBe('government_fund_expenditure');
  // not a number: no title
  expect(id('部门收支总表表格')).toBeUndefined();
});

test('a title naming no account fits its 决算 table when asked for one; a 决算 title or one no 决算 table fits gives none', () => {
  expect(matchFinalTitle('十、“三公”经费、行政参公单位机关运行经费情况表')?.def.id).toBe('final_three_public_expenses');
  expect(matchFinalTitle('一般公共预算财政拨款基本支出表')?.def.id).toBe('final_general_budget_basic_expenditure');
  expect(matchFinalTitle('收入决算表')).toBeNull();
  expect(matchFinalTitle('政府采购预算表')).toBeNull();
});

describe('titles read by OCR', () => {
  test('one character misread or lost still names the table; only when the text came from OCR', () => {
    const id = (t: string, ocr: boolean): string | undefined => matchTitle(t, ocr)?.def.id;
    expect(id('部门预算财政拨收支总表', true)).toBe('fiscal_appropriation_summary'); // 款 lost
    expect(id('部门预算财政拨收支总表', false)).toBe('income_expenditure_summary'); // a text layer means what it prints
    expect(id('支出预算外', true)).toBe('expenditure_summary'); // 表 misread
    expect(id('部门预算般公共预算财政拨款支出表', true)).toBe('general_budget_expenditure'); // 一 lost
    expect(id('收入预算总表', true)).toBe('income_summary');
    // 预算 misread 颁算 fits 预算 and 决算 alike: the misreading claims no word (无锡's scan)
    expect(id('一般公共预算机关运行经费支出颁算表', true)).toBe('office_operation_expenditure');
    expect(id('一般公共预算机关运行经费支出决算表', true)).toBe('final_office_operation_expenditure');
    // a title that fits as printed still does when a misreading would not (资金 taken for 资产)
    expect(id('3、后勤管理服务项目资金绩效目标表', true)).toBe('project_performance');
    // a heading that is no title stays none
    expect(id('二、支出预算情况', true)).toBeUndefined();
    expect(id('部门预算信息公开情况说明', true)).toBeUndefined();
    // a chart's title is no misread 表 (无锡 re-distilled by ghostscript, OCR'd: 收入预算图, 支出预算图)
    expect(id('支出预算图', true)).toBeUndefined();
    expect(id('收入预算图', true)).toBeUndefined();
  });

  test('a word misread in its first part is read whole, not as its last part (湖州 re-produced by ps2pdf: 项月支出)', () => {
    const id = (t: string, ocr: boolean): string | undefined => matchTitle(t, ocr)?.def.id;
    expect(id('2026年市级部门项月支出预算表', true)).toBe('project_expenditure');
    expect(id('2026年市级部门项月支出预算表', false)).toBe('expenditure_summary');
    expect(id('一般公共预算基木支出表', true)).toBe('general_budget_basic_expenditure');
    // an exact word before 支出 is not taken for a misread one (江苏 人大 as outlines, OCR'd:
    // 政府性基金支出 is one character from 基本支出)
    expect(id('财政拨款政府性基金支出预算表', true)).toBe('government_fund_expenditure');
    expect(id('部门支出预算表', true)).toBe('expenditure_summary');
    expect(id('一般公共预算支出表', true)).toBe('general_budget_expenditure');
  });

  test('a mark OCR put between two words is skipped (江苏 人大 re-produced by ps2pdf: 财政拨款收支：预算总表)', () => {
    const id = (t: string, ocr: boolean): string | undefined => matchTitle(t, ocr)?.def.id;
    expect(id('财政拨款收支：预算总表', true)).toBe('fiscal_appropriation_summary');
    expect(id('一般公共预算·基本支出表', true)).toBe('general_budget_basic_expenditure');
    // numbering before a colon is a prefix, as in a text layer
    expect(id('表3：一般公共预算支出表', true)).toBe('general_budget_expenditure');
    expect(id('附表：财政拨款收支总表', true)).toBe('fiscal_appropriation_summary');
  });
});

// Titles of provinces outside the corpus, from their published tables lists (陕西 柞水县审计局 2020
// 部门决算, 湖北 曾都区 2021 决算) and templates (陕西 部门综合预算, 湖北/四川 拨款 wording).
test('other provinces: 拨款 after a fund, qualifiers inside a title, 决算 tables', () => {
  // 一般公共预算拨款 is the fund's money: its table, never the department's 支出总表
  expect(id('一般公共预算拨款支出预算表')).toBe('general_budget_expenditure');
  expect(id('一般公共预算拨款基本支出表')).toBe('general_budget_basic_expenditure');
  expect(id('政府性基金预算拨款支出表')).toBe('government_fund_expenditure');
  expect(id('国有资本经营预算拨款支出表')).toBe('state_capital_expenditure');
  expect(id('部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表')).toBe('three_public_expenses');
  // a qualifier in the middle of the title (陕西)
  expect(id('部门综合预算政府采购（资产配置、购买服务）预算表')).toBe('government_procurement');
  expect(id('部门综合预算专项业务经费支出表')).toBe('project_expenditure');
  expect(id('部门基本支出预算表')).toBe('basic_expenditure');
  // 决算 tables the nine share words with
  expect(id('一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表')).toBe('final_three_public_expenses');
  expect(id('一般公共预算财政拨款收入支出决算表')).toBe('final_general_budget_expenditure');
  expect(id('一般公共预算财政拨款支出决算表')).toBe('final_general_budget_expenditure');
  expect(id('一般公共预算财政拨款项目支出决算表')).toBe('final_general_budget_project_expenditure');
  expect(id('机关运行经费支出决算表')).toBe('final_office_operation_expenditure');
  expect(id('一般公共预算财政拨款基本支出决算表')).toBe('final_general_budget_basic_expenditure');
});

test('a part of a table set off by a dash after 表 (湖南) is a title of its own that no table fits', () => {
  const part = '一般公共预算基本支出表—人员经费(工资福利支出)按政府经济分类';
  expect(id(part)).toBeNull();
  expect(readTitle(part)?.part).toBe(true);
  expect(nearestTable(part)?.id).toBe('general_budget_basic_expenditure');
  expect(id('一般公共预算基本支出表－公用经费(商品和服务支出)')).toBeNull();
});

test('a qualifier naming the classification tells apart the tables printing the same spending both ways (陕西, 四川)', () => {
  expect(id('部门综合预算一般公共预算支出明细表（按支出功能分类科目）')).toBe('general_budget_expenditure');
  expect(id('部门综合预算一般公共预算支出明细表（按支出经济分类科目）')).toBe('general_budget_expenditure_economic');
  expect(id('部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）')).toBe('general_budget_basic_expenditure');
  expect(id('部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）')).toBe('general_budget_basic_expenditure_function');
  expect(id('表2-1 财政拨款支出预算表（部门经济分类科目）')).toBe('fiscal_appropriation_expenditure_economic');
  expect(id('5.一般公共预算支出预算表（按功能科目分类）')).toBe('general_budget_expenditure');
  // printed in the title's words rather than a qualifier
  expect(id('2024年部门一般公共预算基本支出部门预算经济分类预算表')).toBe('general_budget_basic_expenditure');
  // a classification no table of those words is printed by: the qualifier is no evidence
  expect(id('部门支出预算总表（按功能科目）')).toBe('expenditure_summary');
  // the whole 支出总表 by economic class, qualified or in its words
  expect(id('部门支出预算总表（按经济分类）')).toBe('expenditure_summary_economic');
  expect(id('部门预算支出经济分类汇总表')).toBe('expenditure_summary_economic');
  expect(id('一般公共预算财政拨款支出决算表（按经济分类）')).toBe('final_general_budget_expenditure');
});
