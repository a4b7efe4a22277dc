// tesseract's TSV output → words with their boxes and confidences. One tesseract process reads
// a list of images (one per line in a text file): each image is a "page" of the TSV.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Turn } from './bitmap.js';
import { runTool } from './tools.js';

export interface OcrWord {
  /** 0-based index of the image in the list. */
  image: number;
  /** block.paragraph.line within the image. */
  line: string;
  text: string;
  /** 0–1. */
  conf: number;
  /** pixels in the image. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TesseractPass {
  lang: string;
  /** page segmentation mode: 3 a page, 6 a block, 7 one line. */
  psm: number;
}

/** OCRs every image of `images` (file paths) in one process; words by image. */
export async function recognize(tesseract: string, images: readonly string[], pass: TesseractPass, dir: string, name: string): Promise<OcrWord[][]> {
  const out: OcrWord[][] = images.map(() => []);
  if (images.length === 0) return out;
  const list = join(dir, `${name}.txt`);
  writeFileSync(list, images.join('\n') + '\n');
  const args = [list, 'stdout', '-l', pass.lang, '--psm', String(pass.psm), '--dpi', '300', 'tsv'];
  // generous: a loaded machine runs tesseract many times slower; the batch has its own time limit
  const tsv = await runTool(tesseract, args, 120_000 + 30_000 * images.length);
  for (const w of parseTsv(tsv)) out[w.image]?.push(w);
  return out;
}

/** Word rows (level 5) of tesseract TSV; blank words dropped. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = (f[11] ?? '').trim();
    if (text === '') continue;
    const [left, top, width, height, conf] = [f[6], f[7], f[8], f[9], f[10]].map(Number) as [number, number, number, number, number];
    words.push({
      image: Number(f[1]) - 1,
      line: `${f[2]}.${f[3]}.${f[4]}`,
      text,
      conf: Math.max(0, Math.min(1, conf / 100)),
      x0: left,
      y0: top,
      x1: left + width,
      y1: top + height,
    });
  }
  return words;
}

/**
 * tesseract's orientation detection (--psm 0) of a page image: the clockwise turn that makes it
 * upright; 0 where it is not sure (confidence under `least`) or finds too few characters (then
 * it fails, and a list of images stops at that one: so one image per process).
 */
export async function orientation(tesseract: string, image: string, least: number): Promise<Turn> {
  const text = await runTool(tesseract, [image, 'stdout', '--psm', '0', '--dpi', '300'], 60_000).catch(() => '');
  const rotate = Number(/^Rotate: (\d+)/m.exec(text)?.[1]);
  const confidence = Number(/^Orientation confidence: ([\d.]+)/m.exec(text)?.[1]);
  return [90, 180, 270].includes(rotate) && confidence >= least ? (rotate as Turn) : 0;
}
