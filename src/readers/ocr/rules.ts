// Ruling lines of a table found in a page bitmap: long runs of ink along a row (horizontal
// rules) or a column (vertical rules), as the same segments the PDF reader takes from a page's
// vector drawing (then snapped and joined by mergeSegments, and made into grids by findGrids).
// The rules are erased from the bitmap afterwards, so cell crops hold text only.
// A thin rule scanned, blurred and JPEG-compressed is grey rather than black: a rule pixel is
// lighter than ink (RULE_INK), but a run must be partly black ink too (STRONG_SHARE), so a
// grey smear (a seal's edge after chroma subsampling) is not a rule. Rules printed grey are
// looked for after the black ones, away from print and with no seal (see findRules).
import type { Segment } from '../pdf/lines.js';
import { greyPrint, INK, type Gray } from './bitmap.js';

/** Shortest rule, in points: longer than a stroke of a 16 pt title character. */
const MIN_RULE_PT = 17;
/**
 * A rule shorter than this (points) is a rule only where it meets a rule across it: the bottom
 * strokes of two bold characters side by side (基本) make a run as long as a short rule, but
 * nothing crosses them, while every rule of a ruled table meets the rules across it. A rule
 * broken by the scan into pieces is measured whole: runs in line (one pixel apart) with gaps
 * up to BROKEN_GAP_PT are one rule.
 */
const LONE_RULE_PT = 50;
/**
 * A run thicker than this (points: so many rows of ink on top of each other) and shorter than
 * LONE_RULE_PT is a stroke of a bold glyph, not a rule, whatever crosses it: 湖州's 22 pt bold
 * titles (门, 出, 市 strokes 20 pt long and 2 pt thick, meeting each other) made grids of
 * their own, cut the titles into cells and read them as 级部广、般…支H. Table rules are
 * hairlines to 1 pt, 1.5 pt blurred by a scan; a thick outer border is long.
 */
const STROKE_PT = 1.6;
const BROKEN_GAP_PT = 5;
/** How near (points) a rule across must come to a rule's ends or line to meet it. */
const MEET_PT = 3;
/**
 * Shortest rule (points) that runs from one rule across to the next in line with a longer rule:
 * a column rule in one row only, shorter than MIN_RULE_PT (北京's 收入总计 | 9,626.777589 | 支出总计
 * row, 12.6 pt high, under a row printed without that rule). A glyph's stroke in line with the
 * column's rule stops short of its cell's rules (SPAN_MEET_PT).
 */
const SPAN_RULE_PT = 6;
/** Pieces (points) such a rule is gathered from, the scan having broken a faint one. */
const SPAN_PIECE_PT = 1.5;
/** Share of such a rule's stretch its pieces cover. */
const SPAN_COVER = 0.6;
/**
 * How near (points) such a rule's ends come to the rules across (beyond what erasing them took
 * away): it touches them, while a glyph's stroke stops short of its cell's rules by the padding.
 */
const SPAN_MEET_PT = 1.5;
/** How far (points) such a rule may be from the line of the longer rule. */
const IN_LINE_PT = 1;
/** Gaps in a rule (scan dropout, JPEG) bridged, in pixels. */
const MAX_GAP_PX = 2;
/** A pixel darker than this may be part of a rule. */
export const RULE_INK = 180;
/** Share of a rule's pixels that must be ink (darker than INK). */
const STRONG_SHARE = 0.3;
/**
 * Parallel rules closer than this (points) over a common stretch are one: a double border or a
 * blurred thick one. No row or column of a table is this narrow.
 */
const DOUBLE_RULE_PT = 5;

interface PixelRun {
  axis: Axis;
  /** row (h) or column (v) in pixels. */
  at: number;
  from: number;
  to: number;
}

/**
 * Rules as segments in points (display space: `scale` pixels per point), erasing them from `img`
 * and from `also` (the same page, inked otherwise): black ones, then grey ones, then faint ones
 * (ridges), each tone's short rules (one row's or one column's stretch) after its long ones.
 * Grey and faint rules are looked for in `plain`, the page without its coloured inks: a red seal
 * is as light as grey print in the red channel.
 */
