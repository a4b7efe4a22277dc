import { matchTitle } from '../../src/locate/titles.js';

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
