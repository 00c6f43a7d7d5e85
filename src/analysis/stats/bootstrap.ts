/**
 * The percentile bootstrap (Efron & Tibshirani 1993, ch. 13) of a ratio of sums, the one resampling
 * engine of the kit:
 *
 *   θ = Σ num_u / Σ den_u × per        over units u drawn with replacement, as many as there are
 *
 * Frames and term trends resample sentences (num = matches, den = word tokens, per = 1,000 or
 * 10,000: a rate); actor stance resamples mentions (num = score × weight, den = weight, per = 1: a
 * weighted mean). Sentences and mentions, not documents, are the units because a group may hold one
 * text. The interval is the (1 − level)/2 and 1 − (1 − level)/2 quantiles of the B resampled θ (R's
 * type-7 quantile). θ of units whose den sums to 0 is 0.
 *
 * A group of more than POISSON_FROM sentences is resampled by the Poisson bootstrap (Hanley &
 * MacGibbon 2006; Chamandy et al. 2012, "Estimating uncertainty for massive data streams"): each
 * sentence is weighted by an independent Poisson(1) draw instead of being drawn as one of exactly
 * n. For large n the two give the same distribution of θ; the Poisson form lets interchangeable
 * sentences (same length, same counts) be pooled, a sum of Poisson(1) weights being Poisson(size of
 * the pool), so a resample costs the kinds of sentence, not the sentences (see docs/statistics.md).
 */
import type { Progress } from "../../progress";
import { poisson } from "./poisson";
import { SeededRandom } from "./random";

/** A sentence as a resampling unit: its word tokens and, per counted item (frame, term), its matches. */
export interface CountedSentence {
  tokens: number;
  counts: readonly number[];
}

/** Units as two columns (typed arrays: loops that draw millions of units), with room for one resample's draws. */
export interface RatioColumn {
  num: Float64Array;
  den: Float64Array;
  draws: Int32Array;
}

export function ratioColumn(num: ArrayLike<number>, den: ArrayLike<number>): RatioColumn {
  return { num: Float64Array.from(num), den: Float64Array.from(den), draws: new Int32Array(den.length) };
}

/** One item's sentences as a column: matches over word tokens. */
export function sentenceColumn(ss: readonly CountedSentence[], item: number): RatioColumn {
  return ratioColumn(ss.map((s) => s.counts[item]), ss.map((s) => s.tokens));
}

/** θ of all the units, undrawn: item `item`'s matches per `per` tokens over the sentences. */
export function sentenceRate(ss: readonly CountedSentence[], item: number, per: number): number {
  let m = 0;
  let n = 0;
  for (const s of ss) {
    m += s.counts[item];
    n += s.tokens;
  }
  return n > 0 ? (m / n) * per : 0;
}

/** One resample's θ: as many units as the column holds, drawn with replacement. */
export function resampledRatio(column: RatioColumn, per: number, random: SeededRandom): number {
  const { num, den, draws } = column;
  random.indices(draws, den.length);
  let m = 0;
  let n = 0;
  for (let k = 0; k < draws.length; k++) {
    const i = draws[k];
    m += num[i];
    n += den[i];
  }
  return n > 0 ? (m / n) * per : 0;
}

/** `iterations` resamples' θ of one column. */
export function bootstrapRatios(column: RatioColumn, per: number, iterations: number, random: SeededRandom): number[] {
  return Array.from({ length: iterations }, () => resampledRatio(column, per, random));
}

/**
 * `iterations` resamples of every item's rate at once: each resample draws |ss| sentences with
 * replacement and sums all items' matches from the same draw. Returns boot[item][iteration]. One
 * draw for all items is both faster and what a resample means: the same resampled text. Most
 * sentences match no item, so each keeps only its non-zero counts (a sparse row).
 */
export function resampledSentenceRates(ss: readonly CountedSentence[], items: number, per: number, iterations: number, random: SeededRandom, progress?: (iterations: number) => void): Float64Array[] {
  if (ss.length > POISSON_FROM) return poissonSentenceRates(ss, items, per, iterations, random, progress);
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

/** Groups of more sentences than this are resampled with Poisson(1) weights (see the top of this file). */
export const POISSON_FROM = 5_000;

/**
 * `resampledSentenceRates` by the Poisson bootstrap. Sentences with the same length and the same
 * counts are interchangeable, and the sum of their Poisson(1) weights is Poisson(how many they are):
 * one draw per kind of sentence (a few thousand, most of them matchless lengths) instead of one per
 * sentence, with exactly the distribution of weighting each sentence apart.
 */
function poissonSentenceRates(ss: readonly CountedSentence[], items: number, per: number, iterations: number, random: SeededRandom, progress?: (iterations: number) => void): Float64Array[] {
  const kinds = new Map<string, { tokens: number; items: number[]; counts: number[]; size: number }>();
  for (const s of ss) {
    const found: number[] = [];
    for (let i = 0; i < items; i++) if (s.counts[i] !== 0) found.push(i);
    // Most sentences match nothing: their key is their length alone.
    const key = found.length ? `${s.tokens}|${found.map((i) => `${i}:${s.counts[i]}`).join(",")}` : `${s.tokens}|`;
    const kind = kinds.get(key);
    if (kind) kind.size++;
    else kinds.set(key, { tokens: s.tokens, items: found, counts: found.map((i) => s.counts[i]), size: 1 });
  }
  // Kinds in key order, so the draws do not depend on the order sentences came in.
  const ordered = [...kinds.keys()].sort().map((k) => kinds.get(k)!);
  const boot = Array.from({ length: items }, () => new Float64Array(iterations));
  const m = new Float64Array(items);
  for (let it = 0; it < iterations; it++) {
    m.fill(0);
    let n = 0;
    for (const kind of ordered) {
      const w = poisson(random, kind.size);
      if (w === 0) continue;
      n += w * kind.tokens;
      for (let p = 0; p < kind.items.length; p++) m[kind.items[p]] += w * kind.counts[p];
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

/** The q-quantile of sorted values, linear between order statistics (R's type 7). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Percentile interval of a bootstrap distribution at `level` (0.95 → 2.5% and 97.5%); sorts `values` in place. */
export function percentileInterval(values: number[], level: number): [number, number] {
  values.sort((x, y) => x - y);
  return [quantileSorted(values, (1 - level) / 2), quantileSorted(values, 1 - (1 - level) / 2)];
}