export function findRules(img: Gray, scale: number, also: readonly Gray[] = [], plain: Gray = img): Segment[] {
  const min = Math.round(MIN_RULE_PT * scale);
  const images = [...new Set([img, ...also, plain])];
  // faint rules' ridges as printed: erasing the rules found first would cut them where they cross
  const hRidges = ridges(plain, 'h');
  const vRidges = ridges(plain, 'v');
  // runs along `axis` are looked for in `source(axis)`, short ones in `whole(axis)`: a grey
  // rule's stretch beside print (an amount printed against its column rule) is gone from the
  // page away from print
  const find = (source: (axis: Axis) => Gray, tone: Tone, across: readonly PixelRun[], whole = source): PixelRun[] => {
    const runs = (axis: Axis, from: Gray, least: number, only?: number[]): PixelRun[] =>
      withoutStrokes(from, pixelRuns(from, axis, least, tone, only), STROKE_PT * scale, tone.thick ? LONE_RULE_PT * scale : Infinity, tone.ink);
    const long = ruled(runs('h', source('h'), min), runs('v', source('v'), min), scale, across, tone.bounded);
    // a rule found is taken out of the page and of the image it was found in (a faint rule's
    // ridges: what is left of it there is its stretches not found, in line with it)
    for (const r of long) for (const im of new Set([...images, source(r.axis), whole(r.axis)])) erase(im, r);
    // a short rule is in line with a longer one: only those lines are read for it
    const short = (axis: Axis): PixelRun[] => spanning(runs(axis, whole(axis), Math.round(SPAN_PIECE_PT * scale), linesOf(axis, [...long, ...across], whole(axis), scale)), [...long, ...across], scale);
    const found = [...short('h'), ...short('v')];
    for (const r of found) for (const im of images) erase(im, r);
    return [...long, ...found];
  };
  const black = find(() => img, BLACK, []);
  // grey rules are looked for once the black ones are erased, and away from print: the grey
  // edges of black strokes and rules are no grey rule
  const greyInk = greyPrint(plain);
  const away = greyInk > RULE_INK ? awayFromPrint(plain) : null;
  const grey = away ? find(() => away, { ink: greyInk, strongInk: 0, strongShare: 0, thick: false }, black, () => plain) : [];
  // and then rules fainter still, by their contrast with the paper either side
  const ridgesAlong = (axis: Axis): Gray => (axis === 'h' ? hRidges : vRidges);
  for (const r of [...black, ...grey]) erase(ridgesAlong(r.axis), r);
  const faint = find(ridgesAlong, RIDGE, [...black, ...grey]);
  return snapDoubles([...black, ...grey, ...faint].map((r) => ({ axis: r.axis, at: (r.at + 0.5) / scale, from: r.from / scale, to: (r.to + 1) / scale })));
}

type Axis = 'h' | 'v';

/** A pixel darker by this than the pixels RIDGE_PX either side of it across a rule's line is on a faint rule. */
const RIDGE_CONTRAST = 12;
const RIDGE_PX = 3;
/** The ridges image's pixels: 0 on a ridge, 255 elsewhere; a faint rule's ridge has gaps where the noise is darker beside it. */
const RIDGE: Tone = { ink: 128, strongInk: 0, strongShare: 0, thick: false, gap: 4, bounded: true };

/**
 * The pixels of `img` darker than both their neighbours RIDGE_PX away across lines along `axis`:
 * a thin rule lighter than any threshold of print (北京's 0.75 grey rules, 218–232 on a JPEG
 * scan at 200 dpi, paper 248), whatever the paper's or a cell's shading. A glyph's thick stroke
 * is no ridge (its neighbours on one side are as dark), a thin one is short.
 */
function ridges(img: Gray, axis: Axis): Gray {
  const { width, height, data } = img;
  const out = new Uint8Array(data.length).fill(255);
  const d = axis === 'v' ? RIDGE_PX : RIDGE_PX * width;
  const [x0, x1, y0, y1] = axis === 'v' ? [RIDGE_PX, width - RIDGE_PX, 0, height] : [0, width, RIDGE_PX, height - RIDGE_PX];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      if ((data[i] as number) + RIDGE_CONTRAST <= Math.min(data[i - d] as number, data[i + d] as number)) out[i] = 0;
    }
  }
  return { width, height, data: out };
}

