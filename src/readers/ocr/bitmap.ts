// Page bitmaps for OCR: PNM in and out (what pdftoppm writes and tesseract reads), ink as the
// red channel (a red seal is as light there as the paper, so it drops out, while black print
// and blue or black ink stay: coloured titles are print too), skew found from the rows of ink
// and undone.

/** 8-bit grey image, 0 = black, row-major. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Reads a binary PGM (P5) or PPM (P6, 8-bit); of colour, the red channel. */
export function readPnm(buf: Uint8Array): Gray {
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
  const data = new Uint8Array(width * height);
  if (magic === 'P5') data.set(buf.subarray(at, at + data.length));
  else {
    for (let i = 0, j = at; i < data.length; i++, j += 3) data[i] = buf[j] as number;
  }
  return { width, height, data };
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
      const k = Math.round((ys[i] as number) - (xs[i] as number) * t + offset);
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
      // where this output pixel comes from in the input (inverse rotation), nearest pixel
      const sx = Math.round(cx + dx * cos + dy * sin);
      const sy = Math.round(cy - dx * sin + dy * cos);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * width + x] = img.data[sy * width + sx] as number;
    }
  }
  return { width, height, data: out };
}
