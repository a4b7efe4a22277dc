// Blocks → sections: each catalogued table title with the table(s) that print it.
// A title binds to the next table; a table without a title right after a located one
// continues it (a table split over two Word tables, or a project block followed by its
// indicator table); a heading ends the current section.
import { accountOf, tableDef, type TableDef } from '../catalogue/index.js';
import { METADATA_CELL, NOTE_PATTERN, SECTION_NUMBER } from '../catalogue/metadata.js';
import type { Block, TableBlock } from '../model/document.js';
import type { TableId } from '../schema/records.js';
import { cleanText, matchKey } from '../normalize/text.js';
import { distinctTexts } from '../model/grid.js';
import { gridColumns } from '../extract/project-grid.js';
import { matchByHeader, showsNothingOf, theOne, type HeaderMatch } from './header-evidence.js';
import { joinSideParts } from './side-parts.js';
import { byBodyClass } from './classification.js';
import { matchFinalTitle, matchTitle, nearestTable, readTitle, type TitleMatch } from './titles.js';
import { TITLE_ENDING } from '../catalogue/title-words.js';
import { joinWrappedTitles } from './wrapped-titles.js';
import { nonFiscalKind } from './non-fiscal.js';
import type { NonFiscalKind } from '../catalogue/non-fiscal.js';

// A title's qualifier printed on the next line: (2026年度), (续).
const TITLE_QUALIFIER = /^\([^()]{1,24}\)$/;

const SECTION_HEADING = new RegExp(`^${SECTION_NUMBER}`);

/**
 * Inside a 绩效目标表 only a section heading ends it: text in a heading's font there is the
 * cells' prose (北京: a project's cells clipped at a page edge print "落实对医疗机构研究者发起的
 * 临床研究管" between the table's parts).
 */
function proseInProjectTable(current: Section | null, text: string): boolean {
  return current?.def.family === 'project_performance' && !SECTION_HEADING.test(text);
}

export interface Section {
  def: TableDef;
  title: string;
  tables: TableBlock[];
  /** text between the title and the table: "编制部门：… 单位：元". */
  preamble: string[];
  /** notes printed right after the table ("注：无…预算，空表列示。"). */
  notes: string[];
  /**
   * which set of tables it is in, from 1: a document printing a table again after its own
   * (a package of the department's tables, then each unit's) starts a new set there.
   */
  part: number;
  /** its table is the title's sibling by the other classification, told by the body's codes alone. */
  byCodes?: true;
}

/**
 * How one table was placed: by its own title, as the continuation of the table before (below
 * it, or to its right: `columns`), by its header and body when it prints no title, or not at all.
 */
export interface Placement {
  table: TableBlock;
  def: TableDef | null;
  /** the title printed over (or in) the table, or over the table it continues; null when none. */
  title: string | null;
  by: ('title' | 'continuation' | 'columns' | 'header')[];
  /** 1 for a title or continuation; placed by its header, the share of its number columns the labels name; 0 unplaced. */
  score: number;
  /** another table the title also fits; for an unplaced table, the nearest catalogue table. */
  runnerUp: TableDef | null;
  /** the tables its header names alike: unplaced, all of them; placed by header, the others (HeaderMatch.ties). */
  ties?: TableDef[];
  /** unplaced and holding no money: what it is (a list of units, of tables) */
  kind?: NonFiscalKind;
}

