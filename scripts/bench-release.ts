// The release benchmark (a script, not a test): builds a release of output folders several
// times and prints the median time, peak memory, and rows and sizes per
// record type (JSONL in, CSV and Parquet out).
//   npm run bench:release -- <output folder>... [--runs 3] [--keep DIR]
// e.g. after `npm run ingest -- ../shared/corpus --out /tmp/corpus` and the same for ../shared/real.
import { mkdtemp, readFile, rm, stat, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readToolInfo } from '../src/cli/package-info.js';
import { formatBytes } from '../src/input/limits.js';
import { buildRelease } from '../src/release/release.js';

const { values, positionals: folders } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, keep: { type: 'string' } },
});
if (folders.length === 0) throw new Error('usage: npm run bench:release -- <output folder>... [--runs 3] [--keep DIR]');

// this process and DuckDB's thread: the machine may be shared, so CPU time is the steadier figure
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const work = await mkdtemp(join(tmpdir(), 'bench-release-'));
const times: number[] = [];
let last = '';
try {
  for (let i = 0; i < Number(values.runs); i++) {
    last = join(work, `r${i}`);
    const started = performance.now();
    await buildRelease({ folders, to: last, name: 'bench', version: '1', date: '2026-01-01', tool: readToolInfo() });
    times.push(performance.now() - started);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const descriptor = JSON.parse(await readFile(join(last, 'datapackage.json'), 'utf8')) as { resources: { name: string; path: string; rows: number; bytes: number }[] };
  console.log(
    `release of ${folders.join(' + ')}: median ${(median(times) / 1000).toFixed(1)} s over ${times.length} run(s) ` +
      `(${times.map((t) => (t / 1000).toFixed(1)).join(', ')} s), ${(cpuSeconds() / times.length).toFixed(1)} CPU-s per run, ` +
      `peak RSS ${formatBytes(process.resourceUsage().maxRSS * 1024)}`,
  );
  console.log('| table | rows | JSONL in | CSV | Parquet | Parquet / JSONL |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const resource of descriptor.resources.filter((r) => r.path.endsWith('.csv'))) {
    const parquet = descriptor.resources.find((r) => r.name === `${resource.name}_parquet`)!;
    const source = resource.name === 'budget_lines_wide' ? null : `${resource.name}.jsonl`;
    let jsonl = 0;
    for (const folder of folders) jsonl += source ? await stat(join(folder, source)).then((s) => s.size, () => 0) : 0;
    const ratio = jsonl > 0 ? (parquet.bytes / jsonl).toFixed(3) : '—';
    console.log(`| ${resource.name} | ${resource.rows} | ${source ? formatBytes(jsonl) : '—'} | ${formatBytes(resource.bytes)} | ${formatBytes(parquet.bytes)} | ${ratio} |`);
  }
  const total = (await stat(join(last, 'datapackage.json'))).size;
  console.log(`datapackage.json ${formatBytes(total)}`);
} finally {
  if (values.keep && last) await cp(last, values.keep, { recursive: true });
  await rm(work, { recursive: true, force: true });
}
