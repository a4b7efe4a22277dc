// Text a page draws outside its clipping path is not printed. 北京's PDFs draw a merged cell's
// whole text again on each page it continues on, clipped to the part of the cell on that page:
// the text layer then holds the project's code, amounts and goals over the next page's title
// and header (read as "济性、效率性、预算表12项目支出绩效目标表"), though none of it shows.
// pdf.js's text content says nothing of clipping, so the operator list is walked here: the
// clip in force (the bounding box of each clipping path, intersected, through save/restore
// and form XObjects) where each text-showing operator starts.
import { compose, mapBox, type Box, type Matrix } from './geometry.js';
import { GraphicsState, numbers } from './graphics-state.js';
import { OP } from './load.js';

/** Text shown not wholly inside its clip: where its operator starts (PDF user space), the clip, and whether too little of its line's height shows. */
export interface ClippedText {
  x: number;
  y: number;
  /** where its glyphs' advance ends along the baseline (x, PDF user space): an item pdf.js starts after leading blanks is still its */
  endX: number;
  clip: Box;
  hidden: boolean;
}

interface State {
  ctm: Matrix;
  clip: Box | null;
}

/** A glyph box this far outside its clip (points) is still taken as shown: a clip on a cell's edge. */
const SLACK = 1;
/**
 * A glyph shows when at least this share of its em box is inside the clip. A line a page break
 * cuts is drawn on both pages, clipped to each (北京: "456102-成本监审" shows 0.44 at the foot of
 * p. 31, the rest at the top of p. 32): read where more of it shows, once. A line cut once is
 * read where it shows most (上海's 出 under its cell's foot: 0.64).
 */
const SHOWN = 0.5;

/**
 * The text operators not wholly inside the clip in force (their first glyph, or their line up to
 * where its glyphs end: a label wider than its cell): `hidden` when
 * less than SHOWN of its em box's height (its font size square, from 0.2 below the baseline) is inside,
 * else cut by the clip and read in the part that shows (北京: the last line of a project's name,
 * cut by the page's first row, is that row's, not the header's).
 */
export function clippedText(fnArray: readonly number[], argsArray: readonly unknown[]): ClippedText[] {
  const out: ClippedText[] = [];
  const gs = new GraphicsState<State>({ ctm: [1, 0, 0, 1, 0, 0], clip: null });
  let clipNext = false;
  // the text line matrix (Tlm: where a text operator starts, advances within a line aside) and the leading (TL)
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let size = 0;
  // Td: (tx, ty) in text space, before the line matrix (a page moves a thousand times)
  const move = (tx: number, ty: number): void => {
    const [a, b, c, d, e, f] = tm;
    tm = [a, b, c, d, e + a * tx + c * ty, f + b * tx + d * ty];
  };
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[] | null;
    if (gs.follow(fnArray[i], args)) {
      // a form XObject clips to its bbox
      const bbox = fnArray[i] === OP.paintFormXObjectBegin ? numbers(args?.[1]) : null;
      if (bbox) gs.current.clip = clipTo(gs.current, bbox);
      continue;
    }
    const st = gs.current;
    switch (fnArray[i]) {
      // pdf.js 5 records W / W* before the path they clip by
      case OP.clip:
      case OP.eoClip:
        clipNext = true;
        break;
      case OP.constructPath: {
        // pdf.js gives the path's bounding box (before the CTM) as its third argument
        const box = clipNext ? numbers(args?.[2]) : null;
        if (box) st.clip = clipTo(st, box);
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
        tm = Array.from(numbers(args?.[0]) ?? (args as number[])) as Matrix;
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
        if (fnArray[i] !== OP.nextLine) shown(st, tm, size, advance(args?.at(-1), size), out);
        break;
      case OP.showText:
      case OP.showSpacedText:
        shown(st, tm, size, advance(args?.[0], size), out);
        break;
    }
  }
  return out;
}

/** The clip in force intersected with a path's box (path coordinates, before the CTM). */
function clipTo(st: State, box: ArrayLike<number>): Box {
  const b = mapBox(st.ctm, box[0]!, box[1]!, box[2]!, box[3]!);
  const k = st.clip;
  return k ? { x0: Math.max(b.x0, k.x0), y0: Math.max(b.y0, k.y0), x1: Math.min(b.x1, k.x1), y1: Math.min(b.y1, k.y1) } : b;
}

