import { termTrend } from "../analysis/termTrend";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { bootstrapValues, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

export const trendsCommand: Command = declareCommand({
  name: "trends",
  summary: "term rates in every group, in order (years ascending), with bootstrap CIs",
  about:
    "One row per term and group { term, group, documents, tokens, count, per10k, ciLow, ciHigh }:\n" +
    "occurrences per 10,000 word tokens (as discourse freq), with a seeded percentile bootstrap\n" +
    "interval from resampling the group's sentences. Default terms: the --top (6) most frequent.\n" +
    "Frames and actor stance over all groups: discourse frames / discourse actors without --a/--b.",
  groups: ["corpus", "tokens", "bootstrap", "format"],
  options: {
    terms: { type: "string", arg: "a,b,...", help: "the terms to follow" },
    top: { type: "string", default: "6", arg: "N", help: "without --terms, follow the N most frequent" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const terms = typeof values.terms === "string" ? values.terms.split(",").map((t) => t.trim()).filter(Boolean) : undefined;
    printRows(termTrend(toks, { by: String(values.by), terms, top: intOption(values, "top", 6), ...bootstrapValues(values) }), values);
    return 0;
  },
});
