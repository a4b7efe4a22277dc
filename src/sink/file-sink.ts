// One output file written as a stream: to a temp file beside the target, hashed and
// counted on the way, renamed over the target only once complete.
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tempPath } from './atomic-write.js';
import type { OutputFileInfo } from './manifest.js';

// fewer, larger writes: entries are often a few hundred bytes
const FLUSH_AT = 1 << 20;

export class FileSink {
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private records = 0;
  private bytes = 0;

  private constructor(
    readonly path: string,
    private readonly tmp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<FileSink> {
    const tmp = tempPath(path);
    return new FileSink(path, tmp, await open(tmp, 'w'));
  }

  /** `text` is whole lines, each ending in \n. */
  async write(text: string): Promise<void> {
    if (text === '') return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) await this.flush();
  }

  /** Flushes and syncs the temp file; the target is untouched until commit(). */
  async finish(): Promise<OutputFileInfo> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    return { records: this.records, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  async commit(): Promise<void> {
    await rename(this.tmp, this.path);
  }

  /** Closes (if still open) and removes the temp file. */
  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) this.records++;
    this.hash.update(chunk);
    this.bytes += chunk.length;
    await this.handle.write(chunk);
  }
}

