// One page: glyph runs and rules → ruled table parts plus the text lines outside them.
import { fillGrid } from './cells.js';
import { normalizeCodePoints } from './chars.js';
import { isGarbled, newTally, tallyFont, type FontTally } from './garbled.js';
import type { Box } from './geometry.js';
import { findGrids } from './grid.js';
import { mergeSegments, readSegments, type Segment } from './lines.js';
import { allTextInvisible } from './invisible-text.js';
import { IMAGE_OPS, type RawPage } from './load.js';
import { frameOf, partFromGrid, type PageFrame, type TablePart } from './parts.js';
import { groupLines, inkBoxes, lineText, pageRuns, type Run } from './text.js';
import { ruleRegions, type RuleRegion } from './unruled.js';

export interface TextLine {
  text: string;
  box: Box;
  size: number;
  bold: boolean;
  runs: Run[];
}

export interface PageScan {
  frame: PageFrame;
  parts: TablePart[];
  /** text outside ruled tables, top to bottom. */
  lines: TextLine[];
  /** areas with row rules but no column rules: candidates for columns from text alignment. */
  regions: RuleRegion[];
  /** characters of text on the page. */
  chars: number;
  /** images painted on the page. */
  images: number;
  /** the text layer does not decode to plausible characters (a font without a usable ToUnicode map). */
  garbled: boolean;
  /** what each font of the text layer draws on the page (garbled.ts: fonts broken over the document). */
  fonts: Map<string, FontTally>;
  /** a picture with all its text drawn invisible over it: a scan with another program's OCR (invisible-text.ts). */
  invisible: boolean;
  /** kept only for the debug view. */
  debug?: { segments: Segment[]; placed: { run: Run; part: number; cell: number }[] };
}

export function scanPage(raw: RawPage, debug: boolean, ignoreRules = false): PageScan {
  const frame = frameOf(raw.number, raw.width, raw.height, raw.viewport);
  const runs = pageRuns(raw);
  const segments = ignoreRules ? [] : mergeSegments(readSegments(raw.fnArray, raw.argsArray, raw.viewport, onText(inkBoxes(raw))));
  let images = 0;
  for (const fn of raw.fnArray) if (IMAGE_OPS.has(fn)) images++;
  const scan = layoutPage(frame, runs, segments, images, debug);
  scan.invisible = images > 0 && allTextInvisible(raw.fnArray, raw.argsArray);
  for (const item of raw.items) {
    const tally = scan.fonts.get(item.fontName) ?? newTally();
    tallyFont(tally, normalizeCodePoints(item.str));
    if (tally.chars > 0) scan.fonts.set(item.fontName, tally);
  }
  return scan;
}

/**
 * A box inside one text item's glyph box (with a quarter of its font size to spare): drawn on
 * that text. Clipped text counts whole: its outline is clipped as it is.
 */
function onText(ink: readonly { box: Box; size: number }[]): (box: Box) => boolean {
  return (b) =>
    ink.some((t) => {
      const m = t.size / 4;
      return b.x0 >= t.box.x0 - m && b.x1 <= t.box.x1 + m && b.y0 >= t.box.y0 - m && b.y1 <= t.box.y1 + m;
    });
}

/** Runs and merged rules of one page (from its text layer or from OCR) → its tables and text lines. */
export function layoutPage(frame: PageFrame, runs: readonly Run[], segments: Segment[], images: number, debug: boolean): PageScan {
  const { grids, loose } = findGrids(segments);
  const regions = ruleRegions(loose);
  const parts: TablePart[] = [];
  const placed: { run: Run; part: number; cell: number }[] = [];
  let rest: readonly Run[] = runs;
  for (const grid of grids) {
    // a single framed box is a text frame, not a table
    if (grid.cells.length < 2) continue;
    // a frame with row rules only: its columns can only come from the text
    if (grid.xs.length === 2) {
      regions.push({ ...grid.box, ys: grid.ys });
      continue;
    }
    const filled = fillGrid(grid, rest);
    if (debug) for (const p of filled.placed) placed.push({ run: p.run, part: parts.length, cell: p.cell });
    parts.push(partFromGrid(grid, filled.texts, frame));
    rest = filled.outside;
  }
  const lines = groupLines(rest).map(
    (l): TextLine => ({ text: lineText(l.runs, true), box: l.box, size: l.size, bold: l.bold, runs: l.runs }),
  );
  let chars = 0;
  for (const r of runs) chars += r.text.length;
  const garbled = isGarbled(runs.map((r) => r.text));
  const scan: PageScan = { frame, parts, lines, regions, chars, images, garbled, invisible: false, fonts: new Map() };
  if (debug) scan.debug = { segments, placed };
  return scan;
}
