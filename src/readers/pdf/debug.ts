// The debug view: per page an SVG (page outline, rules in red, cells in blue with their
// row/column, text runs coloured by where they went) and a JSON with the same decisions.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { round2, type Box } from './geometry.js';
import type { Segment } from './lines.js';
import type { TablePart } from './parts.js';

export interface DebugPage {
  number: number;
  width: number;
  height: number;
  segments: readonly Segment[];
  /** tables found on the page, in page order (T0, T1 …). */
  parts: readonly TablePart[];
  /** every text run with where it went: "T0 r2 c1", "text", "furniture". */
  runs: readonly { text: string; box: Box; where: string }[];
}

export async function writeDebug(dir: string, pages: readonly DebugPage[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const p of pages) {
    const name = `page-${String(p.number).padStart(3, '0')}`;
    await writeFile(path.join(dir, `${name}.svg`), svg(p));
    await writeFile(path.join(dir, `${name}.json`), JSON.stringify(json(p), null, 1));
  }
}

function svg(p: DebugPage): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -10 ${round2(p.width + 20)} ${round2(p.height + 20)}" width="${round2(p.width * 1.5)}" height="${round2(p.height * 1.5)}" font-family="sans-serif">`,
    `<rect x="0" y="0" width="${round2(p.width)}" height="${round2(p.height)}" fill="white" stroke="black" stroke-width="0.5"/>`,
  ];
  p.parts.forEach((t, k) => {
    const dash = t.ruled ? '' : ' stroke-dasharray="3 2"';
    for (const c of t.cells) {
      const b = c.box;
      const span = c.rowSpan > 1 || c.colSpan > 1 ? ` ${c.rowSpan}×${c.colSpan}` : '';
      out.push(
        `<rect x="${round2(b.x0)}" y="${round2(b.y0)}" width="${round2(b.x1 - b.x0)}" height="${round2(b.y1 - b.y0)}" fill="none" stroke="#1f5fd6" stroke-width="0.6"${dash}/>`,
        `<text x="${round2(b.x0 + 1)}" y="${round2(b.y0 + 4)}" font-size="3.5" fill="#1f5fd6">T${k} ${c.row},${c.col}${span}</text>`,
      );
    }
  });
  for (const s of p.segments) {
    const [x1, y1, x2, y2] = s.axis === 'h' ? [s.from, s.at, s.to, s.at] : [s.at, s.from, s.at, s.to];
    out.push(`<line x1="${round2(x1)}" y1="${round2(y1)}" x2="${round2(x2)}" y2="${round2(y2)}" stroke="red" stroke-width="0.8" opacity="0.7"/>`);
  }
  for (const r of p.runs) {
    const b = r.box;
    const colour = r.where === 'furniture' ? '#999999' : r.where === 'text' ? '#000000' : '#0a7d2c';
    const size = Math.max(2, (b.y1 - b.y0) * 0.75);
    out.push(
      `<g><title>${esc(r.where)}: ${esc(r.text)}</title>` +
        `<rect x="${round2(b.x0)}" y="${round2(b.y0)}" width="${round2(b.x1 - b.x0)}" height="${round2(b.y1 - b.y0)}" fill="${colour}" fill-opacity="0.08" stroke="${colour}" stroke-width="0.2"/>` +
        `<text x="${round2(b.x0)}" y="${round2(b.y1 - (b.y1 - b.y0) * 0.2)}" font-size="${round2(size)}" fill="${colour}">${esc(r.text)}</text></g>`,
    );
  }
  out.push('</svg>\n');
  return out.join('\n');
}

function json(p: DebugPage): unknown {
  const box = (b: Box): number[] => [round2(b.x0), round2(b.y0), round2(b.x1), round2(b.y1)];
  return {
    page: p.number,
    coordinates: 'display space: points, origin top-left of the page as shown, y down; boxes are [x0, y0, x1, y1]',
    width: round2(p.width),
    height: round2(p.height),
    lines: p.segments.map((s) => ({ axis: s.axis, at: round2(s.at), from: round2(s.from), to: round2(s.to) })),
    tables: p.parts.map((t, k) => ({
      id: `T${k}`,
      ruled: t.ruled,
      box: box(t.box),
      columnEdges: t.xs.map(round2),
      rows: t.rows,
      cells: t.cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, box: box(c.box) })),
    })),
    text: p.runs.map((r) => ({ text: r.text, box: box(r.box), assignedTo: r.where })),
  };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
