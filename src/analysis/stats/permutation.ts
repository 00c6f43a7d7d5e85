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
import type { RatioColumn } from "./bootstrap";
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
