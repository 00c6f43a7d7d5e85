import { strict as assert } from "node:assert";
import { test } from "node:test";
import { adjustPValues } from "../../../src/analysis/stats/adjust";
import { logRatio, percentDiff } from "../../../src/analysis/stats/effectSizes";
import { fisherExact } from "../../../src/analysis/stats/fisher";
import { logGamma } from "../../../src/analysis/stats/logGamma";
import { logLikelihood } from "../../../src/analysis/stats/logLikelihood";
import { logOddsZ } from "../../../src/analysis/stats/logOdds";
import { quantileSorted } from "../../../src/analysis/stats/bootstrap";
import { seededRandom } from "../../../src/analysis/stats/random";

const close = (actual: number, expected: number, tol = 1e-6) =>
  assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

// Worked example used throughout: a term seen 10 times in A and 2 times in B, each of 100 tokens.
//   observed  [[10, 2], [90, 98]]; N = 200; row totals 12 and 188; column totals 100 and 100
//   expected  [[6, 6], [94, 94]]
test("G²: 2 Σ O ln(O/E) over the four cells, worked by hand", () => {
  // 2 × (10 ln(10/6) + 2 ln(2/6) + 90 ln(90/94) + 98 ln(98/94))
  //   = 2 × (5.108256 − 2.197225 − 3.913659 + 4.083925) = 2 × 3.081297 = 6.162594
  close(logLikelihood(10, 2, 100, 100), 6.162594, 1e-5);
  close(logLikelihood(2, 10, 100, 100), -6.162594, 1e-5);
  assert.equal(logLikelihood(5, 5, 100, 100), 0);
  // A zero cell contributes nothing (0 ln 0 = 0): a = 0, b = 4, totals 50 and 50
  //   E = [[2, 2], [48, 48]]: 2 × (4 ln 2 + 50 ln(50/48) + 46 ln(46/48))
  //   = 2 × (2.772589 + 2.041100 − 1.957742) = 2 × 2.855946 = 5.711892
  close(logLikelihood(0, 4, 50, 50), -5.711892, 1e-5);
});

test("G² with Williams's correction", () => {
  // q = 1 + (200/100 + 200/100 − 1)(200/12 + 200/188 − 1) / (6 × 200) = 1 + 3 × 16.730496 / 1200 = 1.041826
  close(logLikelihood(10, 2, 100, 100, { williams: true }), 6.162594 / 1.0418262, 1e-5);
});

test("Log Ratio (Hardie 2014) and %DIFF (Gabrielatos & Marchi 2012)", () => {
  close(logRatio(10, 2, 100, 100), Math.log2(5)); // (0.10 / 0.02) = 5 → 2.321928
  close(logRatio(10, 2, 100, 100), 2.321928, 1e-6);
  close(logRatio(6, 0, 947, 835), Math.log2((6 / 947) / (0.5 / 835))); // zero count → 0.5
  assert.equal(percentDiff(10, 2, 100, 100), 400); // (0.10 − 0.02) × 100 / 0.02
  assert.equal(percentDiff(0, 3, 100, 100), -100);
  assert.equal(percentDiff(3, 0, 100, 100), null);
});

test("Fisher's exact test: the tea-tasting example (Fisher 1935; R fisher.test p = 0.4857)", () => {
  // [[3, 1], [1, 3]]: hypergeometric probabilities of 0..4 are 1, 16, 36, 16, 1 (/70); the tables
  // at most as likely as the observed (16/70) are 0, 1, 3, 4: p = 34/70.
  close(fisherExact(3, 1, 1, 3), 34 / 70, 1e-12);
  close(fisherExact(3, 1, 1, 3), 0.4857, 1e-4);
  close(fisherExact(2, 2, 2, 2), 1, 1e-12);
  // [[10, 90], [2, 98]], worked by enumerating the 13 tables with 12 term occurrences:
  // two-sided p = P(x ≤ 2) + P(x ≥ 10) where x ~ Hypergeometric(200, 100, 12).
  let p = 0;
  const lc = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  for (const x of [0, 1, 2, 10, 11, 12]) p += Math.exp(lc(100, x) + lc(100, 12 - x) - lc(200, 12));
  close(fisherExact(10, 90, 2, 98), p, 1e-12);
});

test("log Γ matches known factorials", () => {
  close(logGamma(5), Math.log(24), 1e-12);
  close(logGamma(101), 363.73937555556347, 1e-9); // ln 100!
  close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
});

test("log-odds z with informative Dirichlet prior (Monroe et al. 2008), worked by hand", () => {
  // Pooled prior: α_w = 10 + 2 = 12, α_0 = 100 + 100 = 200.
  //   δ = ln(22 / (100 + 200 − 22)) − ln(14 / (100 + 200 − 14)) = ln(22/278) − ln(14/286) = 0.480356
  //   σ² = 1/22 + 1/14 = 0.116883; z = 0.480356 / 0.341882 = 1.405035
  close(logOddsZ(10, 2, 100, 100, 12, 200), 1.405035, 1e-6);
  close(logOddsZ(2, 10, 100, 100, 12, 200), -1.405035, 1e-6);
  // Constant prior α_w = 0.5 over a vocabulary of 4 (α_0 = 2):
  //   δ = ln(10.5/91.5) − ln(2.5/99.5) = −2.164964 − (−3.683867) = 1.518903; σ = √(1/10.5 + 1/2.5) = 0.703732
  close(logOddsZ(10, 2, 100, 100, 0.5, 2), 1.518903 / 0.703732, 1e-5);
});

test("Benjamini–Hochberg and Bonferroni, worked by hand", () => {
  // p sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); raw p·m/rank = 0.02, 0.02, 0.04, 0.04
  assert.deepEqual(adjustPValues([0.01, 0.04, 0.03, 0.005]).map((x) => +x.toFixed(10)), [0.02, 0.04, 0.04, 0.02]);
  // monotonicity: raw 0.05·3/1 = 0.15 > 0.06·3/2 = 0.09 → both 0.09
  assert.deepEqual(adjustPValues([0.05, 0.06, 0.9]).map((x) => +x.toFixed(10)), [0.09, 0.09, 0.9]);
  assert.deepEqual(adjustPValues([0.01, 0.5], "bonferroni"), [0.02, 1]);
});

test("the seeded generator repeats; quantiles interpolate (R type 7)", () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs, Array.from({ length: 5 }, seededRandom(43)));
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantileSorted([10, 20, 30, 40, 50], 0.25), 20);
});
