// The 决算 variants: the seed department's accounts printed as the three corpus 决算 print
// theirs (国家信访局 2024, 佛山市轨道交通局 2019, 西南大学 2023), made by
// `npm run make:variants -- --final` into test/fixtures/final-variants and expected/final-variants.
import type { TableId } from '../../../src/schema/records.js';
import type { VariantDef } from '../list.js';
import { finalAccount } from './document.js';

/** The nine tables in the central template's order (国家信访局: 07 政府性基金, 08 国有资本, 09 三公). */
const NINE: Array<[TableId, string]> = [
  ['final_income_expenditure_summary', '收入支出决算总表'],
  ['final_income', '收入决算表'],
  ['final_expenditure', '支出决算表'],
  ['final_fiscal_appropriation_summary', '财政拨款收入支出决算总表'],
  ['final_general_budget_expenditure', '一般公共预算财政拨款支出决算表'],
  ['final_general_budget_basic_expenditure', '一般公共预算财政拨款基本支出决算表'],
  ['final_government_fund', '政府性基金预算财政拨款收入支出决算表'],
  ['final_state_capital', '国有资本经营预算财政拨款支出决算表'],
  ['final_three_public_expenses', '一般公共预算财政拨款“三公”经费支出决算表'],
];
const table = (id: TableId) => NINE.find(([t]) => t === id)!;

export const FINAL_VARIANTS: VariantDef[] = [
  {
    name: 'final-central',
    about: '国家信访局\'s nine tables: the number line under the title (公开01表 … 公开09表), 部门：… over every table, blank cells, 国有资本 printed empty with a note',
    make: finalAccount({ tables: NINE, number: { text: (n) => `公开${String(n).padStart(2, '0')}表`, above: false } }),
  },
  {
    name: 'final-prefixed',
    about: 'department and year before every title (青龙满族自治县机关事务服务中心2024年度收入支出决算总表 …), no numbers',
    make: finalAccount({ tables: NINE, prefixed: true }),
  },
  {
    name: 'final-zeros',
    about: '佛山\'s layout: the number line above the title (表1 … 表8), 0.00 in every empty amount cell, the 合计 row repeated with the header rows on every page, 三公 before 政府性基金, no 国有资本 table',
    make: finalAccount({
      tables: NINE.filter(([id]) => id !== 'final_state_capital' && id !== 'final_three_public_expenses').flatMap((t) =>
        t[0] === 'final_government_fund' ? [table('final_three_public_expenses'), t] : [t],
      ),
      number: { text: (n) => `表${n}`, above: true },
      zeros: true,
      totalInHeader: true,
    }),
  },
  {
    name: 'final-university',
    about: '西南大学\'s four tables: 表1：高等学校收支决算总表, 表2：高等学校收入决算表, 表3：高等学校支出决算表, 表4：高等学校财政拨款支出决算表',
    make: finalAccount({
      tables: [
        ['final_income_expenditure_summary', '表1：高等学校收支决算总表'],
        ['final_income', '表2：高等学校收入决算表'],
        ['final_expenditure', '表3：高等学校支出决算表'],
        ['final_fiscal_appropriation_expenditure', '表4：高等学校财政拨款支出决算表'],
      ],
    }),
  },
];
