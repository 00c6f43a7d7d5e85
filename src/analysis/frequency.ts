import { z } from "zod";
import type { Tokens } from "../text/tokens";
import { type CorpusCounts, type CountOptions, countTerms } from "./counts";

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
 * then count descending, then term — the same on every run.
 */
export function termFrequency(toks: Tokens, options: FrequencyOptions = {}): FreqRow[] {
  return frequencyRows(countTerms(toks, options), options);
}

/** The frequency table of counts made elsewhere (`countTerms`, or `streamCounts` over a large folder). */
export function frequencyRows(counts: CorpusCounts, options: Pick<FrequencyOptions, "top" | "minCount"> = {}): FreqRow[] {
  const top = options.top ?? Infinity;
  const minCount = options.minCount ?? 1;
  const rows: FreqRow[] = [];
  for (const g of counts.groups) {
    const groupRows: FreqRow[] = [];
    for (const [term, count] of g.counts) {
      if (count < minCount) continue;
      const idf = Math.log10(counts.documents / counts.docFreq.get(term)!);
      groupRows.push({
        group: g.group,
        term,
        count,
        per10k: g.total ? (count / g.total) * 10_000 : 0,
        docFreq: g.docFreq.get(term)!,
        tfidf: count * idf,
      });
    }
    groupRows.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    // One by one: spreading a group of 100,000+ terms into push overflows the call stack.
    for (const row of groupRows.slice(0, top)) rows.push(row);
  }
  return rows;
}
