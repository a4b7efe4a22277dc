// Tables that print no unit: the unit the document's other tables print, else 万元 assumed and
// tested by the checks (validate/assumed-units.ts). The documents are small HTML pages, as a
// site publishes them: a 说明 stating figures in 万元 and a 部门收支总表 printing amounts with
// no unit; the figures below are the table's as printed and its sums.
import { processDocument } from '../../src/pipeline/process.js';

const row = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

/** A 收支总表 of income 一般公共预算 `income` and two expenditure classes, amounts as printed, under `unitLine`. */
function summary(income: string, culture: string, social: string, unitLine = ''): string {
  return `<p>部门收支总表</p>${unitLine ? `<p>${unitLine}</p>` : ''}<table border="1">
${row(['收入', '', '支出', ''])}${row(['项目', '预算数', '项目', '预算数'])}
${row(['一、一般公共预算拨款收入', income, '一、文化旅游体育与传媒支出', culture])}
${row(['二、政府性基金预算拨款收入', '', '二、社会保障和就业支出', social])}
${row(['本年收入合计', income, '本年支出合计', income])}${row(['收入总计', income, '支出总计', income])}</table>`;
}

const INCOME_SUMMARY = (total: string, unitLine: string): string => `<p>部门收入总表</p><p>${unitLine}</p><table border="1">
${row(['科目编码', '科目名称', '合计', '一般公共预算拨款收入'])}${row(['', '合计', total, total])}</table>`;

const page = (...parts: string[]): Uint8Array =>
  Buffer.from(`<html><head><meta charset="utf-8"></head><body><p>某某县文化馆2026年部门预算</p>${parts.join('')}</body></html>`);

const NARRATIVE = '<p>一、部门收支总体情况</p><p>2026年收支预算总额1,237.67万元。其中：收入预算1,237.67万元，支出预算1,237.67万元。</p>';

async function read(bytes: Uint8Array) {
  const r = await processDocument({ bytes, source: 'doc.html' });
  if (r.kind !== 'document') throw new Error(r.error.message);
  const total = r.output.budget_lines.find((l) => l.name === '收入总计');
  return {
    unit: total?.source_unit,
    total: total?.amounts['budget'],
    warnings: r.output.document.warnings.filter((w) => w.code.startsWith('UNIT_')).map((w) => `${w.code}: ${w.message}`),
    failing: r.output.checks.filter((c) => c.status === 'fail').map((c) => c.check),
  };
}

test('no table prints a unit and the 说明 states the totals in 万元: amounts printed in 元 are read in 元, saying why', async () => {
  expect(await read(page(NARRATIVE, summary('12,376,671.00', '11,212,795.00', '1,163,876.00')))).toEqual({
    unit: '元',
    total: 1237.6671,
    warnings: ['UNIT_INFERRED: table 0 prints no unit, nor does any other table: read in 元, under which 2 failing check(s) of the 说明 figures hold and none fails that held in 万元'],
    failing: [],
  });
});

test('amounts printed in 万元 with no unit stay 万元 (assumed, with its warning); so do amounts no check can test', async () => {
  const assumed = ['UNIT_ASSUMED: table 0 prints no unit: 万元 assumed'];
  expect(await read(page(NARRATIVE, summary('1,237.67', '1,121.28', '116.39')))).toEqual({ unit: '万元', total: 1237.67, warnings: assumed, failing: [] });
  expect(await read(page(summary('12,376,671.00', '11,212,795.00', '1,163,876.00')))).toEqual({ unit: '万元', total: 12376671, warnings: assumed, failing: [] });
});

test('a slip in the source\'s sums is no evidence of 元: read in 元 it only shrinks under the tolerance', async () => {
  // 1,121.28 + 116.00 = 1,237.28, not the 1,237.67 printed: the check fails in any unit
  expect(await read(page(summary('1,237.67', '1,121.28', '116.00')))).toEqual({
    unit: '万元',
    total: 1237.67,
    warnings: ['UNIT_ASSUMED: table 0 prints no unit: 万元 assumed'],
    failing: ['current_year_expenditure_equals_items'],
  });
});

test('a table printing no unit before one printing 单位：元 takes 元, as tables after it do', async () => {
  const r = await read(page(NARRATIVE, summary('12,376,671.00', '11,212,795.00', '1,163,876.00'), INCOME_SUMMARY('12,376,671.00', '单位：元')));
  expect(r).toEqual({ unit: '元', total: 1237.6671, warnings: [], failing: [] });
});
