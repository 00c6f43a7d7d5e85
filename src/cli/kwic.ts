import { concordance } from "../analysis/kwic";
import { DiscourseError } from "../errors";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { choice, corpusOptions, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

export const kwicCommand: Command = {
  name: "kwic",
  summary: "keyword in context: every match of a term, phrase, glob or /regex/",
  usage:
    "discourse kwic --corpus DIR --term T [--window N] [--match auto|term|glob|regex]\n" +
    "               [--sort position|keyword|left|right] [--format json|csv|table]\n\n" +
    'T is a word ("cyberspace"), a phrase ("united states"), a glob ("cooperat*") or a\n' +
    "regular expression between slashes (/secur\\w+/). Offsets point into the cleaned text.",
  options: {
    ...corpusOptions,
    term: { type: "string" },
    window: { type: "string", default: "6" },
    match: { type: "string", default: "auto" },
    sort: { type: "string", default: "position" },
  },
  run(values) {
    if (typeof values.term !== "string" || !values.term) {
      throw new DiscourseError('missing; pass --term T, e.g. --term "cyber sovereignty"', { field: "--term" });
    }
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const rows = concordance(toks, values.term, {
      window: intOption(values, "window", 6, 0),
      match: choice(values, "match", ["auto", "term", "glob", "regex"] as const),
      sort: choice(values, "sort", ["position", "keyword", "left", "right"] as const),
    });
    printRows(rows, values);
    return 0;
  },
};
