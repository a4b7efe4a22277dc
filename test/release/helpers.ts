// Reading JSON Lines back and summing amounts exactly, for the release tests.
import { readFile } from 'node:fs/promises';

export async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');
  return text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The sum of the number at `path` in every record, in millionths, as DuckDB prints a DECIMAL(38,6). */
export function microSum(records: Record<string, unknown>[], path: string[]): string {
  let sum = 0n;
  for (const record of records) {
    let value: unknown = record;
    for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
    if (typeof value === 'number') sum += BigInt(Math.round(value * 1e6));
  }
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(7, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}
