/**
 * Character classes by code, for scanners that walk text without regular expressions: the same
 * classes as the regex properties \p{L} and \p{N}, looked up in a table.
 */

export const LETTER = 1;
export const NUMBER = 2;

// ASCII is filled at load; the rest of the Basic Multilingual Plane on first use, and characters
// beyond it (surrogate pairs) one by one.
let table: Uint8Array | null = null;
/** The classes of the 128 ASCII codes, for hot loops that look them up directly. */
const ASCII_CLASS = new Uint8Array(128);
const ascii = ASCII_CLASS;
for (let c = 0; c < 128; c++) ascii[c] = classify(c);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
}

/** The class bits of one code unit or code point. */
export function classOf(cp: number): number {
  if (cp < 128) return ascii[cp];
  if (cp < 0x10000) {
    if (table === null) {
      table = new Uint8Array(0x10000);
      for (let c = 0; c < 0x10000; c++) table[c] = c < 128 ? ascii[c] : c >= 0xd800 && c < 0xe000 ? 0 : classify(c);
    }
    return table[cp];
  }
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = classify(cp)));
  return k;
}

/** The code point at `i` (a surrogate pair read as one), or -1 past the end. */
export function codePointAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
