// datapackage.json: a Frictionless Tabular Data Package (v1). Each table is two resources,
// the CSV (<name>) and the Parquet (<name>_parquet), with one Table Schema: field names,
// types, descriptions in English and Chinese, constraints, primary key, foreign keys to
// documents by doc_id; plus rows, bytes and sha256 of the file.
import type { Column } from './columns.js';
import type { ReleaseTable } from './tables.js';
import type { ToolInfo } from '../sink/manifest.js';

export interface FileStats {
  bytes: number;
  sha256: string;
}

export interface PackageInfo {
  name: string;
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  license: { name: string; path?: string };
  tool: ToolInfo;
  schemaVersion: string;
  /** the output folders released, as given. */
  folders: { path: string; tool: ToolInfo }[];
  /** every document: its source URL where known. */
  sources: { title: string; path?: string }[];
}

export const FORMATS = [
  { suffix: '', extension: 'csv', mediatype: 'text/csv' },
  { suffix: '_parquet', extension: 'parquet', mediatype: 'application/vnd.apache.parquet' },
] as const;

export function dataPackage(info: PackageInfo, tables: ReleaseTable[], stats: Map<string, FileStats>): Record<string, unknown> {
  const resources = FORMATS.flatMap((format) =>
    tables.map((table) => {
      const path = `${table.name}.${format.extension}`;
      const file = stats.get(path)!;
      return {
        profile: 'tabular-data-resource',
        name: `${table.name}${format.suffix}`,
        path,
        format: format.extension,
        mediatype: format.mediatype,
        ...(format.extension === 'csv'
          ? { encoding: 'utf-8-sig', dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } }
          : {}),
        description: table.description,
        rows: table.rows.length,
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        schema: tableSchema(table, format.suffix),
      };
    }),
  );
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: `${info.name} ${info.version}`,
    version: info.version,
    created: `${info.date}T00:00:00Z`,
    description:
      'Department budget disclosures (部门预算/单位预算/决算) read by budget-ingest: every amount of the standard tables in 万元, ' +
      'projects and performance indicators, reconciliation checks and the tables as read. Each table is given as CSV (UTF-8 with BOM) ' +
      'and Parquet; see QUALITY.md for what is in it and CHANGES.md for what changed.',
    licenses: [info.license],
    sources: info.sources,
    budget_ingest: {
      tool: info.tool,
      schema_version: info.schemaVersion,
      folders: info.folders,
    },
    resources,
  };
}

function tableSchema(table: ReleaseTable, suffix: string): Record<string, unknown> {
  return {
    fields: table.columns.map(field),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.referencesDocuments
      ? { foreignKeys: [{ fields: ['doc_id'], reference: { resource: `documents${suffix}`, fields: ['doc_id'] } }] }
      : {}),
  };
}

function field(column: Column): Record<string, unknown> {
  const constraints = {
    ...(column.required ? { required: true } : {}),
    ...(column.enum ? { enum: column.enum } : {}),
    ...(column.pattern !== undefined ? { pattern: column.pattern } : {}),
    ...(column.minimum !== undefined ? { minimum: column.minimum } : {}),
    ...(column.maximum !== undefined ? { maximum: column.maximum } : {}),
  };
  return {
    name: column.name,
    title: column.title,
    description: column.description,
    type: column.type,
    ...(column.money ? { decimalChar: '.', bareNumber: true } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}
