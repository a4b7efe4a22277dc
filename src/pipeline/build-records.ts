// Document model → records: locate sections, extract each by its family, derive metadata,
// run the reconciliation checks. Pure: the same model always gives the same records.
import { accountOf, mandatedTables, tableDef, type TableDef, type TableFamily } from '../catalogue/index.js';
import type { ExtractContext } from '../extract/context.js';
import { extractLineItems } from '../extract/line-items.js';
import { extractMetadata, tablesDepartment } from '../extract/metadata.js';
import { joinContinuedProject, linkIndicators, nameDepartmentTargets } from '../extract/project-record.js';
import { extractProjects } from '../extract/projects.js';
import { extractProseProjects } from '../extract/prose-projects.js';
import { tableRecords } from '../extract/table-records.js';
import { extractTwoSided } from '../extract/two-sided.js';
import { locateSections, type Section } from '../locate/sections.js';
import type { DocumentModel, TableBlock } from '../model/document.js';
import { looksNumeric } from '../normalize/amount.js';
import { cleanText } from '../normalize/text.js';
import type { BudgetLine, FigureRecord, IndicatorRecord, ProjectRecord, TableId } from '../schema/records.js';
import { statedAmounts } from '../validate/narrative/figures.js';
import { isNarrativePart, namedDisclosure, nonDisclosure, packagePart } from './package-part.js';
import { packageId } from '../util/package-id.js';
import { documentStatus, runChecks } from '../validate/checks/index.js';
import { settleAssumedUnits } from '../validate/assumed-units.js';
import { addOcrConfidence } from '../validate/ocr-confidence.js';
import { correctByChecks } from '../validate/ocr-corrections.js';
import { IngestError } from './errors.js';
import type { DocumentOutput } from './process.js';

type Extracted = { lines: BudgetLine[]; projects: ProjectRecord[]; indicators: IndicatorRecord[] };
const EXTRACTORS: Record<TableFamily, (s: Section, ctx: ExtractContext) => Extracted> = {
  line_items: (s, ctx) => ({ lines: extractLineItems(s, ctx), projects: [], indicators: [] }),
  two_sided: (s, ctx) => ({ lines: extractTwoSided(s, ctx), projects: [], indicators: [] }),
  project_performance: (s, ctx) => ({ lines: [], ...extractProjects(s, ctx) }),
};

/** What to tell the user of a file that is not a disclosure, by what it is. */
const NON_DISCLOSURE: Record<NonNullable<ReturnType<typeof nonDisclosure>>, string> = {
  evaluation_report:
    'this is a performance evaluation report (绩效评价报告/结果: how past spending did), not a 预算/决算 disclosure: its 预算批复 | 实际执行 tables are not budget tables and are not read. Ingest the department\'s 部门预算 or 部门决算 instead',
  notice:
    'this is an official notice (a 文号 over 关于…的通知: funds allocated or a policy issued), not a 预算/决算 disclosure: the tables it attaches (分配表, 区域绩效目标表) are not a department\'s budget and are not read. Ingest the department\'s 部门预算 or 部门决算 instead',
};

/** A table printing a figure in some cell (a number alone). */
const printsNumbers = (table: TableBlock): boolean => table.rows.some((row) => row.some((c) => looksNumeric(c.text)));

export interface BuildInput {
  doc_id: string;
  source: string;
}

