import { collocateShift, collocates, sequenceCollocations } from "../analysis/collocations";
import { DiscourseError } from "../errors";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { OPTION_GROUPS, declareCommand } from "./options";
import { choice, intOption, optionalCompare, printRows, requireCorpus, tokenOptions } from "./shared";

export const collocationsCommand: Command = declareCommand({
  name: "collocations",
  summary: "collocates of a node word per group (MI, log-Dice, t-score, G²); with --a/--b which gained or lost",
  about:
    "--term T: a word, phrase, glob or /regex/, read as kwic reads it. Collocates are the words (not\n" +
    "stop words) within --window words of it, inside the sentence. json rows: { group, node, collocate,\n" +
    "count, expected, mi, logDice, tScore, g2, collocateCount, nodeCount, windowTokens, tokens }.\n" +
    "With --a and --b: { node, collocate, countA, countB, per1kA, per1kB, logDiceA, logDiceB, g2,\n" +
    "logRatio, side }, A's gains first. --sequences instead lists 2- and 3-word sequences that hold\n" +
    "together (λ, z), to suggest phrases for --phrases FILE. Phrases are not joined by default here,\n" +
    "so a listed phrase's words are each other's collocates.",
  groups: ["corpus", "compare", "tokens", "format"],
  options: {
    term: { type: "string", arg: "T", help: "the node: a word, phrase, glob or /regex/ (required unless --sequences)" },
    window: { type: "string", default: "5", arg: "N", help: "words on each side" },
    left: { type: "string", arg: "N", help: "words before the node (default: --window)" },
    right: { type: "string", arg: "N", help: "words after the node (default: --window)" },
    "min-count": { type: "string", default: "2", arg: "N", help: "list collocates seen at least N times near the node" },
    match: { type: "string", default: "auto", arg: "auto|term|glob|regex", help: "how T is read" },
    sequences: { type: "boolean", default: false, help: "list multiword sequences (λ, z) instead" },
    phrases: { ...OPTION_GROUPS.tokens.phrases, default: "none" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const toks = tokens(corpus, tokenOptions(values));
    const minCount = intOption(values, "min-count", 2);
    if (values.sequences === true) {
      printRows(sequenceCollocations(toks, { minCount }), values);
      return 0;
    }
    if (typeof values.term !== "string" || !values.term.trim()) {
      throw new DiscourseError('missing; pass --term T, e.g. --term cooperation (or --sequences)', { field: "--term" });
    }
    const by = String(values.by);
    const window = intOption(values, "window", 5, 0);
    const options = {
      by,
      minCount,
      left: values.left === undefined ? window : intOption(values, "left", 5, 0),
      right: values.right === undefined ? window : intOption(values, "right", 5, 0),
      match: choice(values, "match", ["auto", "term", "glob", "regex"] as const),
    };
    // collocateShift names a group no document has (options.a, printed as --a).
    const pair = optionalCompare(values);
    const rows: object[] = pair ? collocateShift(toks, values.term, { ...options, ...pair }) : collocates(toks, values.term, options);
    // An empty table says nothing: say why it is empty.
    if (rows.length === 0) process.stderr.write(`discourse: note: no word is seen ${minCount} or more times near "${values.term}"${pair ? ` in ${pair.a} and ${pair.b} together` : ""} (--min-count, --window)\n`);
    printRows(rows, values);
    return 0;
  },
});
