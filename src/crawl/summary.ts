// The crawl's summary, printed at the end of a run (and logged per run when scheduled).
import type { CrawlReport, PortalReport } from './crawl.js';

export function formatCrawlSummary(report: CrawlReport): string[] {
  const lines = [`crawl: ${report.portals.length} portal(s), ${report.requests} requests, ${(report.elapsedMs / 1000).toFixed(1)}s`];
  for (const portal of report.portals) lines.push(...portalLines(portal));
  if (report.stoppedAtMaxFiles) lines.push('stopped at --max-files: re-run without it to fetch the rest');
  lines.push(`manifest: ${report.manifestPath} (${report.manifestRows} file(s))`);
  if (report.exitCode !== 0) {
    lines.push('a start page could not be read (see above): what was downloaded before is kept; re-run when the portal answers or fix its start URL');
  }
  return lines;
}

function portalLines(p: PortalReport): string[] {
  const skipped = [
    p.skipped.off_site && `${p.skipped.off_site} off-site`,
    p.skipped.robots && `${p.skipped.robots} disallowed by robots.txt`,
    p.skipped.filtered && `${p.skipped.filtered} left out by include/exclude`,
  ].filter(Boolean);
  const lines = [
    `  ${p.id}: pages ${p.pages.fetched} read, ${p.pages.unchanged} unchanged; files ${p.files.downloaded} new, ` +
      `${p.files.unchanged} unchanged, ${p.files.duplicates} same bytes as another URL` +
      (skipped.length > 0 ? `; not fetched: ${skipped.join(', ')}` : ''),
  ];
  for (const f of p.failures) lines.push(`    ${f.code} ${f.url}${f.page_url ? ` (linked from ${f.page_url})` : ''}: ${f.message}`);
  return lines;
}

/** One line for a whole run, for logs of scheduled runs. */
export function crawlLogLine(report: CrawlReport): string {
  const sum = (pick: (p: PortalReport) => number): number => report.portals.reduce((n, p) => n + pick(p), 0);
  return (
    `${sum((p) => p.files.downloaded)} new file(s), ${sum((p) => p.files.unchanged + p.files.duplicates)} unchanged, ` +
    `${sum((p) => p.failures.length)} failure(s), ${report.requests} requests, ${(report.elapsedMs / 1000).toFixed(1)}s`
  );
}
