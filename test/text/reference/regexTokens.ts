// The kit's tokenizer as it was first written, with regular expressions: kept as the reference the
// character scanner (src/text/scanTokens.ts) is tested against. One change: its cheap pre-test for
// ACRONYM compared UTF-16 halves and case mappings, so it missed capitals such as "𝐀𝐁" that the
// ACRONYM pattern accepts; the pattern alone decides here, as in the scanner.
import type { Document } from "../../../src/corpus/corpus";
import { type PhraseIndex, phraseIndex } from "../../../src/text/phrases";
import { splitSentences } from "../../../src/text/sentences";
import { stem } from "../../../src/text/stem";
import { stopwordSet } from "../../../src/text/stopwords";
import type { DocTokens, ResolvedTokenOptions, Token } from "../../../src/text/tokens";
import { wordSpans } from "./regexTokenize";

/** Two or more capitals (digits and hyphens allowed after the first two): US, ICT, COVID-19. */
const ACRONYM = /^\p{Lu}{2,}(?:[\p{Lu}\p{N}\-]*)(?:'s)?$/u;

const CLAUSE_BREAK = /[,;:()"\[\]]|(?:^|\s)-(?:\s|$)/;

/** The gap between two words breaks a clause: a single space (the common case) never does. */
function breaksClause(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  return CLAUSE_BREAK.test(text.slice(from, to));
}

/** Strips a possessive "'s" so "Xi Jinping's" still matches the phrase "xi jinping". */
function unpossessed(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

function matchPhrase(lower: string[], i: number, index: PhraseIndex, brokenBefore: (k: number) => boolean): string[] | undefined {
  const candidates = index.get(lower[i]);
  if (!candidates) return undefined;
  return candidates.find(
    (ws) =>
      i + ws.length <= lower.length &&
      ws.every(
        (w, k) =>
          (k === 0 || !brokenBefore(i + k)) &&
          (k === ws.length - 1 ? unpossessed(lower[i + k]) === w || lower[i + k] === w : lower[i + k] === w),
      ),
  );
}

/**
 * Tokenizes one document: sentences, words, phrase joining, case folding, optional stemming and
 * stop-word flags. Phrases never cross a sentence boundary.
 */
export function tokenizeDocument(
  doc: Document,
  docIndex: number,
  opts: ResolvedTokenOptions,
  stops: Set<string> = stopwordSet(opts.stopwords),
  phrases: PhraseIndex = phraseIndex(opts.phrases),
): DocTokens {
  const sentences = splitSentences(doc.text);
  const tokens: Token[] = [];
  let clause = -1;
  sentences.forEach((s, si) => {
    const spans = wordSpans(doc.text, s.start, s.end);
    clause++;
    let prevEnd = -1;
    const clauseOf = (start: number) => {
      if (prevEnd >= 0 && breaksClause(doc.text, prevEnd, start)) clause++;
      return clause;
    };
    const lower = spans.map((w) => w.text.toLowerCase());
    const brokenBefore = (k: number) => breaksClause(doc.text, spans[k - 1].end, spans[k].start);
    for (let i = 0; i < spans.length; i++) {
      const phrase = phrases.size ? matchPhrase(lower, i, phrases, brokenBefore) : undefined;
      if (phrase) {
        const last = spans[i + phrase.length - 1];
        const term = (opts.stem ? phrase.map(stem) : phrase).join(" ");
        tokens.push({ term, doc: docIndex, sentence: si, clause: clauseOf(spans[i].start), start: spans[i].start, end: last.end, stop: false });
        prevEnd = last.end;
        i += phrase.length - 1;
        continue;
      }
      const word = spans[i].text;
      const isStop = stops.has(lower[i]);
      let folded = !opts.lowercase || (opts.keepAcronyms && ACRONYM.test(word)) ? word : lower[i];
      if (opts.stripPossessives && !isStop && (folded.endsWith("'s") || folded.endsWith("'S"))) folded = folded.slice(0, -2);
      const term = opts.stem && folded === folded.toLowerCase() ? stem(folded) : folded;
      tokens.push({ term, doc: docIndex, sentence: si, clause: clauseOf(spans[i].start), start: spans[i].start, end: spans[i].end, stop: isStop });
      prevEnd = spans[i].end;
    }
  });
  return { doc, sentences, tokens };
}
