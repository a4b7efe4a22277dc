// A portal that publishes its 说明 as the article itself (昆明: the 编制说明 is the page, its
// tables an attached .xlsx): the crawl keeps such a page as a document, lists it in the
// manifest under its own URL, keeps it once across runs, and ingest reads it as the
// disclosure's narrative part. A detail page stating no amounts (a notice) is not kept.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/program.js';
import { sha256 } from '../../src/crawl/state.js';
import { parseCsv } from '../../src/input/csv.js';
import { processDocument } from '../../src/pipeline/process.js';
import { readJsonl, tempDir } from '../cli/helpers.js';
import { portalConfig } from './config.js';

const TITLE = '昆明市审计局（汇总）2026年预算公开';
// the article's text as the page prints it, abridged (昆明市审计局's 编制说明, sections 三 and 四)
const ARTICLE = `<html><head><meta charset="utf-8"></head><body>
<ul><li><a href="/">首页</a></li><li><a href="/list_1.html">部门预决算</a></li></ul>
<h1>${TITLE}</h1>
<p>昆明市审计局（汇总）2026年部门预算编制说明</p>
<p>三、预算单位收入情况</p>
<p>2026年单位财务总收入154,991,108.01元，其中：一般公共预算121,884,997.75元，政府性基金0.00元，其他收入33,106,110.26元。</p>
<p>四、预算单位支出情况</p>
<p>2026年单位预算总支出154,991,108.01元。财政拨款安排支出121,884,997.75元，其中：基本支出101,126,495.75元；项目支出20,758,502.00元。</p>
</body></html>`;
const NOTICE = `<html><head><meta charset="utf-8"></head><body><h1>关于2026年部门预算公开的通知</h1><p>各单位：请按时公开部门预算。</p></body></html>`;
const LIST = `<html><head><meta charset="utf-8"></head><body><ul class="news">
<li><a href="/detail/km.html">${TITLE}</a></li>
<li><a href="/detail/notice.html">关于2026年部门预算公开的通知</a></li>
</ul></body></html>`;

let root: string;
let base: string;
let close: () => Promise<void>;
const requests: { path: string; status: number }[] = [];

beforeAll(async () => {
  const pages: Record<string, string> = { '/list_1.html': LIST, '/detail/km.html': ARTICLE, '/detail/notice.html': NOTICE, '/robots.txt': '' };
  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    const etag = body === undefined ? '' : `"${sha256(Buffer.from(body)).slice(0, 16)}"`;
    const status = body === undefined ? 404 : req.headers['if-none-match'] === etag ? 304 : 200;
    requests.push({ path: req.url ?? '', status });
    res.writeHead(status, status === 404 ? {} : { etag, 'content-type': 'text/html; charset=utf-8' });
    res.end(status === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  root = await tempDir('crawl-article-');
  await writeFile(join(root, 'crawl.yml'), portalConfig(base));
});
afterAll(async () => {
  await close();
  await rm(root, { recursive: true, force: true });
});

function capture(): CliIo & { stdout: () => string } {
  let stdout = '';
  return { out: (t) => (stdout += t), err: () => undefined, processor: processDocument, stdout: () => stdout };
}
const crawl = (io: CliIo, ...more: string[]): Promise<number> => runCli(['crawl', '--config', join(root, 'crawl.yml'), '--out', join(root, 'downloads'), ...more], io);
const manifest = async (): Promise<string> => readFile(join(root, 'downloads', 'manifest.csv'), 'utf8');

test('the article stating the 说明 is kept as <sha>-<title>.html and listed under its own URL; the notice is not kept', async () => {
  const io = capture();
  expect(await crawl(io)).toBe(0);
  const name = `${sha256(Buffer.from(ARTICLE)).slice(0, 12)}-${TITLE}.html`;
  expect(await readdir(join(root, 'downloads', 'qinglong'))).toEqual([name]);
  expect(await readFile(join(root, 'downloads', 'qinglong', name), 'utf8')).toBe(ARTICLE);
  const [header, ...rows] = parseCsv((await manifest()).replace(/^\uFEFF/, ''));
  const row = Object.fromEntries(header!.map((column, i) => [column, rows[0]![i]]));
  expect(rows).toHaveLength(1);
  expect(row).toMatchObject({ path: `qinglong/${name}`, source_url: `${base}/detail/km.html`, page_url: `${base}/list_1.html`, title: TITLE, fiscal_year: '2026', note: '' });
  expect(io.stdout()).toContain('qinglong: pages 3 read, 0 unchanged; files 1 new, 0 unchanged');
});

test('a second crawl asks for the article conditionally, keeps the one file and writes the same manifest', async () => {
  const before = await manifest();
  requests.length = 0;
  const io = capture();
  expect(await crawl(io)).toBe(0);
  expect(requests.filter((r) => r.path.startsWith('/detail/')).map((r) => r.status)).toEqual([304, 304]);
  expect(await manifest()).toBe(before);
  expect(io.stdout()).toContain('qinglong: pages 0 read, 3 unchanged; files 0 new, 1 unchanged');
});

test('--then-ingest reads the kept article as the disclosure\'s narrative part, with its page\'s URL', async () => {
  const dataset = join(root, 'dataset');
  expect(await crawl(capture(), '--then-ingest', dataset, '--quiet')).toBe(0);
  const [doc] = await readJsonl(join(dataset, 'documents.jsonl'));
  expect(doc).toMatchObject({ format: 'html', package_part: 'narrative', department_name: '昆明市审计局', fiscal_year: 2026, source_url: `${base}/detail/km.html` });
  const figures = await readJsonl(join(dataset, 'figures.jsonl'));
  expect(figures.filter((f) => f.label !== null).map((f) => [f.label, f.amount_text])).toEqual([
    ['income_total', '154,991,108.01元'],
    ['expenditure_total', '154,991,108.01元'],
    ['fiscal_basic_expenditure', '101,126,495.75元'],
    ['fiscal_project_expenditure', '20,758,502.00元'],
  ]);
});
