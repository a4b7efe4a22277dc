// Ruling lines of a table found in a page bitmap: long runs of ink along a row (horizontal
// rules) or a column (vertical rules), as the same segments the PDF reader takes from a page's
// vector drawing (then snapped and joined by mergeSegments, and made into grids by findGrids).
// The rules are erased from the bitmap afterwards, so cell crops hold text only.
import type { Segment } from '../pdf/lines.js';
import { INK, type Gray } from './bitmap.js';

/** Shortest rule, in points: longer than a stroke of a 16 pt title character. */
const MIN_RULE_PT = 17;
/** Gaps in a rule (scan dropout, JPEG) bridged, in pixels. */
const MAX_GAP_PX = 2;

interface PixelRun {
  axis: 'h' | 'v';
  /** row (h) or column (v) in pixels. */
  at: number;
  from: number;
  to: number;
}

/** Rules as segments in points (display space: `scale` pixels per point), erasing them from `img`. */
export function findRules(img: Gray, scale: number): Segment[] {
  const min = Math.round(MIN_RULE_PT * scale);
  const runs = [...pixelRuns(img, 'h', min), ...pixelRuns(img, 'v', min)];
  for (const r of runs) erase(img, r);
  return runs.map((r) => ({ axis: r.axis, at: (r.at + 0.5) / scale, from: r.from / scale, to: (r.to + 1) / scale }));
}

function pixelRuns(img: Gray, axis: 'h' | 'v', min: number): PixelRun[] {
  const { width, height, data } = img;
  const lines = axis === 'h' ? height : width;
  const length = axis === 'h' ? width : height;
  const step = axis === 'h' ? 1 : width;
  const out: PixelRun[] = [];
  for (let k = 0; k < lines; k++) {
    const base = axis === 'h' ? k * width : k;
    let start = -1;
    let last = -1;
    for (let i = 0; i <= length; i++) {
      const ink = i < length && (data[base + i * step] as number) < INK;
      if (ink) {
        if (start < 0) start = i;
        last = i;
      } else if (start >= 0 && (i - last > MAX_GAP_PX || i === length)) {
        if (last - start + 1 >= min) out.push({ axis, at: k, from: start, to: last });
        start = -1;
      }
    }
  }
  return out;
}

/** Whitens a rule and two pixels on each side of it (blurred, anti-aliased edges). */
function erase(img: Gray, r: PixelRun): void {
  for (let d = -2; d <= 2; d++) {
    const at = r.at + d;
    if (at < 0 || at >= (r.axis === 'h' ? img.height : img.width)) continue;
    for (let i = r.from; i <= r.to; i++) img.data[r.axis === 'h' ? at * img.width + i : i * img.width + at] = 255;
  }
}
