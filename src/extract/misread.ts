// OCR'd labels one character off: a header read by OCR names the catalogue label it is one edit
// away from when that label is the only one so near (财政拨款收人 → 财政拨款收入, —级指标 →
// 一级指标; a short one only by a look-alike character: 收人 → 收入). Only for OCR: a text layer
// prints what it means.
import { headerKey } from '../catalogue/index.js';
import { lookAlike } from '../catalogue/look-alike.js';
import type { Cell } from '../model/document.js';
import { editDistance } from '../util/edit-distance.js';

/** Shortest label (characters) that may be taken with any one character misread: 收人 could be anything. */
const MISREAD_MIN_LENGTH = 4;

/** The one label of `known` (header keys) one character from `text`; null when none or several are, or the text is short and the character no look-alike. */
export function oneCharacterAway(text: string, known: Iterable<string>): string | null {
  const read = headerKey(text);
  const near = [...known].filter((k) => Math.abs(k.length - read.length) <= 1 && editDistance(k, read) === 1);
  if (near.length !== 1) return null;
  const label = near[0] as string;
  if (read.length >= MISREAD_MIN_LENGTH) return label;
  // short: the same length, the one character that differs a look-alike of the label's (收人
  // is 收入, 收支 never is)
  const at = [...read].findIndex((ch, i) => ch !== label[i]);
  return read.length === label.length && lookAlike(read[at] ?? '', label[at] ?? '') ? label : null;
}

/** Whether a cell's text came from OCR. */
export const isOcr = (c: Cell | null | undefined): boolean => c?.ocr_confidence !== undefined;
