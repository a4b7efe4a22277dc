// The flat columns of each release table, derived from the JSON Schema the zod schemas
// generate: nested objects of fixed shape (provenance, match) become prefix_key columns,
// amounts and attributes one column per key the catalogue defines, other objects and
// arrays JSON text. A field added to a zod schema becomes a column with no change here.
import { z } from 'zod';
import type { RecordFile } from '../schema/records.js';
import { RECORD_FILES } from '../schema/records.js';
import { amountKeys, attributeKeys } from './catalogue-keys.js';
import type { CatalogueKey } from './catalogue-keys.js';
import { fieldDoc, MONEY_FIELDS } from './field-docs.js';

/** Table Schema field types used here ('array'/'object': JSON text; 'any': a string, or JSON text). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';
export type Cell = string | number | boolean | null;
type Row = Record<string, unknown>;

export interface Column {
  name: string;
  type: FieldType;
  /** a number in 万元: DECIMAL(18,6) in Parquet. */
  money: boolean;
  required: boolean;
  enum?: (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  description: string;
  /** Chinese: the printed header, or a short description. */
  title: string;
  /** the cell of a record (arrays and objects as JSON text). */
  cell(row: Row): Cell;
}

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: string | number;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
}

/** Objects whose keys the catalogue defines, by "<resource>.<field>". */
const CATALOGUE_OBJECTS: Record<string, () => CatalogueKey[]> = {
  'budget_lines.amounts': amountKeys,
  'budget_lines.attributes': attributeKeys,
};

/** Key of objects' values that have no column of their own. */
export const UNLISTED = 'unlisted';

/** The resource name of a record file: budget_lines.jsonl → budget_lines. */
export function resourceName(file: RecordFile | string): string {
  return file.replace(/\.jsonl$/, '');
}

/** The columns of one record file's table, record_index included. */
export function recordColumns(file: RecordFile): Column[] {
  const resource = resourceName(file);
  const schema = z.toJSONSchema(RECORD_FILES[file], { target: 'draft-2020-12' }) as JsonSchema;
  const columns = objectColumns(resource, schema, []);
  const key = indexColumn(resource);
  if (resource === 'documents') return columns;
  const at = resource === 'errors' ? 0 : columns.findIndex((c) => c.name === 'doc_id') + 1;
  return [...columns.slice(0, at), key, ...columns.slice(at)];
}

function indexColumn(resource: string): Column {
  const doc = fieldDoc(resource, 'record_index');
  return {
    name: 'record_index',
    type: 'integer',
    money: false,
    required: true,
    minimum: 0,
    description: `${doc?.en ?? ''}\n${doc?.zh ?? ''}`,
    title: doc?.zh ?? '',
    cell: (row) => row['record_index'] as number,
  };
}

/** A column computed by the release (quality, region_name), documented in field-docs.ts. */
export function derivedColumn(resource: string, name: string, type: FieldType, options: { required: boolean; enum?: string[] }): Column {
  const doc = fieldDoc(resource, name);
  return {
    name,
    type,
    money: false,
    ...options,
    description: `${doc?.en ?? name}\n${doc?.zh ?? ''}`,
    title: doc?.zh ?? name,
    cell: (row) => (row[name] ?? null) as Cell,
  };
}

function objectColumns(resource: string, schema: JsonSchema, path: string[]): Column[] {
  const required = new Set(schema.required ?? []);
  const out: Column[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const at = [...path, key];
    const { alternatives, nullable } = flatten(property);
    const only = alternatives.length === 1 ? alternatives[0]! : undefined;
    const name = at.join('_');
    if (only?.properties && !nullable) {
      out.push(...objectColumns(resource, only, at));
      continue;
    }
    const keys = CATALOGUE_OBJECTS[`${resource}.${name}`];
    if (only && typeOf(only) === 'object' && keys) {
      out.push(...catalogueColumns(resource, name, at, keys()));
      continue;
    }
    out.push(column(resource, name, at, property, alternatives, required.has(key) && !nullable));
  }
  return out;
}

