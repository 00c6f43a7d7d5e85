import { concordance } from "../analysis/kwic";
import { DiscourseError } from "../errors";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { choice, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

export const kwicCommand: Command = declareCommand({
  name: "kwic",
  summary: "keyword in context: every match of a term, phrase, glob or /regex/",
  about:
    "T is a word (\"cyberspace\"), a phrase (\"united states\"), a glob (\"cooperat*\") or a\n" +
    "regular expression between slashes (/secur\\w+/). Offsets point into the cleaned text.",
  groups: ["corpus", "tokens", "format"],
  options: {
    term: { type: "string", arg: "T", help: "a word, phrase, glob or /regex/ (required)" },
    window: { type: "string", default: "6", arg: "N", help: "words of context on each side" },
    characters: { type: "string", arg: "N", help: "characters of context on each side instead (Chinese)" },
    match: { type: "string", default: "auto", arg: "auto|term|glob|regex", help: "how T is read" },
    sort: { type: "string", default: "position", arg: "position|keyword|left|right", help: "order of the lines" },
  },
  run(values) {
    if (typeof values.term !== "string" || !values.term) {
      throw new DiscourseError('missing; pass --term T, e.g. --term "cyber sovereignty"', { field: "--term" });
    }
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const rows = concordance(toks, values.term, {
      window: intOption(values, "window", 6, 0),
      characters: values.characters === undefined ? undefined : intOption(values, "characters", 10, 0),
      match: choice(values, "match", ["auto", "term", "glob", "regex"] as const),
      sort: choice(values, "sort", ["position", "keyword", "left", "right"] as const),
    });
    printRows(rows, values);
    return 0;
  },
});
