// Ruling lines of a table found in a page bitmap: long runs of ink along a row (horizontal
// rules) or a column (vertical rules), as the same segments the PDF reader takes from a page's
// vector drawing (then snapped and joined by mergeSegments, and made into grids by findGrids).
// The rules are erased from the bitmap afterwards, so cell crops hold text only.
// A thin rule scanned, blurred and JPEG-compressed is grey rather than black: a rule pixel is
// lighter than ink (RULE_INK), but a run must be partly black ink too (STRONG_SHARE), so a
// grey smear (a seal's edge after chroma subsampling) is not a rule.
import type { Segment } from '../pdf/lines.js';
import { INK, type Gray } from './bitmap.js';

/** Shortest rule, in points: longer than a stroke of a 16 pt title character. */
const MIN_RULE_PT = 17;
/** Gaps in a rule (scan dropout, JPEG) bridged, in pixels. */
const MAX_GAP_PX = 2;
/** A pixel darker than this may be part of a rule. */
const RULE_INK = 180;
/** Share of a rule's pixels that must be ink (darker than INK). */
const STRONG_SHARE = 0.3;
/**
 * Parallel rules closer than this (points) over a common stretch are one: a double border or a
 * blurred thick one. No row or column of a table is this narrow.
 */
const DOUBLE_RULE_PT = 5;

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
  return snapDoubles(runs.map((r) => ({ axis: r.axis, at: (r.at + 0.5) / scale, from: r.from / scale, to: (r.to + 1) / scale })));
}

/** Rules within DOUBLE_RULE_PT of an overlapping parallel one take its position. */
export function snapDoubles(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of [...segments].sort((a, b) => a.at - b.at)) {
    const near = out.find((o) => o.axis === s.axis && s.at - o.at < DOUBLE_RULE_PT && o.from < s.to && s.from < o.to);
    out.push(near ? { ...s, at: near.at } : s);
  }
  return out;
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
    let strong = 0;
    for (let i = 0; i <= length; i++) {
      const v = i < length ? (data[base + i * step] as number) : 255;
      if (v < RULE_INK) {
        if (start < 0) {
          start = i;
          strong = 0;
        }
        last = i;
        if (v < INK) strong++;
      } else if (start >= 0 && (i - last > MAX_GAP_PX || i === length)) {
        if (last - start + 1 >= min && strong >= STRONG_SHARE * (last - start + 1)) out.push({ axis, at: k, from: start, to: last });
        start = -1;
      }
    }
  }
  return out;
}

/** Whitens a rule and three pixels on each side of it (blurred, anti-aliased edges). */
function erase(img: Gray, r: PixelRun): void {
  for (let d = -3; d <= 3; d++) {
    const at = r.at + d;
    if (at < 0 || at >= (r.axis === 'h' ? img.height : img.width)) continue;
    for (let i = r.from; i <= r.to; i++) img.data[r.axis === 'h' ? at * img.width + i : i * img.width + at] = 255;
  }
}
