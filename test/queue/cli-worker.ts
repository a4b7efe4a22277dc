// The built CLI as child processes, for the queue tests: commands run to their end, and
// workers watched through the JSON events they print on stderr.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/util/package-root.js';
import { BIN } from '../batch/build.js';

const run = promisify(execFile);

/** Runs a CLI command in the package root (so sources read as in a local run there). */
export async function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [BIN, ...args], { cwd: packageRoot(), maxBuffer: 64 * 2 ** 20 });
}

export interface WorkerProcess {
  child: ChildProcess;
  /** the events printed so far. */
  events: Record<string, unknown>[];
  stderr: () => string;
  /** resolves when an event satisfies `test`. */
  waitFor(test: (event: Record<string, unknown>) => boolean): Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnWorker(args: string[]): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], { cwd: packageRoot(), stdio: ['ignore', 'ignore', 'pipe'] });
  const events: Record<string, unknown>[] = [];
  const waiters: { test: (event: Record<string, unknown>) => boolean; resolve: () => void }[] = [];
  let text = '';
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const event = JSON.parse(line) as Record<string, unknown>;
      events.push(event);
      for (const waiter of waiters.filter((w) => w.test(event))) waiter.resolve();
    }
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    events,
    stderr: () => text,
    exit,
    waitFor: (test) =>
      events.some(test)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiters.push({ test, resolve });
            void exit.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before the event: ${text}`)));
          }),
  };
}
