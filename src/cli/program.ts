// Wires command-line options to runIngest. Kept thin: everything worth testing lives in
// run.ts and summary.ts; this only parses, prints and picks the exit code.
import { Command, CommanderError } from 'commander';
import { readToolInfo } from './package-info.js';
import type { Processor } from './process-input.js';
import { EXIT_NOTHING_PROCESSED, EXIT_OK, EXIT_STRICT_FAILURE, runIngest } from './run.js';
import { formatSummary } from './summary.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** the pipeline; tests pass a fake. */
  processor?: Processor;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface IngestFlags {
  out: string;
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
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('ingest')
    .description('read documents and write one output folder of JSON Lines files and manifest.json')
    .argument('<paths...>', 'files and folders (walked recursively) to read')
    .requiredOption('--out <dir>', 'output folder')
    .option('--strict', `exit ${EXIT_STRICT_FAILURE} when any input failed or any check failed`)
    .option('--debug-dir <dir>', "per input, <dir>/<doc_id>/: the reader's debug views and the raw pipeline result")
    .option('--quiet', 'print nothing but fatal errors')
    .addHelpText(
      'after',
      `\nExit codes: ${EXIT_OK} at least one document read; ${EXIT_NOTHING_PROCESSED} none could be read ` +
        `(or the output could not be written); ${EXIT_STRICT_FAILURE} --strict and something failed.`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const report = await runIngest({
        paths,
        outDir: flags.out,
        strict: flags.strict ?? false,
        debugDir: flags.debugDir,
        tool,
        processor: io.processor,
        onOutcome: flags.quiet
          ? undefined
          : (outcome, done, total) => {
              const what = outcome.result.kind === 'document' ? 'ok' : outcome.result.error.code;
              io.err(`[${done}/${total}] ${outcome.source}: ${what}\n`);
            },
      });
      if (!flags.quiet) io.out(`${formatSummary(report, flags.out).join('\n')}\n`);
      exitCode = report.exitCode;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // usage errors, --help, --version
    io.err(`${tool.name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_NOTHING_PROCESSED;
  }
  return exitCode;
}
