/**
 * Two-sided permutation test of a difference in ratios of sums between groups A and B (Good 2005,
 * ch. 3): the pooled units are shuffled (Fisher–Yates) and the first |A| taken as A, R times; k
 * counts the shuffles whose |θ_A − θ_B| is at least the observed |θ_A − θ_B| (less 1e-9, so ties in
 * floating point count), and
 *
 *   p = (k + 1) / (R + 1)          (Phipson & Smyth 2010: never 0, exact in size)
 *
 * θ is Σ num / Σ den × per over a group's units, as in ./bootstrap.ts.
 */
import type { CountedSentence, RatioColumn } from "./bootstrap";
import type { SeededRandom } from "./random";

export function permutationP(
  pooled: RatioColumn,
  sizeA: number,
  per: number,
  iterations: number,
  random: SeededRandom,
  tick?: (done: number) => void,
): number {
  const { num, den } = pooled;
  const theta = (m: number, n: number) => (n > 0 ? (m / n) * per : 0);
  let mA = 0, nA = 0, mB = 0, nB = 0;
  for (let k = 0; k < den.length; k++) {
    if (k < sizeA) (mA += num[k]), (nA += den[k]);
    else (mB += num[k]), (nB += den[k]);
  }
  const observed = Math.abs(theta(mA, nA) - theta(mB, nB));
  const order = Int32Array.from(den, (_, i) => i);
  let extreme = 0;
  for (let r = 0; r < iterations; r++) {
    random.shuffle(order);
    mA = nA = mB = nB = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (k < sizeA) (mA += num[i]), (nA += den[i]);
      else (mB += num[i]), (nB += den[i]);
    }
    if (Math.abs(theta(mA, nA) - theta(mB, nB)) >= observed - 1e-9) extreme++;
    tick?.(r + 1);
  }
  return (extreme + 1) / (iterations + 1);
}

/**
 * `permutationP` for many items of the same units at once, as a large comparison needs: each of the
 * R reassignments draws one random subset of the pooled units (the smaller group's size, by a
 * partial Fisher–Yates from the end, which gives a uniform subset whatever order the units are left
 * in) and reads every item's θ_A − θ_B from it, the other group's sums being the total less the
 * subset's. A reassignment costs the smaller group's units, not the pool's, times once, not once per
 * item. Returns p per item.
 */
export function subsetPermutationPs(
  pooled: readonly CountedSentence[],
  sizeA: number,
  items: number,
  per: number,
  iterations: number,
  random: SeededRandom,
  tick?: (done: number) => void,
): number[] {
  const size = pooled.length;
  const theta = (m: number, n: number) => (n > 0 ? (m / n) * per : 0);
  const den = Float64Array.from(pooled, (s) => s.tokens);
  const num = Array.from({ length: items }, (_, i) => Float64Array.from(pooled, (s) => s.counts[i]));
  const sum = (xs: Float64Array, from: number, to: number) => {
    let t = 0;
    for (let k = from; k < to; k++) t += xs[k];
    return t;
  };
  const [denTotal, denA] = [sum(den, 0, size), sum(den, 0, sizeA)];
  const numTotal = num.map((xs) => sum(xs, 0, size));
  const observed = num.map((xs, i) => {
    const mA = sum(xs, 0, sizeA);
    return Math.abs(theta(mA, denA) - theta(numTotal[i] - mA, denTotal - denA));
  });
  // The subset taken is the smaller group; `picksA` says whether it stands for A.
  const picked = Math.min(sizeA, size - sizeA);
  const picksA = picked === sizeA;
  const order = Int32Array.from({ length: size }, (_, i) => i);
  const m = new Float64Array(items);
  const extreme = new Array<number>(items).fill(0);
  for (let r = 0; r < iterations; r++) {
    let n = 0;
    m.fill(0);
    for (let i = size - 1; i >= size - picked; i--) {
      const j = Math.floor(random.next() * (i + 1));
      const unit = order[j];
      order[j] = order[i];
      order[i] = unit;
      n += den[unit];
      for (let item = 0; item < items; item++) m[item] += num[item][unit];
    }
    for (let item = 0; item < items; item++) {
      const [mA, nA] = picksA ? [m[item], n] : [numTotal[item] - m[item], denTotal - n];
      if (Math.abs(theta(mA, nA) - theta(numTotal[item] - mA, denTotal - nA)) >= observed[item] - 1e-9) extreme[item]++;
    }
    tick?.(r + 1);
  }
  return extreme.map((k) => (k + 1) / (iterations + 1));
}
