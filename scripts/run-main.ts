// Runs a script's main() when the file is run directly (not when a test imports it), and turns
// an error into a message and an exit code.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function runMain(moduleUrl: string, main: () => unknown, exitCode = 1): void {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  Promise.resolve()
    .then(main)
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = exitCode;
    });
}
