// Archives of documents opened for ingest and the crawler (src/input/archive.ts): zip and
// RAR entries with their names; bombs, passwords, volumes and damage refused by code.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeDownload } from '../../src/crawl/store.js';
import { openArchive, type Archive } from '../../src/input/archive.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { makeRar } from './make-rar.js';
import { makeZip } from './make-zip.js';

const names = (a: Archive): [string, string][] =>
  a.kind === 'archive' ? a.entries.map((e) => [e.name, Buffer.from(e.bytes).toString('utf8')]) : [];
const refusal = (a: Archive): [string, string] | null => (a.kind === 'error' ? [a.error.code, a.error.message] : null);

describe('RAR', () => {
  test('the documents inside, with their folders; folder entries and OS junk left out', async () => {
    const rar = makeRar({ '2024年部门预算/情况说明.pdf': '%PDF-1.7 a', '2024年部门预算/报表.xls': 'xls', '__MACOSX/._报表.xls': 'junk', 'Thumbs.db': 'junk' });
    expect(names(await openArchive(rar, DEFAULT_LIMITS))).toEqual([
      ['2024年部门预算/情况说明.pdf', '%PDF-1.7 a'],
      ['2024年部门预算/报表.xls', 'xls'],
    ]);
  });

  test('a directory declaring more than the limits is ZIP_BOMB before anything is unpacked', async () => {
    const rar = makeRar({ 'a.pdf': 'x'.repeat(2000) }, { declaredSize: 300 * 1024 * 1024 });
    const [code, message] = refusal(await openArchive(rar, DEFAULT_LIMITS)) ?? [];
    expect(code).toBe('ZIP_BOMB');
    expect(message).toMatch(/^the RAR archive would inflate to more than 256 MB \(the limit\).*--zip-max-size/);
  });

  test('password-protected entries, one volume of many, and a truncated archive are refused by code', async () => {
    expect(refusal(await openArchive(makeRar({ 'a.pdf': 'secret' }, { encrypted: true }), DEFAULT_LIMITS))?.[0]).toBe('ENCRYPTED_DOCUMENT');
    expect(refusal(await openArchive(makeRar({ 'a.pdf': 'x' }, { volume: true }), DEFAULT_LIMITS))).toEqual([
      'UNSUPPORTED_FORMAT',
      expect.stringMatching(/multi-volume RAR archive: put all its parts in one folder, extract them/),
    ]);
    const whole = makeRar({ 'a.pdf': '%PDF-1.7 '.repeat(50) });
    expect(refusal(await openArchive(whole.subarray(0, 60), DEFAULT_LIMITS))).toEqual([
      'CORRUPT_ZIP',
      expect.stringMatching(/^RAR archive that cannot be unpacked .*download it again$/),
    ]);
  });

  test('the crawler unpacks a downloaded RAR into a folder named after it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rar-store-'));
    try {
      const stored = await storeDownload(out, 'portal', '附件.rar', makeRar({ '说明/情况说明.pdf': '%PDF-1.7 a' }));
      expect(stored.note).toBeUndefined();
      expect(stored.files.map((f) => [f.path.replace(/[0-9a-f]{12}-/, '<sha>-'), f.entry])).toEqual([['portal/<sha>-附件/说明/情况说明.pdf', '说明/情况说明.pdf']]);
      expect(await readFile(join(out, stored.files[0]?.path ?? ''), 'utf8')).toBe('%PDF-1.7 a');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('zip', () => {
  test('an Office package is a document; a zip of documents is an archive', async () => {
    expect(await openArchive(makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '' }), DEFAULT_LIMITS)).toEqual({ kind: 'document' });
    expect(await openArchive(makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '' }), DEFAULT_LIMITS)).toEqual({ kind: 'document' });
    expect(names(await openArchive(makeZip({ 'a/b.pdf': '%PDF', 'a/': '' }), DEFAULT_LIMITS))).toEqual([['a/b.pdf', '%PDF']]);
  });

  test('not an archive at all: a document', async () => {
    expect(await openArchive(Buffer.from('%PDF-1.7\n'), DEFAULT_LIMITS)).toEqual({ kind: 'document' });
  });
});
