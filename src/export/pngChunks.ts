// PNG chunk editing (PNG spec, ISO/IEC 15948 §11): adds pHYs (resolution) and tEXt (provenance)
// after IHDR, so a 300 dpi figure says so and carries where it came from.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A pHYs chunk for `dpi` dots per inch (stored as pixels per metre). */
export function physChunk(dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8); // unit: metre
  return chunk("pHYs", data);
}

/** A tEXt chunk (Latin-1 keyword and text; other characters are escaped as \uXXXX). */
export function textChunk(keyword: string, text: string): Buffer {
  const latin1 = text.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return chunk("tEXt", Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0]), Buffer.from(latin1, "latin1")]));
}

/** Reads the tEXt chunks of a PNG (keyword → text). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const buf = Buffer.from(png);
  const out: Record<string, string> = {};
  let pos = 8;
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    if (type === "tEXt") {
      const data = buf.subarray(pos + 8, pos + 8 + len);
      const zero = data.indexOf(0);
      out[data.toString("latin1", 0, zero)] = data.toString("latin1", zero + 1);
    }
    pos += 12 + len;
  }
  return out;
}

/** Reads the resolution of a PNG's pHYs chunk in dots per inch, or undefined. */
export function readPngDpi(png: Uint8Array): number | undefined {
  const buf = Buffer.from(png);
  let pos = 8;
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    if (buf.toString("latin1", pos + 4, pos + 8) === "pHYs" && buf.readUInt8(pos + 16) === 1) {
      return buf.readUInt32BE(pos + 8) * 0.0254;
    }
    pos += 12 + len;
  }
  return undefined;
}

/** Inserts chunks right after IHDR (the first chunk, always 25 bytes long after the signature). */
export function insertPngChunks(png: Uint8Array, chunks: Buffer[]): Buffer {
  const buf = Buffer.from(png);
  const afterIhdr = 8 + 12 + buf.readUInt32BE(8);
  return Buffer.concat([buf.subarray(0, afterIhdr), ...chunks, buf.subarray(afterIhdr)]);
}
