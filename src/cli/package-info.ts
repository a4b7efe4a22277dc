// The tool's own name and version, from its package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import type { ToolInfo } from '../sink/manifest.js';

export function readToolInfo(): ToolInfo {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as Partial<ToolInfo>;
  return { name: String(pkg.name), version: String(pkg.version) };
}
