/**
 * Poisson draws from the kit's seeded generator, for the Poisson bootstrap (see bootstrap.ts):
 *
 *   P(K = k) = λ^k e^(−λ) / k!
 *
 * λ < 10: inversion (Devroye 1986, §X.3.2), walking the cumulative probabilities from 0.
 * λ ≥ 10: PTRS, transformed rejection with squeeze (Hörmann 1993, "The transformed rejection method
 * for generating Poisson random variables", Insurance: Mathematics and Economics 12), exact, with
 * about 1.1 uniform pairs per draw whatever λ is.
 */
import { logGamma } from "./logGamma";
import type { SeededRandom } from "./random";

/** One draw of Poisson(λ), λ ≥ 0. */
export function poisson(random: SeededRandom, lambda: number): number {
  if (lambda <= 0) return 0;
  return lambda < 10 ? poissonInversion(random, lambda) : poissonPtrs(random, lambda);
}

function poissonInversion(random: SeededRandom, lambda: number): number {
  const u = random.next();
  let k = 0;
  let p = Math.exp(-lambda);
  let cumulative = p;
  // The cap guards the tail against rounding: past it P(K = k) is below 1e-300.
  while (u > cumulative && k < 1000) {
    k++;
    p *= lambda / k;
    cumulative += p;
  }
  return k;
}

function poissonPtrs(random: SeededRandom, lambda: number): number {
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * Math.sqrt(lambda);
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) return k;
  }
}
