// The document's blocks in reading order: per page, tables and text lines top to bottom;
// text lines grouped into headings and paragraphs; a table continued at the top of the
// next page appended to the table that ended the previous page; a paragraph broken by the
// page end joined with its continuation.
import type { Block, TextBlock } from '../../model/document.js';
import {
  bodySize,
  continuesHeading,
  continuesParagraph,
  headingLevels,
  isHeading,
  textColumn,
  type Column,
  type TextContext,
} from './blocks.js';
import type { TextLine } from './page.js';
import type { PageFrame, TablePart } from './parts.js';
import { appendPart, startTable, toTableBlock, type DraftTable } from './tables.js';
import { joinLines } from './text.js';
import { groupBy } from '../../util/group-by.js';

export interface PageContent {
  frame: PageFrame;
  /** content lines (no furniture, no table text), top to bottom. */
  lines: readonly TextLine[];
  parts: readonly TablePart[];
}

interface TextDraft {
  kind: 'heading' | 'paragraph';
  lines: TextLine[];
  page: number;
  ctx: TextContext;
}

type Draft = { table: DraftTable } | { text: TextDraft };

export function assemble(pages: readonly PageContent[]): Block[] {
  const body = bodySize(pages.flatMap((p) => p.lines));
  // the text column of each page size, from all pages of that size
  const columns = new Map<string, Column | undefined>();
  for (const [key, group] of groupBy(pages, sizeKey)) columns.set(key, textColumn(group.flatMap((p) => p.lines), body));
  const drafts: Draft[] = [];
  let lastPage = 0;
  for (const page of pages) {
    const column = textColumn(page.lines, body, columns.get(sizeKey(page))) ?? { left: 0, right: page.frame.width };
    const ctx: TextContext = { bodySize: body, pageWidth: page.frame.width, ...column };
    const flow: ({ y: number; x: number } & ({ part: TablePart } | { line: TextLine }))[] = [
      ...page.parts.map((part) => ({ y: part.box.y0, x: part.box.x0, part })),
      ...page.lines.map((line) => ({ y: line.box.y0, x: line.box.x0, line })),
    ].sort((a, b) => a.y - b.y || a.x - b.x);
    flow.forEach((item, i) => {
      const prev = drafts[drafts.length - 1];
      const carried = i === 0 && lastPage === page.frame.number - 1; // prev ended the previous page
      if ('part' in item) {
        if (carried && prev && 'table' in prev && appendPart(prev.table, item.part)) return;
        drafts.push({ table: startTable(item.part) });
        return;
      }
      const line = item.line;
      const kind = isHeading(line, ctx) ? 'heading' : 'paragraph';
      if (prev && 'text' in prev && prev.text.kind === kind && (i > 0 || carried)) {
        const last = prev.text.lines[prev.text.lines.length - 1] as TextLine;
        const same = i > 0;
        const goesOn =
          kind === 'heading' ? same && continuesHeading(last, line) : continuesParagraph(last, line, same ? ctx : prev.text.ctx, same);
        if (goesOn) {
          prev.text.lines.push(line);
          return;
        }
      }
      drafts.push({ text: { kind, lines: [line], page: page.frame.number, ctx } });
    });
    if (flow.length > 0) lastPage = page.frame.number;
  }

  const level = headingLevels(drafts.flatMap((d) => ('text' in d && d.text.kind === 'heading' ? [(d.text.lines[0] as TextLine).size] : [])));
  let tableIndex = 0;
  return drafts.map((d): Block => {
    if ('table' in d) return toTableBlock(d.table, tableIndex++);
    const t = d.text;
    const block: TextBlock = {
      kind: t.kind,
      text: joinLines(t.lines.map((l) => l.text)),
      level: t.kind === 'heading' ? level((t.lines[0] as TextLine).size) : null,
      page: t.page,
    };
    return block;
  });
}

function sizeKey(page: PageContent): string {
  return `${Math.round(page.frame.width)}x${Math.round(page.frame.height)}`;
}