/**
 * What a rule's pixels are: darker than `ink`, and at least `strongShare` of them darker than
 * `strongInk`; whether a long band thicker than STROKE_PT is one (`thick`: a thick black
 * border is; grey so thick is a filled area, such as a chart's grey disc).
 */
interface Tone {
  /** gaps bridged in a run (pixels), MAX_GAP_PX unless said. */
  gap?: number;
  /**
   * a rule shorter than a lone one must end on rules across at both ends, not merely meet one:
   * a glyph's thin strokes beside its cell's rule (十七 at 150 dpi) make a faint run that meets
   * it, and a large glyph's upright stands on the rule under its cell (福州's 20-pt project
   * titles: 斗's, 18 pt long, erased as a rule, read 科·学).
   */
  bounded?: boolean;
  ink: number;
  strongInk: number;
  strongShare: number;
  thick: boolean;
}
const BLACK: Tone = { ink: RULE_INK, strongInk: INK, strongShare: STRONG_SHARE, thick: true, bounded: true };

/** Pixels this near (Chebyshev distance) a pixel of print (darker than INK) are its anti-aliased edge. */
const PRINT_EDGE_PX = 2;

/** A copy of `img` with print and its edges whitened: what is left is what was printed grey. */
function awayFromPrint(img: Gray): Gray {
  const { width, height, data } = img;
  const out = Uint8Array.from(data);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((data[y * width + x] as number) >= INK) continue;
      for (let yy = Math.max(0, y - PRINT_EDGE_PX); yy <= Math.min(height - 1, y + PRINT_EDGE_PX); yy++) {
        out.fill(255, yy * width + Math.max(0, x - PRINT_EDGE_PX), yy * width + Math.min(width, x + PRINT_EDGE_PX + 1));
      }
    }
  }
  return { width, height, data: out };
}

/**
 * The runs but those in short bands of ink thicker than `thick` pixels (glyph strokes). A band is
 * measured in the image, not by the runs stacked: a serif or tapered stroke (一 of a 22 pt 宋体
 * title) is as long as a rule in a few middle rows only, and its other rows are ink too.
 */
function withoutStrokes(img: Gray, runs: readonly PixelRun[], thick: number, long: number, ink: number): PixelRun[] {
  return runs.filter((r) => r.to - r.from + 1 >= long || inkBand(img, r, ink, thick) <= thick);
}