export function buildRecords(model: DocumentModel, input: BuildInput): DocumentOutput {
  const { sections, placements, named } = locateSections(model.blocks, model.text_source === 'ocr' || model.text_source === 'mixed');
  const unplaced = placements.filter((p) => p.def === null);
  const texts = model.blocks.flatMap((b, block_index) => (b.kind === 'table' ? [] : [{ text: cleanText(b.text), page: b.page, block_index }]));
  const narrative = texts.map((t) => t.text);
  const stated = statedAmounts(narrative);
  const figures: FigureRecord[] = stated.map((f) => ({
    schema_version: '1',
    doc_id: input.doc_id,
    label: f.key,
    amount: f.value,
    amount_text: f.printed,
    sentence: f.sentence,
    page: texts[f.paragraph]!.page,
    block_index: texts[f.paragraph]!.block_index,
  }));
  const other = nonDisclosure(narrative);
  if (other) throw new IngestError('NOT_A_BUDGET_DOCUMENT', 'extract', NON_DISCLOSURE[other]);
  if (sections.length === 0 && !isNarrativePart(narrative, stated)) {
    // (a table of the page's own facts, 信息索引号 | 发布机构 | 公开日期, prints no number)
    const landing = stated.length === 0 && !unplaced.some((p) => printsNumbers(p.table)) ? namedDisclosure(narrative) : null;
    if (landing) {
      throw new IngestError(
        'NOT_A_BUDGET_DOCUMENT',
        'extract',
        `the text names a disclosure ("${landing}") but holds none of it, no table of figures and no amount (${model.blocks.length} blocks): a landing page or cover whose tables and 说明 are attached files (附件); ingest those files (the crawl downloads a page's attachments)`,
      );
    }
    const labelled = stated.filter((f) => f.key !== null).length;
    throw new IngestError(
      'NOT_A_BUDGET_DOCUMENT',
      'extract',
      `no budget or final-account table title was found in ${model.blocks.length} blocks (${unplaced.length} tables), and the text states ${labelled} labelled budget figures (${stated.length} amounts in all): this does not look like a fiscal disclosure (预算/决算 tables or their 情况说明). If it is one, its table titles are not in the catalogue yet: see docs/adding-a-table-variant.md`,
    );
  }
  const ctx: ExtractContext = { doc_id: input.doc_id, defaultUnit: null, assumedUnit: new Set(), warnings: [...model.warnings], notes: [], ofWhich: new Map(), continuedColumns: new Map() };
  const lines: BudgetLine[] = [];
  const projects: ProjectRecord[] = [];
  const indicators: IndicatorRecord[] = [];
  const parts = Math.max(1, ...sections.map((s) => s.part));
  // each set's department as its tables name it (a unit's set prints the unit)
  const partDepartment = parts > 1 ? Array.from({ length: parts }, (_, i) => tablesDepartment(sections.filter((s) => s.part === i + 1))) : [];
  for (const s of sections) {
    ctx.notes.push(...s.notes);
    const out = EXTRACTORS[s.def.family](s, ctx);
    // a document printing its tables again (the department's, then each unit's): each line says which set
    if (parts > 1)
      for (const l of out.lines) {
        l.attributes['part'] = s.part;
        const department = partDepartment[s.part - 1];
        if (department) l.attributes['part_department'] = department;
      }
    lines.push(...out.lines);
    for (const p of out.projects) {
      if (parts > 1) p.part = s.part;
      if (!joinContinuedProject(projects, p)) projects.push(p);
    }
    indicators.push(...out.indicators);
    // Later tables that print no unit take the one the document prints.
    ctx.defaultUnit ??= out.lines.find((l) => !ctx.assumedUnit.has(l.provenance.table_index))?.source_unit ?? null;
  }
  projects.push(...extractProseProjects(model, input.doc_id));
  const titled = new Set(placements.filter((p) => p.by.includes('title')).map((p) => p.def?.id));
  for (const { table: t, def, runnerUp, ties } of placements.filter((p) => p.by.includes('header'))) {
    const also = ties ? alike(ties, titled) : runnerUp ? `; ${runnerUp.id} fits less well` : '';
    const why = def!.family === 'project_performance' ? 'its header names a project and its targets' : "every number column's header names one of its columns";
    ctx.warnings.push({ code: 'TABLE_PLACED_BY_HEADER', message: `table ${t.index} prints no title: read as ${def!.id} because ${why}${also}` });
  }
  for (const { table: t, title, runnerUp } of unplaced.filter((p) => !p.kind)) {
    const titled = title ? `titled "${title}" fits no catalogue table` : 'has no catalogued title';
    const nearest = runnerUp ? ` (nearest: ${runnerUp.id})` : '';
    ctx.warnings.push({ code: 'UNLOCATED_TABLE', message: `table ${t.index} (${t.rows.length} rows) ${titled}${nearest}: not extracted, its grid is in tables.jsonl` });
  }

  if (parts > 1) {
    const named = (part: number) => (partDepartment[part - 1] ? `, ${partDepartment[part - 1]}` : '');
    const starts = sections.filter((s, i) => i > 0 && s.part !== sections[i - 1]!.part).map((s) => `set ${s.part} from "${s.title || s.def.id}" (table ${s.tables[0]!.index}${named(s.part)})`);
    ctx.warnings.push({
      code: 'TABLES_PRINTED_AGAIN',
      message: `the document prints its tables in ${parts} sets, each repeating the one before: ${starts.join('; ')}. Each line's attributes.part says which set (part_department: the department its tables name), each set is checked on its own, and the document's metadata and 说明 are the first set's`,
    });
  }
  const found = [...new Set(sections.map((s) => s.def.id))];
  const tables_found = found.filter((id): id is TableId => tableDef(id).family !== 'project_performance' || projects.some((p) => p.printed_as === 'table'));
  const account = accountOf(sections.map((s) => s.def));
  const package_part = packagePart(sections, stated);
  // a narrative or 绩效目标 part is not where the tables are printed
  const partial = package_part === 'narrative' || package_part === 'performance_targets';
  const tables_missing = partial ? [] : mandatedTables(account).filter((id) => !found.includes(id));
  // no title names it (not even the contents list) and no unplaced table resembles it
  const tables_not_printed = tables_missing.filter((id) => !named.has(id) && !unplaced.some((p) => p.runnerUp?.id === id));
  addOcrConfidence(model, lines);
  // a narrative part's figures are checked against its tables part, when the run has it (batch/packages.ts),
  // and a tables part has no 说明 whose figures could be checked; a set of tables printed again is
  // checked on its own, with its projects, and the 说明 is the first set's
  const checkPart = (read: BudgetLine[], part: number) =>
    runChecks({ doc_id: input.doc_id, lines: read, projects: projects.filter((p) => (p.part ?? 1) === part), narrative: package_part === 'tables' || part > 1 ? null : narrative, ofWhich: ctx.ofWhich, account });
  const check = (read: BudgetLine[]) =>
    parts === 1 ? checkPart(read, 1) : Array.from({ length: parts }, (_, i) => i + 1).flatMap((part) => checkPart(read.filter((l) => l.attributes['part'] === part), part).map((c) => ({ ...c, part })));
  settleAssumedUnits(lines, ctx.assumedUnit, ctx.defaultUnit, check, ctx.warnings);
  // OCR'd cells whose other reading alone makes a failing check hold are corrected, with a warning
  const checks = package_part === 'narrative' ? [] : correctByChecks(model, lines, check, ctx.warnings);
  const meta = extractMetadata(model, input.source, sections, lines, projects);
  ctx.warnings.push(...meta.warnings);
  nameDepartmentTargets(projects, meta.department_name);
  linkIndicators(projects, indicators);
  const { status, checks_failed } = documentStatus({ tablesFound: tables_found, tablesMissing: tables_missing, checks, packagePart: package_part });

  return {
    document: {
      schema_version: '1',
      doc_id: input.doc_id,
      source: input.source,
      source_url: null, // only an input manifest knows it: fillFromMeta
      format: model.format,
      text_source: model.text_source ?? 'text_layer',
      disclosure_kind: meta.disclosure_kind,
      fiscal_year: meta.fiscal_year,
      department_code: meta.department_code,
      department_name: meta.department_name,
      scope: meta.scope,
      region_code: meta.region_code,
      unit: meta.unit,
      pages: model.pages,
      tables_found,
      tables_missing,
      tables_not_printed,
      status,
      checks_failed,
      notes: ctx.notes,
      warnings: ctx.warnings,
      metadata_sources: meta.metadata_sources,
      package_part,
      package_id: packageId(meta),
      package_partners: [],
      converted_by: model.convertedBy ?? null,
    },
    tables: tableRecords(input.doc_id, placements, lines, ctx.continuedColumns),
    budget_lines: lines,
    projects,
    indicators,
    figures,
    checks,
    errors: [],
  };
}

/** Why a table placed by its header is none of the others that fit as well: printed under their titles, or not mandated. */
function alike(others: readonly TableDef[], titled: ReadonlySet<TableId | undefined>): string {
  const why = (d: TableDef) => (titled.has(d.id) ? 'the document prints it under its title' : 'is not one of the tables every disclosure prints');
  return others.map((d) => `; ${d.id} fits as well, but ${why(d)}`).join('');
}
