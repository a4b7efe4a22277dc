// Blocks → sections: each catalogued table title with the table(s) that print it.
// A title binds to the next table; a table without a title right after a located one
// continues it (a table split over two Word tables, or a project block followed by its
// indicator table); a heading ends the current section.
import type { TableDef } from '../catalogue/index.js';
import { NOTE_PATTERN } from '../catalogue/metadata.js';
import type { Block, TableBlock } from '../model/document.js';
import { cleanText } from '../normalize/text.js';
import { distinctTexts } from '../model/grid.js';
import { matchTitle, type TitleMatch } from './titles.js';

export interface Section {
  def: TableDef;
  title: string;
  tables: TableBlock[];
  /** text between the title and the table: "编制部门：… 单位：元". */
  preamble: string[];
  /** notes printed right after the table ("注：无…预算，空表列示。"). */
  notes: string[];
}

export interface Located {
  sections: Section[];
  /** tables no title could be found for. */
  unlocated: TableBlock[];
}

/** A title printed inside the table, in one of its first two rows. */
function titleInTable(t: TableBlock): TitleMatch | null {
  for (const row of t.rows.slice(0, 2)) {
    const texts = distinctTexts(row);
    if (texts.length === 1) {
      const m = matchTitle(texts[0]!);
      if (m) return m;
    }
  }
  return null;
}

function width(t: TableBlock): number {
  return t.rows[0]?.length ?? 0;
}

/** A table continues the current section when it has the same grid width (or the section is a project block). */
function continues(current: Section, t: TableBlock): boolean {
  if (current.def.family === 'project_performance') return true;
  return width(current.tables[current.tables.length - 1]!) === width(t);
}

export function locateSections(blocks: Block[]): Located {
  const sections: Section[] = [];
  const unlocated: TableBlock[] = [];
  let pending: TitleMatch | null = null;
  let preamble: string[] = [];
  let current: Section | null = null;

  for (const b of blocks) {
    if (b.kind === 'table') {
      const own = titleInTable(b);
      const title = own ?? pending;
      if (title) {
        current = { def: title.def, title: cleanText(title.title), tables: [b], preamble: own ? [] : preamble, notes: [] };
        sections.push(current);
        pending = null;
      } else if (current && continues(current, b)) {
        current.tables.push(b);
      } else {
        unlocated.push(b);
        current = null;
      }
      continue;
    }
    const text = cleanText(b.text);
    const m = matchTitle(text);
    if (m) {
      pending = m;
      preamble = [];
      current = null;
    } else if (pending && b.kind === 'paragraph') {
      preamble.push(text);
    } else if (current && NOTE_PATTERN.test(text)) {
      current.notes.push(text);
    } else if (b.kind === 'heading') {
      pending = null;
      current = null;
    }
  }
  return { sections, unlocated };
}
