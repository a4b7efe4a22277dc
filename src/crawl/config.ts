// The crawl configuration (YAML or JSON): which portals, where to start, what to follow.
// Validated by zod; every mistake is reported with its path in the file (and its line in
// YAML), all at once, before anything is fetched.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { z } from 'zod';

const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'et', 'zip', 'rar'] as const;

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const selector = z.string().trim().min(1, 'must be a CSS selector');
const keywords = z.array(z.string().trim().min(1)).default([]);

const portalSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be letters, digits, - or _ (it names the folder under --out)'),
  start: z.array(httpUrl).min(1, 'give at least one listing page URL'),
  /** hosts (name, or name:port) that may be fetched; default: the start URLs' hosts. */
  allow_hosts: z.array(z.string().trim().toLowerCase().min(1)).optional(),
  list: z.strictObject({
    item: selector,
    next: selector.optional(),
    max_pages: z.int().positive().default(50),
  }),
  detail: z
    .strictObject({
      attachments: selector.default('a'),
      title: selector.optional(),
    })
    .default({ attachments: 'a' }),
  include: keywords,
  exclude: keywords,
  metadata: z
    .strictObject({
      region_code: z.string().regex(/^\d{6}$/, 'must be a 6-digit division code such as 130321').optional(),
      department: z.string().trim().min(1).optional(),
      fiscal_year: z.int().min(1990).max(2099).optional(),
    })
    .default({}),
  delay_ms: z.int().nonnegative().default(1000),
});

export const crawlConfigSchema = z.strictObject({
  /** how the portals' operators reach whoever runs the crawl: an e-mail or a URL, sent in the User-Agent. */
  contact: z.string().trim().min(3, 'say how a portal operator can reach you (an e-mail address or a URL)'),
  /** per request: no byte for this long is a timeout. */
  timeout_ms: z.int().positive().default(30_000),
  /** attempts after the first on 5xx, resets and timeouts, with exponential backoff. */
  retries: z.int().min(0).max(10).default(3),
  retry_delay_ms: z.int().nonnegative().default(1000),
  max_file_size_mb: z.number().positive().default(100),
  portals: z
    .array(portalSchema)
    .min(1, 'list at least one portal')
    .superRefine((portals, ctx) => {
      const seen = new Set<string>();
      portals.forEach((portal, i) => {
        if (seen.has(portal.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id "${portal.id}" is used twice` });
        seen.add(portal.id);
      });
    }),
});

export type CrawlConfig = z.infer<typeof crawlConfigSchema>;
export type PortalConfig = z.infer<typeof portalSchema> & { allow_hosts: string[] };

export { DOCUMENT_EXTENSIONS };

export class CrawlConfigError extends Error {
  override name = 'CrawlConfigError';
}

/** Reads and validates a config file; throws CrawlConfigError listing every mistake. */
export async function loadCrawlConfig(path: string): Promise<{ config: CrawlConfig; portals: PortalConfig[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new CrawlConfigError(`cannot read the crawl config ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseCrawlConfig(text, path);
}

export function parseCrawlConfig(text: string, path: string): { config: CrawlConfig; portals: PortalConfig[] } {
  // JSON is YAML; parsing both with one parser gives line numbers for both
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const kind = extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML';
    const problems = doc.errors.map((e) => `${path}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    throw new CrawlConfigError(`the crawl config is not valid ${kind}; fix it and re-run:\n${problems.join('\n')}`);
  }
  const parsed = crawlConfigSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.') || '(top level)';
      const line = lineOf(doc, lines, issue.path);
      return `${path}${line ? `:${line}` : ''}: ${where}: ${describe(issue)}`;
    });
    throw new CrawlConfigError(`the crawl config has errors; fix them and re-run:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const portals = config.portals.map((portal) => ({
    ...portal,
    allow_hosts: portal.allow_hosts ?? [...new Set(portal.start.map((url) => new URL(url).host.toLowerCase()))],
  }));
  return { config, portals };
}

// The line of the deepest node of the path that exists (a missing key points at its parent).
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

// zod says "expected string, received undefined" for a key that is not there
function describe(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'missing (required)' : issue.message;
}
