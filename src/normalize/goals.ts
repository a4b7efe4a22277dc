// A 绩效目标 cell's text → its numbered goals.
import { cleanText } from './text.js';

// an item's number: 1. 1、 1) 目标1： (西安: 目标1：…；目标2：…); not a decimal (1.2毫米), nor a bracketed
// number, which numbers an item's parts (北京 无线电: 1、…：（1）…（2）… is one goal)
const ITEM = /(?:\d+[.、．)](?!\d)|目标\d+[:：])/;
const ITEM_AFTER_PUNCTUATION = new RegExp(`([。；;，,！!？?])\\s*(?=${ITEM.source})`, 'g');
const ITEM_FIRST = new RegExp(`^${ITEM.source}`);
// goals numbered 目标1：… are split at each 目标N： even with no punctuation before it (西安: a cell's lines run together)
const NAMED_LIST = /^\s*目标1[:：]/;
const NAMED_ITEM = /(?<=\S)\s*(?=目标\d+[:：])/g;

/** The text starts with an item's number (目标7：…, 2.…): a goal of a numbered list. */
export const isNumberedGoal = (text: string): boolean => ITEM_FIRST.test(text.trim());

/**
 * "1.通过…\n2.通过…" → one goal per numbered item. PDF readers cannot tell a paragraph
 * break from a line wrap, so an item number after sentence punctuation also starts a goal
 * ("…管理。2.通过…").
 */
export function splitGoals(text: string): string[] {
  const named = NAMED_LIST.test(text) ? text.replace(NAMED_ITEM, '\n') : text;
  const lines = named.replace(ITEM_AFTER_PUNCTUATION, '$1\n').split('\n').map(cleanText).filter(Boolean);
  const goals: string[] = [];
  for (const l of lines) {
    if (ITEM_FIRST.test(l) || goals.length === 0) goals.push(l);
    else goals[goals.length - 1] += l;
  }
  // a blank form's numbers with nothing after them (西安's 专项资金总体绩效目标表 printed empty: 目标1： | 目标2： | ……)
  return goals.filter((g) => !PLACEHOLDER.test(g));
}

/** An item's number alone, or an ellipsis: a place for a goal or an indicator left empty. */
export const PLACEHOLDER = /^(?=.)(?:(?:目标|指标)?\d+[.、．)）:：]?)?[…．.。]*$/;
