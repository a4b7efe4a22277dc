// Page images of a PDF's tables: poppler's pdftoppm renders the pages that print tables,
// one process per run of consecutive pages, grey and without anti-aliasing (a fifth of the
// bytes, text still sharp), as PNG (deterministic bytes: no time is stamped). Each table
// shows its box cut out of its page's image. A missing pdftoppm leaves the report without
// images, never without pages.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const RENDER_DPI = 100;
/** points around a table's box, so its outer rules show */
const MARGIN = 6;

export const POPPLER_HINT = 'install poppler-utils (Debian: apt-get install -y poppler-utils) for page images';

type Box = readonly [number, number, number, number];

export interface PageFrame {
  /** crop box, PDF points */
  box: [number, number, number, number];
  rotate: number;
}

/** A table's box on one page image, in the image's pixels. */
export interface Crop {
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** maps a PDF box to percent coordinates of the crop [left, top, width, height] */
  place: (box: Box) => [number, number, number, number];
}

let available: boolean | undefined;

/** Whether pdftoppm (and pdfinfo) can be run. */
export async function popplerAvailable(): Promise<boolean> {
  if (available === undefined) available = await run('pdftoppm', ['-v']).then(() => true, () => false);
  return available;
}

/** Crop box and rotation of every page, from pdfinfo. */
export async function pageFrames(file: string): Promise<Map<number, PageFrame>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', '-box', file], { maxBuffer: 64 << 20 });
  const frames = new Map<number, PageFrame>();
  for (const m of stdout.matchAll(/^Page +(\d+) CropBox: +([-\d.]+) +([-\d.]+) +([-\d.]+) +([-\d.]+)/gm)) {
    frames.set(Number(m[1]), { box: [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])], rotate: 0 });
  }
  for (const m of stdout.matchAll(/^Page +(\d+) rot: +(\d+)/gm)) {
    const f = frames.get(Number(m[1]));
    if (f) f.rotate = ((Number(m[2]) % 360) + 360) % 360;
  }
  return frames;
}

/** A point of the page in points from the top-left of the page as displayed (rotation applied). */
function display(f: PageFrame, x: number, y: number): [number, number] {
  const [x0, y0, x1, y1] = f.box;
  switch (f.rotate) {
    case 90:
      return [y - y0, x - x0];
    case 180:
      return [x1 - x, y - y0];
    case 270:
      return [y1 - y, x1 - x];
    default:
      return [x - x0, y1 - y];
  }
}

/** A PDF box in pixels of the displayed page at RENDER_DPI: [left, top, right, bottom]. */
function pixels(f: PageFrame, b: Box): [number, number, number, number] {
  const s = RENDER_DPI / 72;
  const [ax, ay] = display(f, b[0], b[1]);
  const [bx, by] = display(f, b[2], b[3]);
  return [Math.min(ax, bx) * s, Math.min(ay, by) * s, Math.max(ax, bx) * s, Math.max(ay, by) * s];
}

/** Where `bbox` (with a margin) is on the page's image, and how boxes map into that crop. */
export function cropOf(frame: PageFrame, page: number, bbox: Box, image: { width: number; height: number }): Crop {
  const m = (MARGIN * RENDER_DPI) / 72;
  const [x0, y0, x1, y1] = pixels(frame, bbox);
  const left = Math.max(0, Math.floor(x0 - m));
  const top = Math.max(0, Math.floor(y0 - m));
  const width = Math.min(image.width, Math.ceil(x1 + m)) - left;
  const height = Math.min(image.height, Math.ceil(y1 + m)) - top;
  const pct = (v: number): number => Math.round(v * 1000) / 1000;
  return {
    page,
    left,
    top,
    width,
    height,
    place: (b) => {
      const [bx0, by0, bx1, by1] = pixels(frame, b);
      return [pct(((bx0 - left) / width) * 100), pct(((by0 - top) / height) * 100), pct(((bx1 - bx0) / width) * 100), pct(((by1 - by0) / height) * 100)];
    },
  };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** pages one pdftoppm renders at most, so a slow machine's time limit is per chunk, not per 150-page document */
const CHUNK = 20;

/** Consecutive page numbers as [first, last] runs of at most CHUNK pages. */
function runs(pages: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of [...new Set(pages)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === p - 1 && p - last[0] < CHUNK) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

/**
 * Renders `pages` of `file` to `<outDir>/<stem>-p<page>.png`, one pdftoppm per run of
 * consecutive pages; returns each page's image size.
 */
export async function renderPages(file: string, pages: readonly number[], outDir: string, stem: string): Promise<Map<number, { width: number; height: number }>> {
  const tmp = await mkdtemp(join(outDir, `.${stem}-`));
  const sizes = new Map<number, { width: number; height: number }>();
  try {
    for (const [first, last] of runs(pages)) {
      const args = ['-f', String(first), '-l', String(last), '-r', String(RENDER_DPI), '-gray', '-aa', 'no', '-aaVector', 'no', '-png', file, join(tmp, 'p')];
      await run('pdftoppm', args, { timeout: 300_000 });
    }
    for (const name of await readdir(tmp)) {
      const page = Number(/-(\d+)\.png$/.exec(name)?.[1]);
      if (!pages.includes(page)) continue;
      sizes.set(page, pngSize(await readFile(join(tmp, name))));
      await rename(join(tmp, name), join(outDir, `${stem}-p${page}.png`));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return sizes;
}
