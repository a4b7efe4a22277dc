// Small horizontal bar charts as inline SVG: no library, no script, readable without colour
// (every bar carries its count as text) and by screen readers (role=img with a summary).
import { esc } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** CSS class of the bar, e.g. the status */
  kind?: string;
  href?: string;
}

const ROW = 22;
const BAR_W = 260;
/** px per character of a 12px label, upper case included (CJK characters count two) */
const CHAR_W = 7.5;

export function barChart(title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return `<figure class="chart"><figcaption>${esc(title)}</figcaption><p>none</p></figure>`;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW;
  const longest = Math.max(...bars.map((b) => [...b.label].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  const LABEL_W = Math.ceil(longest * CHAR_W) + 10;
  const rows = bars.map((b, i) => {
    const y = i * ROW;
    const w = Math.max(1, Math.round((b.value / max) * BAR_W));
    const label = `<text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>`;
    return `<g class="bar ${esc(b.kind ?? '')}">${b.href ? `<a href="${esc(b.href)}">${label}</a>` : label}<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW - 6}"/><text x="${LABEL_W + w + 4}" y="${y + 15}">${b.value}</text></g>`;
  });
  const summary = bars.map((b) => `${b.label}: ${b.value}`).join('; ');
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(`${title}: ${summary}`)}" viewBox="0 0 ${LABEL_W + BAR_W + 60} ${height}" width="${LABEL_W + BAR_W + 60}" height="${height}">${rows.join('')}</svg></figure>`;
}
