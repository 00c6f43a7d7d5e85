import type { Corpus, Document } from "../corpus/corpus";
import type { Progress } from "../progress";
import { TokenScanner } from "../engine/scanTokens";
import { TermTally } from "../engine/termTally";
import { groupOf } from "../corpus/corpus";
import { breaksClause } from "./tokenize";
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

/** Tokenizes one document after another, sharing one vocabulary: `tokenizer(doc, index)`. */
export type DocumentTokenizer = (doc: Document, docIndex: number) => DocTokens;

/**
 * The one place a language's tokenizer plugs in: every analysis that wants Token objects gets them
 * from here. Today every document is read by the token rule of src/text/tokenize.ts, run by the
 * engine's scanner (tests hold the two equal). `capacity`: terms to make room for up front.
 */
export function documentTokenizer(opts: ResolvedTokenOptions, capacity?: number): DocumentTokenizer {
  const scanner = new TokenScanner(opts, capacity);
  return (doc, docIndex) => scannedDocument(doc, docIndex, scanner);
}

/** Tokenizes one document (a corpus: `tokens`, which shares the vocabulary). */
export function tokenizeDocument(doc: Document, docIndex: number, opts: ResolvedTokenOptions): DocTokens {
  return documentTokenizer(opts)(doc, docIndex);
}

/** Token objects from the scanner's run: sentences and clauses found between its words. */
function scannedDocument(doc: Document, docIndex: number, scanner: TokenScanner): DocTokens {
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

/**
 * The tokens with no phrase joined: what `tokens(corpus, { ...options, phrases: "none" })` gives (a
 * test holds them equal), sharing every Token that is not part of a joined phrase, so the words
 * cost a reference each and a Token for each word of a phrase, not a second Token per word.
 */
export function unjoinedWords(toks: Tokens): Tokens {
  if (toks.options.phrases === "none") return toks;
  const options: ResolvedTokenOptions = { ...toks.options, phrases: "none" };
  const scanner = new TokenScanner(options);
  return { corpus: toks.corpus, options, docs: toks.docs.map((dt, i) => sharedWords(dt, i, scanner)) };
}

/**
 * One document's words, its joined tokens reused where a word is one: a word inside a phrase takes
 * the phrase's sentence and clause (a phrase never spans a break). Should a word stand anywhere
 * else, the document is tokenized afresh.
 */
function sharedWords(dt: DocTokens, docIndex: number, scanner: TokenScanner): DocTokens {
  const run = scanner.scan(dt.doc.text);
  const vocab = scanner.vocabulary;
  const joined = dt.tokens;
  const words: Token[] = new Array(run.length);
  let j = 0;
  for (let k = 0; k < run.length; k++) {
    const start = run.start[k];
    const end = run.end[k];
    while (j < joined.length && joined[j].end <= start) j++;
    const t = joined[j];
    const term = vocab.term(run.term[k]);
    const stop = run.stop[k] === 1;
    if (t === undefined || start < t.start || end > t.end) return scannedDocument(dt.doc, docIndex, scanner);
    words[k] = t.start === start && t.end === end && t.term === term && t.stop === stop ? t : { term, doc: docIndex, sentence: t.sentence, clause: t.clause, start, end, stop };
  }
  return { doc: dt.doc, sentences: dt.sentences, tokens: words };
}

/**
 * A document's words as columns (each word's term, sentence and offsets), for a step that reads only
 * those, as frame matching does: a Token object per word costs more than the matching.
 */
export interface WordColumns {
  sentences: SentenceSpan[];
  terms: string[];
  /** Each word's term as a number, the same for the same term in every document of one tokenizer. */
  ids: Int32Array;
  sentence: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** `documentTokenizer`, giving columns: the same words, terms and sentences as its tokens. */
export function wordColumnsTokenizer(opts: ResolvedTokenOptions): (doc: Document) => WordColumns {
  const scanner = new TokenScanner(opts);
  return (doc) => {
    const sentences = splitSentences(doc.text);
    const run = scanner.scan(doc.text);
    const vocab = scanner.vocabulary;
    const terms: string[] = new Array(run.length);
    const sentence = new Int32Array(run.length);
    let at = -1;
    let sentenceEnd = -1;
    for (let k = 0; k < run.length; k++) {
      while (run.start[k] >= sentenceEnd) sentenceEnd = sentences[++at].end;
      terms[k] = vocab.term(run.term[k]);
      sentence[k] = at;
    }
    return { sentences, terms, ids: run.term.slice(0, run.length), sentence, start: run.start.slice(0, run.length), end: run.end.slice(0, run.length) };
  };
}

/**
 * Unigram tallies per group, counted by the scanner as it reads each text, without Token objects:
 * the tallies `countTerms(tokens(corpus))` makes (a test holds them equal), for steps that need
 * counts only. Groups in first-seen order.
 */
export function tallyGroups(corpus: Corpus, by: string, options: TokenOptions = {}): ReturnType<TermTally["result"]> {
  const tally = new TermTally(resolveTokenOptions(options));
  for (const d of corpus.documents) tally.addText(groupOf(d, by), d.text);
  return tally.result();
}

/** Tokenizes every document of a corpus (quanteda's `tokens()`); `progress` hears of documents done. */
export function tokens(corpus: Corpus, options: TokenOptions = {}, progress?: Progress): Tokens {
  const opts = resolveTokenOptions(options);
  const tokenize = documentTokenizer(opts);
  const n = corpus.documents.length;
  return {
    corpus,
    options: opts,
    docs: corpus.documents.map((d, i) => {
      const dt = tokenize(d, i);
      progress?.(i + 1, n);
      return dt;
    }),
  };
}
