// The review report of the samples, a doctored sample (test/fixtures/report: 2080502 合计
// printed 9.75 instead of 7.75, made by scripts/make-doctored-pdf.ts) and a bad input, built
// twice and opened in Chromium. Screenshots go to output/test-report/.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { BIN, buildDist } from '../batch/build.js';
import { launchChromium } from '../helpers/browser.js';
import { tempDir } from '../cli/helpers.js';

const run = promisify(execFile);

const DOCTORED = 'test/fixtures/report/qinglong-2024-doctored.pdf';
const SHOTS = 'output/test-report';

/** the compiled CLI's report command (as a user runs it) */
const buildReport = (): Promise<unknown> => run(process.execPath, [BIN, 'report', out, '--to', report]);

let work: string;
let out: string;
let report: string;

/** path → sha256 of every file below dir */
function digest(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]));
}

const docPage = (): string => {
  const docs = readdirSync(join(report, 'docs'));
  const page = docs.map((f) => join(report, 'docs', f)).find((f) => readFileSync(f, 'utf8').includes('qinglong-2024-doctored.pdf'));
  if (!page) throw new Error('no page for the doctored document');
  return page;
};

beforeAll(async () => {
  work = await tempDir('report-test-');
  out = join(work, 'out');
  report = join(work, 'report');
  await buildDist();
  await run(process.execPath, [BIN, 'ingest', 'samples', DOCTORED, 'test/fixtures/bad/truncated.pdf', '--out', out, '--no-run-time', '--quiet']);
  await buildReport();
}, 600_000);

afterAll(() => rm(work, { recursive: true, force: true }));

test('the same output folder gives the same report bytes; a rebuild replaces the earlier one', async () => {
  const first = digest(report);
  await buildReport();
  expect(digest(report)).toEqual(first);
  // 4 inputs: 3 documents + 1 error-only input; 2 PDFs with images
  expect([...first.keys()].filter((f) => f.startsWith('docs/'))).toHaveLength(4);
  expect([...first.keys()].filter((f) => f.startsWith('img/')).length).toBeGreaterThan(40);
  expect(readFileSync(join(report, 'index.html'), 'utf8')).not.toMatch(/20\d\d-\d\d-\d\dT/);
}, 300_000);

test('the doctored cell is marked in the failing checks, the extracted lines, the grid and on the page image', () => {
  const $ = cheerio.load(readFileSync(docPage(), 'utf8'));
  const failing = $('table.checks tbody tr').map((_, tr) => $(tr).find('td').eq(1).text()).get();
  // 20805 合计 38.79 ≠ 7.75 → 9.75 + 31.04, and 2080502's 合计 9.75 ≠ 基本支出 7.75
  expect(failing.sort()).toEqual(['hierarchy_sum', 'row_total_equals_components']);
  const section = $('#t4');
  expect(section.find('h3').text()).toContain('一般公共预算财政拨款支出表');
  const lineCells = section.find('table.lines td.hl').map((_, td) => $(td).text()).get();
  expect(lineCells).toContain('9.75'); // the doctored 合计 of 2080502
  expect(section.find('table.lines td.hl:not(.expected)').map((_, td) => $(td).text()).get().sort()).toEqual(['38.79', '9.75']);
  expect(section.find('details table.grid td.hl').map((_, td) => $(td).text()).get()).toContain('9.75');
  expect(section.find('.page-img .box').length).toBeGreaterThanOrEqual(3);
});

test('without pdftoppm the report is still written, without images, and says why', async () => {
  const bare = join(work, 'report-no-poppler');
  const { stderr } = await run(process.execPath, [BIN, 'report', out, '--to', bare], { env: { ...process.env, PATH: '/nonexistent' } });
  expect(stderr).toContain('pdftoppm not found: no page images; install poppler-utils');
  expect(readdirSync(join(bare, 'img'))).toEqual([]);
  expect(readdirSync(join(bare, 'docs'))).toHaveLength(4);
  const html = readdirSync(join(bare, 'docs')).map((f) => readFileSync(join(bare, 'docs', f), 'utf8')).join('');
  expect(html).toContain('no page images: install poppler-utils');
}, 120_000);

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(() => browser?.close());

  test('the overview lists every input with its status; the doctored page marks 9.75 and loads its images', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(join(report, 'index.html')).href);
    const rows = await page.$$eval('#documents tbody tr', (trs) => trs.map((tr) => [tr.cells[1]!.textContent!.trim(), tr.cells[0]!.textContent!.trim()]));
    expect(Object.fromEntries(rows)).toEqual({
      'samples/qinglong-2024.chromium.pdf': 'ok',
      'samples/qinglong-2024.docx': 'ok',
      'samples/qinglong-2024.libreoffice.pdf': 'ok',
      [DOCTORED]: 'checks failed',
      'test/fixtures/bad/truncated.pdf': 'error',
    });
    await page.selectOption('select[data-filter=status]', 'checks_failed');
    expect(await page.$$eval('#documents tbody tr:not([hidden])', (trs) => trs.length)).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });

    await page.click(`#documents a:text("${DOCTORED}")`);
    await page.click('a[data-check="c2"]');
    const focused = await page.$$eval('table.lines td.focus:not(.expected)', (tds) => tds.map((td) => td.textContent));
    expect(focused).toEqual(['9.75']); // row_total_equals_components of 2080502
    const img = page.locator('#t4 .page-img img').first();
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((i: { decode: () => Promise<void> }) => i.decode());
    expect(await img.evaluate((i: { naturalWidth: number }) => i.naturalWidth)).toBeGreaterThan(0);
    await page.locator('#t4').screenshot({ path: join(SHOTS, 'document-table.png') });
    await page.screenshot({ path: join(SHOTS, 'document.png') });
    expect(problems).toEqual([]);
  }, 300_000);
});
