// Page bitmaps for OCR: PNM in and out (what pdftoppm writes and tesseract reads), ink as the
// red channel (a red seal is light there, while black print and blue or black ink stay: coloured
// titles are print too) for the rules, and the same with the seal taken out for the text; skew
// found from the rows of ink and undone.

/** 8-bit grey image, 0 = black, row-major. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * A page's ink, twice: `rules` is the red channel, where a red seal is light and print under it
 * stays at least as dark as printed (a faint rule under the seal is still found); `text` has
 * the seal taken out (see withoutSeal), for reading characters. Without a seal, one image.
 */
export interface PageInk {
  rules: Gray;
  text: Gray;
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
    return { rules, text: rules };
  }
  const rgb = buf.subarray(at, at + width * height * 3);
  const red = new Uint8Array(width * height);
  for (let i = 0; i < red.length; i++) red[i] = rgb[i * 3] as number;
  const rules = { width, height, data: red };
  const text = withoutSeal(rgb, red, width);
  return { rules, text: text ? { width, height, data: text } : rules };
}

/** A pixel this much redder than its green and blue is seal ink (print is grey; JPEG fringes stay under). */
const SEAL_RED = 60;

/** Pixels a seal's coverage reaches beyond where its colour shows: JPEG keeps colour at half resolution, so a stroke's edges are darker than they are red. */
const SEAL_SPREAD = 1;
/** Under a seal (coverage at least SEAL_COVER), a pixel lighter than SEAL_EDGE once lifted is no print: print is darker than INK. */
const SEAL_EDGE = 205;
const SEAL_COVER = 0.3;

/**
 * The black ink of each RGB pixel, a red seal taken out. Ink multiplies on paper, so a pixel is
 * black ink k times seal ink of coverage a: R = k·(1 − a(1 − sR)), max(G, B) = k·(1 − a(1 − sM)),
 * (sR, sM) the seal's own colour, measured on the page (sealColour). From the ratio of the two
 * channels comes a, from R then k: the seal's pixels come out paper white, print under the seal
 * as dark as it was printed, grey and blue pixels are their red channel. The seal's grey edges
 * (its colour blurred away) are whitened where they stay light.
 */
function withoutSeal(rgb: Uint8Array, red: Uint8Array, width: number): Uint8Array | null {
  const seal = sealColour(rgb);
  if (!seal) return null;
  const n = red.length;
  const out = red.slice();
  const [sR, sM] = seal;
  // the seal's coverage of each pixel, spread to its neighbours (only the seal's few pixels are visited)
  const spread = new Float32Array(n);
  const height = n / width;
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = rgb[j] as number;
    const g = rgb[j + 1] as number;
    const b = rgb[j + 2] as number;
    const m = g > b ? g : b;
    if (r <= m) continue;
    const c = (1 - m / r) / (1 - sM - (m / r) * (1 - sR));
    const a = c < 1 ? c : 1;
    if (!(a > 0)) continue;
    const x = i % width;
    const y = (i - x) / width;
    for (let yy = y > SEAL_SPREAD ? y - SEAL_SPREAD : 0; yy <= y + SEAL_SPREAD && yy < height; yy++) {
      for (let xx = x > SEAL_SPREAD ? x - SEAL_SPREAD : 0; xx <= x + SEAL_SPREAD && xx < width; xx++) {
        const k = yy * width + xx;
        if (a > (spread[k] as number)) spread[k] = a;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const a = spread[i] as number;
    if (a <= 0) continue;
    const v = (out[i] as number) / (1 - a * (1 - sR));
    // what stays light where the seal lies is its edges (JPEG's ringing, grey where the colour is lost)
    out[i] = (v >= SEAL_EDGE && a >= SEAL_COVER) || v >= 254.5 ? 255 : (v + 0.5) | 0;
  }
  return out;
}

/** Fewer red pixels than this are specks, not a seal. */
const SEAL_PIXELS = 200;

/**
 * The seal's colour as (R, max(G, B)) in 0..1, none when the page has no red: of its reddest
 * quarter of pixels (the lowest max(G, B) / R), the median ratio and the upper quartile of R
 * (print under the seal keeps the ratio but darkens R; the seal alone is the bright ones).
 */
function sealColour(rgb: Uint8Array): [number, number] | undefined {
  const red: [number, number][] = [];
  for (let j = 0; j < rgb.length; j += 3) {
    const r = rgb[j] as number;
    const g = rgb[j + 1] as number;
    const b = rgb[j + 2] as number;
    const m = g > b ? g : b;
    if (r - m > SEAL_RED) red.push([m / r, r / 255]);
  }
  if (red.length < SEAL_PIXELS) return undefined;
  red.sort((x, y) => x[0] - y[0]);
  const reddest = red.slice(0, Math.ceil(red.length / 4));
  const at = (k: 0 | 1, share: number): number => reddest.map((p) => p[k]).sort((x, y) => x - y)[Math.floor(reddest.length * share)] as number;
  const sR = at(1, 0.75);
  return [sR, at(0, 0.5) * sR];
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
 * The page's skew in degrees (positive: lines fall to the right), from ±MAX_SKEW in 0.05°
 * steps: the angle whose sheared rows of ink are the most sharply peaked (text lines and
 * horizontal rules line up at the true angle).
 */
export function skewAngle(img: Gray): number {
  const xs: number[] = [];
  const ys: number[] = [];
  // a quarter of the pixels is plenty: every fourth of every row, rows alternating by two.
  // Every row, not every other one: with every other row sampled, 0° alone left every other
  // row's bin empty, which about doubled the score of any ink taller than a pixel, and 0° beat
  // the true angle on pages of dense text (150-dpi project pages at 0.5° and 0.8° read as straight)
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    for (let x = (y % 2) * 2; x < img.width; x += 4) {
      if ((img.data[row + x] as number) < INK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  let best = 0;
  let bestScore = -1;
  const bins = new Float64Array(img.height + 2 * Math.ceil(img.width * Math.tan((MAX_SKEW * Math.PI) / 180)) + 2);
  const offset = (bins.length - img.height) / 2;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.05) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const k = ((ys[i] as number) - (xs[i] as number) * t + offset + 0.5) | 0; // ≥ 0: the bins' margin
      bins[k] = (bins[k] as number) + 1;
    }
    let score = 0;
    for (const b of bins) score += b * b;
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  }
  return Math.round(best * 100) / 100;
}

const MAX_SKEW = 2;

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
