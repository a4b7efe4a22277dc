// Table grids from ruling lines: connected rules form a table; the distinct rule positions
// are the grid's column and row edges; an inner edge with no rule under it joins the two
// grid positions it separates into one merged cell.
import type { Box } from './geometry.js';
import { TOLERANCE, type Segment } from './lines.js';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Grid {
  box: Box;
  /** column edges, left to right (columns + 1 values). */
  xs: number[];
  /** row edges, top to bottom (rows + 1 values). */
  ys: number[];
  /** one per (merged) cell, in row-major order of their top-left positions. */
  cells: GridCell[];
  /** grid position r * columns + c → index into cells. */
  owner: Int32Array;
  segments: Segment[];
}

/** Edges closer than this collapse into one: double borders, not a sliver column or row. */
export const MIN_CELL = 4;
/** Share of an inner edge a rule must cover for the edge to separate two cells. */
export const EDGE_COVERAGE = 0.5;

/** Ruled grids, plus the lone horizontal rules (candidates for rules-only tables). */
export function findGrids(segments: readonly Segment[]): { grids: Grid[]; loose: Segment[] } {
  const hs = segments.filter((s) => s.axis === 'h');
  const vs = segments.filter((s) => s.axis === 'v').sort((a, b) => a.at - b.at);
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const t = TOLERANCE.join;
  hs.forEach((h, i) => {
    // vertical rules whose x lies within the horizontal's extent (vs sorted by x)
    for (let k = lowerBound(vs, h.from - t); k < vs.length && (vs[k] as Segment).at <= h.to + t; k++) {
      const v = vs[k] as Segment;
      if (h.at >= v.from - t && h.at <= v.to + t) parent[find(i)] = find(hs.length + k);
    }
  });
  const groups = new Map<number, Segment[]>();
  all.forEach((s, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(s);
    else groups.set(root, [s]);
  });
  const grids: Grid[] = [];
  const loose: Segment[] = [];
  // vertical rules touching no horizontal one: columns of a grid whose cells there are merged
  // over all the grid's rows (a merged cell continuing across the page break has neither top
  // nor bottom border) when they run from the grid's top to its bottom
  const lone = [...groups.values()].filter((g) => g.every((s) => s.axis === 'v')).flat();
  const taken = new Set<Segment>();
  for (const g of groups.values()) {
    const gh = g.filter((s) => s.axis === 'h');
    const gv = g.filter((s) => s.axis === 'v');
    if (gh.length >= 2 && gv.length >= 2) {
      const top = Math.min(...gv.map((v) => v.from));
      const bottom = Math.max(...gv.map((v) => v.to));
      const beside = lone.filter((v) => !taken.has(v) && Math.abs(v.from - top) <= t && Math.abs(v.to - bottom) <= t);
      const grid = buildGrid(gh, [...gv, ...beside]);
      if (grid) {
        grids.push(grid);
        for (const v of beside) taken.add(v);
      }
    } else if (gv.length === 0) {
      loose.push(...gh);
    }
  }
  grids.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  return { grids, loose };
}

