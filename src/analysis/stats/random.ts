/**
 * A seeded pseudo-random generator (mulberry32, T. Ettinger): the same seed gives the same
 * bootstrap and permutation draws on every run and machine. Returns floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
