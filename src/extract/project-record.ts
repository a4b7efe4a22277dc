// A project read from a table, before its fields are filled in.
import type { TableBlock } from '../model/document.js';
import type { ProjectRecord, Unit } from '../schema/records.js';
import { provenance } from './row.js';

export function tableProject(doc_id: string, name: string, unit: Unit, table: TableBlock, r: number): ProjectRecord {
  return {
    schema_version: '1',
    doc_id,
    project_code: null,
    project_name: name,
    budget: null,
    fiscal_funds: null,
    other_funds: null,
    purpose: null,
    spending_plan: {},
    goals: [],
    source_unit: unit,
    provenance: provenance(table, r),
    printed_as: 'table',
  };
}
