import { existsSync } from "node:fs";
import { type KeynessPrior, keyness } from "../analysis/keyness";
import { DiscourseError } from "../errors";
import { readWordList } from "../text/stopwords";
import { corpusCounts } from "../analysis/counts";
import { languageScope } from "../studies/languages";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { groupDocuments } from "../corpus/corpus";
import { choice, compareGroups, intOption, printRows, requireCorpus, tokenOptions } from "./shared";

/** `--prior pooled | NUMBER | FILE` (FILE: lines "term<TAB or comma>count", a reference corpus). */
function parsePrior(value: unknown): KeynessPrior {
  if (value === undefined || value === "pooled") return "pooled";
  const s = String(value);
  if (/^\d*\.?\d+(?:e[-+]?\d+)?$/i.test(s)) {
    const n = Number(s);
    if (n > 0) return n;
  }
  if (!existsSync(s)) {
    throw new DiscourseError(`expected pooled, a positive number, or a file of "term,count" lines; got ${JSON.stringify(s)}`, { field: "--prior" });
  }
  const reference = new Map<string, number>();
  readWordList(s).forEach((line, i) => {
    const m = /^(.+?)[\t,]\s*(\d+(?:\.\d+)?)$/.exec(line);
    if (!m) throw new DiscourseError(`entry ${i + 1}: expected "term,count", got ${JSON.stringify(line)}`, { file: s, field: "--prior" });
    reference.set(m[1].trim(), Number(m[2]));
  });
  return { reference };
}

export const keynessCommand: Command = declareCommand({
  name: "keyness",
  summary: "key terms of group A against group B: G², Log Ratio, %DIFF, Fisher p, log-odds z, adjusted p",
  about:
    "A and B default to the first and the last group (in order: numbers ascending, else alphabetical).\n" +
    "json is an array of { term, countA, countB, totalA, totalB, g2, logRatio, pctDiff, fisherP,\n" +
    "logOddsZ, pAdjusted, side, lowCount }, sorted by signed G² (A's key terms first).\n" +
    "lowCount marks terms with fewer than 5 occurrences in A and B together.\n" +
    "--prior FILE: a reference corpus as lines \"term,count\" (Monroe et al. 2008).\n" +
    "--top N keeps the N strongest terms of each side.",
  groups: ["corpus", "compare", "tokens", "format"],
  options: {
    "min-count": { type: "string", default: "1", arg: "N", help: "test terms seen at least N times in A and B together" },
    prior: { type: "string", default: "pooled", arg: "pooled|NUMBER|FILE", help: "the log-odds prior" },
    adjust: { type: "string", default: "bh", arg: "bh|bonferroni", help: "p-value adjustment over all tested terms" },
    williams: { type: "boolean", default: false, help: "Williams's correction of G²" },
    ngram: { type: "string", default: "1", arg: "N", help: "compare n-grams of N words" },
    top: { type: "string", arg: "N", help: "keep the N strongest terms of each side" },
    language: { type: "string", arg: "CODE|all", help: "compare within this language (default: the one most of A's and B's documents are in)" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const { a, b } = compareGroups(values, groupDocuments(corpus, String(values.by)).map((g) => g.group));
    const by = String(values.by);
    const scope = languageScope(corpus, { by, a, b, language: typeof values.language === "string" ? values.language : undefined });
    if (scope.mixed) process.stderr.write(`discourse: note: compared within ${scope.language}; ${scope.leftOut} document(s) in other languages left out (--language all compares across)\n`);
    const ngram = intOption(values, "ngram", 1);
    // Counts only: a large corpus is tallied as it is scanned, without a Token object per word.
    let rows = keyness(corpusCounts(scope.corpus, { by, ngram, tokens: tokenOptions(values) }), {
      by,
      a,
      b,
      minCount: intOption(values, "min-count", 1),
      prior: parsePrior(values.prior),
      adjust: choice(values, "adjust", ["bh", "bonferroni"] as const),
      williams: values.williams === true,
      ngram,
    });
    if (values.top !== undefined) {
      const n = intOption(values, "top", 10);
      rows = [...rows.filter((r) => r.side === "A").slice(0, n), ...rows.filter((r) => r.side === "B").slice(-n)];
    }
    printRows(rows, values);
    return 0;
  },
});
