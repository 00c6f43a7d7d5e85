import { LETTER, NUMBER, classOf, codePointAt } from "./chars";

/** A word as it stands in the text: its characters and where it sits. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * What a word is, as a regular expression: a dotted abbreviation ("U.S.", "e.g.") or a run of
 * letters and digits that may hold inner hyphens and apostrophes ("techno-nationalism", "China's",
 * "COVID-19"). Trailing apostrophes ("the US' effort") and free-standing dashes are punctuation.
 * `wordStart` and `wordEnd` find exactly these matches by character codes, without a regex.
 */
export const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;

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

/** The words of `text[from, to)`, with offsets into `text`. */
export function wordSpans(text: string, from = 0, to = text.length): WordSpan[] {
  const out: WordSpan[] = [];
  for (let start = wordStart(text, from, to); start >= 0; start = wordStart(text, start, to)) {
    const end = Math.min(wordEnd(text, start), to);
    out.push({ text: text.slice(start, end), start, end });
    start = end;
  }
  return out;
}

/** The lower-cased words of a short string: how phrase lists and queries are read. */
export function words(s: string): string[] {
  return wordSpans(s).map((w) => w.text.toLowerCase());
}
