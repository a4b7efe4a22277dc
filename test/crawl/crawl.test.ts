// The crawl against the fixture portal (test/crawl/portal.ts): what is downloaded, what
// the manifest says, what is never requested, what a second run asks for, and ingest on
// the result. Each test builds on the downloads folder of the one before.
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
import { startPortal } from './portal.js';
import type { Portal } from './portal.js';

let root: string;
let portal: Portal;
let out: string;

beforeAll(async () => {
  root = await tempDir('crawl-');
  portal = await startPortal();
  out = join(root, 'downloads');
  await writeFile(join(root, 'crawl.yml'), portalConfig(portal.base));
});
afterAll(async () => {
  await portal.close();
  await rm(root, { recursive: true, force: true });
});

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return { out: (t) => (stdout += t), err: (t) => (stderr += t), processor: processDocument, stdout: () => stdout, stderr: () => stderr };
}

const crawl = (io: CliIo, ...more: string[]): Promise<number> => runCli(['crawl', '--config', join(root, 'crawl.yml'), '--out', out, ...more], io);

async function manifest(dir = out): Promise<Record<string, string>[]> {
  const [header, ...rows] = parseCsv((await readFile(join(dir, 'manifest.csv'), 'utf8')).replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

/** Every file under <out>/<portal>, relative path → sha256. */
async function downloads(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(dir, 'qinglong'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files: Record<string, string> = {};
  for (const entry of names) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = sha256(await readFile(path));
  }
  return files;
}

const FILE_PATHS = ['/files/', '/upload/', '/download.jsp'];
const isFile = (path: string): boolean => FILE_PATHS.some((prefix) => path.startsWith(prefix));

describe('budget-ingest crawl against a local portal', () => {
  let first: string;

  test('the first crawl downloads exactly the expected files and lists each with its source URL', async () => {
    const io = capture();
    expect(await crawl(io)).toBe(0);
    const sha = (path: string): string => sha256(portal.files.get(path)!);
    const name = (path: string, file: string): string => `qinglong/${sha(path).slice(0, 12)}-${file}`;
    const zip = name('/files/archive.zip', 'archive');
    const notice = await readFile(join('test', 'fixtures', 'bad', 'notice.pdf'));
    const scanned = await readFile(join('test', 'fixtures', 'bad', 'scanned.pdf'));
    expect(await downloads(out)).toEqual({
      [name('/files/qinglong-2024.docx', 'qinglong-2024.docx')]: sha('/files/qinglong-2024.docx'),
      [name('/files/direct.pdf', 'direct.pdf')]: sha('/files/direct.pdf'),
      [name('/files/flaky.pdf', 'flaky.pdf')]: sha('/files/flaky.pdf'),
      [name('/files/slow.pdf', 'slow.pdf')]: sha('/files/slow.pdf'),
      [`${zip}/notice.pdf`]: sha256(notice),
      [`${zip}/说明/scanned.pdf`]: sha256(scanned),
      [name('/files/fake.pdf', 'fake.pdf')]: sha('/files/fake.pdf'),
      [name('/files/pack.rar', 'pack.rar')]: sha('/files/pack.rar'),
      [name('/download.jsp?id=7', '2024年预算公开表.pdf')]: sha('/download.jsp?id=7'),
    });

    const b = portal.base;
    const d = `${b}/detail/d.html`;
    const health = '青龙县卫生健康局2023年部门决算';
    const rows = (await manifest()).map(({ fetched_at, ...row }) => {
      expect(fetched_at).toMatch(/^\d{4}-\d\d-\d\dT/);
      return row;
    });
    const row = (path: string, source: string, page: string, title: string, department: string, year: string, note = '') => ({
      path,
      source_url: `${b}${source}`,
      page_url: page,
      title,
      region_code: '130321',
      department,
      fiscal_year: year,
      sha256: path.startsWith(zip) ? sha256(path.endsWith('notice.pdf') ? notice : scanned) : sha(source),
      note,
    });
    const dept = '青龙满族自治县机关事务服务中心';
    expect(rows).toEqual(
      [
        row(name('/files/qinglong-2024.docx', 'qinglong-2024.docx'), '/files/qinglong-2024.docx', `${b}/detail/a.html`, `${dept}2024年部门预算公开`, dept, '2024'),
        // the same bytes posted on another page: stored once, both URLs listed
        row(name('/files/qinglong-2024.docx', 'qinglong-2024.docx'), '/upload/2024/fj1.docx', `${b}/detail/b.html`, '青龙县财政局2024年部门预算', '青龙县财政局', '2024'),
        row(name('/files/direct.pdf', 'direct.pdf'), '/files/direct.pdf', `${b}/list_1.html`, '青龙县教育局2024年部门预算', '青龙县教育局', '2024'),
        row(name('/files/flaky.pdf', 'flaky.pdf'), '/files/flaky.pdf', d, health, '青龙县卫生健康局', '2023'),
        row(name('/files/slow.pdf', 'slow.pdf'), '/files/slow.pdf', d, health, '青龙县卫生健康局', '2023'),
        row(`${zip}/notice.pdf`, '/files/archive.zip', d, health, '青龙县卫生健康局', '2023'),
        row(`${zip}/说明/scanned.pdf`, '/files/archive.zip', d, health, '青龙县卫生健康局', '2023'),
        row(name('/files/fake.pdf', 'fake.pdf'), '/files/fake.pdf', d, health, '青龙县卫生健康局', '2023', expect.stringMatching(/^the portal sent an HTML page/) as unknown as string),
        row(name('/files/pack.rar', 'pack.rar'), '/files/pack.rar', d, health, '青龙县卫生健康局', '2023', expect.stringMatching(/^archive not unpacked: RAR archive that cannot be unpacked .*download it again; kept as downloaded$/) as unknown as string),
        row(name('/download.jsp?id=7', '2024年预算公开表.pdf'), '/download.jsp?id=7', d, health, '青龙县卫生健康局', '2024'),
      ].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.source_url < y.source_url ? -1 : 1)),
    );

    // never requested: another host, a path robots.txt disallows, an excluded title; robots.txt read once
    expect(portal.log.filter((r) => !r.host.startsWith('127.0.0.1'))).toEqual([]);
    expect(portal.log.filter((r) => r.path.startsWith('/private/') || r.path.includes('tender'))).toEqual([]);
    expect(portal.log.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    // the 500 was retried, the timed-out request too, the redirect followed, the probed page declined
    const statuses = (path: string): number[] => portal.log.filter((r) => r.path === path).map((r) => r.status);
    expect(statuses('/files/flaky.pdf')).toEqual([500, 200]);
    expect(statuses('/files/slow.pdf')).toHaveLength(2);
    expect(statuses('/go/b')).toEqual([302]);
    expect(statuses('/detail/b.html')).toEqual([200]);
    expect(statuses('/about.jsp')).toEqual([200]);
    expect(statuses('/upload/2024/fj1.docx')).toEqual([200]);

    expect(io.stdout()).toContain(
      '  qinglong: pages 5 read, 0 unchanged; files 8 new, 0 unchanged, 1 same bytes as another URL; not fetched: 2 off-site, 1 disallowed by robots.txt, 1 left out by include/exclude\n',
    );
    expect(io.stdout()).toContain(`manifest: ${join(out, 'manifest.csv')} (10 file(s))`);
    first = await readFile(join(out, 'manifest.csv'), 'utf8');
  });

  test('a second crawl fetches no file body again and writes the same manifest', async () => {
    portal.log.length = 0;
    const io = capture();
    expect(await crawl(io)).toBe(0);
    const files = portal.log.filter((r) => isFile(r.path));
    expect(files.filter((r) => r.status !== 304)).toEqual([]);
    expect(files.every((r) => r.conditional)).toBe(true);
    // pages are asked for again (new items appear on them), conditionally
    expect(portal.log.filter((r) => r.path.endsWith('.html')).map((r) => r.status)).toEqual([304, 304, 304, 304, 304]);
    // the download script gave no validators: its file is not asked for again
    expect(portal.log.filter((r) => r.path.startsWith('/download.jsp'))).toEqual([]);
    expect(await readFile(join(out, 'manifest.csv'), 'utf8')).toBe(first);
    expect(io.stdout()).toContain('qinglong: pages 0 read, 5 unchanged; files 0 new, 9 unchanged, 0 same bytes as another URL;');
  });

  test('--max-files stops after that many new files, and says so', async () => {
    const io = capture();
    expect(await runCli(['crawl', '--config', join(root, 'crawl.yml'), '--out', join(root, 'first-two'), '--max-files', '2'], io)).toBe(0);
    expect(io.stdout()).toContain('files 2 new, 0 unchanged');
    expect(io.stdout()).toContain('stopped at --max-files: re-run without it to fetch the rest\n');
    // the docx, its copy at a second URL (no new file), the direct PDF
    const rows = await manifest(join(root, 'first-two'));
    expect(rows.map((row) => row.source_url!.slice(portal.base.length))).toEqual(['/files/direct.pdf', '/files/qinglong-2024.docx', '/upload/2024/fj1.docx']);
    expect(new Set(rows.map((row) => row.path)).size).toBe(2);
  });

  test('--then-ingest reads the manifest: documents carry their attachment URL, a page served as .pdf is UNSUPPORTED_FORMAT', async () => {
    const dataset = join(root, 'dataset');
    const io = capture();
    expect(await crawl(io, '--then-ingest', dataset, '--quiet')).toBe(0);
    const documents = await readJsonl(join(dataset, 'documents.jsonl'));
    const docx = documents.find((doc) => String(doc.source).endsWith('qinglong-2024.docx'));
    expect(docx).toMatchObject({ source_url: `${portal.base}/files/qinglong-2024.docx`, department_name: '青龙满族自治县机关事务服务中心', fiscal_year: 2024, region_code: '130321' });
    const errors = await readJsonl(join(dataset, 'errors.jsonl'));
    const codeOf = (suffix: string): unknown => errors.find((e) => String(e.source).endsWith(suffix))?.code;
    expect(codeOf('fake.pdf')).toBe('UNSUPPORTED_FORMAT');
    expect(codeOf('pack.rar')).toBe('CORRUPT_ZIP'); // the portal's RAR is its magic number and junk
    const inputs = (JSON.parse(await readFile(join(dataset, 'manifest.json'), 'utf8')) as { inputs: { source: string; source_url?: string }[] }).inputs;
    // nine files (the duplicate is one file): each with the URL it came from
    expect(inputs).toHaveLength(9);
    expect(inputs.find((i) => i.source.endsWith('notice.pdf'))?.source_url).toBe(`${portal.base}/files/archive.zip`);
    expect(inputs.every((i) => i.source_url?.startsWith(portal.base))).toBe(true);
  }, 180_000); // the ingest reads two scanned PDFs through OCR (~55 s under jest on 2 cores)

  test('an unreachable start URL: a clear summary, exit code 1, the state and manifest intact', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const stateBefore = await snapshot(join(out, '.crawl-state'));
    const manifestBefore = await readFile(join(out, 'manifest.csv'), 'utf8');
    await writeFile(join(root, 'crawl.yml'), portalConfig(`http://127.0.0.1:${port}`));
    const io = capture();
    try {
      expect(await crawl(io)).toBe(1);
    } finally {
      await writeFile(join(root, 'crawl.yml'), portalConfig(portal.base));
    }
    expect(io.stdout()).toContain(`    UNREACHABLE http://127.0.0.1:${port}/list_1.html: robots.txt could not be fetched (connection refused: the server is down or the URL is wrong)`);
    expect(io.stdout()).toContain('a start page could not be read (see above): what was downloaded before is kept');
    expect(await snapshot(join(out, '.crawl-state'))).toEqual(stateBefore);
    expect(await readFile(join(out, 'manifest.csv'), 'utf8')).toBe(manifestBefore);
  });

  test('an invalid config names each mistake with its path and line, and nothing is fetched', async () => {
    const bad = join(root, 'bad.yml');
    await writeFile(
      bad,
      `contact: "mailto:data@example.org"
portals:
  - id: "青龙 county"
    start: ["ftp://${portal.base.slice(7)}/list_1.html"]
    list: { itme: "ul li a" }
    metadata: { region_code: "1303" }
    delay: 1000
`,
    );
    portal.log.length = 0;
    const io = capture();
    expect(await runCli(['crawl', '--config', bad, '--out', join(root, 'never')], io)).toBe(1);
    expect(io.stderr()).toBe(
      [
        'budget-ingest: the crawl config has errors; fix them and re-run:',
        `${bad}:3: portals.0.id: must be letters, digits, - or _ (it names the folder under --out)`,
        `${bad}:4: portals.0.start.0: must be an http:// or https:// URL`,
        `${bad}:5: portals.0.list.item: missing (required)`,
        `${bad}:5: portals.0.list: Unrecognized key: "itme"`,
        `${bad}:6: portals.0.metadata.region_code: must be a 6-digit division code such as 130321`,
        `${bad}:3: portals.0: Unrecognized key: "delay"`,
        '',
      ].join('\n'),
    );
    expect(portal.log).toEqual([]);
  });
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files: Record<string, string> = {};
  for (const entry of entries) files[join(entry.parentPath, entry.name)] = sha256(await readFile(join(entry.parentPath, entry.name)));
  return files;
}
