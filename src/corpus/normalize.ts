/**
 * Unicode normalisation applied before anything is counted: NFKC (full-width forms, ligatures,
 * non-breaking spaces), typographic quotes to ASCII quotes, and dashes to "-", so that
 * "China’s" and "China's" are one term. Every run of whitespace within a line becomes one space,
 * so words are separated alike whatever spaces the source used.
 */
export function normalizeText(s: string): string {
  // Plain ASCII (most English text; its UTF-8 length is its length) has nothing for NFKC, quotes or
  // dashes to change: only line ends and runs of spaces, and those only when present.
  if (Buffer.byteLength(s, "utf8") === s.length) {
    s = lfLineEnds(s);
    const tabs = s.includes("\t") || s.includes("\f") || s.includes("\v");
    // Runs that are one space already are not matched (see `oneSpace`).
    return tabs || hasDoubleSpace(s) ? s.replace(/[ \t\f\v]{2,}|[\t\f\v]/g, " ") : s;
  }
  let t = s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    // An em dash glued between words ("cooperation—and") is punctuation, not a hyphen. The dash
    // comes first in the expression, so only dashes are tried, not every letter.
    .replace(/[\u2014\u2015](?<=\p{L}[\u2014\u2015])(?=\p{L})/gu, " - ")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
  t = lfLineEnds(t);
  // Spaces NFKC leaves alone (ogham, line and paragraph separators, zero-width no-break) too.
  return t.replace(/[^\S\n]{2,}|[^\S\n ]/g, " ");
}

/**
 * `s` with Windows ("\r\n") and old Mac ("\r") line ends as "\n". Looked for first: a replace scans
 * the whole text even when it has nothing to change.
 */
export function lfLineEnds(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

/**
 * `s` with every run of whitespace, line breaks included, made one space: `s.replace(/\s+/g, " ")`.
 * Only runs that are not one space already are matched: a replace that matches every space between
 * words makes a replacement per word.
 */
export function oneSpace(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, " ");
}

/** Whether a whole number's first byte in memory is its lowest (`hasDoubleSpace` reads so). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A copy of the text being looked at, read four bytes at a time (a word per four characters). */
let words = new Uint32Array(4096);
let bytes = Buffer.from(words.buffer);

/**
 * Whether an ASCII text holds two spaces in a row: `s.includes("  ")`, in half the time. A search
 * for two spaces stops at every space (a sixth of English text) to look at the next character;
 * this reads a copy of the text four bytes at a time and marks its spaces with bit arithmetic.
 * That needs a little-endian machine (a word's last byte must be the one the next word follows);
 * elsewhere it asks `includes`.
 */
export function hasDoubleSpace(s: string): boolean {
  if (!LITTLE_ENDIAN) return s.includes("  ");
  const n = s.length;
  if (bytes.length < n + 4) {
    words = new Uint32Array((n >> 2) + 1024);
    bytes = Buffer.from(words.buffer);
  }
  bytes.write(s, 0, n, "latin1");
  bytes.fill(0, n, n + 4);
  let previous = 0;
  for (let i = 0, m = (n + 3) >> 2; i < m; i++) {
    // Spaces become zero bytes; each zero byte gets its top bit set in `zero`, and no other byte
    // does (the sum sets the top bit of every byte that is not zero, without carrying into the
    // next). Two spaces in a row: two neighbouring marks, here or across the word before.
    const x = words[i] ^ 0x20202020;
    const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
    if (((zero & (zero >>> 8)) | (previous >>> 24 & zero)) !== 0) return true;
    previous = zero;
  }
  return false;
}
