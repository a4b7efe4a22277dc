// docs/<id>.html: one document: metadata and where each value came from, failing checks,
// warnings, and every table as extracted beside its source (the page region for a PDF, the
// grid re-drawn from the model for a DOCX), the cells of failing checks marked on both sides.
import type { BudgetLine, CheckRecord, DocumentRecord, TableRecord } from '../schema/records.js';
import { amount, esc } from './html.js';
import { cellBox, cellText, locateCell } from './locate-cells.js';
import type { Crop } from './render-pages.js';
import { STATUS_LABEL, reportStatus } from './status.js';

/** A rendered crop of a table on one page, as the page links it. */
export interface TableImage {
  crop: Crop;
  /** the page's image and its size in pixels */
  src: string;
  page: { width: number; height: number };
}

export interface DocumentPageInput {
  doc: DocumentRecord;
  tables: readonly TableRecord[];
  lines: readonly BudgetLine[];
  checks: readonly CheckRecord[];
  /** table_index → its crops, for PDFs whose source could be rendered */
  images: ReadonlyMap<number, readonly TableImage[]>;
  /** why there are no images, when there are none for a PDF */
  imageNote: string | null;
}

/** Marks: which failing checks name a place, and as what. */
class Marks {
  private readonly m = new Map<string, { roles: Set<string>; checks: string[] }>();
  add(key: string, role: string, check: string): void {
    let e = this.m.get(key);
    if (!e) this.m.set(key, (e = { roles: new Set(), checks: [] }));
    e.roles.add(role);
    if (!e.checks.includes(check)) e.checks.push(check);
  }
  /** class and data attributes of a marked place ('' when unmarked) */
  attrs(key: string, base = ''): string {
    const e = this.m.get(key);
    const cls = e ? `${base} hl${e.roles.has('actual') ? '' : ' expected'}`.trim() : base;
    return `${cls ? ` class="${cls}"` : ''}${e ? ` data-checks="${e.checks.join(' ')}" title="${esc(`checks ${e.checks.join(', ')}`)}"` : ''}`;
  }
  get(key: string): { roles: Set<string>; checks: string[] } | undefined {
    return this.m.get(key);
  }
}

const gridKey = (t: number, r: number, c: number): string => `g${t}:${r}:${c}`;
const lineKey = (t: number, r: number, side: string | null, column: string): string => `l${t}:${r}:${side ?? ''}:${column}`;

function metadata(d: DocumentRecord): string {
  const src = d.metadata_sources;
  const fields: Array<[string, string, string]> = [
    ['source', d.source, 'the path given to the run'],
    ['source_url', d.source_url ?? '', d.source_url ? 'input manifest' : ''],
    ['doc_id', d.doc_id, 'sha256 of the file'],
    ['format', d.format, 'sniffed from the bytes'],
    ['disclosure_kind', d.disclosure_kind, "the document's title"],
    ['department_name', d.department_name ?? '', src['department'] ?? ''],
    ['department_code', d.department_code ?? '', src['department'] ?? ''],
    ['fiscal_year', d.fiscal_year === null ? '' : String(d.fiscal_year), src['fiscal_year'] ?? ''],
    ['region_code', d.region_code ?? '', src['region_code'] ?? ''],
    ['scope', d.scope ?? '', d.scope ? "the title's （汇总）/（本级）" : ''],
    ['unit', d.unit ?? '', 'printed on the tables'],
    ['pages', d.pages === null ? '' : String(d.pages), ''],
    ['tables_found', d.tables_found.join(', '), ''],
    ['tables_missing', d.tables_missing.join(', '), ''],
    ['tables_not_printed', d.tables_not_printed.join(', '), 'of the missing, those the document shows no sign of printing'],
  ];
  const other = Object.entries(src).filter(([k]) => !['department', 'fiscal_year', 'region_code'].includes(k));
  return `<dl class="meta">${fields.map(([k, v, from]) => `<dt>${k}</dt><dd>${esc(v) || '—'}</dd><dd class="from">${esc(from)}</dd>`).join('')}${other
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd></dd><dd class="from">${esc(v)}</dd>`)
    .join('')}</dl>`;
}

/** The grid as read: merged cells once, a gutter of row numbers, optionally the column keys over it. */
function gridTable(t: TableRecord, marks: Marks, opts: { keys: boolean; printed: boolean; caption: string }): string {
  const keys = opts.keys && t.columns?.length
    ? `<tr class="keys"><th scope="col">row</th>${t.columns.map((c) => `<th scope="col">${esc(c ? (c.side ? `${c.side}:${c.key}` : c.key) : '')}</th>`).join('')}</tr>`
    : '';
  const rows = t.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      if (cell === null) return '';
      const span = typeof cell === 'string' ? '' : `${cell.row_span > 1 ? ` rowspan="${cell.row_span}"` : ''}${cell.col_span > 1 ? ` colspan="${cell.col_span}"` : ''}`;
      return `<td${span}${marks.attrs(gridKey(t.table_index, r, c))}>${esc(cellText(cell))}</td>`;
    });
    return `<tr><td class="gutter">${r}</td>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="grid${opts.printed ? ' printed' : ''}"><caption class="note">${esc(opts.caption)}</caption><thead>${keys}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The budget lines read from a table, amounts in 万元 under their keys. */
