// GBK bytes of a text, for fixtures of old Chinese portals (pages and exports in GBK).
// Node decodes GBK but has no encoder: the table is built by decoding every two-byte code.
let gbkTable: Map<string, number[]> | undefined;

export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const table = gbkTable;
  return Buffer.from(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 128) return [c.charCodeAt(0)];
      const code = table.get(c);
      if (!code) throw new Error(`no GBK code for ${c}`);
      return code;
    }),
  );
}
