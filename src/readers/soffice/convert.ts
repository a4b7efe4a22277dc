// Word 97 / WPS / RTF / OpenDocument text → DOCX with LibreOffice headless. The bytes are copied into a private
// temporary folder (never next to the input), converted there under a time limit, and the
// folder is removed. Each thread keeps its own LibreOffice profile (-env:UserInstallation):
// instances sharing one would hand their work to each other, and making a profile costs
// about two seconds, so it is made once per thread. soffice runs in a process group of its
// own, killed whole (oosplash and soffice.bin) when the time is up.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, threadId } from 'node:worker_threads';
import { IngestError } from '../../pipeline/errors.js';
import type { DocumentFormat } from '../../schema/records.js';

/** Default time for one conversion; in the worker pool, what is left of the document's time limit instead. */
export const DEFAULT_CONVERT_TIMEOUT_MS = 100_000;
/** Set to the soffice executable when it is not `soffice` on the PATH. */
export const SOFFICE_ENV = 'BUDGET_INGEST_SOFFICE';
const PROFILE_PREFIX = 'budget-ingest-soffice-';
const INSTALL =
  'LibreOffice is needed to read Word 97 (.doc), WPS (.wps), RTF and OpenDocument (.odt) files and was not found: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; or set BUDGET_INGEST_SOFFICE to soffice), or save the file as .docx and re-run';

/** The name the input is given: its content (sniffed), whatever its own name (.wps would send LibreOffice to its Works filter). */
const INPUT_NAMES: Partial<Record<DocumentFormat, string>> = { doc: 'input.doc', wps: 'input.doc', rtf: 'input.rtf', odt: 'input.odt', wordml: 'input.xml' };

export interface Converted {
  docx: Buffer;
  /** e.g. "LibreOffice 7.4.7.2". */
  convertedBy: string;
}

const soffice = (): string => process.env[SOFFICE_ENV] || 'soffice';

let version: Promise<string | null> | undefined;

/** "LibreOffice 7.4.7.2", or null when soffice cannot be run. */
export function sofficeVersion(): Promise<string | null> {
  version ??= run(soffice(), ['--version'], 20_000).then(
    (r) => /LibreOffice [\d.]+/.exec(r.stdout)?.[0] ?? (r.stdout.trim() || 'LibreOffice'),
    () => null,
  );
  return version;
}

export async function convertToDocx(bytes: Uint8Array, format: DocumentFormat, timeoutMs = DEFAULT_CONVERT_TIMEOUT_MS): Promise<Converted> {
  const convertedBy = await sofficeVersion();
  if (convertedBy === null) {
    version = undefined; // installed later in a long-lived process: look again next time
    throw new IngestError('UNSUPPORTED_FORMAT', 'read', INSTALL);
  }
  const dir = await mkdtemp(join(tmpdir(), 'budget-ingest-convert-'));
  try {
    const input = join(dir, INPUT_NAMES[format] ?? 'input.doc');
    await writeFile(input, bytes);
    const profile = profileDir();
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input];
    let result: RunResult;
    try {
      result = await run(...withDeadline(soffice(), args, timeoutMs), timeoutMs);
    } catch (e) {
      if (e instanceof TimeoutError) {
        await rm(profile, { recursive: true, force: true }); // killed mid-write: start the next one afresh
        throw new IngestError(
          'TIMEOUT',
          'parse',
          `the LibreOffice conversion took longer than the ${(timeoutMs / 1000).toFixed(1)} s left for it and was stopped (its processes killed): the file may be very large or malformed; re-run with a larger --timeout, or open and save it as .docx`,
        );
      }
      throw e;
    }
    const out = (await readdir(dir)).find((f) => f.endsWith('.docx'));
    if (!out) {
      const said = (result.stderr + result.stdout).trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${result.code}`;
      throw new IngestError('CORRUPT_DOCUMENT', 'read', `LibreOffice could not convert the ${format} file (${said}): it is probably damaged; download it again, or open it in WPS Office or Word and save it as .docx`);
    }
    return { docx: await readFile(join(dir, out)), convertedBy };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * On Linux, soffice runs under coreutils' timeout, which kills its process group at the
 * deadline even when this thread is gone (terminated by the pool, or the process killed).
 */
function withDeadline(command: string, args: string[], timeoutMs: number): [string, string[]] {
  if (process.platform !== 'linux') return [command, args];
  return ['timeout', ['-s', 'KILL', `${Math.ceil(timeoutMs / 1000) + 2}s`, command, ...args]];
}

/** This thread's LibreOffice profile; the main thread's is removed when the process exits (the pool removes its threads'). */
function profileDir(): string {
  const dir = join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-${threadId}`);
  if (isMainThread && !exitHook) {
    exitHook = true;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}
let exitHook = false;

/** Removes the profiles the threads of this process made (called when the pool closes and at exit). */
export async function removeProfiles(): Promise<void> {
  const mine = `${PROFILE_PREFIX}${process.pid}-`;
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    if (name.startsWith(mine)) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

class TimeoutError extends Error {}

const OUTPUT_LIMIT = 64 * 1024;

/** Runs a command in a process group of its own; past the time limit the whole group is killed. */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-OUTPUT_LIMIT)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-OUTPUT_LIMIT)));
    let timedOut = false;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      killGroup(); // anything it left running (soffice.bin outliving oosplash)
      if (timedOut) reject(new TimeoutError());
      else resolve({ code, stdout, stderr });
    });
  });
}
