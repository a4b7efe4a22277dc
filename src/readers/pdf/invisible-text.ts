// A scan made "searchable": the page is one picture, with another program's OCR laid over it
// as text drawn invisible (text rendering mode 3, or 7: invisible and added to the clip). That
// text is a guess nobody sees (tesseract's spaces every character, 部 门 预算; its amounts
// and table layout are as good as that program's OCR), and the rules are in the picture, not
// drawn: read as a text layer, the sample's scan so made gave 1 of its 9 tables, no amount.
// Such a page is read from its picture, as a scan is (ocr.ts).
import { GraphicsState } from './graphics-state.js';
import { OP } from './load.js';

/** Text rendering modes that paint nothing: 3 (invisible), 7 (invisible, clip). */
const INVISIBLE = new Set([3, 7]);

const SHOW = new Set<number>([OP.showText, OP.showSpacedText, OP.nextLineShowText, OP.nextLineSetSpacingShowText]);

/** Whether the page shows text and all of it is invisible. */
export function allTextInvisible(fnArray: readonly number[], argsArray: readonly unknown[]): boolean {
  const gs = new GraphicsState<{ ctm: [number, number, number, number, number, number]; mode: number }>({ ctm: [1, 0, 0, 1, 0, 0], mode: 0 });
  let shown = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (gs.follow(fn, args)) continue;
    if (fn === OP.setTextRenderingMode) gs.current.mode = Number(args?.[0]);
    else if (fn !== undefined && SHOW.has(fn)) {
      if (!INVISIBLE.has(gs.current.mode)) return false;
      shown++;
    }
  }
  return shown > 0;
}
