/** A sentence as a resampling unit: its word tokens and, per counted item (frame, term), its matches. */
export interface CountedSentence {
  tokens: number;
  counts: readonly number[];
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
 * One bootstrap resample's rate: |ss| sentences drawn with replacement, then matches of item
 * `index` per `per` tokens. Sentences, not documents, are the unit because a group may hold one text.
 */
export function resampledSentenceRate(ss: readonly CountedSentence[], index: number, per: number, random: () => number): number {
  let m = 0;
  let n = 0;
  for (let k = 0; k < ss.length; k++) {
    const s = ss[Math.floor(random() * ss.length)];
    m += s.counts[index];
    n += s.tokens;
  }
  return n > 0 ? (m / n) * per : 0;
}

/**
 * `iterations` bootstrap resamples of every item's rate at once: each resample draws |ss| sentences
 * with replacement and sums all items' matches from the same draw. Returns boot[item][iteration].
 * One draw for all items is both faster and what a resample means: the same resampled text.
 */
export function resampledSentenceRates(ss: readonly CountedSentence[], items: number, per: number, iterations: number, random: () => number): Float64Array[] {
  const boot = Array.from({ length: items }, () => new Float64Array(iterations));
  const m = new Float64Array(items);
  for (let it = 0; it < iterations; it++) {
    m.fill(0);
    let n = 0;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[Math.floor(random() * ss.length)];
      n += s.tokens;
      const c = s.counts;
      for (let i = 0; i < items; i++) m[i] += c[i];
    }
    for (let i = 0; i < items; i++) boot[i][it] = n > 0 ? (m[i] / n) * per : 0;
  }
  return boot;
}
