/** How a file's bytes were read as text. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

/**
 * Reads bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
 * Anything else is refused with a reason rather than guessed at: a file with NUL bytes or invalid
 * UTF-8 is binary (or a legacy encoding the user should convert), and an empty file holds no text.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: "binary (NUL bytes); save it as UTF-8 text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: "not UTF-8 or UTF-16 text (binary, or a legacy encoding); save it as UTF-8" };
  }
  return nonEmpty(text, bom ? "utf-8-bom" : "utf-8");
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  if (body.length % 2 !== 0) return { ok: false, reason: `${encoding} with an odd number of bytes (truncated); save it again` };
  try {
    return nonEmpty(new TextDecoder(encoding, { fatal: true }).decode(body), encoding);
  } catch {
    return { ok: false, reason: `not valid ${encoding}; save it as UTF-8` };
  }
}

function nonEmpty(text: string, encoding: TextEncoding): Decoded {
  return text.trim() === "" ? { ok: false, reason: "empty (no text)" } : { ok: true, text, encoding };
}
