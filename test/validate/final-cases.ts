// Doctored copies of the generated 决算 (final-central): for each 决算 identity, one printed
// cell changed. The copy fails that identity, with the changed cell's row in the message,
// and nothing else but the identities that must share the cell: the 类/款/项 sums of its
// column (a cell of a coded row is always in one) and, where the 说明 states the figure, its
// narrative check. Predicted by hand from the accounts (scripts/variants/final/accounts.ts).
import type { Cell } from './final-doctor.js';

export interface FinalCase {
  check: string;
  cell: Cell;
  fails: Record<string, number>;
  /** the message of the first failing record of `check` */
  message: string;
}

const FIES = '收入支出决算总表';
const FI = '收入决算表';
const FE = '支出决算表';
const FFAS = '财政拨款收入支出决算总表';
const FGB = '一般公共预算财政拨款支出决算表';
const FBASIC = '一般公共预算财政拨款基本支出决算表';
const FUND = '政府性基金预算财政拨款收入支出决算表';
const F3 = '一般公共预算财政拨款“三公”经费支出决算表';

export const FINAL_CASES: FinalCase[] = [
  {
    check: 'balance_per_row',
    cell: { title: FUND, row: '2120899', col: 7, was: '30.00', text: '31.00' },
    fails: { hierarchy_sum: 1, balance_per_row: 1 },
    message: 'final_government_fund 2120899 total 200.00 ≠ year_start_carryover + income − year_end_carryover 199.00 (50.00 + 180.00 − 31.00) [difference +1.00, tolerance ±0.03]',
  },
  {
    check: 'row_total_equals_components',
    cell: { title: FI, row: '2010305', col: 2, was: '2.57', text: '2.67' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1 },
    message: 'final_income 2010305 total 2.67 ≠ fiscal_appropriation + superior_subsidy + business_income + operating_income + subordinate_remittance + other_income 2.57 (2.57) [difference +0.10, tolerance ±0.01]',
  },
  {
    check: 'row_total_equals_components',
    cell: { title: FE, row: '2010305', col: 2, was: '2.57', text: '2.67' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1 },
    message: 'final_expenditure 2010305 total 2.67 ≠ basic + project + operating + remittance_to_superior + subsidy_to_subordinate 2.57 (2.57) [difference +0.10, tolerance ±0.01]',
  },
  {
    check: 'row_total_equals_components',
    cell: { title: FGB, row: '2010305', col: 2, was: '2.57', text: '2.67' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1 },
    message: 'final_general_budget_expenditure 2010305 total 2.67 ≠ basic + project 2.57 (2.57) [difference +0.10, tolerance ±0.01]',
  },
  {
    check: 'row_total_equals_components',
    cell: { title: FUND, row: '2120899', col: 6, was: '200.00', text: '190.00' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1 },
    message: 'final_government_fund 2120899 total 200.00 ≠ basic + project 190.00 (190.00) [difference +10.00, tolerance ±0.01]',
  },
  {
    check: 'three_public_total_equals_items',
    cell: { title: F3, row: '1.30', col: 1, was: '', text: '0.50' },
    fails: { three_public_total_equals_items: 1 },
    message: 'final_three_public_expenses 合计 budget 1.30 ≠ sum of items 1.80 (因公出国（境）费, 公务用车购置及运行维护费小计) [difference -0.50, tolerance ±0.02]',
  },
  {
    check: 'three_public_total_equals_items',
    cell: { title: F3, row: '1.30', col: 7, was: '', text: '0.50' },
    fails: { three_public_total_equals_items: 1 },
    message: 'final_three_public_expenses 合计 actual 1.50 ≠ sum of items 2.00 (因公出国（境）费, 公务用车购置及运行维护费小计, 公务接待费) [difference -0.50, tolerance ±0.03]',
  },
  {
    check: 'vehicle_total_equals_purchase_and_operation',
    cell: { title: F3, row: '1.30', col: 3, was: '', text: '0.40' },
    fails: { vehicle_total_equals_purchase_and_operation: 1 },
    message: 'final_three_public_expenses 公务用车购置及运行维护费小计 budget 1.30 ≠ sum of items 1.70 (公务用车购置费, 公务用车运行维护费) [difference -0.40, tolerance ±0.02]',
  },
  {
    check: 'vehicle_total_equals_purchase_and_operation',
    cell: { title: F3, row: '1.30', col: 9, was: '', text: '0.40' },
    fails: { vehicle_total_equals_purchase_and_operation: 1 },
    message: 'final_three_public_expenses 公务用车购置及运行维护费小计 actual 1.30 ≠ sum of items 1.70 (公务用车购置费, 公务用车运行维护费) [difference -0.40, tolerance ±0.02]',
  },
  {
    check: 'personnel_equals_classes_301_303',
    cell: { title: FBASIC, row: '301', col: 2, was: '267.41', text: '268.41' },
    fails: { hierarchy_sum: 1, personnel_equals_classes_301_303: 1 },
    message: 'final_general_budget_basic_expenditure 人员经费合计 total 275.16 ≠ total of 类 rows 301, 303 276.16 (301, 303) [difference -1.00, tolerance ±0.02]',
  },
  {
    check: 'public_equals_other_classes',
    cell: { title: FBASIC, row: '301', col: 5, was: '1019.03', text: '1018.03' },
    fails: { hierarchy_sum: 1, public_equals_other_classes: 1 },
    message: 'final_general_budget_basic_expenditure 公用经费合计 total 1019.03 ≠ 302 total 1018.03 [difference +1.00, tolerance ±0.01]',
  },
  {
    check: 'general_budget_basic_matches_basic_table',
    cell: { title: FBASIC, row: '人员经费合计', col: 1, was: '275.16', text: '276.16' },
    fails: { personnel_equals_classes_301_303: 1, general_budget_basic_matches_basic_table: 1, narrative_figure_matches_table: 1 },
    message: 'final_general_budget_expenditure 合计 basic 1294.19 ≠ 人员经费合计 and 公用经费合计 1295.19 (final_general_budget_basic_expenditure: 人员经费合计, 公用经费合计) [difference -1.00, tolerance ±0.02]',
  },
  {
    check: 'current_year_income_equals_items',
    cell: { title: FIES, row: '四、上级补助收入', col: 2, was: '', text: '10.00' },
    fails: { current_year_income_equals_items: 1 },
    message: 'final_income_expenditure_summary income 本年收入合计 actual 1520.50 ≠ sum of income items 1530.50 (一、一般公共预算财政拨款收入, 二、政府性基金预算财政拨款收入, 四、上级补助收入, 八、其他收入) [difference -10.00, tolerance ±0.04]',
  },
  {
    check: 'current_year_expenditure_equals_items',
    cell: { title: FIES, row: '二、外交支出', col: 5, was: '', text: '10.00' },
    fails: { current_year_expenditure_equals_items: 1, summary_expenditure_matches_expenditure_table: 1 },
    message: 'final_income_expenditure_summary expenditure 本年支出合计 actual 1630.30 ≠ sum of expenditure items 1640.30 (一、一般公共服务支出, 二、外交支出, 八、社会保障和就业支出, 九、卫生健康支出, 十一、城乡社区支出, 十二、农林水支出, 十九、住房保障支出) [difference -10.00, tolerance ±0.07]',
  },
  {
    check: 'income_grand_total_equals_current_plus_carryover',
    cell: { title: FIES, row: '使用非财政拨款结余', col: 2, was: '', text: '10.00' },
    fails: { income_grand_total_equals_current_plus_carryover: 1 },
    message: 'final_income_expenditure_summary income 总计 actual 1694.69 ≠ current-year income and carry-overs 1704.69 (本年收入合计, 使用非财政拨款结余, 年初结转和结余) [difference -10.00, tolerance ±0.03]',
  },
  {
    check: 'expenditure_grand_total_equals_current_plus_carryover',
    cell: { title: FIES, row: '结余分配', col: 5, was: '', text: '10.00' },
    fails: { expenditure_grand_total_equals_current_plus_carryover: 1 },
    message: 'final_income_expenditure_summary expenditure 总计 actual 1694.69 ≠ current-year expenditure and carry-overs 1704.69 (本年支出合计, 结余分配, 年末结转和结余) [difference -10.00, tolerance ±0.03]',
  },
  {
    check: 'income_total_equals_expenditure_total',
    cell: { title: FIES, row: '总计', col: 5, was: '1694.69', text: '1704.69' },
    fails: { expenditure_grand_total_equals_current_plus_carryover: 1, income_total_equals_expenditure_total: 1, narrative_figure_matches_table: 1 },
    message: 'final_income_expenditure_summary expenditure 总计 actual 1704.69 ≠ income 总计 actual 1694.69 [difference +10.00, tolerance ±0.01]',
  },
  {
    check: 'current_year_income_equals_items',
    cell: { title: FFAS, row: '三、国有资本经营预算财政拨款', col: 2, was: '', text: '10.00' },
    fails: { current_year_income_equals_items: 1, fiscal_summary_income_matches_summary_income: 1 },
    message: 'final_fiscal_appropriation_summary income 本年收入合计 actual 1508.00 ≠ sum of income items 1518.00 (一、一般公共预算财政拨款, 二、政府性基金预算财政拨款, 三、国有资本经营预算财政拨款) [difference -10.00, tolerance ±0.03]',
  },
  {
    check: 'current_year_expenditure_equals_items',
    cell: { title: FFAS, row: '二、外交支出', col: 5, was: '', text: '10.00' },
    fails: { row_total_equals_components: 1, current_year_expenditure_equals_items: 1 },
    message: 'final_fiscal_appropriation_summary expenditure 本年支出合计 actual 1630.30 ≠ sum of expenditure items 1640.30 (一、一般公共服务支出, 二、外交支出, 八、社会保障和就业支出, 九、卫生健康支出, 十一、城乡社区支出, 十二、农林水支出, 十九、住房保障支出) [difference -10.00, tolerance ±0.07]',
  },
  {
    check: 'income_grand_total_equals_current_plus_carryover',
    cell: { title: FFAS, row: '年初财政拨款结转和结余', col: 2, was: '170.99', text: '171.99' },
    // the carry-over row is also the sum of its parts by fund printed under it
    fails: { income_grand_total_equals_current_plus_carryover: 1, carryover_equals_fund_parts: 1 },
    message: 'final_fiscal_appropriation_summary income 总计 actual 1678.99 ≠ current-year income and carry-overs 1679.99 (本年收入合计, 年初财政拨款结转和结余) [difference -1.00, tolerance ±0.02]',
  },
  {
    check: 'expenditure_grand_total_equals_current_plus_carryover',
    cell: { title: FFAS, row: '年末财政拨款结转和结余', col: 5, was: '48.69', text: '49.69' },
    fails: { row_total_equals_components: 1, expenditure_grand_total_equals_current_plus_carryover: 1 },
    message: 'final_fiscal_appropriation_summary expenditure 总计 actual 1678.99 ≠ current-year expenditure and carry-overs 1679.99 (本年支出合计, 年末财政拨款结转和结余) [difference -1.00, tolerance ±0.02]',
  },
  {
    check: 'income_total_equals_expenditure_total',
    cell: { title: FFAS, row: '总计', col: 2, was: '1678.99', text: '1688.99' },
    fails: { income_grand_total_equals_current_plus_carryover: 1, income_total_equals_expenditure_total: 1 },
    message: 'final_fiscal_appropriation_summary expenditure 总计 actual 1678.99 ≠ income 总计 actual 1688.99 [difference -10.00, tolerance ±0.01]',
  },
  {
    check: 'summary_income_matches_income_table',
    cell: { title: FI, row: '合计', col: 1, was: '1520.50', text: '1530.50' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1, summary_income_matches_income_table: 1 },
    message: 'final_income 合计 total 1530.50 ≠ final_income_expenditure_summary income 本年收入合计 actual 1520.50 [difference +10.00, tolerance ±0.01]',
  },
  {
    check: 'summary_expenditure_matches_expenditure_table',
    cell: { title: FIES, row: '九、卫生健康支出', col: 5, was: '16.61', text: '16.71' },
    fails: { current_year_expenditure_equals_items: 1, summary_expenditure_matches_expenditure_table: 1 },
    message: 'final_expenditure 210 total 16.61 ≠ final_income_expenditure_summary expenditure 九、卫生健康支出 actual 16.71 [difference -0.10, tolerance ±0.01]',
  },
  {
    check: 'fiscal_summary_matches_general_budget_table',
    cell: { title: FGB, row: '合计', col: 1, was: '1430.30', text: '1431.30' },
    fails: { hierarchy_sum: 1, row_total_equals_components: 1, fiscal_summary_matches_general_budget_table: 1 },
    message: 'final_general_budget_expenditure 合计 total 1431.30 ≠ final_fiscal_appropriation_summary expenditure 本年支出合计 general_public_budget 1430.30 [difference +1.00, tolerance ±0.01]',
  },
  {
    check: 'fiscal_summary_income_matches_summary_income',
    cell: { title: FFAS, row: '一、一般公共预算财政拨款', col: 2, was: '1328.00', text: '1338.00' },
    fails: { current_year_income_equals_items: 1, fiscal_summary_income_matches_summary_income: 1 },
    message: 'final_fiscal_appropriation_summary income 一、一般公共预算财政拨款 actual 1338.00 ≠ final_income_expenditure_summary income 一、一般公共预算财政拨款收入 actual 1328.00 [difference +10.00, tolerance ±0.01]',
  },
  {
    check: 'hierarchy_sum',
    cell: { title: FBASIC, row: '30101', col: 2, was: '117.67', text: '118.67' },
    fails: { hierarchy_sum: 1 },
    message: 'final_general_budget_basic_expenditure 301 total 267.41 ≠ sum of 款 rows 268.41 (30101, 30102, 30103, 30107, 30108, 30110, 30112, 30113) [difference -1.00, tolerance ±0.08]',
  },
];