function linesTable(t: TableRecord, lines: readonly BudgetLine[], marks: Marks): string {
  const keys = [...new Set(lines.flatMap((l) => Object.keys(l.amounts)))];
  const head = ['row', 'side', 'code', 'name'].map((h) => `<th scope="col">${h}</th>`).join('') + keys.map((k) => `<th scope="col" class="num">${esc(k)}</th>`).join('');
  const body = lines.map((l) => {
    const r = l.provenance.row_index;
    const amounts = keys.map((k) => `<td${marks.attrs(lineKey(t.table_index, r, l.side, k), 'num')}>${k in l.amounts ? amount(l.amounts[k]) : ''}</td>`);
    const name = l.is_total ? `<strong>${esc(l.name)}</strong>` : esc(l.name);
    return `<tr><td class="gutter">${r}</td><td>${esc(l.side ?? '')}</td><td>${esc(l.code ?? '')}</td><td>${name}</td>${amounts.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="grid lines"><caption class="note">${lines.length} lines, amounts in 万元 (printed in ${esc(lines[0]?.source_unit ?? '')})</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function pageImages(t: TableRecord, images: readonly TableImage[], marks: Marks, boxes: ReadonlyMap<string, { page: number; box: [number, number, number, number] }>): string {
  return images
    .map(({ crop, src, page }) => {
      const overlays = [...boxes.entries()]
        .filter(([, b]) => b.page === crop.page)
        .map(([key, b]) => {
          const [l, tp, w, h] = crop.place(b.box);
          const e = marks.get(key)!;
          return `<div class="box${e.roles.has('actual') ? '' : ' expected'}" data-checks="${e.checks.join(' ')}" style="left:${l}%;top:${tp}%;width:${w}%;height:${h}%" title="${esc(`checks ${e.checks.join(', ')}`)}"></div>`;
        });
      // the page image, shifted and scaled so that the crop fills the frame
      const pct = (v: number, of: number): number => Math.round((v / of) * 100000) / 1000;
      const style = `width:${pct(page.width, crop.width)}%;left:-${pct(crop.left, crop.width)}%;top:-${pct(crop.top, crop.height)}%`;
      const img = `<img src="${esc(src)}" width="${page.width}" height="${page.height}" style="${style}" loading="lazy" alt="${esc(`page ${crop.page} of the source, table ${t.table_index}`)}">`;
      return `<figure class="page-img"><div class="crop" style="width:${crop.width}px;aspect-ratio:${crop.width}/${crop.height}">${img}${overlays.join('')}</div><figcaption class="note">page ${crop.page}</figcaption></figure>`;
    })
    .join('');
}

function tableSection(input: DocumentPageInput, t: TableRecord, marks: Marks): string {
  const lines = input.lines.filter((l) => l.provenance.table_index === t.table_index);
  const pdf = input.doc.format === 'pdf';
  // the cells marked in this table, with their page boxes
  const boxes = new Map<string, { page: number; box: [number, number, number, number] }>();
  t.rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const key = gridKey(t.table_index, r, c);
      if (!marks.get(key)) return;
      const b = cellBox(t, { row: r, col: c });
      if (b) boxes.set(key, b);
    }),
  );
  const images = input.images.get(t.table_index) ?? [];
  const extracted = lines.length > 0
    ? linesTable(t, lines, marks)
    : gridTable(t, marks, { keys: true, printed: false, caption: t.table ? 'the grid as read (read by labels, no budget lines)' : 'the grid as read: no catalogue table fits, nothing extracted' });
  const source = pdf
    ? images.length > 0
      ? pageImages(t, images, marks, boxes)
      : `<p class="note">${esc(input.imageNote ?? 'no page image: the table has no geometry')}</p>`
    : gridTable(t, marks, { keys: false, printed: true, caption: 'DOCX: the table re-drawn from the document model' });
  const grid = pdf && lines.length > 0 ? `<details><summary>the grid as read, with column keys</summary>${gridTable(t, marks, { keys: true, printed: false, caption: '' })}</details>` : '';
  const how = `${t.table ?? 'not placed'}${t.match.runner_up ? ` (runner-up ${t.match.runner_up})` : ''} · by ${t.match.by.join(', ') || '—'} · ${t.pages.length ? `page ${t.pages.join(', ')}` : 'DOCX'} · unit ${t.unit ?? '—'}`;
  return `<section class="table" id="t${t.table_index}" aria-labelledby="t${t.table_index}-h">
<h3 id="t${t.table_index}-h">${t.table_index} · ${esc(t.title ?? '(untitled)')}</h3>
<p class="note">${esc(how)}</p>
<div class="pair"><div><h4>Extracted</h4>${extracted}</div><div><h4>Source</h4>${source}</div></div>
${grid}
</section>`;
}

function checksTable(failing: readonly CheckRecord[], ids: readonly string[], input: DocumentPageInput): string {
  if (failing.length === 0) return '<p>No check fails.</p>';
  const rows = failing.map((c, i) => {
    const places = [...new Set((c.cells ?? []).map((x) => x.table_index))]
      .map((ti) => `<a href="#t${ti}" data-check="${ids[i]}">table ${ti}</a>`)
      .join(' ');
    const tables = Array.isArray(c.table) ? c.table.join(', ') : (c.table ?? '');
    return `<tr class="fail" id="${ids[i]}"><td>${ids[i]}</td><td><code>${esc(c.check)}</code></td><td>${esc(tables)}</td><td class="num">${amount(c.expected)}</td><td class="num">${amount(c.actual)}</td><td class="num">${amount(c.difference)}</td><td>${esc(c.message)}</td><td>${places || '—'}</td></tr>`;
  });
  const ran = input.checks.filter((c) => c.status !== 'skipped').length;
  return `<p>${failing.length} of ${ran} checks fail (${input.checks.length - ran} skipped). <span class="legend"><span class="a">figure under test</span><span class="e">figures it is compared with</span></span></p>
<table class="checks sortable"><caption>Failing checks (万元)</caption><thead><tr><th scope="col" data-sort="text">#</th><th scope="col" data-sort="text">check</th><th scope="col" data-sort="text">table</th><th scope="col" class="num" data-sort="num">expected</th><th scope="col" class="num" data-sort="num">actual</th><th scope="col" class="num" data-sort="num">difference</th><th scope="col">message</th><th scope="col">cells</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function documentBody(input: DocumentPageInput): string {
  const { doc } = input;
  const status = reportStatus(doc);
  const failing = input.checks.filter((c) => c.status === 'fail');
  const ids = failing.map((_, i) => `c${i + 1}`);
  const marks = new Marks();
  const byIndex = new Map(input.tables.map((t) => [t.table_index, t]));
  failing.forEach((c, i) => {
    for (const cell of c.cells ?? []) {
      const t = byIndex.get(cell.table_index);
      if (!t) continue;
      marks.add(lineKey(cell.table_index, cell.row_index, cell.side, cell.column), cell.role, ids[i]!);
      const line = input.lines.find((l) => l.provenance.table_index === cell.table_index && l.provenance.row_index === cell.row_index && l.side === cell.side);
      const pos = locateCell(t, cell, line);
      if (pos) marks.add(gridKey(cell.table_index, pos.row, pos.col), cell.role, ids[i]!);
    }
  });
  const warnings = doc.warnings.length
    ? `<ul>${doc.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join('')}</ul>`
    : '<p>none</p>';
  const notes = doc.notes.length ? `<h2>Notes printed</h2><ul>${doc.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  return `<h1>${esc(doc.department_name ?? doc.source)} <span class="badge ${status}">${STATUS_LABEL[status]}</span></h1>
<p class="note">${esc(doc.source)}</p>
<h2>Metadata and where it came from</h2>
${metadata(doc)}
<h2>Checks</h2>
${checksTable(failing, ids, input)}
<h2>Warnings</h2>
${warnings}
${notes}
<h2>Tables (${input.tables.length})</h2>
<nav aria-label="Tables"><ul>${input.tables.map((t) => `<li><a href="#t${t.table_index}">${t.table_index} · ${esc(t.title ?? '(untitled)')}</a>${t.table ? '' : ' <span class="note">not placed</span>'}</li>`).join('')}</ul></nav>
${input.tables.map((t) => tableSection(input, t, marks)).join('\n')}`;
}
