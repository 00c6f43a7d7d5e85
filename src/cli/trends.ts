import { termTrend } from "../analysis/termTrend";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { bootstrapOptions, bootstrapValues, corpusOptions, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

export const trendsCommand: Command = {
  name: "trends",
  summary: "term rates in every group, in order (years ascending), with bootstrap CIs",
  usage:
    "discourse trends --corpus DIR [--by FIELD] [--terms a,b,...] [--top N]\n" +
    "                 [--iterations N] [--seed N] [--format json|csv|table]\n" +
    "                 [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n\n" +
    "One row per term and group { term, group, documents, tokens, count, per10k, ciLow, ciHigh }:\n" +
    "occurrences per 10,000 word tokens (as discourse freq), with a seeded percentile bootstrap\n" +
    "interval from resampling the group's sentences. Default terms: the --top (6) most frequent.\n" +
    "Frames and actor stance over all groups: discourse frames / discourse actors without --a/--b.",
  options: {
    ...corpusOptions,
    terms: { type: "string" },
    top: { type: "string", default: "6" },
    ...bootstrapOptions,
  },
  run(values) {
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const terms = typeof values.terms === "string" ? values.terms.split(",").map((t) => t.trim()).filter(Boolean) : undefined;
    printRows(termTrend(toks, { by: String(values.by), terms, top: intOption(values, "top", 6), ...bootstrapValues(values) }), values);
    return 0;
  },
};
