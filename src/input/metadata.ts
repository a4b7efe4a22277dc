// Metadata a run is given about an input (from a manifest): it fills the document record
// where the document itself lacks the field, and says so in metadata_sources.
import type { DocumentRecord } from '../schema/records.js';
import { packageId } from '../util/package-id.js';

export interface InputMeta {
  /** 6-digit administrative division code. */
  region_code?: string;
  /** fills department_name. */
  department?: string;
  fiscal_year?: number;
  /** where the file was downloaded from; recorded in documents.jsonl and manifest.json. */
  source_url?: string;
}

export const META_SOURCE = 'input_manifest';

const FIELDS = [
  ['region_code', 'region_code'],
  ['department', 'department_name'],
  ['fiscal_year', 'fiscal_year'],
] as const satisfies readonly (readonly [keyof InputMeta, keyof DocumentRecord])[];

/** A copy of the record with its null fields filled from `meta`; a disagreement is a warning, never an overwrite. */
export function fillFromMeta(document: DocumentRecord, meta: InputMeta | undefined): DocumentRecord {
  if (!meta) return document;
  const filled: DocumentRecord = { ...document, metadata_sources: { ...document.metadata_sources }, warnings: [...document.warnings] };
  if (meta.source_url !== undefined) filled.source_url = meta.source_url;
  for (const [from, to] of FIELDS) {
    const given = meta[from];
    if (given === undefined) continue;
    const found = filled[to];
    if (found === null) {
      (filled as Record<typeof to, unknown>)[to] = given;
      filled.metadata_sources[to] = META_SOURCE;
    } else if (found !== given) {
      filled.warnings.push({
        code: 'MANIFEST_DISAGREES',
        message: `the manifest gives ${from} ${JSON.stringify(given)} but the document says ${JSON.stringify(found)}: the document's value is kept; check the manifest`,
      });
    }
  }
  // the parts of a disclosure pair on what the manifest filled in too (北京's 报表 files print no department)
  filled.package_id = packageId(filled);
  return filled;
}