/** Rows (or columns) of ink the run is part of, counted up to `most` + 1: those next to it with at least half its stretch ink. */
function inkBand(img: Gray, r: PixelRun, ink: number, most: number): number {
  const lines = r.axis === 'h' ? img.height : img.width;
  const inked = (at: number): boolean => {
    let n = 0;
    for (let i = r.from; i <= r.to; i++) if ((img.data[r.axis === 'h' ? at * img.width + i : i * img.width + at] as number) < ink) n++;
    return 2 * n >= r.to - r.from + 1;
  };
  let band = 1;
  for (let at = r.at - 1; at >= 0 && band <= most && inked(at); at--) band++;
  for (let at = r.at + 1; at < lines && band <= most && inked(at); at++) band++;
  return band;
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

/**
 * The runs that are rules: those of long rules, and of shorter ones a run across (or a rule
 * `found` before) meets, or, `bounded`, ends on at both ends.
 */
function ruled(h: readonly PixelRun[], v: readonly PixelRun[], scale: number, found: readonly PixelRun[], bounded = false): PixelRun[] {
  const near = MEET_PT * scale;
  const meets = (a: PixelRun, b: PixelRun): boolean => b.at >= a.from - near && b.at <= a.to + near && a.at >= b.from - near && a.at <= b.to + near;
  const keep = (runs: readonly PixelRun[], across: readonly PixelRun[]): PixelRun[] =>
    brokenRules(runs, BROKEN_GAP_PT * scale)
      .filter((rule) => {
        const from = Math.min(...rule.map((r) => r.from));
        const to = (rule.at(-1) as PixelRun).to;
        if (to - from + 1 >= LONE_RULE_PT * scale) return true;
        if (!bounded) return rule.some((r) => across.some((c) => meets(r, c)));
        return endsOnRule(rule[0] as PixelRun, from, across, near) && endsOnRule(rule[0] as PixelRun, to, across, near);
      })
      .flat();
  return [...keep(h, [...v, ...found.filter((r) => r.axis === 'v')]), ...keep(v, [...h, ...found.filter((r) => r.axis === 'h')])];
}

/**
 * Of runs too short to be rules alone, those (gathered, if the scan broke them) in line with a
 * rule `found` on their axis and not beside one, that end at both ends on a rule across or where
 * the rule they are in line with stops.
 */
function spanning(runs: readonly PixelRun[], found: readonly PixelRun[], scale: number): PixelRun[] {
  const near = SPAN_MEET_PT * scale;
  // on a rule across, or where the rule it is in line with stops (the stretch a scan left out of it)
  const endsOn = (r: PixelRun, end: number): boolean =>
    endsOnRule(r, end, found, near) || found.some((c) => c.axis === r.axis && Math.abs(c.at - r.at) <= IN_LINE_PT * scale && (Math.abs(c.to - end) <= near || Math.abs(c.from - end) <= near));
  const rules = brokenRules(runs, BROKEN_GAP_PT * scale)
    .flatMap((rule) => cutAtRules(rule, found))
    .map((rule) => ({ pieces: rule, at: (rule[0] as PixelRun).at, from: Math.min(...rule.map((r) => r.from)), to: (rule.at(-1) as PixelRun).to, cover: rule.reduce((n, r) => n + r.to - r.from + 1, 0) }))
    .filter((r) => r.to - r.from + 1 >= SPAN_RULE_PT * scale && r.cover >= SPAN_COVER * (r.to - r.from + 1) && endsOn(r.pieces[0] as PixelRun, r.from) && endsOn(r.pieces[0] as PixelRun, r.to));
  const inLine = (a: { at: number }, b: { at: number }): boolean => Math.abs(a.at - b.at) <= IN_LINE_PT * scale;
  const axis = runs[0]?.axis;
  return rules
    .filter((r) => !besideAny({ axis: axis as Axis, ...r }, found, scale))
    .filter((r) => found.some((f) => f.axis === axis && inLine(f, r)))
    .flatMap((r) => r.pieces);
}

/** The lines (rows for h, columns for v) within IN_LINE_PT of a rule found along `axis`. */
function linesOf(axis: Axis, found: readonly PixelRun[], img: Gray, scale: number): number[] {
  const reach = Math.floor(IN_LINE_PT * scale);
  const count = axis === 'h' ? img.height : img.width;
  const lines = new Set<number>();
  for (const f of found) if (f.axis === axis) for (let k = Math.max(0, f.at - reach); k <= Math.min(count - 1, f.at + reach); k++) lines.add(k);
  return [...lines].sort((a, b) => a - b);
}

/** Whether a run's end (`end`, along its axis) lies within `near` of a rule across that reaches its line. */
function endsOnRule(r: PixelRun, end: number, rules: readonly PixelRun[], near: number): boolean {
  return rules.some((c) => c.axis !== r.axis && Math.abs(c.at - end) <= near && r.at >= c.from - near && r.at <= c.to + near);
}

/** A rule's pieces parted where a rule across runs between two of them: each row's stretch is judged on its own. */
function cutAtRules(pieces: readonly PixelRun[], found: readonly PixelRun[]): PixelRun[][] {
  const out: PixelRun[][] = [];
  for (const p of [...pieces].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1)?.at(-1);
    const cut = last && found.some((c) => c.axis !== p.axis && c.at > last.to && c.at < p.from && p.at >= c.from && p.at <= c.to);
    if (!last || cut) out.push([p]);
    else (out.at(-1) as PixelRun[]).push(p);
  }
  return out.map((g) => g.sort((a, b) => a.to - b.to));
}

