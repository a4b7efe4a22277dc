// A government portal in miniature on 127.0.0.1, started by the tests themselves: UTF-8 and
// GBK listing pages with pagination, relative links, a redirect, a 500 that succeeds on
// retry, an attachment that times out once, links to another host (localhost: the same
// server under another name, so a request to it would show in the log), robots.txt
// disallowing /private/, ETags and 304s, the same attachment on two pages, a zip of two
// real PDFs, a download script, a RAR, an HTML page served as .pdf. Every request is logged.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/package-root.js';
import { makeZip } from '../input/make-zip.js';
import { gbk } from '../../scripts/gbk.js';

export interface LoggedRequest {
  host: string;
  path: string;
  status: number;
  conditional: boolean;
}

export interface Portal {
  /** http://127.0.0.1:<port> */
  base: string;
  port: number;
  log: LoggedRequest[];
  /** the bytes of each attachment path, as served. */
  files: Map<string, Buffer>;
  /** called when a path is requested, before it is answered; a promise holds the answer back. */
  onRequest?: (path: string, res: ServerResponse) => Promise<void> | void;
  /** answers every request with this status from now on (a portal that is down). */
  down: boolean;
  close(): Promise<void>;
}

const fixture = (...parts: string[]): Promise<Buffer> => readFile(join(packageRoot(), ...parts));

