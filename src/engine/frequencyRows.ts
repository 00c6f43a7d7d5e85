import { type FreqRow, type FrequencyOptions } from "../analysis/frequency";
import { ratePer } from "../analysis/stats/rate";
import { tfidf } from "../analysis/stats/tfidf";
import { codeUnitRanks } from "./codeUnitRanks";
import type { PackedCounts, PackedGroup } from "./packedCounts";

/**
 * The frequency table (`frequencyRows` in src/analysis/frequency.ts) of packed tallies, the
 * streamed count's: terms are looked up by index, and each group's rows are put in order by sorting
 * numbers. Tests hold it equal to `frequencyRows`.
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
      row(g.group, terms[id], count, ratePer(count, g.total, 10_000), g.docs[k], tfidf(count, documents, packed.docFreq[id]));
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