function column(resource: string, name: string, at: string[], property: JsonSchema, alternatives: JsonSchema[], required: boolean): Column {
  const kinds = new Set(alternatives.map(typeOf));
  const values = alternatives.flatMap((a) => a.enum ?? (a.const !== undefined ? [a.const] : []));
  const enumerated = alternatives.every((a) => a.enum !== undefined || a.const !== undefined);
  let type: FieldType = kinds.size === 1 ? typeOf(alternatives[0]!) : 'any';
  if (kinds.size === 1 && type === 'number' && enumerated && values.every(Number.isInteger)) type = 'integer';
  const only = alternatives.length === 1 ? alternatives[0]! : undefined;
  const doc = fieldDoc(resource, name) ?? fieldDoc(resource, at[at.length - 1]!);
  const en = property.description ?? only?.description ?? doc?.en ?? name;
  const minimum = only?.minimum ?? (only?.exclusiveMinimum !== undefined && type === 'integer' ? only.exclusiveMinimum + 1 : undefined);
  const maximum = only?.maximum !== undefined && only.maximum < Number.MAX_SAFE_INTEGER ? only.maximum : undefined;
  return {
    name,
    type,
    money: type === 'number' && MONEY_FIELDS.has(name),
    required,
    ...(enumerated && values.length > 0 && at[0] !== 'schema_version' ? { enum: values } : {}),
    ...(only?.pattern !== undefined ? { pattern: only.pattern } : {}),
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    description: `${en}\n${doc?.zh ?? ''}`.trimEnd(),
    title: doc?.zh ?? name,
    cell: (row) => cellOf(valueAt(row, at), type),
  };
}

/** One column per catalogue key, and <name>_unlisted (JSON) for other keys and values of the wrong type. */
function catalogueColumns(resource: string, name: string, at: string[], keys: CatalogueKey[]): Column[] {
  const money = name === 'amounts';
  const fits = (key: CatalogueKey, value: unknown): boolean =>
    value === null || (key.numeric || money ? typeof value === 'number' : typeof value === 'string');
  const byKey = new Map(keys.map((k) => [k.key, k]));
  const what = money ? 'amount in 万元 under the column' : 'value of the column';
  const columns: Column[] = keys.map((key) => ({
    name: `${name}_${key.key}`,
    type: money || key.numeric ? 'number' : 'string',
    money,
    required: false,
    description: `${name}.${key.key}: ${what} the catalogue names ${key.key}\n${key.label}${money ? '（万元）' : ''}`,
    title: key.label,
    cell: (row) => {
      const value = (valueAt(row, at) as Record<string, unknown> | undefined)?.[key.key];
      return value !== undefined && fits(key, value) ? (value as Cell) : null;
    },
  }));
  const unlisted = fieldDoc(resource, `${name}_${UNLISTED}`);
  columns.push({
    name: `${name}_${UNLISTED}`,
    type: 'object',
    money: false,
    required: false,
    description: `${unlisted?.en ?? ''}\n${unlisted?.zh ?? ''}`,
    title: unlisted?.zh ?? '',
    cell: (row) => {
      const object = (valueAt(row, at) ?? {}) as Record<string, unknown>;
      const rest = Object.entries(object).filter(([k, v]) => !byKey.has(k) || !fits(byKey.get(k)!, v));
      return rest.length > 0 ? JSON.stringify(Object.fromEntries(rest)) : null;
    },
  });
  return columns;
}

function flatten(schema: JsonSchema): { alternatives: JsonSchema[]; nullable: boolean } {
  if (schema.anyOf) {
    const parts = schema.anyOf.map(flatten);
    return { alternatives: parts.flatMap((p) => p.alternatives), nullable: parts.some((p) => p.nullable) };
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    return { alternatives: types.map((type) => ({ ...schema, type })), nullable: types.length < schema.type.length };
  }
  if (schema.type === 'null') return { alternatives: [], nullable: true };
  return { alternatives: [schema], nullable: false };
}

function typeOf(schema: JsonSchema): FieldType {
  const type = schema.type as string | undefined;
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object') return type;
  return 'any';
}

function valueAt(row: Row, path: string[]): unknown {
  let value: unknown = row;
  for (const key of path) value = value === null || value === undefined ? undefined : (value as Row)[key];
  return value;
}

function cellOf(value: unknown, type: FieldType): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (type === 'array' || type === 'object') return JSON.stringify(value);
  return value as Cell;
}
