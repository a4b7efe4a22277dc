// The `release` command: output folders → a dataset release (src/release/).
import type { Command } from 'commander';
import { DEFAULT_LICENSE } from '../release/license.js';
import type { ReleaseOptions, ReleaseReport } from '../release/release.js';
import type { ToolInfo } from '../sink/manifest.js';
import { formatBytes } from '../input/limits.js';

type ReleaseFlags = Pick<ReleaseOptions, 'to' | 'name' | 'version' | 'date' | 'previous' | 'excludeFailing' | 'overwrite'> & {
  license: string;
  licenseUrl?: string;
  quiet?: boolean;
};

export function addReleaseCommand(program: Command, tool: ToolInfo, out: (text: string) => void): void {
  program
    .command('release')
    .description('build a dataset release (Frictionless Data Package: CSV + Parquet, QUALITY.md, CHANGES.md) from output folders')
    .argument('<folders...>', 'output folders of ingest runs (merged: a document read twice appears once)')
    .requiredOption('--to <dir>', 'release folder to write (new or empty, see --overwrite)')
    .requiredOption('--name <name>', 'dataset name (lower-case letters, digits, . _ - /), e.g. jiangsu-budgets')
    .requiredOption('--version <version>', 'release version, e.g. 2026.1')
    .option('--date <YYYY-MM-DD>', 'release date (default: SOURCE_DATE_EPOCH, else today)')
    .option('--previous <dir>', 'previous release: CHANGES.md lists what changed since')
    .option('--exclude-failing', 'leave out documents whose reconciliation checks fail (default: included, quality=checks_failed)')
    .option('--license <id>', 'licence (Open Definition / SPDX id)', DEFAULT_LICENSE.name)
    .option('--license-url <url>', `licence text (default for ${DEFAULT_LICENSE.name}: ${DEFAULT_LICENSE.path})`)
    .option('--overwrite', 'replace a release folder that is not empty')
    .option('--quiet', 'print nothing but fatal errors')
    .action(async (folders: string[], { license, licenseUrl, quiet, ...flags }: ReleaseFlags) => {
      const path = licenseUrl ?? (license === DEFAULT_LICENSE.name ? DEFAULT_LICENSE.path : undefined);
      // loaded on demand: DuckDB's native binding keeps a thread that ingest and the tests of other commands do not need
      const { buildRelease } = await import('../release/release.js');
      const report = await buildRelease({ ...flags, folders, license: { name: license, ...(path !== undefined ? { path } : {}) }, tool });
      if (!quiet) out(`${formatReleaseReport(report).join('\n')}\n`);
    });
}

export function formatReleaseReport(report: ReleaseReport): string[] {
  const lines = [
    `released ${report.documents} document(s) to ${report.dir}` +
      (report.excluded > 0 ? ` (${report.excluded} with failing checks left out)` : '') +
      (report.failedInputs > 0 ? `; ${report.failedInputs} input(s) could not be read (QUALITY.md)` : ''),
  ];
  const width = Math.max(...report.tables.map((t) => t.name.length));
  for (const t of report.tables) {
    lines.push(`  ${t.name.padEnd(width)} ${String(t.rows).padStart(8)} rows  csv ${formatBytes(t.csvBytes).padStart(9)}  parquet ${formatBytes(t.parquetBytes).padStart(9)}`);
  }
  return lines;
}
