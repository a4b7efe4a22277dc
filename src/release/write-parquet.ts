// Parquet files through DuckDB: typed columns (amounts DECIMAL(18,6): 万元 exact to 0.01 元,
// up to 10^12 万元), zstd, rows in release order. The rows go to DuckDB as a staging JSON
// Lines file of cell texts (exact decimals as strings), read back with the declared types.
// One thread: the same rows give the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Column } from './columns.js';
import { cellText } from './write-csv.js';

export const MONEY_TYPE = 'DECIMAL(18,6)';

export function sqlType(column: Column): string {
  switch (column.type) {
    case 'integer':
      return 'BIGINT';
    case 'number':
      return column.money ? MONEY_TYPE : 'DOUBLE';
    case 'boolean':
      return 'BOOLEAN';
    default:
      return 'VARCHAR';
  }
}

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const quoteString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export async function openDuckDb(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function writeParquet(
  connection: DuckDBConnection,
  path: string,
  columns: Column[],
  rows: Iterable<Record<string, unknown>>,
): Promise<void> {
  const staging = `${path}.rows.jsonl`;
  const out = createWriteStream(staging);
  for (const row of rows) {
    const line = `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, stagedValue(c, c.cell(row))])))}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  try {
    // money is staged as text and cast, so no double rounding comes between the JSON and the DECIMAL
    const declared = columns.map((c) => `${quoteString(c.name)}: ${quoteString(c.money ? 'VARCHAR' : sqlType(c))}`).join(', ');
    const select = columns.map((c) => (c.money ? `CAST(${quoteIdentifier(c.name)} AS ${MONEY_TYPE}) AS ${quoteIdentifier(c.name)}` : quoteIdentifier(c.name))).join(', ');
    await connection.run(
      `COPY (SELECT ${select} FROM read_json(${quoteString(staging)}, format = 'newline_delimited', columns = {${declared}}, maximum_object_size = 268435456)) ` +
        `TO ${quoteString(path)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    await rm(staging, { force: true });
  }
}

function stagedValue(column: Column, value: ReturnType<Column['cell']>): unknown {
  return column.money || typeof value === 'string' ? cellText(column, value) : value;
}
