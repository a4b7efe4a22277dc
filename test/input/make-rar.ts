// A minimal RAR 4 writer (stored entries, no compression) for archive fixtures: no free tool
// writes RAR. Layout from RARLAB's technote: marker block, archive header, one file header
// and its data per entry, end block; each header's CRC is the low 16 bits of its CRC-32.
import { crc32 } from 'node:zlib';

const MARKER = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]);

function block(type: number, flags: number, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt16LE(flags, 1);
  head.writeUInt16LE(7 + body.length, 3);
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE(crc32(Buffer.concat([head, body])) & 0xffff, 0);
  return Buffer.concat([crc, head, body]);
}

export interface RarOptions {
  /** the archive header's volume flag: one part of a multi-volume archive. */
  volume?: boolean;
  /** the file headers' password flag (the data is not really encrypted). */
  encrypted?: boolean;
  /** the unpacked size every file header declares (a bomb's directory), instead of the real one. */
  declaredSize?: number;
}

/** Names are stored as UTF-8 under the Unicode flag (a name without the OEM part before a NUL is UTF-8 to unrar). */
export function makeRar(files: Record<string, string | Buffer>, options: RarOptions = {}): Buffer {
  const parts = [MARKER, block(0x73, options.volume ? 0x0001 : 0, Buffer.alloc(6))];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const body = Buffer.alloc(25);
    body.writeUInt32LE(data.length, 0); // packed size
    body.writeUInt32LE(options.declaredSize ?? data.length, 4); // unpacked size
    body.writeUInt8(2, 8); // host OS: Win32
    body.writeUInt32LE(crc32(data), 9);
    body.writeUInt32LE(0x00210000, 13); // DOS time: 1980-01-01
    body.writeUInt8(20, 17); // version needed: 2.0
    body.writeUInt8(0x30, 18); // method: store
    body.writeUInt16LE(nameBytes.length, 19);
    body.writeUInt32LE(0x20, 21); // attributes: archive
    // 0x8000: packed data follows the header; 0x0200: a Unicode name; 0x0004: encrypted
    parts.push(block(0x74, 0x8200 | (options.encrypted ? 0x0004 : 0), Buffer.concat([body, nameBytes])), data);
  }
  parts.push(block(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
