import { termFrequency } from "../analysis/frequency";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { corpusOptions, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

export const freqCommand: Command = {
  name: "freq",
  summary: "term frequency per group: count, per-10k rate, document frequency, TF-IDF",
  usage:
    "discourse freq --corpus DIR [--by FIELD] [--top N] [--ngram N] [--min-count N]\n" +
    "               [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n" +
    "               [--format json|csv|table]\n\n" +
    "json is an array of { group, term, count, per10k, docFreq, tfidf }, ordered by group,\n" +
    "then count (descending), then term.",
  options: {
    ...corpusOptions,
    top: { type: "string" },
    ngram: { type: "string", default: "1" },
    "min-count": { type: "string", default: "1" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const rows = termFrequency(toks, {
      by: String(values.by),
      ngram: intOption(values, "ngram", 1),
      top: values.top === undefined ? undefined : intOption(values, "top", 20),
      minCount: intOption(values, "min-count", 1),
    });
    printRows(rows, values);
    return 0;
  },
};
