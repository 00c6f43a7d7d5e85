import { z } from "zod";
import type { Tokens } from "../text/tokens";
import { codeUnitRanks } from "./codeUnitRanks";
import { type CorpusCounts, type CountOptions, countTerms } from "./counts";
import { type PackedCounts, type PackedGroup, packCounts } from "./packedCounts";

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
  return packedFrequencyRows(packCounts(counts.groups, counts.docFreq), counts.documents, options);
}

/**
 * `frequencyRows` of packed tallies (a streamed count's), group by group in their packed order:
 * terms are looked up by index, and each group's rows are put in order by sorting numbers.
 */
export function packedFrequencyRows(packed: PackedCounts, documents: number, options: Pick<FrequencyOptions, "top" | "minCount"> = {}): FreqRow[] {
  const rows: FreqRow[] = [];
  eachFrequencyRow(packed, documents, options, (group, term, count, per10k, docFreq, tfidf) => rows.push({ group, term, count, per10k, docFreq, tfidf }));
  return rows;
}

/**
 * The rows of `packedFrequencyRows`, in order, handed to `row` field by field instead of built:
 * a table of 100,000+ rows written straight to CSV needs no row objects.
 */
export function eachFrequencyRow(
  packed: PackedCounts,
  documents: number,
  options: Pick<FrequencyOptions, "top" | "minCount">,
  row: (group: string, term: string, count: number, per10k: number, docFreq: number, tfidf: number) => void,
): void {
  const top = options.top ?? Infinity;
  const minCount = options.minCount ?? 1;
  const { terms } = packed;
  const rank = packed.sorted ? Int32Array.from(terms, (_, i) => i) : codeUnitRanks(terms);
  for (const g of packed.groups) {
    const order = rowOrder(g, rank, minCount);
    for (let j = 0; j < Math.min(order.length, top); j++) {
      const k = order[j];
      const id = g.ids[k];
      const count = g.counts[k];
      row(g.group, terms[id], count, g.total ? (count / g.total) * 10_000 : 0, g.docs[k], count * Math.log10(documents / packed.docFreq[id]));
    }
  }
}

/** A group's entries with at least `minCount`, by count descending, then term (`rank` gives its order). */
export function rowOrder(g: PackedGroup, rank: Int32Array, minCount: number): Int32Array {
  const { ids, counts } = g;
  let m = 0;
  let max = 0;
  for (let k = 0; k < ids.length; k++) {
    const c = counts[k];
    if (c < minCount) continue;
    m++;
    if (c > max) max = c;
  }
  const n = rank.length;
  if ((max + 1) * n > Number.MAX_SAFE_INTEGER) {
    const entries = Int32Array.from({ length: ids.length }, (_, k) => k).filter((k) => counts[k] >= minCount);
    return entries.sort((a, b) => counts[b] - counts[a] || rank[ids[a]] - rank[ids[b]]);
  }
  // Count descending and rank as one number, (max − count) × terms + rank, sorted natively: much
  // faster than a comparator over 100,000+ rows. The rank then says which entry a key is.
  const entryOf = new Int32Array(n);
  const keys = new Float64Array(m);
  for (let k = 0, j = 0; k < ids.length; k++) {
    if (counts[k] < minCount) continue;
    const r = rank[ids[k]];
    entryOf[r] = k;
    keys[j++] = (max - counts[k]) * n + r;
  }
  keys.sort();
  const order = new Int32Array(m);
  for (let j = 0; j < m; j++) order[j] = entryOf[keys[j] % n];
  return order;
}
