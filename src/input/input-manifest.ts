// Input manifests: a CSV or JSON Lines file listing the files to read, one per row, with
// optional metadata (region_code, department, fiscal_year, source_url) that fills the
// document record where the document lacks it. Scraping jobs write these next to the files.
import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join } from 'node:path';
import type { InputTarget } from './collect.js';
import { parseCsv } from './csv.js';
import type { InputMeta } from './metadata.js';

/** A manifest that cannot be used: the run stops before reading anything (a typo would otherwise cost a whole batch). */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

const COLUMNS = ['path', 'region_code', 'department', 'fiscal_year', 'source_url'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], unknown>>;

/**
 * The rows of a manifest as targets. Relative paths are relative to the manifest's folder,
 * and sources are that folder (as given) joined with the path, as for folder arguments.
 */
export async function readInputManifest(manifestPath: string): Promise<InputTarget[]> {
  let text: string;
  try {
    text = decode(await readFile(manifestPath));
  } catch (err) {
    throw new ManifestError(`cannot read the manifest ${manifestPath}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const jsonl = extname(manifestPath).toLowerCase() === '.jsonl' || text.trimStart().startsWith('{');
  const rows = jsonl ? jsonRows(text, manifestPath) : csvRows(text, manifestPath);
  const problems: string[] = [];
  const targets: InputTarget[] = [];
  for (const { line, row } of rows) {
    const target = toTarget(row, dirname(manifestPath), (message) => problems.push(`${manifestPath}:${line}: ${message}`));
    if (target) targets.push(target);
  }
  if (problems.length > 0) {
    const more = problems.length > 10 ? `\n(and ${problems.length - 10} more)` : '';
    throw new ManifestError(`the manifest has errors; fix them and re-run:\n${problems.slice(0, 10).join('\n')}${more}`);
  }
  return targets;
}

// Excel on Chinese Windows saves CSV as GBK: anything that is not valid UTF-8 is read as GB18030.
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function csvRows(text: string, manifestPath: string): { line: number; row: Row }[] {
  const [header, ...body] = parseCsv(text);
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  if (!names.includes('path')) {
    throw new ManifestError(`${manifestPath}: the first row must name the columns, one of them "path" (also: ${COLUMNS.slice(1).join(', ')})`);
  }
  return body
    .map((fields, i) => ({ line: i + 2, row: Object.fromEntries(names.map((name, j) => [name, fields[j]?.trim() || undefined])) as Row }))
    .filter(({ row }) => Object.values(row).some((value) => value !== undefined));
}

function jsonRows(text: string, manifestPath: string): { line: number; row: Row }[] {
  const rows: { line: number; row: Row }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new ManifestError(`${manifestPath}:${i + 1}: not a JSON object: ${line.slice(0, 80)}`);
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new ManifestError(`${manifestPath}:${i + 1}: not a JSON object: ${line.slice(0, 80)}`);
    }
    rows.push({ line: i + 1, row: row as Row });
  });
  return rows;
}

function toTarget(row: Row, base: string, problem: (message: string) => void): InputTarget | null {
  const text = (key: keyof Row): string | undefined => {
    const value = row[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    problem(`${key} must be a string`);
    return undefined;
  };
  const path = text('path');
  if (path === undefined) {
    problem('no path');
    return null;
  }
  const meta: InputMeta = {};
  const region = text('region_code');
  if (region !== undefined) {
    if (/^\d{6}$/.test(region)) meta.region_code = region;
    else problem(`region_code "${region}" is not a 6-digit division code`);
  }
  const department = text('department');
  if (department !== undefined) meta.department = department;
  const year = text('fiscal_year');
  if (year !== undefined) {
    if (/^(19|20)\d{2}$/.test(year)) meta.fiscal_year = Number(year);
    else problem(`fiscal_year "${year}" is not a year such as 2024`);
  }
  const url = text('source_url');
  if (url !== undefined) meta.source_url = url;
  return { path: isAbsolute(path) ? path : join(base, path), ...(Object.keys(meta).length > 0 ? { meta } : {}) };
}
