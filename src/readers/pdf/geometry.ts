// Points, boxes and affine matrices. The reader works in display space: points, origin at
// the top-left of the page as shown (after /Rotate), y growing downwards, so "above" and
// "left of" mean the same on every page. Only the model's bboxes go back to PDF user space.
import type { BBox } from '../../model/document.js';

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF convention). */
export type Matrix = [number, number, number, number, number, number];

/** An axis-aligned box in display space. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The matrix applying `inner` first, then `outer`. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [g, h, i, j, k, l] = inner;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** Bounding box of the rectangle (x0,y0)-(x1,y1) mapped through m. */
export function mapBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const [ax, ay] = apply(m, x0, y0);
  const [bx, by] = apply(m, x1, y1);
  const [cx, cy] = apply(m, x0, y1);
  const [dx, dy] = apply(m, x1, y0);
  return {
    x0: Math.min(ax, bx, cx, dx),
    y0: Math.min(ay, by, cy, dy),
    x1: Math.max(ax, bx, cx, dx),
    y1: Math.max(ay, by, cy, dy),
  };
}

/** A display-space box as the model's BBox: PDF user space (y up), rounded to 0.01 pt. */
export function toUserBBox(toUser: Matrix, box: Box): BBox {
  const b = mapBox(toUser, box.x0, box.y0, box.x1, box.y1);
  return { x0: round2(b.x0), y0: round2(b.y0), x1: round2(b.x1), y1: round2(b.y1) };
}

export function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Index of the interval [edges[i], edges[i+1]) holding v, or -1 outside the edges. */
export function slot(edges: readonly number[], v: number): number {
  const n = edges.length;
  if (n < 2 || v < (edges[0] as number) || v > (edges[n - 1] as number)) return -1;
  let lo = 0;
  let hi = n - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] as number) <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
