// `budget-ingest crawl`: the scraping job. Crawls the configured portals into a downloads
// folder with manifest.csv, then (--then-ingest) runs the ordinary incremental ingest on
// that manifest; once, or on a cron schedule in a long-lived process.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadCrawlConfig } from '../crawl/config.js';
import { runCrawl } from '../crawl/crawl.js';
import { runOnSchedule } from '../crawl/schedule.js';
import { crawlLogLine, formatCrawlSummary } from '../crawl/summary.js';
import type { ToolInfo } from '../sink/manifest.js';
import { parseCount } from './parse-options.js';
import { progressReporter } from './progress.js';
import type { CliIo } from './program.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_WORKER_MEMORY_MB, runIngest } from './run.js';
import { formatSummary } from './summary.js';

interface CrawlFlags {
  config: string;
  out: string;
  thenIngest?: string;
  schedule?: string;
  maxFiles?: number;
  quiet?: boolean;
}

export function addCrawlCommand(program: Command, io: CliIo, tool: ToolInfo, setExitCode: (code: number) => void): void {
  program
    .command('crawl')
    .description('download new disclosures from government portals into <out> and write <out>/manifest.csv; optionally ingest them')
    .requiredOption('--config <file>', 'YAML or JSON file describing the portals (see the README, "Crawling portals")')
    .requiredOption('--out <dir>', 'downloads folder: <out>/<portal id>/ files, <out>/manifest.csv, <out>/.crawl-state/')
    .option('--then-ingest <dir>', 'then run ingest on <out>/manifest.csv into this output folder (incremental, as ingest is)')
    .option('--schedule <cron>', 'stay running and crawl (and ingest) on this cron expression, e.g. "0 2 * * *"; never two runs at once')
    .option('--max-files <n>', 'stop after downloading this many new files', parseCount)
    .option('--quiet', 'print nothing but the log line of scheduled runs and fatal errors')
    .addHelpText('after', '\nExit codes: 0 every start page was read; 1 a start page could not be read, the config is invalid, or --then-ingest read nothing.')
    .action(async (flags: CrawlFlags) => {
      const { config, portals } = await loadCrawlConfig(flags.config);
      const print = (lines: string[]): void => {
        if (!flags.quiet) io.out(`${lines.join('\n')}\n`);
      };
      const once = async (): Promise<{ exitCode: number; line: string }> => {
        const report = await runCrawl({
          config,
          portals,
          outDir: flags.out,
          tool,
          ...(flags.maxFiles !== undefined ? { maxFiles: flags.maxFiles } : {}),
          ...(flags.quiet ? {} : { log: (line: string) => io.err(`${line}\n`) }),
        });
        print(formatCrawlSummary(report));
        if (!flags.thenIngest) return { exitCode: report.exitCode, line: crawlLogLine(report) };
        const progress = flags.quiet ? undefined : progressReporter(io.err, io.tty);
        const ingest = await runIngest({
          paths: [],
          manifests: [report.manifestPath],
          outDir: flags.thenIngest,
          tool,
          processor: io.processor,
          workers: availableParallelism(),
          timeoutMs: DEFAULT_TIMEOUT_MS,
          workerMemoryMb: DEFAULT_WORKER_MEMORY_MB,
          cache: { dir: join(flags.thenIngest, '.cache'), prune: true },
          onStart: (total, workers) => progress?.start(total, workers),
          onProgress: (p) => progress?.update(p),
        }).finally(() => progress?.stop());
        print(formatSummary(ingest, flags.thenIngest));
        return {
          exitCode: Math.max(report.exitCode, ingest.exitCode),
          line: `${crawlLogLine(report)}; ingest: ${ingest.processed} processed, ${ingest.cached} from the cache`,
        };
      };
      if (!flags.schedule) {
        setExitCode((await once()).exitCode);
        return;
      }
      const stop = new AbortController();
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
      await runOnSchedule(flags.schedule, async () => (await once()).line, { log: (line) => io.err(`${line}\n`), signal: stop.signal });
    });
}