export async function startPortal(): Promise<Portal> {
  const docx = await fixture('samples', 'qinglong-2024.docx');
  const notice = await fixture('test', 'fixtures', 'bad', 'notice.pdf');
  const scanned = await fixture('test', 'fixtures', 'bad', 'scanned.pdf');
  const rowBreak = await fixture('test', 'fixtures', 'pdf', 'row-break.pdf');
  const encrypted = await fixture('test', 'fixtures', 'bad', 'encrypted.pdf');
  const files = new Map<string, Buffer>([
    ['/files/qinglong-2024.docx', docx],
    ['/upload/2024/fj1.docx', docx], // the same attachment, posted again on another page
    ['/files/direct.pdf', rowBreak],
    ['/files/flaky.pdf', Buffer.concat([notice, Buffer.from('\n% served after a 500\n')])],
    ['/files/slow.pdf', Buffer.concat([scanned, Buffer.from('\n% served after a timeout\n')])],
    ['/files/archive.zip', makeZip({ 'notice.pdf': notice, '说明/scanned.pdf': scanned })],
    ['/files/fake.pdf', Buffer.from('<!DOCTYPE html><html><body>404 页面不存在</body></html>')],
    ['/files/pack.rar', Buffer.concat([Buffer.from('Rar!\x1a\x07\x00', 'latin1'), Buffer.alloc(64, 7)])],
    ['/download.jsp?id=7', encrypted],
  ]);
  let served500 = false;
  let servedSlow = false;

  const portal: Portal = { base: '', port: 0, log: [], files, down: false, close: async () => undefined };
  const server = createServer((req, res) => {
    void answer(req, res).catch((err: unknown) => {
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const host = req.headers.host ?? '';
    const entry: LoggedRequest = { host, path, status: 0, conditional: req.headers['if-none-match'] !== undefined };
    portal.log.push(entry);
    const send = (status: number, body: Buffer | string, headers: Record<string, string> = {}): void => {
      entry.status = status;
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
      if (status === 200 && !('x-no-etag' in headers) && req.headers['if-none-match'] === etag) {
        entry.status = 304;
        res.writeHead(304, { etag }).end();
        return;
      }
      const { 'x-no-etag': _, ...rest } = headers;
      res.writeHead(status, { 'content-length': String(bytes.length), ...(status === 200 && !('x-no-etag' in headers) ? { etag } : {}), ...rest });
      res.end(bytes);
    };
    await portal.onRequest?.(path, res);
    if (res.writableEnded || res.destroyed) return;
    if (portal.down) return send(503, 'down for maintenance');
    const page = pages(portal.port)[path];
    if (path === '/robots.txt') return send(200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
    if (path === '/go/b') return send(302, '', { location: '/detail/b.html' });
    if (path === '/about.jsp') return send(200, '<html><body>关于我们</body></html>', { 'content-type': 'text/html; charset=utf-8' });
    if (path === '/files/flaky.pdf' && !served500) {
      served500 = true;
      return send(500, 'Internal Server Error');
    }
    if (path === '/files/slow.pdf' && !servedSlow) {
      servedSlow = true; // the first request gets no answer: the crawler's timeout gives up and retries
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return send(200, files.get(path)!, { 'content-type': 'application/pdf' });
    }
    if (page) return send(200, page.body, { 'content-type': page.type });
    const file = files.get(path);
    if (path === '/download.jsp?id=7') {
      // a download script: no extension, no validators; the name comes in Content-Disposition
      return send(200, file!, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('2024年预算公开表.pdf')}`,
        'x-no-etag': '',
      });
    }
    if (path === '/files/fake.pdf') return send(200, file!, { 'content-type': 'text/html; charset=utf-8' });
    if (file) return send(200, file, { 'content-type': 'application/octet-stream' });
    return send(404, 'not found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  portal.port = (server.address() as AddressInfo).port;
  portal.base = `http://127.0.0.1:${portal.port}`;
  portal.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return portal;
}

function pages(port: number): Record<string, { body: Buffer | string; type: string }> {
  const html = 'text/html; charset=utf-8';
  const offsite = `http://localhost:${port}`;
  return {
    '/list_1.html': {
      type: 'text/html', // the charset is in the page
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>预决算公开</title></head><body>
<a href="/index.html">首页</a>
<ul class="news">
  <li><a href="detail/a.html" title="青龙满族自治县机关事务服务中心2024年部门预算公开">青龙满族自治县机关事务服务中心2024年部门预…</a></li>
  <li><a href="/go/b">青龙县财政局2024年部门预算</a></li>
  <li><a href="/private/c.html">青龙县档案局2024年部门预算</a></li>
  <li><a href="${offsite}/detail/offsite.html">外县2024年部门预算</a></li>
  <li><a href="detail/tender.html">2024年办公设备采购公告</a></li>
  <li><a href="files/direct.pdf">青龙县教育局2024年部门预算</a></li>
</ul>
<a class="next" href="list_2.html">下一页</a>
</body></html>`,
    },
    '/list_2.html': {
      type: 'text/html; charset=GBK',
      body: gbk(`<html><head><title>list</title></head><body><ul class="news">
<li><a href="/detail/d.html">青龙县卫生健康局2023年部门决算</a></li>
</ul><a class="prev" href="list_1.html">首页</a></body></html>`),
    },
    '/detail/a.html': {
      type: html,
      body: `<html><head><meta charset="utf-8"></head><body><a href="/index.html">首页</a>
<h1>青龙满族自治县机关事务服务中心2024年部门预算公开</h1>
<div class="attach"><a href="../files/qinglong-2024.docx">附件：青龙满族自治县机关事务服务中心2024年部门预算.docx</a></div>
</body></html>`,
    },
    '/detail/b.html': {
      type: html,
      body: `<html><body><h1>青龙县财政局2024年部门预算</h1>
<p><a href="/upload/2024/fj1.docx">附件1</a></p></body></html>`,
    },
    '/detail/d.html': {
      type: 'text/html', // GBK named only in the page's http-equiv meta
      body: gbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
<h1>青龙县卫生健康局2023年部门决算</h1>
<a href="../files/flaky.pdf">附件1</a>
<a href="../files/slow.pdf">附件2</a>
<a href="../files/archive.zip">附件3 压缩包</a>
<a href="../files/fake.pdf">附件4</a>
<a href="../files/pack.rar">附件5</a>
<a href="/download.jsp?id=7">部门决算公开表</a>
<a href="/about.jsp">关于我们</a>
<a href="${offsite}/files/offsite.pdf">外站附件</a>
<a href="/">首页</a>
</body></html>`),
    },
  };
}
