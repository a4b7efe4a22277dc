// The published JSON Schema of every output file, generated from the zod schemas so the
// docs cannot drift from what the writer validates. Shared by scripts/gen-json-schema.ts
// and the test that fails when docs/schema/ is stale.
import { z } from 'zod';
import { RECORD_FILES } from '../schema/records.js';
import type { RecordFile } from '../schema/records.js';
import { Manifest } from './manifest.js';

const DESCRIPTIONS: Record<RecordFile | 'manifest.json', string> = {
  'documents.jsonl': 'One line per input document that was read (successfully or partly).',
  'tables.jsonl': 'One line per table of a document, placed in the catalogue or not: its grid as read and how it was classified.',
  'budget_lines.jsonl': 'One line per data row of a financial table; amounts in 万元.',
  'projects.jsonl': 'One line per project of a 项目绩效目标表.',
  'indicators.jsonl': 'One line per indicator row of a 绩效目标表.',
  'figures.jsonl': 'One line per money figure stated in the narrative (说明, 情况说明): labelled where the text names it unambiguously.',
  'checks.jsonl': 'One line per reconciliation check run on a document, pass and fail alike.',
  'errors.jsonl': 'One line per input that could not be processed, or stage that failed on it.',
  'manifest.json': 'The run: inputs seen, tool and schema version, line count and sha256 of each file.',
};

/** docs/schema file name → file text (pretty JSON with a trailing newline). */
export function generateJsonSchemas(): Map<string, string> {
  const schemas: [RecordFile | 'manifest.json', z.ZodType][] = [
    ...(Object.entries(RECORD_FILES) as [RecordFile, z.ZodType][]),
    ['manifest.json', Manifest],
  ];
  const out = new Map<string, string>();
  for (const [file, schema] of schemas) {
    const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    const document = { $schema, title: file, description: DESCRIPTIONS[file], ...body };
    out.set(`${file.replace(/\.[^.]+$/, '')}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return out;
}
