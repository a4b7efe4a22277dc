// Wires command-line options to runIngest. Kept thin: everything worth testing lives in
// run.ts and summary.ts; this only parses, prints and picks the exit code.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Processor } from '../batch/process-input.js';
import { readToolInfo } from './package-info.js';
import { collect, parseCount } from './parse-options.js';
import { progressReporter } from './progress.js';
import { addReleaseCommand } from './release-command.js';
import {
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WORKER_MEMORY_MB,
  EXIT_NOTHING_PROCESSED,
  EXIT_OK,
  EXIT_STRICT_FAILURE,
  runIngest,
} from './run.js';
import { addQueueCommands } from './queue-commands.js';
import { addLimitOptions, addPoolOptions, limitsFrom, poolFrom } from './shared-options.js';
import type { LimitFlags, PoolFlags } from './shared-options.js';
import { formatSummary } from './summary.js';
import { readCorpusRecords } from '../corpus/read-output.js';
import { addCrawlCommand } from './crawl-command.js';
import { corpusReport, formatCorpusReport } from '../corpus/report.js';
import { buildReport } from '../report/build.js';
import { formatBytes } from '../input/limits.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** where a progress bar may go; a bar is drawn only when it is a terminal. */
  tty?: NodeJS.WriteStream;
  /** the pipeline, run in this thread; tests pass a fake. */
  processor?: Processor;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: process.stderr,
};

interface IngestFlags extends PoolFlags, LimitFlags {
  out: string;
  manifest?: string[];
  cacheDir?: string;
  reprocess?: boolean;
  runTime: boolean;
  strict?: boolean;
  debugDir?: string;
  quiet?: boolean;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const tool = readToolInfo();
  let exitCode = EXIT_OK;
  const program = new Command(tool.name)
    .description('Turns department budget disclosures (PDF, DOCX) into validated JSON Lines')
    .version(tool.version)
    // options after a command are that command's: release has a --version of its own
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  const ingest = program
    .command('ingest')
    .description('read documents and write one output folder of JSON Lines files and manifest.json')
    .argument('[paths...]', 'files and folders (walked recursively) to read')
    .requiredOption('--out <dir>', 'output folder')
    .option('--manifest <file>', 'CSV or JSONL listing files to read (path, region_code, department, fiscal_year, source_url); repeatable', collect);
  addLimitOptions(addPoolOptions(ingest, 'worker threads (0: in the main thread, no time limit)'))
    .option('--cache-dir <dir>', 'keep per-document results here (default: <out>/.cache, pruned to the inputs of each run)')
    .option('--reprocess', 'process every input again, ignoring cached results')
    .option('--no-run-time', 'leave the run block (times, counts) out of manifest.json, for byte-identical folders')
    .option('--strict', `exit ${EXIT_STRICT_FAILURE} when any input failed or any check failed`)
    .option('--debug-dir <dir>', "per input, <dir>/<doc_id>/: the reader's debug views and the raw pipeline result (implies --reprocess)")
    .option('--quiet', 'print nothing but fatal errors')
    .addHelpText(
      'after',
      `\nExit codes: ${EXIT_OK} at least one document read; ${EXIT_NOTHING_PROCESSED} none could be read ` +
        `(or the output could not be written); ${EXIT_STRICT_FAILURE} --strict and something failed.`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      if (paths.length === 0 && !flags.manifest) throw new Error('nothing to read: pass files or folders, or --manifest <file>');
      const progress = flags.quiet ? undefined : progressReporter(io.err, io.tty);
      const report = await runIngest({
        paths,
        manifests: flags.manifest ?? [],
        outDir: flags.out,
        strict: flags.strict ?? false,
        debugDir: flags.debugDir,
        tool,
        processor: io.processor,
        ...poolFrom(flags),
        ...limitsFrom(flags),
        // the default cache lives in the output folder and follows its inputs; a shared one is never pruned
        cache: flags.cacheDir ? { dir: flags.cacheDir, prune: false } : { dir: join(flags.out, '.cache'), prune: true },
        reprocess: flags.reprocess ?? false,
        recordRunTime: flags.runTime,
        onStart: (total, workers) => progress?.start(total, workers),
        onProgress: (p) => progress?.update(p),
      }).finally(() => progress?.stop());
      if (!flags.quiet) io.out(`${formatSummary(report, flags.out).join('\n')}\n`);
      exitCode = report.exitCode;
    });

  program
    .command('corpus')
    .description('read a folder of real disclosures and print recognition figures per city/template (file name: <province>-<city>-<hash>-<name>)')
    .argument('<folder>', 'the corpus folder')
    .option('--out <dir>', 'output folder (re-runs read only new or changed files)', join('output', 'corpus'))
    .option('--workers <n>', 'worker threads', parseCount, availableParallelism())
    .action(async (folder: string, flags: { out: string; workers: number }) => {
      const progress = progressReporter(io.err, io.tty);
      const report = await runIngest({
        paths: [folder],
        outDir: flags.out,
        tool,
        processor: io.processor,
        workers: flags.workers,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        workerMemoryMb: DEFAULT_WORKER_MEMORY_MB,
        cache: { dir: join(flags.out, '.cache'), prune: true },
        onStart: (total, workers) => progress.start(total, workers),
        onProgress: (p) => progress.update(p),
      }).finally(() => progress.stop());
      const sources = report.manifest.inputs.map((input) => input.source);
      const records = await readCorpusRecords(flags.out);
      io.out(`${formatCorpusReport(corpusReport(sources, records)).join('\n')}\n`);
      exitCode = report.exitCode;
    });

  addReleaseCommand(program, tool, io.out);
  addCrawlCommand(program, io, tool, (code) => (exitCode = code));
  program
    .command('report')
    .description('write a static HTML review report of an output folder: each document\'s tables beside their source, failing checks marked')
    .argument('<output>', 'an output folder written by ingest')
    .requiredOption('--to <dir>', 'report folder (new or empty, or an earlier report: rebuilt)')
    .option('--sources <dir>', 'folder the sources named in documents.jsonl are relative to (where ingest ran; default: here)')
    .option('--date <text>', 'a date to print in the footer (nothing time-dependent is written without it)')
    .option('--no-images', 'leave page images out (no pdftoppm needed)')
    .action(async (outDir: string, flags: { to: string; sources?: string; date?: string; images: boolean }) => {
      const s = await buildReport({ outDir, reportDir: flags.to, sourceRoot: flags.sources, date: flags.date, images: flags.images });
      for (const note of s.notes) io.err(`note: ${note}\n`);
      io.out(`wrote ${join(flags.to, 'index.html')}: ${s.documents} documents, ${s.errorInputs} inputs that failed, ${s.images} page images, ${s.files} files, ${formatBytes(s.bytes)}\n`);
    });
  addQueueCommands(program, io, tool, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // usage errors, --help, --version
    io.err(`${tool.name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_NOTHING_PROCESSED;
  }
  return exitCode;
}
