// The report's one stylesheet and one script, written into <report>/assets/. System fonts
// only (Noto Sans CJK on Debian, PingFang / YaHei elsewhere); the script only enhances:
// without it every row shows and every failing cell is marked.

export const CSS = `
:root { --ok: #2e7d32; --checks_failed: #c77700; --partial: #8e24aa; --error: #c62828; --line: #d0d4da; --hl: #ffd54f; --hl-exp: #90caf9; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1b1f24; background: #fff; }
main { padding: 0 1.5rem 2rem; max-width: 110rem; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem; z-index: 9; }
header.top { background: #263238; padding: .5rem 1.5rem; } header.top a { color: #fff; margin-right: 1.2rem; }
footer { color: #5f6b76; padding: 1rem 1.5rem; border-top: 1px solid var(--line); }
a { color: #0b57d0; } a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
h1 { font-size: 1.5rem; margin: 1rem 0 .5rem; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; } h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: .15rem .4rem; vertical-align: top; }
th { background: #f3f5f7; text-align: left; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .6rem; color: #fff; font-size: .85em; white-space: nowrap; }
.badge.ok { background: var(--ok); } .badge.checks_failed { background: var(--checks_failed); } .badge.partial { background: var(--partial); } .badge.error { background: var(--error); }
.cards { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure.chart { margin: 0; } figure.chart figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font-size: 12px; fill: #1b1f24; } svg a text { fill: #0b57d0; text-decoration: underline; }
.bar rect { fill: #546e7a; } .bar.ok rect { fill: var(--ok); } .bar.checks_failed rect { fill: var(--checks_failed); } .bar.partial rect { fill: var(--partial); } .bar.error rect { fill: var(--error); } .bar.fail rect { fill: var(--error); }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin: .8rem 0; } .filters label { display: flex; flex-direction: column; font-size: .85em; }
th button { all: unset; cursor: pointer; } th button::after { content: " ↕"; color: #99a; } th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
.pager { margin: .6rem 0; display: flex; gap: .5rem; align-items: center; }
dl.meta { display: grid; grid-template-columns: max-content 1fr max-content; gap: .1rem 1rem; } dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; } dl.meta .from { color: #5f6b76; font-size: .85em; }
section.table { border-top: 2px solid #263238; margin-top: 2rem; padding-top: .6rem; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; align-items: start; }
@media (max-width: 70rem) { .pair { grid-template-columns: 1fr; } }
.scroll { overflow: auto; max-height: 46rem; border: 1px solid var(--line); }
.grid td, .grid th { font-size: .85em; } .grid tr.keys th { background: #e8eef6; font-family: ui-monospace, monospace; font-weight: 400; font-size: .75em; }
.grid td.gutter { color: #8a96a3; font-size: .75em; background: #fafbfc; }
.printed { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; } .printed td { border-color: #333; }
td.hl, .box.hl { background: var(--hl); outline: 2px solid #c62828; } td.hl.expected { background: var(--hl-exp); outline-color: #1565c0; }
.page-img { margin: 0 0 .8rem; } .page-img .crop { position: relative; overflow: hidden; max-width: 100%; border: 1px solid var(--line); }
.page-img img { position: absolute; max-width: none; height: auto; }
.page-img .box { position: absolute; background: rgba(255, 213, 79, .35); outline: 2px solid #c62828; } .page-img .box.expected { background: rgba(144, 202, 249, .35); outline-color: #1565c0; }
.dim td.hl:not(.focus), .dim .box:not(.focus) { background: transparent; outline: 1px dashed #aab; } td.focus, .box.focus { outline-width: 3px; }
.checks td { font-size: .9em; } tr.fail td:first-child { border-left: 4px solid var(--error); }
.legend span { display: inline-block; padding: 0 .4rem; margin-right: .5rem; } .legend .a { background: var(--hl); outline: 2px solid #c62828; } .legend .e { background: var(--hl-exp); outline: 2px solid #1565c0; }
.note { color: #5f6b76; }
[hidden] { display: none !important; }
`;

export const JS = `
(() => {
  'use strict';
  // Sortable tables: a button in each th[data-sort]; numbers sort as numbers.
  for (const table of document.querySelectorAll('table.sortable')) {
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((th, i) => {
      if (!th.dataset.sort) return;
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = th.textContent; th.textContent = ''; th.append(b);
      b.addEventListener('click', () => {
        const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        heads.forEach((h) => h.removeAttribute('aria-sort')); th.setAttribute('aria-sort', dir);
        const body = table.tBodies[0]; const rows = [...body.rows];
        const key = (r) => r.cells[i].dataset.v ?? r.cells[i].textContent.trim();
        const num = th.dataset.sort === 'num';
        rows.sort((a, c) => { const x = key(a), y = key(c); const d = num ? Number(x) - Number(y) : x.localeCompare(y, 'zh'); return dir === 'ascending' ? d : -d; });
        body.append(...rows); table.dispatchEvent(new Event('rows-changed'));
      });
    });
  }
  // Filters, search and pages over the documents table.
  const docs = document.getElementById('documents');
  if (docs) {
    const PAGE = 100; let pageNo = 0;
    const controls = [...document.querySelectorAll('[data-filter]')];
    const search = document.getElementById('search');
    const info = document.getElementById('page-info'); const prev = document.getElementById('prev'); const next = document.getElementById('next');
    const matching = () => [...docs.tBodies[0].rows].filter((r) =>
      controls.every((c) => c.value === '' || r.dataset[c.dataset.filter] === c.value) &&
      (!search.value || r.textContent.toLowerCase().includes(search.value.trim().toLowerCase())));
    const show = () => {
      const rows = matching(); const pages = Math.max(1, Math.ceil(rows.length / PAGE)); pageNo = Math.min(pageNo, pages - 1);
      for (const r of docs.tBodies[0].rows) r.hidden = true;
      rows.slice(pageNo * PAGE, pageNo * PAGE + PAGE).forEach((r) => { r.hidden = false; });
      info.textContent = rows.length + ' documents, page ' + (pageNo + 1) + ' of ' + pages;
      prev.disabled = pageNo === 0; next.disabled = pageNo >= pages - 1;
    };
    controls.forEach((c) => c.addEventListener('change', () => { pageNo = 0; show(); }));
    search.addEventListener('input', () => { pageNo = 0; show(); });
    prev.addEventListener('click', () => { pageNo--; show(); }); next.addEventListener('click', () => { pageNo++; show(); });
    docs.addEventListener('rows-changed', show);
    document.getElementById('pager').hidden = false; show();
  }
  // A failing check's link focuses its cells on both sides; the others are dimmed.
  for (const a of document.querySelectorAll('a[data-check]')) {
    a.addEventListener('click', () => {
      const id = a.dataset.check;
      document.body.classList.add('dim');
      for (const el of document.querySelectorAll('.focus')) el.classList.remove('focus');
      for (const el of document.querySelectorAll('[data-checks~="' + id + '"]')) el.classList.add('focus');
    });
  }
})();
`;
