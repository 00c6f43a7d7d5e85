/**
 * What a token is: the kit's token rule, written to be read. `tokenizeByRule` is the specification;
 * `tokens()` runs a character scanner (src/engine/scanTokens.ts) written for speed, and tests hold
 * the two equal token for token (terms, offsets, sentences, clauses, stop flags) under every option.
 *
 * 1. Sentences: `splitSentences` (./sentences.ts).
 * 2. Words: `WORD` matches inside each sentence; one that holds Chinese is cut into its words by
 *    jieba (./segmentChinese.ts), folded to Simplified with `script: "simplified"` (./script.ts),
 *    and those words take no part in the phrases of step 4.
 * 3. Clauses: a new one with each sentence, and wherever the gap between two words holds , ; : ( )
 *    " [ ] or a free-standing dash. Phrases and n-grams never cross a clause.
 * 4. Phrases: a listed multiword expression ("united states") becomes one token; the longest listed
 *    one starting at a word wins; its last word may carry a possessive ("Xi Jinping's").
 * 5. Terms: case folded, except all-capital acronyms ("US" is not "us", quanteda's keep_acronyms);
 *    a possessive "'s" stripped ("China's" → "china") unless the word is a stop word ("it's");
 *    optionally Porter-stemmed (lower-case words only, so acronyms stay as written).
 * 6. Stop words stay in the stream, flagged: they give context and offsets, and are not counted.
 * 7. Folds: a term that spells a registry entity counts as the entity's term ("US", "u.s.",
 *    "united states" → "United States"; ./aliasFolds.ts). Its spellings of several words are
 *    phrases of step 4, its Chinese spellings words jieba keeps whole.
 */
import type { Document } from "../corpus/corpus";
import { aliasFolds } from "./aliasFolds";
import { type PhraseIndex, phraseIndex, phraseList } from "./phrases";
import { stem } from "./stem";
import { splitSentences } from "./sentences";
import { scriptFolding } from "./script";
import { hasHan, segmentWord } from "./segmentChinese";
import { stopwordSet } from "./stopwords";
import type { DocTokens, ResolvedTokenOptions, Token } from "./tokens";
import { type WordSpan, wordSpans, wordTerm } from "./words";

const CLAUSE_BREAK = /[,;:()"\[\]]|(?:^|\s)-(?:\s|$)/;

/** The gap `text[from, to)` between two words breaks a clause; a single space never does. */
export function breaksClause(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  return CLAUSE_BREAK.test(text.slice(from, to));
}

/**
 * The words, each that holds Chinese cut into its words (marked: they start no phrase), their text
 * folded to Simplified when `fold` is given (the offsets stay those of the text as written).
 */
function segmented(text: string, spans: WordSpan[], dictionary: readonly string[], fold?: (s: string) => string): (WordSpan & { segmented?: true })[] {
  return spans.flatMap((w) =>
    hasHan(text, w.start, w.end)
      ? segmentWord(text, w.start, w.end, dictionary, fold).map((p) => {
          const written = text.slice(p.start, p.end);
          return { text: fold && hasHan(written, 0, written.length) ? fold(written) : written, start: p.start, end: p.end, segmented: true as const };
        })
      : [w],
  );
}

/** "Xi Jinping's" still ends the phrase "xi jinping". */
function unpossessed(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/** The listed phrase (its words) starting at word `i`, longest first, or undefined. */
function phraseAt(lower: string[], i: number, index: PhraseIndex, brokenBefore: (k: number) => boolean): string[] | undefined {
  return index.get(lower[i])?.find(
    (ws) =>
      i + ws.length <= lower.length &&
      ws.every((w, k) => (k === 0 || !brokenBefore(i + k)) && (lower[i + k] === w || (k === ws.length - 1 && unpossessed(lower[i + k]) === w))),
  );
}

/** What the rule reads besides the options: stop words, phrases (listed, and alias spellings), folds. */
export interface TokenRules {
  stops: Set<string>;
  phrases: PhraseIndex;
  /** A spelling's term → its entity's term (./aliasFolds.ts). */
  folds: ReadonlyMap<string, string>;
  /** Chinese words the segmenter keeps whole: the user's and the alias spellings. */
  dictionary: string[];
}

export function tokenRules(opts: ResolvedTokenOptions): TokenRules {
  const folds = aliasFolds(opts);
  return {
    stops: stopwordSet(opts.stopwords),
    phrases: phraseIndex([...phraseList(opts.phrases), ...folds.phrases]),
    folds: folds.terms,
    dictionary: [...opts.dictionary, ...folds.dictionary],
  };
}

/** The tokens of one document by the rule above: the specification `tokens()` is tested against. */
export function tokenizeByRule(doc: Document, docIndex: number, opts: ResolvedTokenOptions, rules: TokenRules = tokenRules(opts)): DocTokens {
  const { stops, phrases, folds } = rules;
  const text = doc.text;
  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  let clause = -1;
  sentences.forEach((s, sentence) => {
    const spans = segmented(text, wordSpans(text, s.start, s.end), rules.dictionary, scriptFolding(opts.script));
    const lower = spans.map((w) => w.text.toLowerCase());
    // A segmented word is in no phrase: "" matches no phrase's word.
    const phraseWords = spans.some((w) => w.segmented) ? spans.map((w, k) => (w.segmented ? "" : lower[k])) : lower;
    const brokenBefore = (k: number) => breaksClause(text, spans[k - 1].end, spans[k].start);
    clause++;
    for (let i = 0; i < spans.length; i++) {
      if (i > 0 && brokenBefore(i)) clause++;
      const phrase = phrases.size ? phraseAt(phraseWords, i, phrases, brokenBefore) : undefined;
      const n = phrase?.length ?? 1;
      const isStop = !phrase && stops.has(lower[i]);
      const term = phrase ? (opts.stem ? phrase.map(stem) : phrase).join(" ") : wordTerm(spans[i].text, lower[i], isStop, opts);
      tokens.push({ term: folds.get(term) ?? term, doc: docIndex, sentence, clause, start: spans[i].start, end: spans[i + n - 1].end, stop: isStop });
      i += n - 1;
    }
  });
  return { doc, sentences, tokens };
}
