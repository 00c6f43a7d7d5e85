// The word regex as the kit first applied it: the reference for the character scanner's words.
/** A word as it stands in the text: its characters and where it sits. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * A word is either a dotted abbreviation ("U.S.", "e.g.") or a run of letters and digits that may
 * hold inner hyphens and apostrophes ("techno-nationalism", "China's", "COVID-19"). Trailing
 * apostrophes ("the US' effort") and free-standing dashes are punctuation, not part of a word.
 */
export const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;

/** The words of `text[from, to)`, with offsets into `text`. */
export function wordSpans(text: string, from = 0, to = text.length): WordSpan[] {
  const out: WordSpan[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/** The lower-cased words of a short string: how phrase lists and queries are read. */
export function words(s: string): string[] {
  return wordSpans(s).map((w) => w.text.toLowerCase());
}
