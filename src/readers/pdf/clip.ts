// Text a page draws outside its clipping path is not printed. 北京's PDFs draw a merged cell's
// whole text again on each page it continues on, clipped to the part of the cell on that page:
// the text layer then holds the project's code, amounts and goals over the next page's title
// and header (read as "济性、效率性、预算表12项目支出绩效目标表"), though none of it shows.
// pdf.js's text content says nothing of clipping, so the operator list is walked here: the
// clip in force (the bounding box of each clipping path, intersected, through save/restore
// and form XObjects) where each text-showing operator starts.
import { apply, compose, type Matrix } from './geometry.js';
import { GraphicsState, numbers } from './graphics-state.js';
import { OP } from './load.js';

type Rect = [number, number, number, number];

interface State {
  ctm: Matrix;
  clip: Rect | null;
}

/** A glyph box this far outside its clip (points) is still taken as shown: a clip on a cell's edge. */
const SLACK = 1;

/**
 * Where text is shown outside its clip: the origins (PDF user space) of the operators that
 * show it. Outside means the first glyph's em box (its font size square, from 0.2 below the
 * baseline) misses the clip: a glyph the clip cuts through shows in part and is read (上海's
 * "一、文化旅游体育与传媒支出", its 出 wrapped to a second line and cut by the cell's foot).
 */
export function clippedOrigins(fnArray: readonly number[], argsArray: readonly unknown[]): [number, number][] {
  const out: [number, number][] = [];
  const gs = new GraphicsState<State>({ ctm: [1, 0, 0, 1, 0, 0], clip: null });
  let clipNext = false;
  // the text line matrix (Tlm: where a text operator starts, advances within a line aside) and the leading (TL)
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let size = 0;
  const move = (tx: number, ty: number): void => {
    tm = compose(tm, [1, 0, 0, 1, tx, ty]);
  };
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[] | null;
    if (gs.follow(fnArray[i], args)) {
      // a form XObject clips to its bbox
      const bbox = fnArray[i] === OP.paintFormXObjectBegin ? numbers(args?.[1]) : null;
      if (bbox) gs.current.clip = clipTo(gs.current, bbox as Rect);
      continue;
    }
    const st = gs.current;
    switch (fnArray[i]) {
      case OP.clip:
      case OP.eoClip:
        clipNext = true;
        break;
      case OP.constructPath: {
        // pdf.js gives the path's bounding box (before the CTM) as its third argument
        const box = numbers(args?.[2]);
        if (clipNext && box) st.clip = clipTo(st, box as Rect);
        clipNext = false;
        break;
      }
      case OP.endPath:
        clipNext = false;
        break;
      case OP.beginText:
        tm = [1, 0, 0, 1, 0, 0];
        break;
      case OP.setTextMatrix:
        tm = (numbers(args?.[0]) ?? numbers(args)) as Matrix;
        break;
      case OP.moveText:
        move(args?.[0] as number, args?.[1] as number);
        break;
      case OP.setLeadingMoveText:
        leading = -(args?.[1] as number);
        move(args?.[0] as number, args?.[1] as number);
        break;
      case OP.setLeading:
        leading = args?.[0] as number;
        break;
      case OP.setFont:
        size = args?.[1] as number;
        break;
      case OP.nextLine:
      case OP.nextLineShowText:
      case OP.nextLineSetSpacingShowText:
        move(0, -leading);
        if (fnArray[i] !== OP.nextLine) shown(st, tm, size, out);
        break;
      case OP.showText:
      case OP.showSpacedText:
        shown(st, tm, size, out);
        break;
    }
  }
  return out;
}

/** The clip in force intersected with a path's box (path coordinates, before the CTM). */
function clipTo(st: State, [x0, y0, x1, y1]: Rect): Rect {
  const corners = [apply(st.ctm, x0, y0), apply(st.ctm, x1, y0), apply(st.ctm, x0, y1), apply(st.ctm, x1, y1)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const box: Rect = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const c = st.clip;
  return c ? [Math.max(box[0], c[0]), Math.max(box[1], c[1]), Math.min(box[2], c[2]), Math.min(box[3], c[3])] : box;
}

function shown(st: State, tm: Matrix, size: number, out: [number, number][]): void {
  const c = st.clip;
  if (!c) return;
  const m = compose(st.ctm, tm);
  const s = Math.abs(size);
  const corners = [apply(m, 0, -0.2 * s), apply(m, s, -0.2 * s), apply(m, 0, 0.8 * s), apply(m, s, 0.8 * s)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const misses = Math.max(...xs) < c[0] - SLACK || Math.min(...xs) > c[2] + SLACK || Math.max(...ys) < c[1] - SLACK || Math.min(...ys) > c[3] + SLACK;
  if (misses) out.push(apply(m, 0, 0));
}

/** A lookup of points within a quarter point. */
export function nearPoints(points: readonly [number, number][]): (x: number, y: number) => boolean {
  const cells = new Map<string, [number, number][]>();
  for (const p of points) {
    const k = `${Math.round(p[0])},${Math.round(p[1])}`;
    cells.set(k, [...(cells.get(k) ?? []), p]);
  }
  return (x, y) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (const dy of [-1, 0, 1]) {
        const list = cells.get(`${Math.round(x) + dx},${Math.round(y) + dy}`);
        if (list?.some((p) => Math.abs(p[0] - x) <= 0.25 && Math.abs(p[1] - y) <= 0.25)) return true;
      }
    }
    return false;
  };
}
