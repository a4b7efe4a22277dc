// Polite HTTP for the crawler (Node's fetch, which is undici): one request at a time per
// host with a delay between them, robots.txt honoured, redirects followed by hand so that
// no hop leaves the allowed hosts, retries with exponential backoff on 5xx, resets and
// timeouts, a size limit enforced while the body streams in. Nothing here throws for a
// bad response: every outcome is a value the crawler records.
import robotsParserModule from 'robots-parser';

// the package's typings declare an ES default export; at run time the CommonJS export is the function itself
interface RobotsTxt {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => RobotsTxt;

export interface FetchPolicy {
  userAgent: string;
  /** no response, or no body bytes, for this long: the attempt is abandoned. */
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxBytes: number;
}

export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FailureCode = 'HTTP_ERROR' | 'UNREACHABLE' | 'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'OFF_SITE' | 'ROBOTS' | 'ROBOTS_UNAVAILABLE';

export type FetchOutcome =
  | { kind: 'ok'; url: string; headers: Headers; body: Buffer }
  | { kind: 'not-modified'; url: string }
  /** `accept` turned the response down from its headers; its body was not read. */
  | { kind: 'declined'; url: string; headers: Headers }
  | { kind: 'failed'; url: string; code: FailureCode; message: string };

export interface RequestOptions {
  /** hosts (name or name:port, lower case) any hop may go to. */
  allowHosts: readonly string[];
  delayMs: number;
  validators?: Validators;
  /** decides from the response headers whether the body is wanted. */
  accept?: (headers: Headers) => boolean;
}

const MAX_REDIRECTS = 5;
const MAX_BACKOFF_MS = 60_000;
const ROBOTS_MAX_BYTES = 512 * 1024;

type Robots = { allows: (url: string) => boolean; delayMs: number } | { failure: { code: FailureCode; message: string } };

export class PoliteFetcher {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly lastRequest = new Map<string, number>();
  private readonly robots = new Map<string, Promise<Robots>>();
  /** requests sent, attempts included. */
  requests = 0;

  constructor(private readonly policy: FetchPolicy) {}