/**
 * Whether a rule already runs beside the run along its stretch: the run is that rule again (a
 * faint rule's ridge), what erasing it left, or a glyph's stroke in its cell (十 of 十七、金融支出
 * against its column rule at 150 dpi): no cell is so narrow.
 */
function besideAny(r: PixelRun, found: readonly PixelRun[], scale: number): boolean {
  return found.some((f) => f.axis === r.axis && Math.abs(f.at - r.at) <= DOUBLE_RULE_PT * scale && f.from < r.to && r.from < f.to);
}

/** Runs grouped into rules: in line (at most a pixel apart) with gaps up to `gap` pixels; each group by `to`. */
function brokenRules(runs: readonly PixelRun[], gap: number): PixelRun[][] {
  const sorted = [...runs].sort((a, b) => a.at - b.at || a.from - b.from);
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as PixelRun;
    for (let j = i + 1; j < sorted.length && (sorted[j] as PixelRun).at - a.at <= 1; j++) {
      const b = sorted[j] as PixelRun;
      if (Math.max(a.from, b.from) - Math.min(a.to, b.to) <= gap) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, PixelRun[]>();
  sorted.forEach((r, i) => {
    const group = groups.get(root(i));
    if (group) group.push(r);
    else groups.set(root(i), [r]);
  });
  return [...groups.values()].map((g) => g.sort((a, b) => a.to - b.to));
}

/** Runs of ink along `axis` at least `min` long, on every line or on `only` (rows for h, columns for v). */
function pixelRuns(img: Gray, axis: Axis, min: number, tone: Tone, only?: readonly number[]): PixelRun[] {
  const { width, height, data } = img;
  const gap = tone.gap ?? MAX_GAP_PX;
  const keep = (at: number, from: number, to: number, strong: number): boolean => to - from + 1 >= min && strong >= tone.strongShare * (to - from + 1);
  const lines = only ?? Array.from({ length: axis === 'h' ? height : width }, (_, k) => k);
  if (axis === 'h') {
    const out: PixelRun[] = [];
    for (const y of lines) {
      let start = -1;
      let last = -1;
      let strong = 0;
      for (let x = 0; x <= width; x++) {
        const v = x < width ? (data[y * width + x] as number) : 255;
        if (v < tone.ink) {
          if (start < 0) {
            start = x;
            strong = 0;
          }
          last = x;
          if (v < tone.strongInk) strong++;
        } else if (start >= 0 && (x - last > gap || x === width)) {
          if (keep(y, start, last, strong)) out.push({ axis, at: y, from: start, to: last });
          start = -1;
        }
      }
    }
    return out;
  }
  // columns are read row by row, each its run in progress (read down the page, every pixel
  // missed the cache): its start, last inked row and pixels darker than strongInk
  const start = new Int32Array(width).fill(-1);
  const last = new Int32Array(width).fill(-1);
  const strong = new Int32Array(width);
  const found: PixelRun[][] = Array.from({ length: width }, () => []);
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    for (const x of lines) {
      const v = y < height ? (data[row + x] as number) : 255;
      if (v < tone.ink) {
        if ((start[x] as number) < 0) {
          start[x] = y;
          strong[x] = 0;
        }
        last[x] = y;
        if (v < tone.strongInk) strong[x] = (strong[x] as number) + 1;
      } else if ((start[x] as number) >= 0 && (y - (last[x] as number) > gap || y === height)) {
        if (keep(x, start[x] as number, last[x] as number, strong[x] as number)) (found[x] as PixelRun[]).push({ axis, at: x, from: start[x] as number, to: last[x] as number });
        start[x] = -1;
      }
    }
  }
  return found.flat();
}

/** Whitens a rule and three pixels on each side of it (blurred, anti-aliased edges). */
function erase(img: Gray, r: PixelRun): void {
  for (let d = -3; d <= 3; d++) {
    const at = r.at + d;
    if (at < 0 || at >= (r.axis === 'h' ? img.height : img.width)) continue;
    for (let i = r.from; i <= r.to; i++) img.data[r.axis === 'h' ? at * img.width + i : i * img.width + at] = 255;
  }
}
