// Zip bombs are refused from the central directory, before anything is inflated.
import JSZip from 'jszip';
import { sniffFormat } from '../../src/input/sniff.js';
import { DEFAULT_LIMITS } from '../../src/input/limits.js';
import { makeZip } from './make-zip.js';

async function deflated(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const codeAndMessage = async (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
  const result = await sniffFormat(bytes, 'a.docx', limits);
  return result.kind === 'error' ? { code: result.error.code, message: result.error.message } : result;
};

test('an entry inflating far beyond deflate of real documents is ZIP_BOMB', async () => {
  const bomb = await deflated({ 'word/document.xml': 'a'.repeat(4 * 1024 * 1024) });
  expect(await codeAndMessage(bomb)).toEqual({
    code: 'ZIP_BOMB',
    message: expect.stringMatching(/^the zip entry word\/document\.xml inflates \d+ times .*more than the limit of 200.*--zip-max-ratio$/),
  });
  expect(await codeAndMessage(bomb, { ...DEFAULT_LIMITS, zipMaxRatio: 5000 })).toEqual({ kind: 'docx' });
});

test('small entries may compress well: the ratio applies above 1 MB', async () => {
  expect(await codeAndMessage(await deflated({ 'word/document.xml': 'a'.repeat(512 * 1024) }))).toEqual({ kind: 'docx' });
});

test('too many entries is ZIP_BOMB, decided from the end record', async () => {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`word/media/${i}.xml`, 'x']));
  const zip = makeZip({ 'word/document.xml': '<w:document/>', ...files });
  expect(await codeAndMessage(zip, { ...DEFAULT_LIMITS, zipMaxEntries: 20 })).toEqual({
    code: 'ZIP_BOMB',
    message: expect.stringMatching(/^the zip has 31 entries, more than the limit of 20: .*--zip-max-entries$/),
  });
  expect(await codeAndMessage(zip)).toEqual({ kind: 'docx' });
});

test('a total inflated size above the limit is ZIP_BOMB', async () => {
  const zip = makeZip({ 'word/document.xml': 'x'.repeat(3000), 'word/b.xml': 'y'.repeat(3000) });
  expect(await codeAndMessage(zip, { ...DEFAULT_LIMITS, zipMaxInflatedBytes: 5000 })).toEqual({
    code: 'ZIP_BOMB',
    message: expect.stringMatching(/^the zip would inflate to more than 4\.9 KB \(the limit\).*--zip-max-size$/),
  });
});
