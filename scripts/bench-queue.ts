// The queue benchmark (a script, not a test): the same inputs through a local batch and
// through enqueue + worker processes + collect on a redis-server of its own, then the local
// batch under each --memory setting: seconds, CPU-seconds and peak resident memory.
//   npm run bench:queue -- [--input DIR]... [--workers 2] [--memory 600,800,1024] [--skip-queue]
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { packageRoot } from '../src/util/package-root.js';
import { startRedis } from './redis-server.js';

const run = promisify(execFile);
const BIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

const cli = (args: string[]) => run(process.execPath, [BIN, ...args], { cwd: packageRoot(), maxBuffer: 256 * 2 ** 20 });

async function local(inputs: string[], out: string, extra: string[]): Promise<Measured & { inputs: number }> {
  const started = performance.now();
  await cli(['ingest', ...inputs, '--out', out, '--quiet', ...extra]);
  const seconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    inputs: unknown[];
    run: { peak_rss_bytes: number; cpu_seconds: number };
  };
  return { inputs: manifest.inputs.length, seconds, cpuSeconds: manifest.run.cpu_seconds, peakRssMb: manifest.run.peak_rss_bytes / 2 ** 20 };
}

async function queued(inputs: string[], out: string, workers: number): Promise<Measured> {
  const redis = await startRedis();
  try {
    const queue = ['--redis', redis.url, '--queue', 'bench'];
    const started = performance.now();
    await cli(['enqueue', ...inputs, ...queue, '--quiet']);
    // one process per worker, one thread each: the shape of workers on several machines
    const stopped = await Promise.all(
      Array.from({ length: workers }, () => cli(['worker', ...queue, '--workers', '1', '--exit-when-empty'])),
    );
    await cli(['collect', ...queue, '--out', out, '--quiet']);
    const seconds = (performance.now() - started) / 1000;
    const figures = stopped.map(({ stdout }) => /peak memory (\d+) MB, ([\d.]+) CPU-seconds/.exec(stdout));
    return {
      seconds,
      cpuSeconds: figures.reduce((sum, m) => sum + Number(m?.[2] ?? 0), 0),
      peakRssMb: figures.reduce((sum, m) => sum + Number(m?.[1] ?? 0), 0),
    };
  } finally {
    await redis.stop();
  }
}

const row = (label: string, m: Measured, base?: Measured): string =>
  `${label.padEnd(34)} ${m.seconds.toFixed(1).padStart(7)} s ${m.cpuSeconds.toFixed(1).padStart(7)} CPU-s  peak RSS ${Math.round(m.peakRssMb)} MB` +
  (base ? `  (× ${(m.seconds / base.seconds).toFixed(2)} time, × ${(m.cpuSeconds / base.cpuSeconds).toFixed(2)} CPU)` : '');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true, default: ['samples', '../shared/real'] },
      workers: { type: 'string', default: '2' },
      memory: { type: 'string', default: '600,800,1024' },
      'skip-queue': { type: 'boolean', default: false },
    },
  });
  const workers = Number(values.workers);
  const dir = await mkdtemp(join(tmpdir(), 'bench-queue-'));
  try {
    const base = await local(values.input, join(dir, 'local'), ['--workers', String(workers)]);
    console.log(`${base.inputs} inputs (${values.input.join(', ')}), ${workers} workers`);
    console.log(row('local batch', base));
    if (!values['skip-queue']) {
      const q = await queued(values.input, join(dir, 'queued'), workers);
      console.log(row(`enqueue + ${workers} worker processes + collect`, q, base));
      console.log('  (peak RSS: the worker processes added up)');
    }
    for (const memory of values.memory.split(',').filter(Boolean)) {
      const m = await local(values.input, join(dir, `memory-${memory}`), ['--workers', String(workers), '--memory', memory]);
      console.log(row(`local batch --memory ${memory}`, m, base));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
