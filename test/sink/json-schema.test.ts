import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/package-root.js';
import { RECORD_FILES } from '../../src/schema/records.js';
import { generateJsonSchemas } from '../../src/sink/json-schemas.js';

const dir = join(packageRoot(), 'docs', 'schema');

test('docs/schema matches the zod schemas (else run `npm run gen:schema`)', async () => {
  const generated = generateJsonSchemas();
  const onDisk = (await readdir(dir)).filter((name) => name.endsWith('.schema.json'));
  const stale: string[] = [];
  for (const [name, text] of generated) {
    const current = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (current !== text) stale.push(current === null ? `${name} (missing)` : name);
  }
  for (const name of onDisk) if (!generated.has(name)) stale.push(`${name} (no such output file any more)`);
  if (stale.length > 0) {
    throw new Error(`docs/schema is out of date: ${stale.join(', ')}. Run \`npm run gen:schema\` and commit the result.`);
  }
});

test('there is one schema per output file plus the manifest, each strict and titled', () => {
  const generated = generateJsonSchemas();
  expect([...generated.keys()].sort()).toEqual(
    [...Object.keys(RECORD_FILES).map((f) => f.replace('.jsonl', '')), 'manifest'].map((s) => `${s}.schema.json`).sort(),
  );
  for (const text of generated.values()) {
    expect(text.endsWith('}\n')).toBe(true);
    const schema = JSON.parse(text) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.title).toBe('string');
    expect(schema.additionalProperties).toBe(false);
  }
});

test('generation is stable', () => {
  expect([...generateJsonSchemas()]).toEqual([...generateJsonSchemas()]);
});
