// OCR'd labels one character off: a header read by OCR names the catalogue label it is one edit
// away from when that label is the only one so near (财政拨款收人 → 财政拨款收入, —级指标 →
// 一级指标). Only for OCR: a text layer prints what it means.
import { headerKey } from '../catalogue/index.js';
import type { Cell } from '../model/document.js';
import { editDistance } from '../util/edit-distance.js';

/** Shortest label (characters) that may be taken with one character misread: 收人 could be anything. */
const MISREAD_MIN_LENGTH = 4;

/** The one label of `known` (header keys) one character from `text`; null when none or several are, or the text is short. */
export function oneCharacterAway(text: string, known: Iterable<string>): string | null {
  const read = headerKey(text);
  if (read.length < MISREAD_MIN_LENGTH) return null;
  const near = [...known].filter((k) => Math.abs(k.length - read.length) <= 1 && editDistance(k, read) === 1);
  return near.length === 1 ? (near[0] as string) : null;
}

/** Whether a cell's text came from OCR. */
export const isOcr = (c: Cell | null | undefined): boolean => c?.ocr_confidence !== undefined;
