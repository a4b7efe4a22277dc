// CSV files for Excel and everything else: UTF-8 with a BOM (Excel otherwise reads Chinese
// as the local code page), RFC 4180 (CRLF, fields with commas, quotes or line breaks
// quoted), a header row of column names. An empty cell is null; amounts are plain decimals.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { Cell, Column } from './columns.js';

/** A number of 万元 as an exact decimal with at most 6 places (0.01 元), no exponent. */
export function decimalText(value: number): string {
  const text = value.toFixed(6).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** The text of a cell as CSV and the Parquet staging file carry it. */
export function cellText(column: Column, value: Cell): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return column.money ? decimalText(value) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

export async function writeCsv(path: string, columns: Column[], rows: Iterable<Record<string, unknown>>): Promise<void> {
  const out = createWriteStream(path);
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  const write = async (record: (string | null)[]): Promise<void> => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await write(columns.map((c) => c.name));
  for (const row of rows) await write(columns.map((c) => cellText(c, c.cell(row))));
  csv.end();
  await once(out, 'finish');
}
