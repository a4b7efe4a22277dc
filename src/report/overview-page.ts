// index.html: every input with its status, facets by status, kind, region and year, the
// most frequent failing checks and error codes; filters, search, sortable columns and pages
// of 100 rows (report.js), every row present in the HTML so it reads without a script.
import { mandatedTables } from '../catalogue/index.js';
import type { CheckRecord, DocumentRecord, ErrorRecord } from '../schema/records.js';
import { barChart } from './charts.js';
import { esc } from './html.js';
import { REPORT_STATUSES, STATUS_LABEL, reportStatus, type ReportStatus } from './status.js';

export interface OverviewRow {
  status: ReportStatus;
  source: string;
  href: string;
  department: string;
  kind: string;
  region: string;
  year: string;
  format: string;
  pages: number | null;
  mandatedFound: number;
  mandated: number;
  missing: string[];
  checksFailed: number;
  warnings: number;
}

export function documentRow(d: DocumentRecord, href: string): OverviewRow {
  const mandated = mandatedTables(d.disclosure_kind.endsWith('final_account') ? 'final_account' : 'budget');
  const mandatedFound = d.tables_found.filter((t) => mandated.includes(t)).length;
  return {
    status: reportStatus(d),
    source: d.source,
    href,
    department: d.department_name ?? '',
    kind: d.disclosure_kind,
    region: d.region_code ?? '',
    year: d.fiscal_year === null ? '' : String(d.fiscal_year),
    format: d.format,
    pages: d.pages,
    mandatedFound,
    mandated: mandatedFound + d.tables_missing.length,
    missing: d.tables_missing,
    checksFailed: d.checks_failed,
    warnings: d.warnings.length,
  };
}

export function errorRow(e: ErrorRecord, href: string): OverviewRow {
  return { status: 'error', source: e.source, href, department: '', kind: '', region: '', year: '', format: '', pages: null, mandatedFound: 0, mandated: 0, missing: [], checksFailed: 0, warnings: 0 };
}

/** value → count, most frequent first, then by value. */
function counts(values: readonly string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function facetSelect(label: string, key: string, values: readonly string[]): string {
  const options = [...new Set(values)].filter((v) => v !== '').sort();
  return `<label>${esc(label)}<select data-filter="${key}"><option value="">all</option>${options.map((v) => `<option>${esc(v)}</option>`).join('')}</select></label>`;
}

function facetTable(caption: string, rows: readonly OverviewRow[], key: (r: OverviewRow) => string): string {
  const body = counts(rows.map(key).map((k) => k || '(none)'))
    .map(([v, n]) => `<tr><td>${esc(v)}</td><td class="num">${n}</td></tr>`)
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">value</th><th scope="col" class="num">documents</th></tr></thead><tbody>${body}</tbody></table>`;
}

function row(r: OverviewRow): string {
  const data = `data-status="${r.status}" data-kind="${esc(r.kind)}" data-region="${esc(r.region)}" data-year="${esc(r.year)}"`;
  const tables = r.mandated > 0 ? `${r.mandatedFound}/${r.mandated}` : '';
  return (
    `<tr ${data}><td data-v="${REPORT_STATUSES.indexOf(r.status)}"><span class="badge ${r.status}">${STATUS_LABEL[r.status]}</span></td>` +
    `<td><a href="${esc(r.href)}">${esc(r.source)}</a></td><td>${esc(r.department)}</td><td>${esc(r.kind)}</td><td>${esc(r.region)}</td><td>${esc(r.year)}</td>` +
    `<td>${esc(r.format)}</td><td class="num">${r.pages ?? ''}</td><td class="num" data-v="${r.mandatedFound}" title="${esc(r.missing.length ? `missing: ${r.missing.join(', ')}` : '')}">${tables}</td>` +
    `<td class="num">${r.checksFailed}</td><td class="num">${r.warnings}</td></tr>`
  );
}

export function overviewBody(rows: readonly OverviewRow[], checks: readonly CheckRecord[], errors: readonly ErrorRecord[]): string {
  const byStatus = REPORT_STATUSES.map((s) => ({ label: STATUS_LABEL[s], value: rows.filter((r) => r.status === s).length, kind: s }));
  const failing = counts(checks.filter((c) => c.status === 'fail').map((c) => c.check)).slice(0, 15);
  const docsFailing = (id: string): number => new Set(checks.filter((c) => c.status === 'fail' && c.check === id).map((c) => c.doc_id)).size;
  const codes = counts(errors.map((e) => e.code));
  const missing = counts(rows.flatMap((r) => r.missing)).slice(0, 15);
  const head = ['status', 'source', 'department', 'kind', 'region', 'year', 'format', 'pages', 'mandated tables', 'checks failed', 'warnings'];
  const numeric = new Set(['status', 'pages', 'mandated tables', 'checks failed', 'warnings']);
  return `<h1>Review report</h1>
<p>${rows.length} inputs: ${byStatus.map((b) => `${b.value} ${b.label}`).join(', ')}.</p>
<div class="cards">
${barChart('Documents by status', byStatus)}
${barChart('Failing checks (records, top 15)', failing.map(([id, n]) => ({ label: `${id} (${docsFailing(id)} docs)`, value: n, kind: 'fail' })))}
${barChart('Error codes', codes.map(([code, n]) => ({ label: code, value: n, kind: 'error', href: `errors.html#${code}` })))}
${barChart('Mandated tables missing (documents)', missing.map(([t, n]) => ({ label: t, value: n, kind: 'partial' })))}
</div>
<h2>By kind, region and year</h2>
<div class="cards">${facetTable('by kind', rows, (r) => r.kind)}${facetTable('by region', rows, (r) => r.region)}${facetTable('by year', rows, (r) => r.year)}</div>
<h2 id="list">Documents</h2>
<div class="filters" role="search">
${facetSelect('status', 'status', REPORT_STATUSES.filter((s) => rows.some((r) => r.status === s)))}
${facetSelect('kind', 'kind', rows.map((r) => r.kind))}
${facetSelect('region', 'region', rows.map((r) => r.region))}
${facetSelect('year', 'year', rows.map((r) => r.year))}
<label>search<input id="search" type="search" placeholder="source, department…"></label>
</div>
<div class="pager" id="pager" hidden><button type="button" id="prev">previous</button><span id="page-info" aria-live="polite"></span><button type="button" id="next">next</button></div>
<table id="documents" class="sortable"><caption>Documents and inputs that failed</caption>
<thead><tr>${head.map((h) => `<th scope="col" data-sort="${numeric.has(h) ? 'num' : 'text'}"${numeric.has(h) && h !== 'status' ? ' class="num"' : ''}>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.map(row).join('\n')}
</tbody></table>`;
}