export interface Located {
  sections: Section[];
  /** every table in document order; those with `def: null` could not be placed. */
  placements: Placement[];
  /** tables some title-shaped text names, over a table or not (a contents list, a heading) */
  named: Set<TableId>;
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

/** The table a sheet's name names, read as a title ending in 表; the title is the name as printed. */
function titleOfSheet(name: string): TitleMatch | null {
  const m = matchTitle(`${name}${TITLE_ENDING}`);
  return m && { ...m, title: name };
}

/** A table continues the current section when it has the same grid width (or the section is a project block). */
function continues(current: Section, t: TableBlock): boolean {
  if (current.def.family === 'project_performance') return true;
  return width(current.tables[current.tables.length - 1]!) === width(t);
}

/**
 * A title over a table that repeats the title of the section just placed. Each project's
 * 绩效目标表 in blocks repeats its title: those are separate tables; one printed a row per
 * indicator (北京 预算表12) repeats it on every page, its projects going on across them.
 */
function sameTitle(last: Section, title: TitleMatch): boolean {
  if (last.def !== title.def || (last.def.family === 'project_performance' && !gridColumns(last.tables[0]!))) return false;
  return matchKey(last.title) === matchKey(cleanText(title.title));
}

/** `ocr`: the text was read by OCR (a title may have one character misread: titles.ts). */
export function locateSections(blocks: Block[], ocr = false): Located {
  const sections: Section[] = [];
  const placements: Placement[] = [];
  let pending: TitleMatch | null = null;
  // a title-shaped text no catalogue table fits: kept for the unplaced table under it
  let unmatched: string | null = null;
  let preamble: string[] = [];
  let current: Section | null = null;
  const named = new Set<TableId>();

  for (const b of joinWrappedTitles(blocks, ocr)) {
    if (b.kind === 'table') {
      const own = titleInTable(b);
      if (own) named.add(own.def.id);
      const printed = own ?? pending;
      const title = printed && byBodyClass(printed, b, ocr);
      const last = sections[sections.length - 1];
      const repeated = title && !own && last && placements.at(-1)?.def === last.def && sameTitle(last, title);
      // the columns that did not fit the page, on the next one: under the title printed again,
      // or under none (北京 水务局 repeats its 收入总表's title there, clipped: not printed)
      const nextPage = last !== undefined && b.page !== null && b.page === (last.tables.at(-1)!.page ?? -1) + 1;
      const besideLast = last && (repeated || (!title && current === last && nextPage && !continues(last, b)));
      const beside = besideLast ? joinSideParts(last.tables.at(-1)!, b) : null;
      const byHeader: HeaderMatch | null = !title && !(current && continues(current, b)) && !unmatched ? matchByHeader(b, new Set(sections.map((s) => s.def.id)), sections.length > 0 ? accountOf(sections.map((s) => s.def)) : null) : null;
      if (repeated && continues(last, b)) {
        // the title printed again over the part on the next page (长沙, 北京): the same table
        current = last;
        current.tables.push(b);
        placements.push({ table: b, def: current.def, title: current.title, by: ['title', 'continuation'], score: 1, runnerUp: title.runnerUp });
        pending = null;
      } else if (beside && last) {
        // the columns that did not fit the page: one table, read whole
        current = last;
        current.tables[current.tables.length - 1] = beside;
        placements.push({ table: b, def: current.def, title: current.title, by: title ? ['title', 'columns'] : ['columns'], score: 1, runnerUp: title?.runnerUp ?? null });
        pending = null;
      } else if (title && !own && showsNothingOf(b, title.def)) {
        placements.push({ table: b, def: null, title: cleanText(title.title), by: [], score: 0, runnerUp: title.def });
        pending = null;
        current = null;
      } else if (title) {
        current = { def: title.def, title: cleanText(title.title), tables: [b], preamble: own ? [] : preamble, notes: [], part: 1, ...(title.byCodes ? { byCodes: true as const } : {}) };
        sections.push(current);
        placements.push({ table: b, def: title.def, title: current.title, by: ['title'], score: 1, runnerUp: title.runnerUp });
        pending = null;
      } else if (current && continues(current, b)) {
        current.tables.push(b);
        placements.push({ table: b, def: current.def, title: current.title, by: ['continuation'], score: 1, runnerUp: null });
      } else if (byHeader?.def) {
        current = { def: byHeader.def, title: '', tables: [b], preamble: [], notes: [], part: 1 };
        sections.push(current);
        placements.push({ table: b, def: byHeader.def, title: null, by: ['header'], score: byHeader.score, runnerUp: byHeader.runnerUp, ...(byHeader.ties ? { ties: byHeader.ties } : {}) });
      } else {
        const nearest = unmatched ? nearestTable(unmatched) : (byHeader?.runnerUp ?? null);
        const kind = nonFiscalKind(b, unmatched !== null);
        placements.push({ table: b, def: null, title: unmatched, by: [], score: 0, runnerUp: nearest, ...(byHeader?.ties ? { ties: byHeader.ties } : {}), ...(kind && { kind }) });
        current = null;
      }
      unmatched = null;
      continue;
    }
    const text = cleanText(b.text);
    // a sheet's name names its table, often short of 表 (一般公共预算支出, 三公经费)
    const m = matchTitle(text, ocr) ?? (b.kind === 'heading' && b.sheetName ? titleOfSheet(text) : null);
    if (m) named.add(m.def.id);
    if (!m && readTitle(text, ocr)) {
      // the title of a table no catalogue entry fits: it ends the section before it
      unmatched = text;
      pending = null;
      current = null;
    } else if (m) {
      pending = m;
      unmatched = null;
      preamble = [];
      current = null;
    } else if (pending && (b.kind === 'paragraph' || METADATA_CELL.some((p) => p.test(matchKey(text))) || TITLE_QUALIFIER.test(matchKey(text)))) {
      // "编制部门：… 单位：元" between the title and its table (a heading in some PDFs), or the
      // title's own qualifier on a line of its own ("（2026年度）" under 北京's 预算14表 titles;
      // (按支出经济分类科目), which may tell the table)
      preamble.push(text);
      const qualified: TitleMatch | null = TITLE_QUALIFIER.test(matchKey(text)) ? matchTitle(pending.title + text, ocr) : null;
      if (qualified) pending = { ...qualified, title: pending.title };
    } else if (current && NOTE_PATTERN.test(text)) {
      current.notes.push(text);
    } else if (b.kind === 'heading' && !proseInProjectTable(current, text)) {
      pending = null;
      current = null;
    }
  }
  keepOnlyCopy(sections, placements);
  placeByElimination(sections, placements);
  const final = inFinalAccount(sections, ocr);
  for (const def of final.values()) named.add(def.id);
  const accounted = <T extends { def: TableDef | null; title: string | null }>(x: T): T => {
    const def = x.def && final.get(accountKey(x.def, x.title));
    return def ? { ...x, def } : x;
  };
  return { sections: repeatedSets(sections.map(accounted)), placements: placements.map(accounted), named };
}

/**
 * A table told from its title's table by the body's codes alone is that table where the
 * document prints no other of it: its 部门支出总表 listed by economic class is its 支出总表
 * (by function the rules say, but printed once), not a sibling beside a 支出总表 it lacks. (Not
 * where it is printed more than once: the sets of a package.)
 */
function keepOnlyCopy(sections: Section[], placements: Placement[]): void {
  for (const s of sections) {
    const own = s.byCodes && s.def.classOf;
    if (!own || sections.some((x) => x.def.id === own || (x !== s && x.def === s.def))) continue;
    const def = tableDef(own);
    for (const [i, p] of placements.entries()) if (p.def === s.def) placements[i] = { ...p, def };
    s.def = def;
  }
}

/**
 * An untitled table whose header several tables name alike (合计 | 基本支出 | 项目支出 over
 * function codes: the 一般公共预算's, the 政府性基金's, the 国有资本经营's) is the one of them
 * the document prints nowhere else (of several, the only mandated one): each is printed once.
 * The untitled parts of the same width right after it are its continuation. Not in a document
 * printing its tables in more than one set, where each is printed more than once.
 */
function placeByElimination(sections: Section[], placements: Placement[]): void {
  const ids = sections.filter((s) => s.def.family !== 'project_performance').map((s) => s.def.id);
  if (new Set(ids).size < ids.length) return;
  for (const [i, p] of placements.entries()) {
    const printed = new Set(sections.map((s) => s.def.id));
    const def = p.def === null && p.ties ? theOne(p.ties.filter((d) => !printed.has(d.id))) : null;
    if (!def) continue;
    const section: Section = { def, title: '', tables: [p.table], preamble: [], notes: [], part: 1 };
    const others = p.ties!.filter((d) => d !== def);
    placements[i] = { table: p.table, def, title: null, by: ['header'], score: 1, runnerUp: others[0] ?? null, ties: others };
    for (let k = i + 1; k < placements.length; k++) {
      const next = placements[k]!;
      if (next.def !== null || next.title !== null || width(next.table) !== width(p.table)) break;
      section.tables.push(next.table);
      placements[k] = { table: next.table, def, title: null, by: ['continuation'], score: 1, runnerUp: null };
    }
    const at = sections.findIndex((s) => s.tables[0]!.index > p.table.index);
    sections.splice(at < 0 ? sections.length : at, 0, section);
  }
}

const accountKey = (def: TableDef, title: string | null): string => `${def.id}|${title ?? ''}`;

/**
 * In a document of 决算 tables, the 决算 table a title naming no account fits, by its table
 * and title (云南 prints “三公”经费、行政参公单位机关运行经费情况表 among its 收入支出决算表 …).
 */
function inFinalAccount(sections: readonly Section[], ocr: boolean): Map<string, TableDef> {
  const out = new Map<string, TableDef>();
  if (accountOf(sections.map((s) => s.def)) !== 'final_account') return out;
  for (const s of sections) {
    const m = s.def.account !== 'final_account' && s.title ? matchFinalTitle(s.title, ocr) : null;
    if (m) out.set(accountKey(s.def, s.title), m.def);
  }
  return out;
}

/**
 * The sets of tables, numbered from 1: a table printed again (a 绩效目标表 per project never is)
 * may start the next, which is a set printed again when most of its tables, two at least, are
 * the set before's. One table printed again (a chart's title OCR read as a table's: 支出预算图;
 * a title OCR misread into another table's words) starts no set: the tables from it on stay
 * in the set before.
 */
function repeatedSets(sections: Section[]): Section[] {
  const tables = sections.filter((s) => s.def.family !== 'project_performance');
  // where a table repeats one since the last such place: where a set may start
  const starts: Section[] = [];
  let since = new Set<TableId>();
  for (const s of tables) {
    if (since.has(s.def.id)) {
      starts.push(s);
      since = new Set();
    }
    since.add(s.def.id);
  }
  const setOf = new Map<Section, number>();
  let set = 1;
  let before = new Set<TableId>();
  let from = 0;
  for (const [k, start] of [...starts, null].entries()) {
    const to = start ? tables.indexOf(start) : tables.length;
    const own = tables.slice(from, to).map((s) => s.def.id);
    const again = own.filter((id) => before.has(id)).length;
    if (k > 0 && again >= 2 && 2 * again >= own.length) {
      set++;
      before = new Set();
    }
    own.forEach((id) => before.add(id));
    for (const s of tables.slice(from, to)) setOf.set(s, set);
    from = to;
  }
  // a 绩效目标表 is in the set of the table before it
  let last = 1;
  return sections.map((s) => ({ ...s, part: (last = setOf.get(s) ?? last) }));
}
