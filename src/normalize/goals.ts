// A 绩效目标 cell's text → its numbered goals.
import { cleanText } from './text.js';

/**
 * "1.通过…\n2.通过…" → one goal per numbered item. PDF readers cannot tell a paragraph
 * break from a line wrap, so an item number after sentence punctuation also starts a goal
 * ("…管理。2.通过…"); decimals like "1.2毫米" do not.
 */
export function splitGoals(text: string): string[] {
  const lines = text
    .replace(/([。；;，,！!？?])\s*(?=\d+[.、．](?!\d))/g, '$1\n')
    .split('\n')
    .map(cleanText)
    .filter(Boolean);
  const goals: string[] = [];
  for (const l of lines) {
    if (/^\d+[.、．)](?!\d)/.test(l) || goals.length === 0) goals.push(l);
    else goals[goals.length - 1] += l;
  }
  return goals;
}

