// An identity that wrote no record is written once as `skipped`, naming what it needed and
// the document does not print, so a consistent document is one whose checks ran and
// passed, not one where nothing could be checked.
import { SCHEMA_VERSION, type CheckRecord, type TableId } from '../../schema/records.js';
import type { Context } from './context.js';
import type { Identity, Ref } from './types.js';

const refTables = (refs: readonly Ref[]): TableId[] => refs.flatMap((r) => ('table' in r ? [r.table] : []));

/** The tables an identity reads. */
export function identityTables(id: Identity): TableId[] {
  switch (id.kind) {
    case 'hierarchy':
      return [...id.tables];
    case 'groups':
    case 'row':
      return [id.table];
    case 'sum':
      return refTables([id.target, ...id.terms]);
    case 'per_class':
      return [id.left.table, id.right.table];
    case 'narrative':
      return refTables(Object.values(id.targets).flat().flatMap((t) => ('atMost' in t ? [t.atMost] : 'plus' in t ? t.plus : [t])));
  }
}

export function skippedRecord(ctx: Context, id: Identity): CheckRecord {
  const tables = [...new Set(identityTables(id))];
  const absent = tables.filter((t) => !ctx.tables.has(t));
  const why =
    id.kind === 'narrative'
      ? 'no figure of the text names a table it prints'
      : id.kind === 'sum' && id.terms.some((t) => 'projects' in t) && ctx.projects.some((p) => p.key_projects_only)
        ? 'the 绩效目标表 lists the key projects only, not all of the 项目支出'
        : absent.length > 0
        ? `not printed: ${absent.join(', ')}`
        : 'the rows or columns it compares are not printed';
  return {
    schema_version: SCHEMA_VERSION,
    doc_id: ctx.doc_id,
    check: id.id,
    table: tables.length === 1 ? tables[0]! : tables,
    status: 'skipped',
    expected: null,
    actual: null,
    difference: null,
    message: `${id.id} skipped: ${why}`,
    cells: [],
  };
}
