import { LETTER, NUMBER, classOf, codePointAt } from "./chars";

/**
 * `WORD` (src/text/tokenize.ts) found by character codes instead of a regular expression: the
 * scanner calls these for every word it cannot read as plain ASCII. Tests hold them equal to the
 * regex on random text.
 */

const WORD_CHAR = LETTER | NUMBER;

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
export function wordCharAt(text: string, i: number, kind = WORD_CHAR): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c >= 0xe000) return (classOf(c) & kind) !== 0 ? 1 : 0;
  if (c !== c) return 0; // NaN: past the end
  const cp = codePointAt(text, i);
  return (classOf(cp) & kind) !== 0 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Where the first word at or after `from` (and before `to`) starts, or -1. */
export function wordStart(text: string, from: number, to = text.length): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((classOf(c) & WORD_CHAR) !== 0) return i;
    } else if (wordCharAt(text, i) > 0) return i;
  }
  return -1;
}

/** Where the word starting at `start` ends (the WORD match there). */
export function wordEnd(text: string, start: number): number {
  const first = wordCharAt(text, start, LETTER);
  if (first > 0 && text.charCodeAt(start + first) === 46 /* . */) {
    // A dotted abbreviation: letter (. letter)+ and an optional final period.
    let q = start + first;
    for (let n; text.charCodeAt(q) === 46 && (n = wordCharAt(text, q + 1, LETTER)) > 0; ) q += 1 + n;
    if (q > start + first) return text.charCodeAt(q) === 46 ? q + 1 : q;
  }
  let q = start;
  for (;;) {
    for (let n; (n = wordCharAt(text, q)) > 0; ) q += n;
    const c = text.charCodeAt(q);
    // An inner apostrophe or hyphen joins when a letter or digit follows it.
    if ((c === 39 || c === 45) && wordCharAt(text, q + 1) > 0) q++;
    else return q;
  }
}
