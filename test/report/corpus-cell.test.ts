// A real failing check marked on the right cell: 无锡 人力资源和社会保障局 2026 prints, in its
// 财政拨款收支总表 (pages 22–23; pdftotext -layout), 一、本年支出 152,585.74 but 支出总计
// 152,585.76 with no carry-over between them. 收入总计 beside it prints 152,585.76 too: the
// mark must be on the expenditure side's cell, not the income side's.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import { BIN, buildDist } from '../batch/build.js';
import { tempDir } from '../cli/helpers.js';
import { SHARED } from '../helpers/paths.js';

const run = promisify(execFile);
const WUXI = join(SHARED, 'corpus/江苏/江苏-无锡-744286f0-人力资源和社会保障局_2026年部门预算.pdf');

let work: string;
afterAll(() => rm(work, { recursive: true, force: true }));

test('expenditure_grand_total_equals_current_plus_carryover marks 支出总计 (actual) and 一、本年支出 (expected)', async () => {
  work = await tempDir('report-corpus-');
  await buildDist();
  await run(process.execPath, [BIN, 'ingest', WUXI, '--out', join(work, 'out'), '--no-run-time', '--quiet']);
  await run(process.execPath, [BIN, 'report', join(work, 'out'), '--to', join(work, 'report'), '--no-images']);
  const [file] = readdirSync(join(work, 'report', 'docs'));
  const $ = cheerio.load(readFileSync(join(work, 'report', 'docs', file!), 'utf8'));
  const failing = $('table.checks tbody tr').map((_, tr) => $(tr).find('td').eq(1).text()).get();
  expect(failing).toEqual(['expenditure_grand_total_equals_current_plus_carryover']);

  const grid = $('#t3 details table.grid');
  /** the marked cells of a grid row: [column, text, role] (column 0 = the first cell after the row number) */
  const marked = (row: number): Array<[number, string, string]> => {
    const out: Array<[number, string, string]> = [];
    const tr = grid.find('tbody tr').filter((_, el) => $(el).find('td.gutter').text() === String(row));
    tr.find('td').each((i, td) => {
      if ($(td).hasClass('hl')) out.push([i - 1, $(td).text(), $(td).hasClass('expected') ? 'expected' : 'actual']);
    });
    return out;
  };
  expect(marked(34)).toEqual([[3, '152,585.76', 'actual']]); // 收入总计 | 152,585.76 | 支出总计 | 152,585.76
  expect(marked(2)).toEqual([[3, '152,585.74', 'expected']]); // 一、本年收入 | … | 一、本年支出 | 152,585.74
}, 300_000);
