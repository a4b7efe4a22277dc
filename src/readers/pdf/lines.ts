// Ruling lines from the operator list: stroked path segments and thin filled shapes
// (Word and WPS draw borders as filled rectangles, some exporters as mitred trapezoids), in
// display space, snapped and joined.
import { apply, type Box, type Matrix } from './geometry.js';
import { GraphicsState } from './graphics-state.js';
import { OP } from './load.js';

/** A horizontal (`h`: y = at, x from..to) or vertical (`v`: x = at, y from..to) rule. */
export interface Segment {
  axis: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

/** Tolerances, in points; docs/pdf-reader.md says why each has its value. */
export const TOLERANCE = {
  /** a path edge is horizontal/vertical when its ends differ by at most this across. */
  axis: 1,
  /** a filled rectangle at most this thick (and longer than twice that) is a rule. */
  ruleThickness: 3,
  /** rules whose positions differ by at most this are the same line. */
  snap: 2,
  /** collinear pieces separated by at most this gap are one rule. */
  join: 2,
  /** shorter merged rules are dropped (junction dots, glyph-like marks). */
  minLength: 2,
} as const;

// pdf.js path codes inside constructPath (not exported by pdf.js 5.x)
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

const STROKES: ReadonlySet<number> = new Set([
  OP.stroke, OP.closeStroke, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke,
]);
const FILLS: ReadonlySet<number> = new Set([
  OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke,
]);

interface State {
  ctm: Matrix;
  fill: boolean;
  stroke: boolean;
}

/**
 * Reads every visible axis-aligned rule of a page. `viewport` maps user space to display
 * space; the current transformation matrix is tracked through save/restore/transform and
 * form XObjects because path coordinates are given before it. `onText` tells whether a
 * glyph-shaped path (curves, or several contours) lies on the page's text: such a path is
 * the text's own outline (fake bold drawn as a stroked outline, text converted to curves by
 * a print driver), never a border.
 */
export function readSegments(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  viewport: Matrix,
  onText: (box: Box) => boolean = () => false,
): Segment[] {
  const out: Segment[] = [];
  const gs = new GraphicsState<State>({ ctm: viewport, fill: true, stroke: true });
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (gs.follow(fn, args)) continue;
    const st = gs.current;
    switch (fn) {
      case OP.setFillRGBColor:
        st.fill = visible(args?.[0]);
        break;
      case OP.setStrokeRGBColor:
        st.stroke = visible(args?.[0]);
        break;
      case OP.setFillTransparent:
        st.fill = false;
        break;
      case OP.setStrokeTransparent:
        st.stroke = false;
        break;
      case OP.constructPath: {
        const path = readPath(args, st);
        // curved, or more than one contour: the shape of glyphs rather than a border piece
        const glyphLike = path.contours.length > 1 || path.contours.some((c) => c.curved);
        if (!(glyphLike && path.contours.every((c) => onText(c.box)))) out.push(...path.segments);
        break;
      }
    }
  }
  return out;
}

// White (or nearly) paint is a cell background or an eraser, never a border.
function visible(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return true;
  const n = parseInt(color.slice(1), 16);
  return !((n >> 16) >= 0xf0 && ((n >> 8) & 0xff) >= 0xf0 && (n & 0xff) >= 0xf0);
}

interface PathRules {
  segments: Segment[];
  /** each subpath: its display-space bounding box, and whether it has a curve. */
  contours: { box: Box; curved: boolean }[];
}

