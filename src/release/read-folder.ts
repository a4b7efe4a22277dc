// Reads one output folder for a release, refusing it before anything is written when it is
// not what a complete run of this schema version leaves: no manifest, another schema version,
// a file that differs from the manifest's sha256 (changed or truncated after the run), a
// line that is not JSON, records lacking fields this version writes (an older budget-ingest).
// Records that parse but fail their zod schema otherwise are kept aside, not released, and
// listed in QUALITY.md.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RECORD_FILES, SCHEMA_VERSION } from '../schema/records.js';
import type { RecordFile } from '../schema/records.js';
import { InputSeen, OutputFileInfo, ToolInfo } from '../sink/manifest.js';

export class ReleaseInputError extends Error {}

/** manifest.json as any version with this schema version writes it: files may name record files this version does not know. */
const FolderManifest = z.object({
  tool: ToolInfo,
  schema_version: z.string(),
  inputs: z.array(InputSeen),
  files: z.record(z.string(), OutputFileInfo),
});
export type FolderManifest = z.infer<typeof FolderManifest>;

export interface RejectedRecord {
  folder: string;
  file: RecordFile;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface OutputFolder {
  dir: string;
  manifest: FolderManifest;
  /** valid records per file, in file order (empty for a file the folder does not have). */
  records: Map<RecordFile, unknown[]>;
  rejected: RejectedRecord[];
  /** record files the folder does not have (written by a version before they existed). */
  absent: RecordFile[];
}

const FILES = Object.keys(RECORD_FILES) as RecordFile[];

export async function readOutputFolder(dir: string): Promise<OutputFolder> {
  const manifest = await readManifest(dir);
  const records = new Map<RecordFile, unknown[]>();
  const rejected: RejectedRecord[] = [];
  const absent: RecordFile[] = [];
  for (const file of FILES) {
    const listed = manifest.files[file];
    if (!listed) {
      // an older version's folder: the file did not exist then; a stray one is not the run's
      absent.push(file);
      records.set(file, []);
      continue;
    }
    const bytes = await readFile(join(dir, file)).catch((err: NodeJS.ErrnoException) => {
      throw new ReleaseInputError(`${dir}: ${file} is listed in manifest.json but cannot be read (${err.code ?? err.message}): the folder is incomplete; run ingest on it again`);
    });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== listed.sha256 || bytes.length !== listed.bytes) {
      throw new ReleaseInputError(
        `${dir}: ${file} is not the file the run wrote (${bytes.length} bytes, manifest.json says ${listed.bytes}; sha256 differs): ` +
          'it was changed or truncated after the run; run ingest on the folder again',
      );
    }
    records.set(file, parseLines(dir, file, bytes.toString('utf8'), rejected));
  }
  return { dir, manifest, records, rejected, absent };
}

async function readManifest(dir: string): Promise<FolderManifest> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ReleaseInputError(`${dir}: no such folder: give the output folders of ingest runs (--out)`);
  const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => null);
  if (text === null) {
    throw new ReleaseInputError(
      `${dir}: no manifest.json: not a complete output folder (a run writes manifest.json last; one that was stopped leaves none): run ingest on it again`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReleaseInputError(`${dir}: manifest.json is not valid JSON: run ingest on the folder again`);
  }
  const version = (json as { schema_version?: unknown } | null)?.schema_version;
  if (version !== SCHEMA_VERSION) {
    throw new ReleaseInputError(
      `${dir}: written with schema version ${JSON.stringify(version ?? null)}; this release tool reads schema version ${SCHEMA_VERSION}: ` +
        'run ingest with this version of budget-ingest on the same inputs, then release',
    );
  }
  const parsed = FolderManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReleaseInputError(`${dir}: manifest.json is not a budget-ingest manifest (field "${issue.path.join('.')}": ${issue.message})`);
  }
  return parsed.data;
}

function parseLines(dir: string, file: RecordFile, text: string, rejected: RejectedRecord[]): unknown[] {
  const schema = RECORD_FILES[file];
  const out: unknown[] = [];
  const missing = new Set<string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ReleaseInputError(`${dir}: ${file} line ${i + 1} is not valid JSON (truncated?): run ingest on the folder again`);
    }
    const version = (json as { schema_version?: unknown } | null)?.schema_version;
    if (version !== SCHEMA_VERSION) {
      throw new ReleaseInputError(`${dir}: ${file} line ${i + 1} has schema version ${JSON.stringify(version ?? null)}, not ${SCHEMA_VERSION}: run ingest on the folder again`);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) out.push(parsed.data);
    else {
      const issue = parsed.error.issues[0]!;
      rejected.push({ folder: dir, file, line: i + 1, message: `field "${issue.path.join('.') || '(record)'}": ${issue.message}` });
      for (const { path } of parsed.error.issues) if (path.length > 0 && valueAt(json, path) === undefined) missing.add(path.join('.'));
    }
  });
  // a field the contract added since the run (same schema version, an older budget-ingest): not a bad record, an old folder
  if (missing.size > 0) {
    throw new ReleaseInputError(
      `${dir}: ${file} lacks fields this version writes (${[...missing].sort().join(', ')}): the folder was written by an older ` +
        'budget-ingest; run ingest on the same inputs with this version, then release',
    );
  }
  return out;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}
