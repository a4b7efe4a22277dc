// errors.html: one row per input (or stage) that failed, grouped by code.
import type { ErrorRecord } from '../schema/records.js';
import { esc } from './html.js';

/** Anchor of an error row: its code, then its position (inputs may share a code). */
export const errorAnchor = (e: ErrorRecord, i: number): string => `e${i}-${e.code}`;

export function errorsBody(errors: readonly ErrorRecord[]): string {
  const codes = [...new Set(errors.map((e) => e.code))].sort();
  const rows = errors.map(
    (e, i) =>
      `<tr id="${errorAnchor(e, i)}"><td><code>${esc(e.code)}</code></td><td>${esc(e.source)}</td><td>${esc(e.stage)}</td><td>${esc(e.message)}</td></tr>`,
  );
  return `<h1>Error inputs</h1>
<p>${errors.length} error record(s)${codes.length ? `: ${codes.map((c) => `<a id="${esc(c)}" href="#${errorAnchor(errors.find((e) => e.code === c)!, errors.findIndex((e) => e.code === c))}">${esc(c)}</a> ${errors.filter((e) => e.code === c).length}`).join(', ')}` : ''}. A partly read document may have a page of its own too.</p>
<table class="sortable"><caption>Inputs that failed, with the code and what to do</caption>
<thead><tr><th scope="col" data-sort="text">code</th><th scope="col" data-sort="text">source</th><th scope="col" data-sort="text">stage</th><th scope="col">message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}
