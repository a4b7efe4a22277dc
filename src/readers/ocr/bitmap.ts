// Page bitmaps for OCR: PNM in and out (what pdftoppm writes and tesseract reads), ink as the
// red channel (a red seal is light there, while black print and blue or black ink stay: coloured
// titles are print too) for the rules, the same with the seal taken out for the text, and with
// a blue pen's strokes taken out too for the cells; skew found from the rows of ink and undone.

/** 8-bit grey image, 0 = black, row-major. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A page's ink, three ways: `rules` is the red channel, where a red seal is light and print
 * under it stays at least as dark as printed (a faint rule under the seal is still found);
 * `text` has the seal taken out (see withoutInk), for reading characters; `cells` has blue
 * ink taken out as well, for table cells a signature crosses (blue print, such as a title, is
 * read from `text`). Images without what they take out are the same object.
 */
export interface PageInk {
  rules: Gray;
  text: Gray;
  cells: Gray;
}

/** Reads a binary PGM (P5) or PPM (P6, 8-bit) as ink. */
export function readPage(buf: Uint8Array): PageInk {
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < buf.length && /\s/.test(String.fromCharCode(buf[at] as number))) at++;
      if (buf[at] !== 0x23) break; // a comment line
      while (at < buf.length && buf[at] !== 0x0a) at++;
    }
    const start = at;
    while (at < buf.length && !/\s/.test(String.fromCharCode(buf[at] as number))) at++;
    return String.fromCharCode(...buf.subarray(start, at));
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  at++; // the single whitespace before the raster
  if ((magic !== 'P5' && magic !== 'P6') || max !== 255 || !(width > 0) || !(height > 0)) throw new Error(`not an 8-bit PGM/PPM (${magic} ${max})`);
  if (magic === 'P5') {
    const rules = { width, height, data: buf.slice(at, at + width * height) };
    return { rules, text: rules, cells: rules };
  }
  const rgb = buf.subarray(at, at + width * height * 3);
  const red = new Uint8Array(width * height);
  for (let i = 0; i < red.length; i++) red[i] = rgb[i * 3] as number;
  const rules = { width, height, data: red };
  const noSeal = withoutInk(rgb, red, width, SEAL);
  const text = noSeal ? { width, height, data: noSeal } : rules;
  const noPen = withoutInk(rgb, text.data, width, PEN);
  return { rules, text, cells: noPen ? { width, height, data: noPen } : text };
}

/** A pixel this much lighter in an ink's channel than in both others is that ink (print is grey; JPEG fringes stay under). */
const INK_CONTRAST = 60;

/** Pixels an ink's coverage reaches beyond where its colour shows: JPEG keeps colour at half resolution, so a stroke's edges are darker than they are coloured. */
const INK_SPREAD = 1;
/** Under coloured ink (coverage at least INK_COVER), a pixel lighter than INK_EDGE once lifted is no print: print is darker than INK. */
const INK_EDGE = 205;
const INK_COVER = 0.3;

/**
 * A coloured ink: the channel it is light in, and the least coverage that is that ink. A seal
 * is any red; a pen's stroke is solid, while grey print takes a faint blue tint from JPEG
 * (taken out, it would lighten print across the page).
 */
interface Ink {
  channel: number;
  minCover: number;
}
const SEAL: Ink = { channel: 0, minCover: 0 };
const PEN: Ink = { channel: 2, minCover: INK_COVER };

/**
 * `base` (grey ink) with a coloured ink taken out: a red seal (SEAL) or a blue pen's strokes
 * (PEN), none when the page has no such ink. Ink multiplies on paper, so a pixel is black ink
 * k times coloured ink of coverage a: L = k·(1 − a(1 − sL)) in the ink's light channel and
 * M = k·(1 − a(1 − sM)) in the darker of the other two, (sL, sM) the ink's own colour, measured
 * on the page (inkColour). From the ratio of the two channels comes a, from L then k: the ink's
 * pixels come out paper white, print under it as dark as it was printed, other pixels as in
 * `base`. The ink's grey edges (its colour blurred away) are whitened where they stay light.
 */
