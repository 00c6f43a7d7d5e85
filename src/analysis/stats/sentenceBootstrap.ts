import type { Progress } from "../../progress";
import { SeededRandom } from "./random";

/** A sentence as a resampling unit: its word tokens and, per counted item (frame, term), its matches. */
export interface CountedSentence {
  tokens: number;
  counts: readonly number[];
}

/**
 * One item's sentences as two columns, for loops that draw millions of sentences: typed arrays
 * instead of objects. Sums of whole numbers in doubles are exact, so rates equal the object loop's.
 */
export interface SentenceColumn {
  tokens: Float64Array;
  matches: Float64Array;
  /** Room for one resample's draws. */
  draws: Int32Array;
}

export function sentenceColumn(ss: readonly CountedSentence[], index: number): SentenceColumn {
  return { tokens: Float64Array.from(ss, (s) => s.tokens), matches: Float64Array.from(ss, (s) => s.counts[index]), draws: new Int32Array(ss.length) };
}

/** Matches of item `index` per `per` tokens over the sentences. */
export function sentenceRate(ss: readonly CountedSentence[], index: number, per: number): number {
  let m = 0;
  let n = 0;
  for (const s of ss) {
    m += s.counts[index];
    n += s.tokens;
  }
  return n > 0 ? (m / n) * per : 0;
}

/**
 * One bootstrap resample's rate: as many sentences as the column holds, drawn with replacement,
 * then matches per `per` tokens. Sentences, not documents, are the unit because a group may hold
 * one text.
 */
export function resampledSentenceRate(column: SentenceColumn, per: number, random: SeededRandom): number {
  const { tokens, matches, draws } = column;
  random.indices(draws, tokens.length);
  let m = 0;
  let n = 0;
  for (let k = 0; k < draws.length; k++) {
    const i = draws[k];
    m += matches[i];
    n += tokens[i];
  }
  return n > 0 ? (m / n) * per : 0;
}

/**
 * `iterations` bootstrap resamples of every item's rate at once: each resample draws |ss| sentences
 * with replacement and sums all items' matches from the same draw. Returns boot[item][iteration].
 * One draw for all items is both faster and what a resample means: the same resampled text.
 * Most sentences match no item, so each keeps only its non-zero counts (a sparse row).
 */
export function resampledSentenceRates(ss: readonly CountedSentence[], items: number, per: number, iterations: number, random: SeededRandom, progress?: (iterations: number) => void): Float64Array[] {
  const size = ss.length;
  const tokens = Float64Array.from(ss, (s) => s.tokens);
  // Sentence k's non-zero counts: item[p] and count[p] for p in [rowStart[k], rowStart[k + 1]).
  const rowStart = new Int32Array(size + 1);
  const item: number[] = [];
  const count: number[] = [];
  ss.forEach((s, k) => {
    for (let i = 0; i < items; i++) {
      if (s.counts[i] !== 0) item.push(i), count.push(s.counts[i]);
    }
    rowStart[k + 1] = item.length;
  });
  const itemOf = Int32Array.from(item);
  const countOf = Float64Array.from(count);
  const boot = Array.from({ length: items }, () => new Float64Array(iterations));
  const m = new Float64Array(items);
  const draws = new Int32Array(size);
  for (let it = 0; it < iterations; it++) {
    m.fill(0);
    let n = 0;
    random.indices(draws, size);
    for (let k = 0; k < size; k++) {
      const s = draws[k];
      n += tokens[s];
      for (let p = rowStart[s]; p < rowStart[s + 1]; p++) m[itemOf[p]] += countOf[p];
    }
    for (let i = 0; i < items; i++) boot[i][it] = n > 0 ? (m[i] / n) * per : 0;
    progress?.(it + 1);
  }
  return boot;
}

/**
 * `resampledSentenceRates` for each group's sentences, in group order: group `gi` draws from its
 * own generator seeded `seed + gi × 7919`, and `progress` hears of resamples across all groups.
 */
export function groupResampledRates(
  groups: readonly (readonly CountedSentence[])[],
  items: number,
  per: number,
  options: { iterations: number; seed: number; progress?: Progress },
): Float64Array[][] {
  const { iterations, seed, progress } = options;
  const total = groups.length * iterations;
  return groups.map((ss, gi) =>
    resampledSentenceRates(ss, items, per, iterations, new SeededRandom(seed + gi * 7919), progress && ((it) => progress(gi * iterations + it, total))),
  );
}
