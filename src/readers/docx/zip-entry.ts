// One entry of a zip, inflated by Node's zlib through yauzl: mammoth unzips with jszip
// (JavaScript inflate), and reading document.xml a second time that way cost more than
// the scan it feeds. The sniffer has already checked the zip against the bomb limits.
import yauzl from 'yauzl';
import { buffer } from 'node:stream/consumers';

/** The entry's bytes, or null when the zip has no entry of that name (compared case-insensitively, as OOXML part names are). */
export async function readZipEntry(bytes: Uint8Array, name: string): Promise<Buffer | null> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const wanted = name.toLowerCase();
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.toLowerCase() === wanted) return await buffer(await zip.openReadStreamPromise(entry));
    }
    return null;
  } finally {
    zip.close();
  }
}
