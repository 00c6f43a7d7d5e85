/** A sentence as a character span of the document text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence (lower case, without the final period). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
  "sen", "rep", "gov", "pres", "amb", "rev", "hon", "messrs", "mt", "ft", "no", "nos", "vol", "vols",
  "fig", "figs", "pp", "p", "ed", "eds", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn",
  "vs", "etc", "al", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "e.g", "i.e", "cf", "viz", "ca",
]);

/** Words that, after "U.S." or a similar dotted acronym, show a new sentence has started. */
const SENTENCE_STARTERS = new Set([
  "the", "this", "that", "these", "those", "it", "its", "in", "on", "at", "but", "and", "or", "so", "yet",
  "however", "we", "they", "he", "she", "i", "a", "an", "there", "if", "when", "while", "as", "for",
  "after", "before", "since", "although", "though", "such", "both", "each", "many", "some", "what",
]);

const TERMINATOR = /[.!?。;！？；…]+/g;
const TERMINATOR_CHAR = /[.!?。;！？；…]/;
/** A Han character: Chinese runs on without spaces, so a terminator before one ends a sentence. */
const HAN = /\p{Script=Han}/u;
/** Where one paragraph ends and the next begins (as `splitSentences` reads paragraphs). */
const BLANK_LINE = /\n\s*\n/;
// Sticky: matched at lastIndex, so a long paragraph is never copied or rescanned per period.
const CLOSERS = /["')\]」』》]*/y;
const NEXT_WORD = /\s+(["'(\[]?)(\S+)/y;

/**
 * Splits text into sentences. A paragraph break (blank line) always ends a sentence; otherwise a
 * sentence ends at . ! or ? (plus closing quotes or brackets) followed by white space and a
 * capital, digit or opening quote — unless the period belongs to an abbreviation ("Dr.", "etc."),
 * an initial ("J. K. Rowling") or a dotted acronym ("U.S.") that is not followed by a word that
 * typically starts a sentence. In Chinese, 。 always ends one, and so do ! ? ; and … (after NFKC,
 * the full-width ！？； are these, and … is "...") after or before a Han character.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const para of text.matchAll(paragraphs)) {
    const base = para.index!;
    const p = para[0];
    let start = 0;
    for (const m of p.matchAll(TERMINATOR)) {
      const end = sentenceEnd(p, m.index!, m[0]);
      if (end < 0) continue;
      pushTrimmed(spans, text, base + start, base + end);
      start = end;
    }
    pushTrimmed(spans, text, base + start, base + p.length);
  }
  return spans;
}

/**
 * Where the sentence closed by the run of terminators `run` at `s[at]` ends (after its closing
 * quotes or brackets), or -1 when the run closes none. `s` is a paragraph, or any text in which
 * white space after the run stays within the paragraph.
 */
function sentenceEnd(s: string, at: number, run: string): number {
  let end = at + run.length;
  CLOSERS.lastIndex = end;
  end += CLOSERS.exec(s)![0].length;
  // Chinese: the terminator follows or precedes a Han character (no space between sentences). A
  // lone period is left to the English rules: "J.中" could be read as one dotted word, which a
  // sentence must not cut.
  const hanBeside = (at > 0 && HAN.test(s[at - 1])) || (end < s.length && HAN.test(s[end]));
  if (run.includes("。") || (run !== "." && hanBeside)) return end;
  if (/[;；…]/.test(run)) return -1;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(s);
  if (!next) return -1; // end of paragraph: the paragraph closes the sentence
  const nextWord = next[2];
  if (!/^[\p{Lu}\p{N}]/u.test(nextWord) && !next[1]) return -1;
  if (run === "." && !isSentencePeriod(s, at, nextWord)) return -1;
  return end;
}

/**
 * Whether a sentence of `text`, as `splitSentences` splits it, starts in `text[from, to]`, where a
 * word ends at `from` and the next starts at `to` (only punctuation and white space between).
 * Decided from the gap alone, without splitting the text: a blank line, or a run of terminators
 * that ends a sentence (the run may begin with a word's last period: "U.S.").
 */
export function sentenceStartsBetween(text: string, from: number, to: number): boolean {
  if (BLANK_LINE.test(text.slice(from, to))) return true;
  for (let i = from - 1; i < to; i++) {
    if (!TERMINATOR_CHAR.test(text[i])) continue;
    let j = i + 1;
    while (j < to && TERMINATOR_CHAR.test(text[j])) j++;
    if (sentenceEnd(text, i, text.slice(i, j)) >= 0) return true;
    i = j;
  }
  return false;
}

function isSentencePeriod(p: string, dot: number, nextWord: string): boolean {
  // The word before the period: scan back to white space (a regex anchored at $ would rescan the paragraph).
  let from = dot;
  while (from > 0 && !/\s/.test(p[from - 1])) from--;
  if (from === dot) return true;
  const word = p.slice(from, dot).replace(/^["'(\[]+/, "");
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. K. Rowling"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // dotted acronym such as U.S or e.g: a new sentence only if the next word says so
    return SENTENCE_STARTERS.has(nextWord.replace(/[^\p{L}]/gu, "").toLowerCase());
  }
  return true;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
