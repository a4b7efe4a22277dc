// HTML text helpers: escaping, the page shell every report page shares.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export const esc = (s: string | number | null | undefined): string => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** 万元 as tables print them: 2 decimals, more only when the figure has them (converted from 元). */
export function amount(x: number | null | undefined): string {
  if (x === null || x === undefined) return '';
  const two = x.toFixed(2);
  return Math.abs(Number(two) - x) < 1e-9 ? two : x.toFixed(6).replace(/0+$/, '');
}

export interface Shell {
  title: string;
  /** path from the page to the report root: '' or '../' */
  root: string;
  body: string;
  /** footer text: tool and, with --date, the date */
  footer: string;
}

export function page(s: Shell): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)}</title>
<link rel="stylesheet" href="${s.root}assets/report.css">
<script src="${s.root}assets/report.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><nav aria-label="Report"><a href="${s.root}index.html">Overview</a> <a href="${s.root}errors.html">Error inputs</a></nav></header>
<main id="main">
${s.body}
</main>
<footer>${esc(s.footer)}</footer>
</body>
</html>
`;
}