function withoutInk(rgb: Uint8Array, base: Uint8Array, width: number, { channel, minCover }: Ink): Uint8Array | null {
  const colour = inkColour(rgb, channel);
  if (!colour) return null;
  const n = base.length;
  const out = base.slice();
  const [sL, sM] = colour;
  const o1 = (channel + 1) % 3;
  const o2 = (channel + 2) % 3;
  // the ink's coverage of each pixel, spread to its neighbours (only the ink's few pixels are
  // visited; no Math.* per pixel: under jest's sandbox each call costs as much as the rest)
  const cover = new Float32Array(n);
  const height = n / width;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const l = rgb[j + channel] as number;
    const p = rgb[j + o1] as number;
    const q = rgb[j + o2] as number;
    const m = p > q ? p : q;
    if (l <= m) continue;
    const c = (1 - m / l) / (1 - sM - (m / l) * (1 - sL));
    const a = c < 1 ? c : 1;
    if (!(a > minCover)) continue;
    const x = i % width;
    const y = (i - x) / width;
    for (let yy = y > INK_SPREAD ? y - INK_SPREAD : 0; yy <= y + INK_SPREAD && yy < height; yy++) {
      for (let xx = x > INK_SPREAD ? x - INK_SPREAD : 0; xx <= x + INK_SPREAD && xx < width; xx++) {
        const k = yy * width + xx;
        if (a > (cover[k] as number)) cover[k] = a;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const a = cover[i] as number;
    if (a <= 0) continue;
    const v = (rgb[i * 3 + channel] as number) / (1 - a * (1 - sL));
    // what stays light where the ink lies is its edges (JPEG's ringing, grey where the colour is
    // lost); taking ink out never darkens a pixel (a seal's pixel beside a bluish JPEG fringe)
    const lifted = (v >= INK_EDGE && a >= INK_COVER) || v >= 254.5 ? 255 : (v + 0.5) | 0;
    if (lifted > (out[i] as number)) out[i] = lifted;
  }
  return out;
}

/** Fewer pixels of a colour than this are specks, not a seal or a pen's strokes. */
const INK_PIXELS = 200;

/**
 * A coloured ink's colour as (its light channel, the darker of the other two) in 0..1, none
 * when the page has none: of its most saturated quarter of pixels (the lowest M / L), the
 * median ratio and the upper quartile of L (print under the ink keeps the ratio but darkens
 * L; the ink alone is the bright ones).
 */
function inkColour(rgb: Uint8Array, channel: number): [number, number] | undefined {
  const o1 = (channel + 1) % 3;
  const o2 = (channel + 2) % 3;
  const inked: [number, number][] = [];
  for (let j = 0; j < rgb.length; j += 3) {
    const l = rgb[j + channel] as number;
    const p = rgb[j + o1] as number;
    const q = rgb[j + o2] as number;
    const m = p > q ? p : q;
    if (l - m > INK_CONTRAST) inked.push([m / l, l / 255]);
  }
  if (inked.length < INK_PIXELS) return undefined;
  inked.sort((x, y) => x[0] - y[0]);
  const purest = inked.slice(0, Math.ceil(inked.length / 4));
  const at = (k: 0 | 1, share: number): number => purest.map((p) => p[k]).sort((x, y) => x - y)[Math.floor(purest.length * share)] as number;
  const sL = at(1, 0.75);
  return [sL, at(0, 0.5) * sL];
}

export function writePgm(img: Gray): Buffer {
  const head = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([head, Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length)]);
}

/** Pixels darker than this are ink. */
export const INK = 150;

/** The part of an image inside [x0, x1) × [y0, y1), clipped to it. */
export function crop(img: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1));
  const by = Math.min(img.height, Math.ceil(y1));
  const width = Math.max(0, bx - ax);
  const height = Math.max(0, by - ay);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(img.data.subarray((ay + y) * img.width + ax, (ay + y) * img.width + ax + width), y * width);
  return { width, height, data };
}

/** Ink pixels in the image. */
export function inkCount(img: Gray): number {
  let n = 0;
  for (const v of img.data) if (v < INK) n++;
  return n;
}

/**
 * Rules printed grey (北京's tables: 0.75 grey, 190 on a scan) are lighter than ink throughout;
 * their pixels are darker than this, and darker than the paper by PAPER_MARGIN. Cell shading
 * (240) and a seal's smear on paper stay lighter.
 */
const GREY_PRINT = 215;
const PAPER_MARGIN = 30;

/** Below what a pixel is print, grey print included: GREY_PRINT, or less on grey paper. */
export function greyPrint(img: Gray): number {
  const count = new Uint32Array(256);
  const { data } = img;
  for (let i = 0; i < data.length; i++) count[data[i] as number] = (count[data[i] as number] as number) + 1;
  const paper = count.indexOf(Math.max(...count));
  return Math.min(GREY_PRINT, paper - PAPER_MARGIN);
}

/**
 * The page's skew in degrees (positive: lines fall to the right), within ±MAX_SKEW to 0.05°:
 * the angle whose sheared rows of ink are the most sharply peaked (text lines and horizontal
 * rules line up at the true angle).
 */
