import type { Corpus, Document } from "../corpus/corpus";
import type { Progress } from "../progress";
import { TokenScanner, breaksClause } from "./scanTokens";
import { type SentenceSpan, splitSentences } from "./sentences";
import { type ResolvedTokenOptions, type TokenOptions, resolveTokenOptions } from "./tokenOptions";

export { type ResolvedTokenOptions, type TokenOptions, resolveTokenOptions };

/** One token: the term it counts as, and where it stands in its document's cleaned text. */
export interface Token {
  /** Case-folded (and, with `stem`, stemmed) form; a joined phrase is its words with spaces. */
  term: string;
  /** Index of the document in the corpus. */
  doc: number;
  /** Index of the sentence in the document. */
  sentence: number;
  /**
   * Index of the clause in the document: a new clause starts with each sentence and after
   * , ; : ( ) " or a free-standing dash. n-grams and phrases stay inside one clause.
   */
  clause: number;
  /** Character offsets into `Document.text`. */
  start: number;
  end: number;
  /** True for stop words: kept for context and offsets, left out of counts. */
  stop: boolean;
}

export interface DocTokens {
  doc: Document;
  sentences: SentenceSpan[];
  tokens: Token[];
}

/** The tokens of a corpus, with the options that made them (so later steps can report them). */
export interface Tokens {
  corpus: Corpus;
  options: ResolvedTokenOptions;
  docs: DocTokens[];
}

/**
 * Tokenizes one document: sentences, and a Token for each word or joined phrase, with its term,
 * sentence, clause and offsets. Reuse one `scanner` across documents (as `tokens` does) so they
 * share a vocabulary.
 */
export function tokenizeDocument(
  doc: Document,
  docIndex: number,
  opts: ResolvedTokenOptions,
  scanner: TokenScanner = new TokenScanner(opts),
): DocTokens {
  const text = doc.text;
  const sentences = splitSentences(text);
  const run = scanner.scan(text);
  const vocab = scanner.vocabulary;
  const tokens: Token[] = new Array(run.length);
  let sentence = -1;
  let sentenceEnd = -1;
  let clause = -1;
  let prevEnd = -1;
  for (let k = 0; k < run.length; k++) {
    const start = run.start[k];
    // Every sentence opens a clause, even one without words.
    while (start >= sentenceEnd) {
      sentenceEnd = sentences[++sentence].end;
      clause++;
      prevEnd = -1;
    }
    if (prevEnd >= 0 && breaksClause(text, prevEnd, start)) clause++;
    prevEnd = run.end[k];
    tokens[k] = { term: vocab.term(run.term[k]), doc: docIndex, sentence, clause, start, end: prevEnd, stop: run.stop[k] === 1 };
  }
  return { doc, sentences, tokens };
}

/** Tokenizes every document of a corpus (quanteda's `tokens()`); `progress` hears of documents done. */
export function tokens(corpus: Corpus, options: TokenOptions = {}, progress?: Progress): Tokens {
  const opts = resolveTokenOptions(options);
  const scanner = new TokenScanner(opts);
  const n = corpus.documents.length;
  return {
    corpus,
    options: opts,
    docs: corpus.documents.map((d, i) => {
      const dt = tokenizeDocument(d, i, opts, scanner);
      progress?.(i + 1, n);
      return dt;
    }),
  };
}
