import { existsSync } from "node:fs";
import { type KeynessPrior, keyness } from "../analysis/keyness";
import { DiscourseError } from "../errors";
import { readWordList } from "../text/stopwords";
import { tokens } from "../text/tokens";
import type { Command } from "./command";
import { choice, corpusOptions, intOption, printRows, requireCorpus, requireGroups, tokenOptions } from "./shared";

/** `--prior pooled | NUMBER | FILE` (FILE: lines "term<TAB or comma>count", a reference corpus). */
export function parsePrior(value: unknown): KeynessPrior {
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

export const keynessCommand: Command = {
  name: "keyness",
  summary: "key terms of group A against group B: G², Log Ratio, %DIFF, Fisher p, log-odds z, adjusted p",
  usage:
    "discourse keyness --corpus DIR --by FIELD --a VALUE --b VALUE [--min-count N]\n" +
    "                  [--prior pooled|NUMBER|FILE] [--adjust bh|bonferroni] [--williams] [--ngram N]\n" +
    "                  [--stopwords default|none|FILE] [--phrases default|none|FILE] [--stem]\n" +
    "                  [--format json|csv|table] [--top N]\n\n" +
    "json is an array of { term, countA, countB, totalA, totalB, g2, logRatio, pctDiff, fisherP,\n" +
    "logOddsZ, pAdjusted, side, lowCount }, sorted by signed G² (A's key terms first).\n" +
    "lowCount marks terms with fewer than 5 occurrences in A and B together.\n" +
    "--prior FILE: a reference corpus as lines \"term,count\" (Monroe et al. 2008).\n" +
    "--top N keeps the N strongest terms of each side.",
  options: {
    ...corpusOptions,
    a: { type: "string" },
    b: { type: "string" },
    "min-count": { type: "string", default: "1" },
    prior: { type: "string", default: "pooled" },
    adjust: { type: "string", default: "bh" },
    williams: { type: "boolean", default: false },
    ngram: { type: "string", default: "1" },
    top: { type: "string" },
  },
  run(values) {
    const corpus = requireCorpus(values);
    const { a, b } = requireGroups(values);
    let rows = keyness(tokens(corpus, tokenOptions(values)), {
      by: String(values.by),
      a,
      b,
      minCount: intOption(values, "min-count", 1),
      prior: parsePrior(values.prior),
      adjust: choice(values, "adjust", ["bh", "bonferroni"] as const),
      williams: values.williams === true,
      ngram: intOption(values, "ngram", 1),
    });
    if (values.top !== undefined) {
      const n = intOption(values, "top", 10);
      rows = [...rows.filter((r) => r.side === "A").slice(0, n), ...rows.filter((r) => r.side === "B").slice(-n)];
    }
    printRows(rows, values);
    return 0;
  },
};