export function skewAngle(img: Gray, plain: Gray = img): number {
  const xs: number[] = [];
  const ys: number[] = [];
  // grey print counts (from `plain`, the page without coloured inks, where a seal is not grey
  // print): on a page of grey rules and a few lines of text, the text alone gave a sheared 0.65°
  // (北京's 三公 page)
  const grey = greyPrint(plain);
  // a quarter of the pixels is plenty: every fourth of every row, rows alternating by two.
  // Every row, not every other one: with every other row sampled, 0° alone left every other
  // row's bin empty, which about doubled the score of any ink taller than a pixel, and 0° beat
  // the true angle on pages of dense text (150-dpi project pages at 0.5° and 0.8° read as straight)
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    for (let x = (y % 2) * 2; x < img.width; x += 4) {
      if ((img.data[row + x] as number) < INK || (plain.data[row + x] as number) < grey) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  const bins = new Float64Array(img.height + 2 * Math.ceil(img.width * Math.tan((MAX_SKEW * Math.PI) / 180)) + 2);
  const offset = (bins.length - img.height) / 2;
  const score = (a: number): number => {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const k = ((ys[i] as number) - (xs[i] as number) * t + offset + 0.5) | 0; // ≥ 0: the bins' margin
      bins[k] = (bins[k] as number) + 1;
    }
    let sum = 0;
    for (const b of bins) sum += b * b;
    return sum;
  };
  // coarse steps over the whole range, then 0.05° steps around the best of them
  const best = (from: number, to: number, step: number): number => {
    let at = 0;
    let top = -1;
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = score(a);
      if (s > top) [top, at] = [s, a];
    }
    return at;
  };
  const coarse = best(-MAX_SKEW, MAX_SKEW, COARSE_STEP);
  return Math.round(best(coarse - COARSE_STEP, coarse + COARSE_STEP, 0.05) * 100) / 100;
}

/** Steps of the first search (degrees): a rule 3,000 px long drifts 13 px over one, still a peak. */
const COARSE_STEP = 0.25;
/** A page skewed further is read skewed (a 3° turn is plain to the eye, and happens: a sheet fed askew, a photo). */
const MAX_SKEW = 5;

/** The image rotated by `degrees` about its centre (undoing a skew of -degrees), white outside. */
export function rotate(img: Gray, degrees: number): Gray {
  if (degrees === 0) return img;
  const { width, height } = img;
  const out = new Uint8Array(width * height).fill(255);
  const r = (degrees * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // where this output pixel comes from in the input (inverse rotation), nearest pixel (no
      // Math.round: a call per pixel is slow under jest's sandbox)
      const fx = cx + dx * cos + dy * sin + 0.5;
      const fy = cy - dx * sin + dy * cos + 0.5;
      if (fx >= 0 && fy >= 0 && fx < width && fy < height) out[y * width + x] = img.data[(fy | 0) * width + (fx | 0)] as number;
    }
  }
  return { width, height, data: out };
}

/** Stretches [first, last] of 0…n−1 where `on` holds, joined across gaps up to `gap`. */
export function stretches(n: number, on: (i: number) => boolean, gap: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!on(i)) continue;
    const last = out[out.length - 1];
    if (last && i - last[1] - 1 <= gap) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** Whitens the box [x0, x1) × [y0, y1) of `img` (rounded outwards, clipped to the image). */
export function whiten(img: Gray, x0: number, y0: number, x1: number, y1: number): void {
  const [a, b] = [Math.max(0, Math.floor(x0)), Math.min(img.width, Math.ceil(x1))];
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) img.data.fill(255, y * img.width + a, y * img.width + b);
}

/** A clockwise turn by a quarter turn's multiple: what makes a page scanned sideways or upside down upright. */
export type Turn = 0 | 90 | 180 | 270;

/** The image turned clockwise by `degrees`. */
export function turn(img: Gray, degrees: Turn): Gray {
  if (degrees === 0) return img;
  const { width, height, data } = img;
  const quarter = degrees !== 180;
  const w = quarter ? height : width;
  const h = quarter ? width : height;
  const out = new Uint8Array(width * height);
  // where (x, y) lands, turned clockwise: 90° (height − 1 − y, x), 180° (width − 1 − x,
  // height − 1 − y), 270° (y, width − 1 − x); one loop per turn (a pixel loop is hot)
  for (let y = 0; y < height; y++) {
    const row = y * width;
    if (degrees === 90) for (let x = 0; x < width; x++) out[x * w + height - 1 - y] = data[row + x] as number;
    else if (degrees === 180) for (let x = 0; x < width; x++) out[(height - 1 - y) * w + width - 1 - x] = data[row + x] as number;
    else for (let x = 0; x < width; x++) out[(width - 1 - x) * w + y] = data[row + x] as number;
  }
  return { width: w, height: h, data: out };
}