  async get(url: string, options: RequestOptions): Promise<FetchOutcome> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const refused = await this.refusal(current, options);
      if (refused) return { kind: 'failed', url: current, ...refused };
      const robots = await this.robotsFor(current, options);
      const outcome = await this.withRetries(current, options, 'delayMs' in robots ? robots.delayMs : 0);
      if (outcome.kind !== 'redirect') return outcome;
      current = outcome.location;
    }
    return { kind: 'failed', url, code: 'TOO_MANY_REDIRECTS', message: `more than ${MAX_REDIRECTS} redirects from ${url}` };
  }

  /** Why a URL may not be requested at all: another host, another scheme, robots.txt. */
  private async refusal(url: string, options: RequestOptions): Promise<{ code: FailureCode; message: string } | null> {
    const target = new URL(url);
    if (!/^https?:$/.test(target.protocol) || !hostAllowed(target, options.allowHosts)) {
      return { code: 'OFF_SITE', message: `${target.host} is not in allow_hosts (${options.allowHosts.join(', ')}): not fetched` };
    }
    const robots = await this.robotsFor(url, options);
    if ('failure' in robots) return robots.failure;
    if (!robots.allows(url)) return { code: 'ROBOTS', message: `robots.txt of ${target.host} disallows ${target.pathname}: not fetched` };
    return null;
  }

  private robotsFor(url: string, options: RequestOptions): Promise<Robots> {
    const origin = new URL(url).origin;
    let robots = this.robots.get(origin);
    if (!robots) {
      robots = this.loadRobots(origin, options);
      this.robots.set(origin, robots);
    }
    return robots;
  }

  // RFC 9309: a 4xx robots.txt allows everything; an unreachable one (5xx, network) disallows everything.
  private async loadRobots(origin: string, options: RequestOptions): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    const outcome = await this.withRetries(robotsUrl, { ...options, validators: {} }, 0, ROBOTS_MAX_BYTES);
    const ownDelay = options.delayMs;
    if (outcome.kind === 'ok') {
      const parsed = robotsParser(robotsUrl, outcome.body.toString('utf8'));
      const crawlDelay = (parsed.getCrawlDelay(this.policy.userAgent) ?? 0) * 1000;
      return { allows: (u) => parsed.isAllowed(u, this.policy.userAgent) !== false, delayMs: Math.max(ownDelay, crawlDelay) };
    }
    if (outcome.kind === 'failed' && outcome.code !== 'HTTP_ERROR') {
      return { failure: { code: outcome.code, message: `robots.txt could not be fetched (${outcome.message}), so nothing on ${origin} is fetched` } };
    }
    if (outcome.kind === 'failed' && /answered 5\d\d/.test(outcome.message)) {
      return { failure: { code: 'ROBOTS_UNAVAILABLE', message: `robots.txt ${outcome.message}: the site is treated as disallowing everything until it answers (RFC 9309)` } };
    }
    return { allows: () => true, delayMs: ownDelay }; // no robots.txt (404 …), or a redirect elsewhere
  }

  private async withRetries(
    url: string,
    options: RequestOptions,
    delayMs: number,
    maxBytes = this.policy.maxBytes,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string }> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.onePerHost(new URL(url).host, Math.max(delayMs, options.delayMs), () => this.attempt(url, options, maxBytes));
      if (!('retryAfterMs' in result) || attempt >= this.policy.retries) return 'retryAfterMs' in result ? result.outcome : result;
      const backoff = Math.min(MAX_BACKOFF_MS, this.policy.retryDelayMs * 2 ** attempt);
      await sleep(Math.max(backoff, result.retryAfterMs));
    }
  }

  // per host: one request at a time, delayMs from the end of one to the start of the next
  private async onePerHost<T>(host: string, delayMs: number, request: () => Promise<T>): Promise<T> {
    const before = this.queues.get(host) ?? Promise.resolve();
    let done!: () => void;
    this.queues.set(host, before.then(() => new Promise<void>((resolve) => (done = resolve))));
    await before;
    try {
      const wait = (this.lastRequest.get(host) ?? Number.NEGATIVE_INFINITY) + delayMs - Date.now();
      if (wait > 0) await sleep(wait);
      return await request();
    } finally {
      this.lastRequest.set(host, Date.now());
      done();
    }
  }

  /** One HTTP request; a retryable failure comes back with how long the server asked us to wait. */
  private async attempt(
    url: string,
    options: RequestOptions,
    maxBytes: number,
  ): Promise<FetchOutcome | { kind: 'redirect'; location: string } | { retryAfterMs: number; outcome: FetchOutcome }> {
    this.requests++;
    const controller = new AbortController();
    let timedOut = false;
    let timer = setTimeout(() => ((timedOut = true), controller.abort()), this.policy.timeoutMs);
    const idle = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => ((timedOut = true), controller.abort()), this.policy.timeoutMs);
    };
    const headers: Record<string, string> = { 'user-agent': this.policy.userAgent, accept: '*/*' };
    if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
    if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    try {
      const response = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      if (response.status === 304) return drop(response, { kind: 'not-modified', url });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        if (!location) return drop(response, { kind: 'failed', url, code: 'HTTP_ERROR', message: `answered ${response.status} without a Location` });
        return drop(response, { kind: 'redirect', location: new URL(location, url).href });
      }
      if (response.status >= 400) {
        const outcome: FetchOutcome = { kind: 'failed', url, code: 'HTTP_ERROR', message: `answered ${response.status} ${response.statusText}`.trim() };
        const retryable = response.status >= 500 || response.status === 429;
        return drop(response, retryable ? { retryAfterMs: retryAfter(response.headers), outcome } : outcome);
      }
      if (options.accept && !options.accept(response.headers)) return drop(response, { kind: 'declined', url, headers: response.headers });
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) return drop(response, tooLarge(url, maxBytes));
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        idle();
        size += chunk.byteLength;
        if (size > maxBytes) break; // leaving the loop cancels the body
        chunks.push(Buffer.from(chunk));
      }
      if (size > maxBytes) return tooLarge(url, maxBytes);
      return { kind: 'ok', url, headers: response.headers, body: Buffer.concat(chunks) };
    } catch (err) {
      const outcome: FetchOutcome = timedOut
        ? { kind: 'failed', url, code: 'TIMEOUT', message: `no answer for ${this.policy.timeoutMs / 1000}s` }
        : { kind: 'failed', url, code: 'UNREACHABLE', message: networkReason(err) };
      return { retryAfterMs: 0, outcome };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A host entry names a host (any port) or host:port. */
function hostAllowed(url: URL, allowHosts: readonly string[]): boolean {
  const host = url.host.toLowerCase();
  const name = url.hostname.toLowerCase();
  return allowHosts.some((allowed) => allowed === host || allowed === name);
}

async function drop<T>(response: Response, value: T): Promise<T> {
  await response.body?.cancel().catch(() => undefined);
  return value;
}

function tooLarge(url: string, maxBytes: number): FetchOutcome {
  return { kind: 'failed', url, code: 'TOO_LARGE', message: `larger than max_file_size_mb (${Math.round(maxBytes / 1024 / 1024)} MB): not downloaded` };
}

function retryAfter(headers: Headers): number {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_BACKOFF_MS) : 0;
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (err as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused: the server is down or the URL is wrong',
    ENOTFOUND: 'host not found: check the URL',
    ECONNRESET: 'connection reset by the server',
    UND_ERR_SOCKET: 'connection closed by the server',
    EAI_AGAIN: 'DNS lookup failed: check the network',
  };
  return (code && reasons[code]) ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
