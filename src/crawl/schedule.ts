// The long-lived form of the crawl: a cron expression (croner) starts each run; a run that
// is still going when the next is due makes that one skip (never two at once), with a log
// line either way. Stops on SIGINT/SIGTERM (or the signal given) after the current run.
import { Cron } from 'croner';
import type { CronOptions } from 'croner';

export interface ScheduleOptions {
  log: (line: string) => void;
  /** stops the schedule; the run in progress finishes first. */
  signal?: AbortSignal;
}

/** Runs `job` on `cron` until stopped; resolves when stopped and idle. */
export async function runOnSchedule(cron: string, job: () => Promise<string>, options: ScheduleOptions): Promise<void> {
  let runs = 0;
  let running: Promise<unknown> = Promise.resolve();
  const schedule = cronOf(cron, {
    protect: () => options.log(`${stamp()} skipped a run: the previous run is still going`),
    catch: (err) => options.log(`${stamp()} run failed: ${err instanceof Error ? err.message : String(err)}`),
  }, async () => {
    const n = ++runs;
    options.log(`${stamp()} run ${n} started`);
    const done = job();
    running = done.catch(() => undefined);
    const result = await done;
    const next = schedule.nextRun();
    options.log(`${stamp()} run ${n} finished: ${result}${next ? `; next at ${next.toISOString()}` : ''}`);
  });
  options.log(`${stamp()} scheduled "${cron}": first run at ${schedule.nextRun()?.toISOString() ?? 'never'}`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      schedule.stop();
      resolve();
    };
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
  });
  await running;
  options.log(`${stamp()} schedule stopped after ${runs} run(s)`);
}

function cronOf(cron: string, options: CronOptions, job: () => Promise<void>): Cron {
  try {
    return new Cron(cron, options, job);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`--schedule "${cron}" is not a cron expression (${reason}): e.g. "0 2 * * *" runs at 02:00 every night`);
  }
}

const stamp = (): string => new Date().toISOString();
