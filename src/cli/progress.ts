// Feedback while a batch runs: a progress bar with rate and ETA on a terminal; otherwise
// (a log file, a CI job) one JSON line per input on stderr, which log tools can filter.
import cliProgress from 'cli-progress';
import type { Progress } from './run.js';

export interface ProgressReporter {
  start(total: number, workers: number): void;
  update(progress: Progress): void;
  stop(): void;
}

/** A bar on `tty` when it is a terminal, else JSON lines through `log`. */
export function progressReporter(log: (line: string) => void, tty?: NodeJS.WriteStream): ProgressReporter {
  return tty?.isTTY ? barReporter(tty) : jsonReporter(log);
}

function jsonReporter(log: (line: string) => void): ProgressReporter {
  const write = (fields: Record<string, unknown>): void => log(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  return {
    start: (total, workers) => write({ event: 'start', total, workers }),
    update: (p) =>
      write({
        event: 'input',
        done: p.done,
        total: p.total,
        source: p.source,
        doc_id: p.doc_id,
        outcome: p.outcome,
        codes: p.codes,
        cached: p.cached,
        ms: Math.round(p.ms),
      }),
    stop: () => undefined,
  };
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {value}/{total} | {rate} docs/s | ETA {eta_formatted} | cached {cached} | failed {failed}',
      etaBuffer: 50,
      // no estimate until the first document is done ("INF" otherwise)
      formatTime: (t, options, round) => (Number.isFinite(t) ? cliProgress.Format.TimeFormat(t, options, round) : '?'),
      // the estimate keeps moving while a slow document holds every worker
      etaAsynchronousUpdate: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedAt = 0;
  let cached = 0;
  let failed = 0;
  return {
    start: (total) => {
      startedAt = performance.now();
      bar.start(total, 0, { rate: '0.0', cached, failed });
    },
    update: (p) => {
      if (p.cached) cached++;
      if (p.outcome === 'error') failed++;
      const rate = (p.done / Math.max(0.001, (performance.now() - startedAt) / 1000)).toFixed(1);
      bar.update(p.done, { rate, cached, failed });
    },
    stop: () => bar.stop(),
  };
}
