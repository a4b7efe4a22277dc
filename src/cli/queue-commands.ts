// The distributed commands: enqueue, worker, collect, status (src/queue/). Each needs a
// Redis URL and a queue name; what they print follows ingest (summary on stdout, events
// on stderr).
import type { Command } from 'commander';
import type { ToolInfo } from '../sink/manifest.js';
import { addLimitOptions, addPoolOptions, limitsFrom, poolFrom } from './shared-options.js';
import type { LimitFlags, PoolFlags } from './shared-options.js';
import { collect, parseCount, parseDuration } from './parse-options.js';
import type { CliIo } from './program.js';
import { EXIT_NOTHING_PROCESSED, EXIT_OK } from './run.js';
import { formatSummary } from './summary.js';

interface QueueFlags {
  redis: string;
  queue: string;
  quiet?: boolean;
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_LOCK_MS = 30_000;
const DEFAULT_REDIS_TIMEOUT_MS = 60_000;

function queueCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://host:6379 (rediss:// for TLS; user:password@ before the host)')
    .requiredOption('--queue <name>', 'queue name: one per dataset (letters, digits, . _ -)');
}

export function addQueueCommands(program: Command, io: CliIo, tool: ToolInfo, setExit: (code: number) => void): void {
  // loaded on demand: bullmq and ioredis are not needed by ingest
  const queue = () => import('../queue/index.js');

  addLimitOptions(
    queueCommand(program, 'enqueue', 'add one job per input to a queue on Redis (the same input again adds nothing)')
      .argument('[paths...]', 'files and folders (walked recursively) every worker can read at the same path, or http(s) URLs')
      .option('--manifest <file>', 'CSV or JSONL listing files with their metadata (as for ingest); repeatable', collect)
      .option('--attempts <n>', `tries per document before a time-out, crash or failed read becomes its error record (default: ${DEFAULT_ATTEMPTS})`, parseCount, DEFAULT_ATTEMPTS)
      .option('--replace', "drop the queue's jobs and results first (a queue that holds another version's jobs)")
      .option('--quiet', 'print nothing but fatal errors'),
  ).action(async (paths: string[], flags: QueueFlags & LimitFlags & { manifest?: string[]; attempts: number; replace?: boolean }) => {
    if (paths.length === 0 && !flags.manifest) throw new Error('nothing to enqueue: pass files, folders or URLs, or --manifest <file>');
    const { enqueue, checkQueueName } = await queue();
    const report = await enqueue({
      redis: flags.redis,
      queue: checkQueueName(flags.queue),
      paths,
      manifests: flags.manifest ?? [],
      tool,
      ...limitsFrom(flags),
      attempts: Math.max(1, flags.attempts),
      replace: flags.replace ?? false,
    });
    if (!flags.quiet) {
      io.out(
        `enqueued ${report.inputs} input(s) in ${flags.queue}: ${report.added} new job(s), ${report.present} already there, ` +
          `${report.retried} failed job(s) retried, ${report.settled} settled here (missing or too large)\n`,
      );
    }
    setExit(EXIT_OK);
  });

  addPoolOptions(
    queueCommand(program, 'worker', "process the queue's jobs with the pipeline until stopped (SIGTERM: finish the jobs in hand; twice: hand them back)"),
    'worker threads: jobs at once',
  )
    .option('--lock-duration <duration>', `a job of a worker that died goes to another worker after about this long (default: ${DEFAULT_LOCK_MS / 1000}s)`, parseDuration)
    .option('--redis-timeout <duration>', `stop when Redis is unreachable this long (default: ${DEFAULT_REDIS_TIMEOUT_MS / 1000}s)`, parseDuration)
    .option('--exit-when-empty', 'stop once nothing is waiting, retrying or running in the queue (start it after enqueue)')
    .option('--quiet', 'print nothing but fatal errors')
    .action(async (flags: QueueFlags & PoolFlags & { lockDuration?: number; redisTimeout?: number; exitWhenEmpty?: boolean }) => {
      const { startWorker, checkQueueName } = await queue();
      const pool = poolFrom(flags);
      const worker = await startWorker({
        redis: flags.redis,
        queue: checkQueueName(flags.queue),
        tool,
        workers: Math.max(1, pool.workers),
        timeoutMs: pool.timeoutMs,
        ocrPageTimeoutMs: pool.ocrPageTimeoutMs,
        workerMemoryMb: pool.workerMemoryMb,
        lockMs: flags.lockDuration ?? DEFAULT_LOCK_MS,
        redisTimeoutMs: flags.redisTimeout ?? DEFAULT_REDIS_TIMEOUT_MS,
        exitWhenEmpty: flags.exitWhenEmpty ?? false,
        ...(io.processor ? { processor: io.processor } : {}),
        ...(flags.quiet ? {} : { log: (line: string) => io.err(`${line}\n`) }),
      });
      const stop = (): void => worker.stop();
      process.on('SIGTERM', stop).on('SIGINT', stop);
      const report = await worker.done.finally(() => process.off('SIGTERM', stop).off('SIGINT', stop));
      if (report.error !== undefined) {
        io.err(`${tool.name} worker: ${report.error}\n`);
        setExit(EXIT_NOTHING_PROCESSED);
        return;
      }
      if (!flags.quiet) {
        const { maxRSS } = process.resourceUsage();
        const { user, system } = process.cpuUsage();
        io.out(`worker stopped: ${report.processed} job(s) done, peak memory ${Math.round(maxRSS / 1024)} MB, ${((user + system) / 1e6).toFixed(1)} CPU-seconds\n`);
      }
      setExit(EXIT_OK);
    });

  queueCommand(program, 'collect', "write the queue's output folder: the same files and bytes as a local ingest --no-run-time of its inputs")
    .requiredOption('--out <dir>', 'output folder')
    .option('--wait', 'wait until every job is done instead of reporting the pending ones')
    .option('--quiet', 'print nothing but fatal errors')
    .action(async (flags: QueueFlags & { out: string; wait?: boolean }) => {
      const { collect: collectQueue, checkQueueName } = await queue();
      const started = Date.now();
      const report = await collectQueue({
        redis: flags.redis,
        queue: checkQueueName(flags.queue),
        outDir: flags.out,
        wait: flags.wait ?? false,
        ...(flags.quiet ? {} : { onPending: ({ pending, total }) => io.err(`${JSON.stringify({ event: 'pending', pending: pending.length, total })}\n`) }),
      });
      const { status } = report;
      if (!report.written) {
        io.err(
          `${status.pending.length} of ${status.total} input(s) still waiting or running in ${flags.queue}: nothing written. ` +
            `Start workers (budget-ingest worker) and collect again, or pass --wait\n`,
        );
        for (const input of status.pending.slice(0, 10)) io.err(`  ${input.source}\n`);
        setExit(EXIT_NOTHING_PROCESSED);
        return;
      }
      if (!flags.quiet) {
        const summary = formatSummary(
          { ...report, processed: status.total, cached: 0, elapsedMs: Date.now() - started, peakRssBytes: process.resourceUsage().maxRSS * 1024 },
          flags.out,
        );
        io.out(`${summary.join('\n')}\n`);
        if (status.failed.length > 0) io.out(`${status.failed.length} job(s) failed on every attempt: INTERNAL_ERROR in errors.jsonl; enqueue again to retry them\n`);
      }
      setExit(report.exitCode);
    });

  queueCommand(program, 'status', 'counts of a queue (inputs, waiting, active, done, failed), workers and rate')
    .option('--json', 'one JSON object')
    .action(async (flags: QueueFlags & { json?: boolean }) => {
      const { queueStatus, formatStatus, checkQueueName } = await queue();
      const status = await queueStatus(flags.redis, checkQueueName(flags.queue));
      io.out(flags.json ? `${JSON.stringify(status)}\n` : `${formatStatus(status).join('\n')}\n`);
      setExit(EXIT_OK);
    });
}
