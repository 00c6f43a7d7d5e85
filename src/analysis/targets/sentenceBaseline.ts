import type { Polarity } from "./newsmtsc";

interface Analyzer {
  getSentiment(words: string[]): number;
}
interface Tokenizer {
  tokenize(text: string): string[];
}

let analyzer: Analyzer | undefined;
let tokenizer: Tokenizer | undefined;

/**
 * The sentence-level lexicon baseline: natural's SentimentAnalyzer (AFINN, Porter-stemmed, as in
 * natural's documentation) over the whole sentence, blind to the target: mean word score > 0 is
 * positive, < 0 negative, 0 neutral. Only natural's submodules are loaded (the package index prints
 * dotenv notices on import).
 */
export function sentenceBaseline(sentence: string): { polarity: Polarity; score: number } {
  if (!analyzer || !tokenizer) {
    /* eslint-disable @typescript-eslint/no-var-requires */
    const SentimentAnalyzer = require("natural/lib/natural/sentiment/SentimentAnalyzer");
    const PorterStemmer = require("natural/lib/natural/stemmers/porter_stemmer");
    const { WordTokenizer } = require("natural/lib/natural/tokenizers/regexp_tokenizer");
    /* eslint-enable @typescript-eslint/no-var-requires */
    analyzer = new SentimentAnalyzer("English", PorterStemmer, "afinn") as Analyzer;
    tokenizer = new WordTokenizer() as Tokenizer;
  }
  const score = analyzer.getSentiment(tokenizer.tokenize(sentence)) || 0;
  return { polarity: score > 0 ? "positive" : score < 0 ? "negative" : "neutral", score };
}
