// The polite fetcher on its own: redirects that leave the allowed hosts, the size limit,
// the delay between requests to one host, robots.txt that cannot be read.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PoliteFetcher } from '../../src/crawl/http.js';
import type { FetchPolicy } from '../../src/crawl/http.js';

let server: Server;
let base: string;
const hits: { path: string; at: number; agent: string }[] = [];
let robots = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, at: Date.now(), agent: req.headers['user-agent'] ?? '' });
    if (path === '/robots.txt') return void res.writeHead(robots).end(robots === 200 ? 'User-agent: *\nAllow: /\n' : '');
    if (path === '/away') return void res.writeHead(301, { location: `http://localhost:${port()}/elsewhere.pdf` }).end();
    if (path === '/big-declared') return void res.writeHead(200, { 'content-length': '5000' }).end(Buffer.alloc(5000));
    if (path === '/big-chunked') {
      res.writeHead(200); // no length: the limit applies as the body streams in
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1000));
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 small');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${port()}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  hits.length = 0;
  robots = 200;
});

const port = (): number => (server.address() as AddressInfo).port;
const policy: FetchPolicy = { userAgent: 'budget-ingest/0.1.0 (+mailto:data@example.org)', timeoutMs: 1000, retries: 1, retryDelayMs: 10, maxBytes: 4096 };
const options = (delayMs = 0) => ({ allowHosts: [`127.0.0.1:${port()}`], delayMs });

test('a redirect to another host is not followed', async () => {
  const outcome = await new PoliteFetcher(policy).get(`${base}/away`, options());
  expect(outcome).toMatchObject({ kind: 'failed', code: 'OFF_SITE', url: `http://localhost:${port()}/elsewhere.pdf` });
  expect(hits.map((h) => h.path)).toEqual(['/robots.txt', '/away']);
  expect(hits.every((h) => h.agent === policy.userAgent)).toBe(true);
});

test('files over the size limit are refused, by their Content-Length or as they stream in', async () => {
  const fetcher = new PoliteFetcher(policy);
  for (const path of ['/big-declared', '/big-chunked']) {
    expect(await fetcher.get(`${base}${path}`, options())).toMatchObject({ kind: 'failed', code: 'TOO_LARGE' });
  }
  expect(await fetcher.get(`${base}/small.pdf`, options())).toMatchObject({ kind: 'ok', body: Buffer.from('%PDF-1.4 small') });
});

test('requests to one host are spaced by the delay', async () => {
  const fetcher = new PoliteFetcher(policy);
  await Promise.all(['/a.pdf', '/b.pdf', '/c.pdf'].map((path) => fetcher.get(`${base}${path}`, options(150))));
  const gaps = hits.slice(1).map((h, i) => h.at - hits[i]!.at);
  expect(hits).toHaveLength(4); // robots.txt, then the three, one after another
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(140); // timer granularity
});

test('a robots.txt answering 5xx stops the host from being crawled (RFC 9309), after retrying', async () => {
  robots = 503;
  const outcome = await new PoliteFetcher(policy).get(`${base}/a.pdf`, options());
  expect(outcome).toMatchObject({ kind: 'failed', code: 'ROBOTS_UNAVAILABLE' });
  expect(hits.map((h) => h.path)).toEqual(['/robots.txt', '/robots.txt']);
});