/**
 * How far a text operator's glyphs advance (text space, before the text matrix), from the
 * widths pdf.js gives them (thousandths of the font size; numbers are TJ's adjustments);
 * character and word spacing aside.
 */
function advance(glyphs: unknown, size: number): number {
  if (!Array.isArray(glyphs)) return Math.abs(size);
  let w = 0;
  for (const g of glyphs) w += typeof g === 'number' ? -g : typeof (g as { width?: unknown })?.width === 'number' ? (g as { width: number }).width : 0;
  return (w / 1000) * Math.abs(size);
}

/** Records the text operator starting at `tm` when its glyphs (`width` long) are not wholly inside the clip. */
function shown(st: State, tm: Matrix, size: number, width: number, out: ClippedText[]): void {
  const c = st.clip;
  if (!c) return;
  const m = compose(st.ctm, tm);
  const s = Math.abs(size);
  const inside = (b: Box): boolean => b.x0 >= c.x0 - SLACK && b.x1 <= c.x1 + SLACK && b.y0 >= c.y0 - SLACK && b.y1 <= c.y1 + SLACK;
  const g = mapBox(m, 0, -0.2 * s, s, 0.8 * s);
  // a line running on past its clip (a label wider than its cell) is recorded too: read where it shows
  if (inside(g) && inside(mapBox(m, 0, -0.2 * s, Math.max(s, width), 0.8 * s))) return;
  const overlap = (lo0: number, hi0: number, lo1: number, hi1: number): number => Math.max(0, Math.min(hi0, hi1) - Math.max(lo0, lo1)) / (hi0 - lo0 || 1);
  // across the line only: a line starting before its clip (a centred label wider than its
  // cell, 陕西) shows from where it enters it, which the item's width tells (text.ts)
  const vertical = Math.abs(m[1]) > Math.abs(m[0]);
  const shows = vertical ? overlap(g.x0, g.x1, c.x0, c.x1) : overlap(g.y0, g.y1, c.y0, c.y1);
  out.push({ x: m[4], y: m[5], endX: m[4] + m[0] * width, clip: c, hidden: shows < SHOWN });
}

/**
 * The entry shown where a text item starts (within a quarter point), or whose line holds the
 * item `width` long (x and width in user space along the baseline), if any; most pages have
 * none, and nothing is looked up.
 */
export function clipLookup(entries: readonly ClippedText[]): (x: number, y: number, width: number) => ClippedText | undefined {
  if (entries.length === 0) return () => undefined;
  // entries by their whole-point cell; a page is under 100,000 pt wide
  const key = (x: number, y: number): number => Math.round(x) * 100_000 + Math.round(y);
  const cells = new Map<number, ClippedText[]>();
  for (const t of entries) {
    const k = key(t.x, t.y);
    const list = cells.get(k);
    if (list) list.push(t);
    else cells.set(k, [t]);
  }
  // and by their baseline: an item starting inside an entry's line (after the blanks it began with)
  const lines = new Map<number, ClippedText[]>();
  for (const t of entries) {
    const list = lines.get(Math.round(t.y));
    if (list) list.push(t);
    else lines.set(Math.round(t.y), [t]);
  }
  return (x, y, width) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const hit = cells.get(key(x + dx, y + dy))?.find((t) => Math.abs(t.x - x) <= 0.25 && Math.abs(t.y - y) <= 0.25);
        if (hit) return hit;
      }
    }
    for (let dy = -1; dy <= 1; dy++) {
      // (the item ends where the line does, and starts inside its clip: text beside it is another
      // cell's; a line the clip hides is not lent: what of it pdf.js gave apart is judged apart)
      const hit = lines.get(Math.round(y) + dy)?.find((t) => !t.hidden && Math.abs(t.y - y) <= 0.25 && t.x < x && Math.abs(t.endX - (x + width)) <= 1 && t.clip.x0 <= x && x < t.clip.x1);
      if (hit) return hit;
    }
    return undefined;
  };
}