function lowerBound(sorted: readonly Segment[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Segment).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildGrid(hs: Segment[], vs: Segment[]): Grid | undefined {
  const xs = edges(vs.map((v) => v.at), Math.min(...hs.map((h) => h.from)), Math.max(...hs.map((h) => h.to)));
  const ys = edges(hs.map((h) => h.at), Math.min(...vs.map((v) => v.from)), Math.max(...vs.map((v) => v.to)));
  const nc = xs.length - 1;
  const nr = ys.length - 1;
  if (nc < 1 || nr < 1) return undefined;
  const vAt = xs.map((x) => intervals(vs, x));
  const hAt = ys.map((y) => intervals(hs, y));

  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const here = r * nc + c;
      const y0 = ys[r] as number;
      const y1 = ys[r + 1] as number;
      const x0 = xs[c] as number;
      const x1 = xs[c + 1] as number;
      if (c + 1 < nc && !covered(vAt[c + 1] as [number, number][], y0, y1) && !cornered(hAt, xs, r, c)) {
        parent[find(here)] = find(here + 1);
      }
      if (r + 1 < nr && !covered(hAt[r + 1] as [number, number][], x0, x1)) parent[find(here)] = find(here + nc);
    }
  }
  // each merged group becomes its bounding rectangle; overlapping rectangles (an L-shaped
  // group) are united until every grid position has exactly one owner
  const rects = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(r * nc + c);
      const q = rects.get(root);
      if (q) rects.set(root, [Math.min(q[0], r), Math.min(q[1], c), Math.max(q[2], r), Math.max(q[3], c)]);
      else rects.set(root, [r, c, r, c]);
    }
  }
  const placed = settle([...rects.values()], nr, nc);
  placed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const owner = new Int32Array(nr * nc);
  const cells: GridCell[] = placed.map(([r0, c0, r1, c1], i) => {
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) owner[r * nc + c] = i;
    return {
      row: r0,
      col: c0,
      rowSpan: r1 - r0 + 1,
      colSpan: c1 - c0 + 1,
      box: { x0: xs[c0] as number, y0: ys[r0] as number, x1: xs[c1 + 1] as number, y1: ys[r1 + 1] as number },
    };
  });
  const box = { x0: xs[0] as number, y0: ys[0] as number, x1: xs[nc] as number, y1: ys[nr] as number };
  return { box, xs, ys, cells, owner, segments: [...hs, ...vs] };
}

/**
 * A vertical edge left undrawn is still a cell border where the row's top or bottom rule ends
 * at it: ruled on one side, not on the other (北京 水务局's 绩效目标 text overflowing onto the
 * rule between it and the 一级指标 cells, each ruled off below). Joining across it would
 * swallow every ruled cell of the column into one.
 */
function cornered(hAt: readonly [number, number][][], xs: readonly number[], r: number, c: number): boolean {
  const [x0, x1, x2] = [xs[c] as number, xs[c + 1] as number, xs[c + 2] as number];
  return [r, r + 1].some((e) => {
    const rules = hAt[e] as [number, number][];
    return covered(rules, x0, x1) !== covered(rules, x1, x2);
  });
}

type Rect = [number, number, number, number];

function settle(rects: Rect[], nr: number, nc: number): Rect[] {
  let list = rects;
  for (;;) {
    const taken = new Int32Array(nr * nc).fill(-1);
    let clash: [number, number] | undefined;
    outer: for (let i = 0; i < list.length; i++) {
      const [r0, c0, r1, c1] = list[i] as Rect;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const k = r * nc + c;
          if ((taken[k] as number) >= 0) {
            clash = [taken[k] as number, i];
            break outer;
          }
          taken[k] = i;
        }
      }
    }
    if (!clash) return list;
    const a = list[clash[0]] as Rect;
    const b = list[clash[1]] as Rect;
    const merged: Rect = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
    list = [...list.filter((_, i) => i !== clash[0] && i !== clash[1]), merged];
  }
}

/** Distinct rule positions (closer than MIN_CELL collapse), widened to the table's extent
 * when an outer border is missing. */
function edges(positions: number[], min: number, max: number): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || p - last >= MIN_CELL) out.push(p);
  }
  const first = out[0];
  if (first === undefined) return out;
  if (min < first - MIN_CELL) out.unshift(min);
  if (max > (out[out.length - 1] as number) + MIN_CELL) out.push(max);
  return out;
}

/** The extents of the rules lying on one edge position, sorted. */
function intervals(segments: readonly Segment[], at: number): [number, number][] {
  return segments
    .filter((s) => Math.abs(s.at - at) < MIN_CELL)
    .map((s): [number, number] => [s.from, s.to])
    .sort((a, b) => a[0] - b[0]);
}

function covered(list: readonly [number, number][], a: number, b: number): boolean {
  let total = 0;
  let reach = a;
  for (const [from, to] of list) {
    if (to <= reach) continue;
    if (from >= b) break;
    total += Math.min(to, b) - Math.max(from, reach);
    reach = Math.min(to, b);
    if (reach >= b) break;
  }
  return total >= EDGE_COVERAGE * (b - a);
}
