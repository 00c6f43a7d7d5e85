import { z } from "zod";
import { DiscourseError } from "../errors";
import type { Tokens } from "../text/tokens";
import type { Dfm } from "./dfm";
import { type CorpusCounts, type GroupCounts, countsOf } from "./counts";
import { adjustPValues } from "./stats/adjust";
import { logRatio, percentDiff } from "./stats/effectSizes";
import { fisherExact } from "./stats/fisher";
import { logLikelihood } from "./stats/logLikelihood";
import { type LogOddsPrior, logOddsPrior, logOddsZ } from "./stats/logOdds";

export const KeynessRowSchema = z.object({
  term: z.string(),
  countA: z.number().int(),
  countB: z.number().int(),
  /** Word tokens of each group (the denominators of the 2×2 table). */
  totalA: z.number().int(),
  totalB: z.number().int(),
  /** Signed Dunning G²: positive when relatively more frequent in A. */
  g2: z.number(),
  /** Hardie's Log Ratio (log2 of the relative-frequency ratio; zero counts → 0.5). */
  logRatio: z.number(),
  /** Gabrielatos & Marchi's %DIFF; null when countB is 0. */
  pctDiff: z.number().nullable(),
  /** Two-sided Fisher's exact test on [[countA, totalA−countA], [countB, totalB−countB]]. */
  fisherP: z.number(),
  /** Monroe et al.'s log-odds ratio with informative Dirichlet prior, z-scored; positive = A. */
  logOddsZ: z.number(),
  /** fisherP adjusted over all tested terms (Benjamini–Hochberg by default). */
  pAdjusted: z.number(),
  /** The side the term leans to. */
  side: z.enum(["A", "B"]),
  /** True when the term occurs fewer than 5 times in A and B together: read its p-value with care. */
  lowCount: z.boolean(),
});
export type KeynessRow = z.infer<typeof KeynessRowSchema>;

/** The prior of the log-odds z: pooled counts of A and B, a constant, or a reference corpus. */
export type KeynessPrior = LogOddsPrior;

export interface KeynessOptions {
  /** Metadata field whose values define A and B. Default "year". */
  by?: string;
  /** Value of `by` for group A (the target). */
  a: string;
  /** Value of `by` for group B (the reference). */
  b: string;
  /** Test only terms seen at least this often in A and B together. Default 1. */
  minCount?: number;
  /** Log-odds prior. Default "pooled": α_w = countA_w + countB_w, α_0 = totalA + totalB. */
  prior?: KeynessPrior;
  /** Multiple-testing adjustment of fisherP. Default "bh". */
  adjust?: "bh" | "bonferroni";
  /** Williams's correction of G². Default false. */
  williams?: boolean;
  /** n-gram size. Default 1. */
  ngram?: number;
}

/** The terms occurring fewer than this many times in A and B together are flagged `lowCount`. */
export const LOW_COUNT = 5;

function findGroup(counts: CorpusCounts, value: string, flag: "a" | "b"): GroupCounts {
  const g = counts.groups.find((x) => x.group === value);
  if (!g) {
    throw new DiscourseError(
      `no document has ${counts.by} = "${value}"; choose one of: ${counts.groups.map((x) => x.group).join(", ")}`,
      { field: `options.${flag}` },
    );
  }
  return g;
}

/**
 * Keyness of every term of group A against group B (quanteda's `textstat_keyness`), with a
 * significance test fit for short texts (Fisher's exact), three effect sizes (Log Ratio, %DIFF,
 * log-odds z) and p-values adjusted over all tested terms. Formulas and sources are in
 * `stats/`. Rows are sorted by signed G² (A's key terms first, B's last), then term. Given counts
 * (`corpusCounts`), their grouping and n-gram size stand.
 */
export function keyness(toks: Tokens | Dfm | CorpusCounts, options: KeynessOptions): KeynessRow[] {
  const counts = countsOf(toks, { by: options.by ?? "year", ngram: options.ngram ?? 1 });
  const A = findGroup(counts, String(options.a), "a");
  const B = findGroup(counts, String(options.b), "b");
  if (A === B) throw new DiscourseError(`A and B are the same group ("${options.a}"); choose two different values`, { field: "options.b" });
  const minCount = options.minCount ?? 1;
  const prior = options.prior ?? "pooled";
  const vocabulary = [...new Set([...A.counts.keys(), ...B.counts.keys()])].sort();
  const tested = vocabulary.filter((t) => (A.counts.get(t) ?? 0) + (B.counts.get(t) ?? 0) >= minCount);

  const nA = A.total;
  const nB = B.total;
  if (typeof prior === "number" && !(prior > 0)) throw new DiscourseError(`the prior must be a positive number, got ${prior}`, { field: "options.prior" });
  const alphas = logOddsPrior(prior, vocabulary);

  const rows = tested.map((term) => {
    const a = A.counts.get(term) ?? 0;
    const b = B.counts.get(term) ?? 0;
    const [alphaW, alpha0] = alphas(term, a, b, nA, nB);
    const g2 = logLikelihood(a, b, nA, nB, { williams: options.williams });
    return {
      term,
      countA: a,
      countB: b,
      totalA: nA,
      totalB: nB,
      g2,
      logRatio: logRatio(a, b, nA, nB),
      pctDiff: percentDiff(a, b, nA, nB),
      fisherP: fisherExact(a, nA - a, b, nB - b),
      logOddsZ: logOddsZ(a, b, nA, nB, alphaW, alpha0),
      pAdjusted: 1,
      side: (a / nA >= b / nB ? "A" : "B") as "A" | "B",
      lowCount: a + b < LOW_COUNT,
    };
  });
  const adjusted = adjustPValues(rows.map((r) => r.fisherP), options.adjust ?? "bh");
  rows.forEach((r, i) => (r.pAdjusted = adjusted[i]));
  return rows.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : 1));
}

/** The top `n` key terms of each side: A's by descending G², B's by ascending G². */
export function topKeyTerms(rows: readonly KeynessRow[], n = 10): { a: KeynessRow[]; b: KeynessRow[] } {
  const a = rows.filter((r) => r.side === "A" && r.g2 > 0).slice(0, n);
  const b = rows.filter((r) => r.side === "B" && r.g2 < 0).slice(-n).reverse();
  return { a, b };
}
