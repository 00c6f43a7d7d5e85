import { isUtf8 } from "node:buffer";
import { DiscourseError } from "../errors";
import type { ByteSource } from "../io/fileWindow";

/**
 * How a file's bytes were read as text: UTF-8 (with or without a byte-order mark), UTF-16 with
 * one, or a legacy encoding ("windows-1252", "gb18030", "big5", "shift_jis"). Legacy encodings are
 * decoded by iconv-lite: Node 20's TextDecoder reads windows-1252 as Latin-1, which turns curly
 * quotes and dashes (0x80–0x9f) into control characters.
 */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | (string & {});

/** Where the encoding came from: the bytes themselves (a BOM, valid UTF-8), a guess, or the user. */
export type EncodingSource = "unicode" | "detected" | "stated";

export type Decoded =
  | { ok: true; text: string; encoding: TextEncoding; source: EncodingSource; confidence?: number }
  | { ok: false; reason: string };

/** A guess below this confidence (chardet's 0–100) is reported as a warning. */
export const LOW_CONFIDENCE = 50;

/**
 * Legacy encodings a guess may land on, by chardet's name: the label the text is decoded with.
 * ISO-8859-1 is read as windows-1252, as browsers do: the bytes 0x80–0x9f are curly quotes and
 * dashes in files saved on Windows, and control characters in no real text.
 */
const DETECTABLE: Record<string, string> = {
  "ISO-8859-1": "windows-1252",
  "windows-1252": "windows-1252",
  "ISO-8859-2": "iso-8859-2",
  "windows-1250": "windows-1250",
  "windows-1251": "windows-1251",
  "KOI8-R": "koi8-r",
  "ISO-8859-7": "iso-8859-7",
  "windows-1253": "windows-1253",
  GB18030: "gb18030",
  Big5: "big5",
  Shift_JIS: "shift_jis",
  "EUC-JP": "euc-jp",
  "EUC-KR": "euc-kr",
};

/** An encoding name as the kit writes it (lower case), or a one-line error naming where it was given. */
export function encodingLabel(name: string, where: { file?: string; field: string }): string {
  if (!iconv().encodingExists(name)) {
    throw new DiscourseError(`unknown encoding "${name}"; give a name such as utf-8, windows-1252, gb18030, big5 or shift_jis`, where);
  }
  return name.toLowerCase();
}

/** iconv-lite, loaded on first use: most corpora are UTF-8, and count workers start faster without it. */
function iconv(): typeof import("iconv-lite") {
  return require("iconv-lite") as typeof import("iconv-lite");
}

/** `body` decoded from a legacy encoding; invalid bytes become U+FFFD. */
function legacyDecode(body: Uint8Array, label: string): string {
  return iconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), label);
}

/**
 * Reads bytes as text. A byte-order mark says UTF-8 or UTF-16; a stated encoding (`--encoding`, or
 * `encoding` in the manifest entry) is used as given; otherwise valid UTF-8 is UTF-8, and anything
 * else is a legacy encoding guessed from the bytes (chardet), with its confidence. A file with NUL
 * bytes is binary and an empty one holds no text: both are refused with a reason, never guessed at,
 * and so is a text too long for one JavaScript string.
 */
export function decodeText(bytes: Uint8Array, stated?: string): Decoded {
  try {
    return decodeWhole(bytes, stated);
  } catch (err) {
    if (!isTooLong(err)) throw err;
    return { ok: false, reason: TOO_LONG };
  }
}

/** Whether an error is V8's refusal to make a string longer than it can hold (0x1fffffe8 characters). */
export const isTooLong = (err: unknown): boolean => (err as { code?: string } | null)?.code === "ERR_STRING_TOO_LONG";

/** Why a text too long for one string is not read. */
export const TOO_LONG = `too large to read as one text (over ${(0x1fffffe8).toLocaleString("en")} characters); split it into smaller files, or save a table as UTF-8 CSV or JSON Lines, which are read row by row`;

/** The UTF-16 byte order a file's first two bytes mark, if they mark one. */
const utf16Mark = (b: Uint8Array): "utf-16le" | "utf-16be" | null => (b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : null);

/** Whether a file opens with UTF-8's byte-order mark. */
const utf8Mark = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function decodeWhole(bytes: Uint8Array, stated?: string): Decoded {
  const wide = utf16Mark(bytes);
  if (wide) return utf16(bytes.subarray(2), wide);
  const bom = utf8Mark(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: "binary (NUL bytes); save it as UTF-8 text" };
  if (stated && !bom) return statedText(body, stated);
  try {
    return nonEmpty(new TextDecoder("utf-8", { fatal: true }).decode(body), bom ? "utf-8-bom" : "utf-8", "unicode");
  } catch (err) {
    // Not UTF-8, unless the text was only too long to decode.
    if (isTooLong(err)) throw err;
    return guessed(body);
  }
}

function statedText(body: Uint8Array, label: string): Decoded {
  const text = legacyDecode(body, label);
  if (text.includes("\uFFFD")) return { ok: false, reason: `not valid ${label} text (the stated encoding); check --encoding or the manifest's "encoding"` };
  return nonEmpty(text, label, "stated");
}

/** A legacy encoding guessed from the bytes: the most confident candidate the kit can decode. */
function guessed(body: Uint8Array): Decoded {
  // Loaded on first use: most corpora are UTF-8, and count workers start faster without it.
  const { analyse } = require("chardet") as typeof import("chardet");
  const match = analyse(body).find((m) => DETECTABLE[m.name] !== undefined);
  if (!match) return { ok: false, reason: "not UTF-8 or UTF-16, and no known legacy encoding fits; save it as UTF-8 or give --encoding" };
  const label = DETECTABLE[match.name];
  const text = legacyDecode(body, label);
  return text.trim() === "" ? { ok: false, reason: "empty (no text)" } : { ok: true, text, encoding: label, source: "detected", confidence: match.confidence };
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  if (body.length % 2 !== 0) return { ok: false, reason: `${encoding} with an odd number of bytes (truncated); save it again` };
  try {
    return nonEmpty(new TextDecoder(encoding, { fatal: true }).decode(body), encoding, "unicode");
  } catch {
    return { ok: false, reason: `not valid ${encoding}; save it as UTF-8` };
  }
}

function nonEmpty(text: string, encoding: TextEncoding, source: EncodingSource): Decoded {
  return text.trim() === "" ? { ok: false, reason: "empty (no text)" } : { ok: true, text, encoding, source };
}

/**
 * Where a UTF-8 text file's text starts (after a UTF-8 byte-order mark), or null when `decodeText`
 * must decide how to read it: a UTF-16 mark, nothing but white space before the end or before a
 * space outside ASCII (whether the file is empty is for it to judge), or a first character that is
 * not UTF-8.
 */
export function utf8Start(source: ByteSource): number | null {
  source.need(0, 3);
  const b = source.bytes;
  if (utf16Mark(b)) return null;
  const from = utf8Mark(b) ? 3 : 0;
  for (let at = from; ; at++) {
    source.need(at, at + 4);
    const c = source.bytes[at - source.start];
    if (c === undefined) return null;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80) return from;
    // A Chinese header's first character is text; a no-break or ideographic space may be all there is.
    return /^[\s\uFFFD]/u.test(source.bytes.toString("utf8", at - source.start, at - source.start + 4)) ? null : from;
  }
}

/** Whether bytes [from, to) of a source are text `decodeText` reads as UTF-8: valid, with no NUL. */
export function utf8Span(source: ByteSource, from: number, to: number): boolean {
  const span = source.bytes.subarray(from - source.start, to - source.start);
  return isUtf8(span) && !span.includes(0);
}