function readPath(args: unknown[] | null, st: State): PathRules {
  const segments: Segment[] = [];
  const contours: PathRules['contours'] = [];
  const result = { segments, contours };
  const paint = args?.[0] as number;
  const stroke = st.stroke && STROKES.has(paint);
  const fill = st.fill && FILLS.has(paint);
  if (!stroke && !fill) return result;
  const path = (args?.[1] as (Float32Array | null)[] | undefined)?.[0];
  if (!path) return result;
  const m = st.ctm;
  let sub: number[] = []; // display-space points of the current subpath
  let straight = true; // no curves in the current subpath
  let x = 0;
  let y = 0;
  const at = (px: number, py: number): void => {
    [x, y] = apply(m, px, py);
    sub.push(x, y);
  };
  const endSubpath = (): void => {
    if (fill && straight) thinRect(sub, segments);
    if (sub.length > 0) contours.push({ box: pointsBox(sub), curved: !straight });
    sub = [];
    straight = true;
  };
  for (let i = 0; i < path.length; ) {
    const code = path[i];
    if (code === MOVE_TO) {
      endSubpath();
      at(path[i + 1] as number, path[i + 2] as number);
      i += 3;
    } else if (code === LINE_TO) {
      const [px, py] = [x, y];
      at(path[i + 1] as number, path[i + 2] as number);
      if (stroke) edge(px, py, x, y, segments);
      i += 3;
    } else if (code === CURVE_TO || code === QUAD_TO) {
      const n = code === CURVE_TO ? 6 : 4;
      at(path[i + n - 1] as number, path[i + n] as number);
      straight = false;
      i += n + 1;
    } else if (code === CLOSE) {
      if (stroke && sub.length >= 2) edge(x, y, sub[0] as number, sub[1] as number, segments);
      i += 1;
    } else {
      break; // unknown code: the rest of the path cannot be read
    }
  }
  endSubpath();
  return result;
}

function pointsBox(pts: readonly number[]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let k = 0; k < pts.length; k += 2) {
    box.x0 = Math.min(box.x0, pts[k] as number);
    box.x1 = Math.max(box.x1, pts[k] as number);
    box.y0 = Math.min(box.y0, pts[k + 1] as number);
    box.y1 = Math.max(box.y1, pts[k + 1] as number);
  }
  return box;
}

function edge(x0: number, y0: number, x1: number, y1: number, out: Segment[]): void {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dy <= TOLERANCE.axis && dx > dy) out.push({ axis: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  else if (dx <= TOLERANCE.axis && dy > dx) out.push({ axis: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
}

// A filled border piece has at most this many corners: a rectangle, or a rectangle with one
// or both ends cut at 45° where two borders meet (mitred joins: a trapezoid, a hexagon).
const MAX_RULE_CORNERS = 8;

/**
 * A filled straight-sided shape that is thin in one direction becomes a rule along its
 * centre: Word/WPS draw borders as thin rectangles, some spreadsheet exporters as thin
 * trapezoids whose ends are mitred into the crossing border.
 */
function thinRect(pts: number[], out: Segment[]): void {
  let n = pts.length / 2;
  // a closing point equal to the first does not count
  if (n > 3 && near(pts[0], pts[2 * n - 2]) && near(pts[1], pts[2 * n - 1])) n--;
  if (n < 3 || n > MAX_RULE_CORNERS) return;
  const { x0, y0, x1, y1 } = pointsBox(pts);
  const w = x1 - x0;
  const h = y1 - y0;
  const thick = Math.min(w, h);
  if (thick > TOLERANCE.ruleThickness || Math.max(w, h) < 2 * thick || Math.max(w, h) < TOLERANCE.minLength) return;
  if (h <= w) out.push({ axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
  else out.push({ axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
}

function near(a: number | undefined, b: number | undefined): boolean {
  return Math.abs((a ?? 0) - (b ?? 0)) < 0.05;
}

/**
 * Snaps rules whose positions are within `snap` onto one position (length-weighted mean)
 * and joins collinear pieces with gaps up to `join`: Word draws one piece per cell side,
 * with junction squares in between.
 */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const axis of ['h', 'v'] as const) {
    const list = segments.filter((s) => s.axis === axis).sort((a, b) => a.at - b.at);
    let i = 0;
    while (i < list.length) {
      const first = list[i] as Segment;
      let j = i;
      let sum = 0;
      let len = 0;
      while (j < list.length && (list[j] as Segment).at - first.at <= TOLERANCE.snap) {
        const s = list[j] as Segment;
        const l = Math.max(s.to - s.from, 0.01);
        sum += s.at * l;
        len += l;
        j++;
      }
      const at = sum / len;
      const pieces = list.slice(i, j).sort((a, b) => a.from - b.from);
      let cur: Segment | undefined;
      for (const p of pieces) {
        if (cur && p.from <= cur.to + TOLERANCE.join) cur.to = Math.max(cur.to, p.to);
        else {
          if (cur && cur.to - cur.from >= TOLERANCE.minLength) out.push(cur);
          cur = { axis, at, from: p.from, to: p.to };
        }
      }
      if (cur && cur.to - cur.from >= TOLERANCE.minLength) out.push(cur);
      i = j;
    }
  }
  return out;
}
