import { z } from "zod";
import type { Tokens } from "../text/tokens";
import type { Dfm } from "./dfm";
import { type CorpusCounts, type CountOptions, countsOf } from "./counts";
import { ratePer } from "./stats/rate";
import { tfidf } from "./stats/tfidf";

export const FreqRowSchema = z.object({
  group: z.string(),
  term: z.string(),
  /** Occurrences in the group's documents. */
  count: z.number().int(),
  /** count / group tokens × 10,000. */
  per10k: z.number(),
  /** Documents of the group that contain the term. */
  docFreq: z.number().int(),
  /** count × log10(N / df): N documents in the corpus, df of them containing the term. */
  tfidf: z.number(),
});
export type FreqRow = z.infer<typeof FreqRowSchema>;

export interface FrequencyOptions extends CountOptions {
  /** Keep the N most frequent terms of each group. Default: all. */
  top?: number;
  /** Drop terms seen fewer times than this in a group. Default 1. */
  minCount?: number;
}

/**
 * Term frequency per group (quanteda's `textstat_frequency` with `groups`). TF-IDF uses the
 * count weighting and base-10 inverse document frequency over the whole corpus (quanteda's
 * `dfm_tfidf` defaults), so a term found in every document scores 0. Rows are ordered by group,
 * then count descending, then term — the same on every run. Given counts (`countTerms`), it reads
 * them as they are (their `by` and `ngram`), so one count serves this table, keyness and trends.
 */
export function termFrequency(input: Tokens | Dfm | CorpusCounts, options: FrequencyOptions = {}): FreqRow[] {
  return frequencyRows(countsOf(input, options), options);
}

/**
 * The frequency table of counts made elsewhere (`countTerms`, or a streamed count's `counts`): for
 * each group its terms with at least `minCount`, by count descending, then term in code-unit order,
 * the first `top` of them.
 */
export function frequencyRows(counts: CorpusCounts, options: Pick<FrequencyOptions, "top" | "minCount"> = {}): FreqRow[] {
  const minCount = options.minCount ?? 1;
  return counts.groups.flatMap((g) =>
    [...g.counts]
      .filter(([, count]) => count >= minCount)
      .sort(([t1, c1], [t2, c2]) => c2 - c1 || (t1 < t2 ? -1 : t1 > t2 ? 1 : 0))
      .slice(0, options.top ?? Infinity)
      .map(([term, count]) => ({
        group: g.group,
        term,
        count,
        per10k: ratePer(count, g.total, 10_000),
        docFreq: g.docFreq.get(term) ?? 0,
        tfidf: tfidf(count, counts.documents, counts.docFreq.get(term) ?? 0),
      })),
  );
}
