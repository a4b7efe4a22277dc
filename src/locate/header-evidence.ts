// A table printed without a title (its title lost to a page break, an image, a heading the
// reader could not place) is recognised from what its header and body show: every column of
// numbers named by one catalogue table's labels or items (三公 printed across: 因公出国(境)费 |
// 公务用车购置及运行费 …), codes of the kind that table classifies by. A guess is never silent:
// a table placed this way says so (match.by = header, a warning), and where two catalogue
// tables fit equally it is not placed at all, unless only one of them is a table every
// disclosure prints.
import { headerKey, TABLES, type Account, type TableDef } from '../catalogue/index.js';
import { GOALS_LABELS, INDICATOR_COLUMNS, PROJECT_FIELDS, SELF_EVALUATION_LABELS } from '../catalogue/projects.js';
import { horizontalItems } from '../extract/items.js';
import { analyzeTable } from '../extract/layout.js';
import { listColumns } from '../extract/project-list.js';
import type { TableBlock } from '../model/document.js';
import { distinctTexts, rowTexts } from '../model/grid.js';
import { classOfCodes, codeKind } from './classification.js';
import { looksNumeric } from '../normalize/amount.js';
import type { TableId } from '../schema/records.js';

export interface HeaderMatch {
  /** the table placed, or null when the evidence is too weak or two tables fit equally. */
  def: TableDef | null;
  /** share of the number columns the table's labels name (1: every one). */
  score: number;
  /** the best candidate beside the one placed (or, unplaced, the best one). */
  runnerUp: TableDef | null;
  /**
   * the tables every number column's header names alike, none of them printed yet: unplaced,
   * all of them; placed (the only mandated one of them), the others.
   */
  ties?: TableDef[];
}

interface Candidate {
  def: TableDef;
  score: number;
  /** distinct amount keys the header names: the more, the more specific the fit. */
  keys: number;
  /** header columns of any kind the table's labels name (its label columns too): the last tie-break. */
  named: number;
}

/**
 * A 绩效目标表 (a 决算's 绩效自评表 when it prints what was achieved): a project field among the
 * first rows' labels and, in those rows (one row per indicator) or under the project's block
 * (项目名称 …, then 年度绩效目标, then the indicators' header), an indicator column or its goals;
 * or a list of key projects (项目 | 预算数 | 绩效目标).
 */
function projectTable(table: TableBlock): TableId | null {
  if (listColumns(table)) return 'project_performance';
  const keysOf = (rows: TableBlock['rows']) => new Set(rows.flatMap((r) => distinctTexts(r).map(headerKey)));
  const [first, all] = [keysOf(table.rows.slice(0, 3)), keysOf(table.rows)];
  const has = (labels: readonly string[], keys = all) => labels.some((l) => keys.has(headerKey(l)));
  if (!has(PROJECT_FIELDS.project_name, first)) return null;
  if (!(has(INDICATOR_COLUMNS.level1) || has(INDICATOR_COLUMNS.name) || has(INDICATOR_COLUMNS.target_text) || has(GOALS_LABELS))) return null;
  return has(SELF_EVALUATION_LABELS) ? 'final_project_performance' : 'project_performance';
}

/** Named columns whose figures are no amounts: codes, attributes, 序号 and 栏次. */
const NOT_AMOUNTS: ReadonlySet<string> = new Set(['code', 'code_part', 'attr', 'ignore']);

function candidate(table: TableBlock, def: TableDef): Candidate | null {
  if (def.family === 'project_performance') return projectTable(table) === def.id ? { def, score: 1, keys: 1, named: 1 } : null;
  const layout = analyzeTable(table, def);
  if (layout.header.length === 0) return null;
  const body = table.rows.slice(layout.dataStart);
  const numeric = layout.columns.filter((c) => body.some((row) => looksNumeric(rowTexts(row)[c.col] ?? '')) && !NOT_AMOUNTS.has(c.def?.role ?? ''));
  // items printed across name their columns as labels do
  const items = new Map(horizontalItems(def, layout.columns)?.items.map((i) => [i.col, i.item]) ?? []);
  const mapped = numeric.filter((c) => (c.def?.role === 'amount' && c.def.evidence !== false) || items.has(c.col));
  const keys = new Set(mapped.map((c) => items.get(c.col) ?? c.def!.key)).size;
  // two named columns at least: 合计 alone names half the catalogue
  if (numeric.length === 0 || keys < 2) return null;
  const codes = codeKind(table, layout);
  if (codes && def.family === 'line_items' && codes !== classOfCodes(def)) return null;
  const named = layout.columns.filter((c) => (c.def !== null || items.has(c.col)) && c.path.length > 0).length;
  return { def, score: mapped.length / numeric.length, keys, named };
}

/** The better fit first: more of the number columns named, then more distinct keys, then more columns named. */
const better = (a: Candidate, b: Candidate): number => b.score - a.score || b.keys - a.keys || b.named - a.named;

/**
 * The catalogue table an untitled table's header and body fit, among the tables of the
 * document's account (`account`: of the tables located so far; null: any). Placed only when
 * every number column is named and one table fits best, or of those fitting equally only one
 * is mandated (三公 printed across fits the 一般公共预算's table and 四川's 政府性基金 one alike);
 * a table the document has already printed is not a candidate for another (each is printed once).
 */
export function matchByHeader(table: TableBlock, located: ReadonlySet<TableId>, account: Account | null = null): HeaderMatch | null {
  const fits = TABLES.filter((def) => !def.classOf && (account === null || (def.account ?? 'budget') === account))
    .map((def) => candidate(table, def))
    .filter((c): c is Candidate => c !== null)
    .sort(better);
  const best = fits[0];
  if (!best) return null;
  const equal = fits.filter((c) => better(c, best) === 0);
  // (a document prints one table of each kind, but a 绩效目标表 per project)
  const open = equal.filter((c) => c.def.family === 'project_performance' || !located.has(c.def.id));
  const one = theOne(open.map((c) => c.def));
  const placed = open.find((c) => c.def === one) ?? null;
  if (best.score < 1 || !placed) return { def: null, score: best.score, runnerUp: best.def, ...(best.score === 1 && open.length > 1 ? { ties: open.map((c) => c.def) } : {}) };
  const runnerUp = fits.find((c) => c !== placed)?.def ?? null;
  // chosen for being mandated: the others fit as well
  const ties = open.filter((c) => c !== placed).map((c) => c.def);
  return { def: placed.def, score: best.score, runnerUp, ...(ties.length > 0 ? { ties } : {}) };
}

/** Of tables that fit alike and are not printed yet, the one to place: the only one, or the only mandated one. */
export function theOne(open: readonly TableDef[]): TableDef | null {
  const mandated = open.filter((d) => d.mandated);
  return open.length === 1 ? open[0]! : mandated.length === 1 ? mandated[0]! : null;
}

/**
 * Whether a table shows nothing of `def`: not one amount in it, and not one of its cells a
 * label of `def`'s columns. A title's line followed by such a table is no title over it: an OCR'd
 * contents page (江苏 省委办公厅's, re-distilled) read its entries 四、… 九、 as an unruled table
 * under the entry 三、支出预算总表 before them, and its rows became 支出预算总表 lines.
 */
export function showsNothingOf(table: TableBlock, def: TableDef): boolean {
  if (def.family === 'project_performance') return false;
  const labels = new Set(def.columns.flatMap((c) => c.labels.map(headerKey)));
  return table.rows.every((row) => distinctTexts(row).every((t) => !looksNumeric(t) && !labels.has(headerKey(t))));
}
