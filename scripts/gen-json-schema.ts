// Writes docs/schema/<file>.schema.json from the zod record schemas.
// Usage: npm run gen:schema (builds, then runs node dist/scripts/gen-json-schema.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/package-root.js';
import { generateJsonSchemas } from '../src/sink/json-schemas.js';

const dir = join(packageRoot(), 'docs', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of generateJsonSchemas()) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join('docs', 'schema', name)}`);
}
