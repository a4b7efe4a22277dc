// <out>/manifest.csv: every file the crawl has stored for the configured portals, one row
// per URL it was downloaded from, in the input-manifest format `ingest --manifest` reads
// (extra columns are ignored there). Built from the state alone, sorted, written
// atomically: the same state always gives the same bytes.
import { join } from 'node:path';
import { compareStrings } from '../sink/compare.js';
import { writeFileAtomic } from '../sink/atomic-write.js';
import type { PortalConfig } from './config.js';
import type { CrawlState } from './state.js';
import { metaFromTitles } from './title-meta.js';

export const MANIFEST_FILE = 'manifest.csv';
export const MANIFEST_COLUMNS = [
  'path',
  'source_url',
  'page_url',
  'title',
  'region_code',
  'department',
  'fiscal_year',
  'fetched_at',
  'sha256',
  'note',
] as const;

type Row = Record<(typeof MANIFEST_COLUMNS)[number], string>;

export function manifestRows(state: CrawlState, portals: readonly PortalConfig[]): Row[] {
  const rows: Row[] = [];
  for (const portal of portals) {
    for (const record of state.files(portal.id)) {
      for (const file of record.stored ?? []) {
        // the most specific text first: the entry's and the file's own names, then the link and the page title
        const guessed = metaFromTitles([file.entry, record.link_text, record.name, record.title]);
        const year = guessed.fiscal_year ?? portal.metadata.fiscal_year;
        rows.push({
          path: file.path,
          source_url: record.url,
          page_url: record.page_url ?? '',
          title: record.title ?? '',
          region_code: portal.metadata.region_code ?? '',
          department: guessed.department ?? portal.metadata.department ?? '',
          fiscal_year: year === undefined ? '' : String(year),
          fetched_at: record.fetched_at,
          sha256: file.sha256,
          note: record.note ?? '',
        });
      }
    }
  }
  return rows.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.source_url, b.source_url));
}

export async function writeManifest(outDir: string, rows: readonly Row[]): Promise<string> {
  const lines = [MANIFEST_COLUMNS.join(','), ...rows.map((row) => MANIFEST_COLUMNS.map((column) => csvField(row[column])).join(','))];
  const path = join(outDir, MANIFEST_FILE);
  // the byte order mark makes Excel read UTF-8; the manifest reader skips it
  await writeFileAtomic(path, `\uFEFF${lines.join('\r\n')}\r\n`);
  return path;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
