// The names budget lines are printed with (data/line-names.txt, one a line, built by
// scripts/line-names.ts from the text layers of the corpus and the outside templates): the
// function and economic classes and the rows of the summary tables, without their numbering.
// OCR's reading of a name that is none of them may be one of them misread (src/readers/ocr/line-names.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

let cache: ReadonlySet<string> | null = null;

export function lineNames(): ReadonlySet<string> {
  cache ??= new Set(readFileSync(join(packageRoot(), 'data', 'line-names.txt'), 'utf8').split('\n').filter((l) => l !== ''));
  return cache;
}

/** A name's numbering: 其中：, 一、 1、 1. (1) （一）. */
export const NAME_NUMBERING = /^(?:其中[:：])?(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))?/;

/** Brackets half-width: a name is the same name printed with either. */
export const asciiBrackets = (text: string): string => text.replace(/（/g, '(').replace(/）/g, ')');

/** The name without its numbering, its brackets ASCII: how names are compared. */
export function lineNameBody(name: string): string {
  return asciiBrackets(name.replace(/\s+/g, '').replace(NAME_NUMBERING, ''));
}
