/**
 * Words and the term a single word counts as: steps 2 and 5 of the token rule (./tokenize.ts), apart
 * so that phrase lists, queries and alias lists are read by the same rule as the text.
 */
import { stem } from "./stem";
import type { ResolvedTokenOptions } from "./tokenOptions";

/** A word as it stands in the text: its characters and where it sits. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * A word: a dotted abbreviation ("U.S.", "e.g.") or a run of letters and digits that may hold inner
 * hyphens and apostrophes ("techno-nationalism", "China's", "COVID-19"). Trailing apostrophes
 * ("the US' effort") and free-standing dashes are punctuation.
 */
export const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;

/** Two or more capitals (digits and hyphens allowed after the first two): US, ICT, COVID-19. */
export const ACRONYM = /^\p{Lu}{2,}(?:[\p{Lu}\p{N}\-]*)(?:'s)?$/u;

/** The words of `text[from, to)`, with offsets into `text`. */
export function wordSpans(text: string, from = 0, to = text.length): WordSpan[] {
  const out: WordSpan[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** The lower-cased words of a short string: how phrase lists and queries are read. */
export function words(s: string): string[] {
  return wordSpans(s).map((w) => w.text.toLowerCase());
}

/** The term a single word counts as (step 5). */
export function wordTerm(word: string, lower: string, isStop: boolean, opts: ResolvedTokenOptions): string {
  let folded = !opts.lowercase || (opts.keepAcronyms && ACRONYM.test(word)) ? word : lower;
  if (opts.stripPossessives && !isStop && (folded.endsWith("'s") || folded.endsWith("'S"))) folded = folded.slice(0, -2);
  return opts.stem && folded === folded.toLowerCase() ? stem(folded) : folded;
}

