// A title wrapped onto a second line that the reader kept as a block of its own: OCR sizes
// each line by its own ink ("…会议费、培训费支出预算" over "表", 江苏 人大 re-produced), and a
// Word title may break with a paragraph mark. Joined, the two read as the title.
import type { Block, TextBlock } from '../model/document.js';
import { matchKey } from '../normalize/text.js';
import { matchTitle, readTitle } from './titles.js';

/** The most a title's wrapped tail prints: 表, 预算表, 支出表（续）. */
const MAX_TAIL = 8;

const isText = (b: Block | undefined): b is TextBlock => b !== undefined && b.kind !== 'table';

function tail(b: Block | undefined, head: TextBlock, ocr: boolean): b is TextBlock {
  if (!isText(b) || b.page !== head.page) return false;
  const key = matchKey(b.text);
  return key.length > 0 && key.length <= MAX_TAIL && !/[:：\d]/.test(key) && readTitle(b.text, ocr) === null;
}

/** The blocks with each title wrapped over two text blocks joined into one. */
export function joinWrappedTitles(blocks: readonly Block[], ocr: boolean): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (isText(b) && tail(next, b, ocr) && !matchTitle(b.text, ocr) && matchTitle(b.text + next.text, ocr)) {
      out.push({ ...b, text: b.text + next.text });
      i++;
    } else out.push(b);
  }
  return out;
}
