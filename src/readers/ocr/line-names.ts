// A line's name as OCR read it that is no name budget lines are printed with, but one of them
// with a character or two misread, lost or added (西安's 6-pt names scanned: 工资福科支出,
// 商品服务支出, 一、门预算), is read as that name when the model's own scores make it likely
// too. Every name a table prints under a misread parent was lost with it (一、门预算 took the
// lines under it out of the 部门预算 block). The catalogue's names (data/line-names.txt) are
// only candidates: the scores of the line decide, so a name printed as read stays (食糖储备 is
// no misread 食盐储备 where the model saw 糖).
import { asciiBrackets, lineNameBody, lineNames, NAME_NUMBERING } from '../../catalogue/line-names.js';
import { editDistance } from '../../util/edit-distance.js';
import { HANZI } from './ink-text.js';
import { decodeLine, lineLikelihood, type LineScores } from './line-reader.js';

/** A catalogue name is taken when the model finds it at least this likely beside its own reading. */
const NAME_ODDS = 0.01;
/** …and at least this many times likelier than the next catalogue name. */
const NAME_MARGIN = 4;
/** Names this long or longer may differ from the reading in two characters; shorter ones in one. */
const LONG_NAME = 8;
/** A body read shorter than this is no name to correct (合计, 小计 are exact or nothing). */
const MIN_BODY = 3;

/** The name `text` (one line) may be a misreading of, or undefined: see the file's head. */
export function catalogueName(text: string, scores: LineScores, dict: readonly string[]): string | undefined {
  const prefix = (NAME_NUMBERING.exec(text) as RegExpExecArray)[0];
  const body = text.slice(prefix.length);
  const read = asciiBrackets(body);
  const names = lineNames();
  // (a body that is no name's as the catalogue keeps them, spaces or numbering left in it, is not compared)
  if (read.length < MIN_BODY || read !== lineNameBody(body) || !HANZI.test(read) || names.has(read)) return undefined;
  const near = [...names].filter((name) => {
    const most = name.length >= LONG_NAME ? 2 : 1;
    return Math.abs(name.length - read.length) <= most && marks(name) === marks(read) && editDistance(name, read) <= most;
  });
  if (near.length === 0) return undefined;
  // the line as the model read it, its body the same as `read` (punctuation the ink decided aside)
  const raw = decodeLine(scores, dict).text;
  if (!asciiBrackets(raw).endsWith(read)) return undefined;
  const rawBody = raw.slice(raw.length - read.length);
  const base = lineLikelihood(scores, dict, raw);
  const odds = near
    .map((name) => ({ name, odds: lineLikelihood(scores, dict, raw.slice(0, raw.length - read.length) + withMarksOf(name, rawBody)) - base }))
    .sort((a, b) => b.odds - a.odds);
  const [best, next] = odds;
  if (!best || best.odds < Math.log(NAME_ODDS) || (next && next.odds > best.odds - Math.log(NAME_MARGIN))) return undefined;
  return prefix + withMarksOf(best.name, body);
}

/** The marks (all but hanzi) of a name, in order: a misreading differs in hanzi only. */
function marks(text: string): string {
  return [...text].filter((ch) => !HANZI.test(ch)).join('');
}

/** `name` with its marks printed as in `read` (the same marks, a bracket full- or half-width). */
function withMarksOf(name: string, read: string): string {
  const printed = [...read].filter((ch) => !HANZI.test(ch));
  let k = 0;
  return [...name].map((ch) => (HANZI.test(ch) ? ch : (printed[k++] ?? ch))).join('');
}