/** `change` applied to each image of the page's ink once (the three may be one object, or two). */
export function eachImage(ink: PageInk, change: (img: Gray) => Gray): PageInk {
  const done = new Map<Gray, Gray>();
  const once = (img: Gray): Gray => done.get(img) ?? (done.set(img, change(img)).get(img) as Gray);
  return { rules: once(ink.rules), text: once(ink.text), cells: once(ink.cells) };
}

/** Side of the blocks the paper's brightness is measured in (pixels at 300 dpi: 4 mm). */
const PAPER_BLOCK = 48;
/** Paper darker than this is in a shadow (a photo's falloff, a book's spine): brightened to white. */
const SHADOW = 235;

/**
 * The page's ink with shadows lifted: the paper's brightness is the lightest pixel of each
 * block (and of its neighbours: a block inside a dark fill takes theirs), interpolated between
 * block centres, and each pixel where the paper is darker than SHADOW is divided by it. A page
 * photographed with its left side at 60 % light had ink-dark paper there: its 收支总表 was
 * found, and not one line of it read. Pages without a shadow are left as they are.
 */
export function withoutShadow(ink: PageInk): PageInk {
  const paper = paperLevels(ink.rules);
  return paper ? eachImage(ink, (img) => lifted(img, paper)) : ink;
}

interface PaperLevels {
  columns: number;
  rows: number;
  level: Float32Array;
}

/** The paper's brightness per block, none when no block is in a shadow. */
function paperLevels(img: Gray): PaperLevels | undefined {
  const columns = Math.ceil(img.width / PAPER_BLOCK);
  const rows = Math.ceil(img.height / PAPER_BLOCK);
  const max = new Float32Array(columns * rows);
  for (let y = 0; y < img.height; y++) {
    const r = ((y / PAPER_BLOCK) | 0) * columns;
    for (let x = 0; x < img.width; x++) {
      const k = r + ((x / PAPER_BLOCK) | 0);
      const v = img.data[y * img.width + x] as number;
      if (v > (max[k] as number)) max[k] = v;
    }
  }
  const level = new Float32Array(columns * rows);
  let shadow = false;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      let m = 0;
      for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) if (i + di >= 0 && i + di < columns && j + dj >= 0 && j + dj < rows) m = Math.max(m, max[(j + dj) * columns + i + di] as number);
      level[j * columns + i] = m;
      if (m < SHADOW) shadow = true;
    }
  }
  return shadow ? { columns, rows, level } : undefined;
}

/** `img` divided by the paper's brightness (bilinear between block centres) where that is under SHADOW. */
function lifted(img: Gray, paper: PaperLevels): Gray {
  const { width, height } = img;
  const out = Uint8Array.from(img.data);
  // per column, the two block columns either side and the weight of the right one (no Math.*
  // per pixel: under jest's sandbox each call costs as much as the rest)
  const left = new Int32Array(width);
  const right = new Int32Array(width);
  const weight = new Float32Array(width);
  const clamp = (i: number, n: number): number => Math.min(n - 1, Math.max(0, i));
  for (let x = 0; x < width; x++) {
    const f = x / PAPER_BLOCK - 0.5;
    const i = Math.floor(f);
    left[x] = clamp(i, paper.columns);
    right[x] = clamp(i + 1, paper.columns);
    weight[x] = f - i;
  }
  const row = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    const f = y / PAPER_BLOCK - 0.5;
    const j = Math.floor(f);
    const v = f - j;
    const top = clamp(j, paper.rows) * paper.columns;
    const bottom = clamp(j + 1, paper.rows) * paper.columns;
    for (let x = 0; x < width; x++) {
      const u = weight[x] as number;
      const a = left[x] as number;
      const b = right[x] as number;
      const l = paper.level;
      row[x] = ((l[top + a] as number) * (1 - u) + (l[top + b] as number) * u) * (1 - v) + ((l[bottom + a] as number) * (1 - u) + (l[bottom + b] as number) * u) * v;
    }
    for (let x = 0; x < width; x++) {
      const level = row[x] as number;
      if (level >= SHADOW || level <= 0) continue;
      const k = y * width + x;
      const lit = ((out[k] as number) * 255) / level + 0.5;
      out[k] = lit > 255 ? 255 : lit | 0;
    }
  }
  return { width, height, data: out };
}
