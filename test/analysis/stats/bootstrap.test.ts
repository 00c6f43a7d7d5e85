import { strict as assert } from "node:assert";
import { test } from "node:test";
import { SeededRandom, seededRandom } from "../../../src/analysis/stats/random";
import { poisson } from "../../../src/analysis/stats/poisson";
import { type CountedSentence, POISSON_FROM, bootstrapRatios, percentileInterval, ratioColumn, resampledRatio, resampledSentenceRates, sentenceColumn } from "../../../src/analysis/stats/bootstrap";

test("mulberry32: the first draws of seed 42 as the published C algorithm gives them (computed separately)", () => {
  // z = s += 0x6D2B79F5; z = (z ^ z >> 15) * (z | 1); z ^= z + (z ^ z >> 7) * (z | 61); z ^ z >> 14, over 2^32.
  const r = new SeededRandom(42);
  assert.deepEqual([r.next(), r.next(), r.next()], [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
});

test("bulk draws and shuffles follow the one-at-a-time sequence", () => {
  const one = seededRandom(9);
  const bulk = new SeededRandom(9);
  const expected = Array.from({ length: 1000 }, () => Math.floor(one() * 37));
  assert.deepEqual(Array.from(bulk.indices(new Int32Array(1000), 37)), expected);
  // A textbook Fisher–Yates with the same generator, then the next draw of both.
  const values = Array.from({ length: 50 }, (_, i) => i);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(one() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  const shuffled = Int32Array.from({ length: 50 }, (_, i) => i);
  bulk.shuffle(shuffled);
  assert.deepEqual(Array.from(shuffled), values);
  assert.equal(bulk.next(), one());
});

/** Sentences with mostly zero counts, as frames and followed terms give them. */
function randomSentences(n: number, items: number, seed: number): CountedSentence[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => ({
    tokens: 1 + Math.floor(r() * 40),
    counts: Array.from({ length: items }, () => (r() < 0.1 ? 1 + Math.floor(r() * 3) : 0)),
  }));
}

test("resampled rates equal a plain loop over every sentence and item", () => {
  const ss = randomSentences(300, 5, 3);
  const iterations = 50;
  const draw = seededRandom(17);
  const expected = Array.from({ length: 5 }, () => new Array<number>(iterations));
  for (let it = 0; it < iterations; it++) {
    const m = [0, 0, 0, 0, 0];
    let n = 0;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[Math.floor(draw() * ss.length)];
      n += s.tokens;
      s.counts.forEach((c, i) => (m[i] += c));
    }
    m.forEach((x, i) => (expected[i][it] = (x / n) * 1000));
  }
  assert.deepEqual(resampledSentenceRates(ss, 5, 1000, iterations, new SeededRandom(17)).map((b) => Array.from(b)), expected);

  const one = seededRandom(5);
  let m = 0;
  let n = 0;
  for (let k = 0; k < ss.length; k++) {
    const s = ss[Math.floor(one() * ss.length)];
    m += s.counts[2];
    n += s.tokens;
  }
  assert.equal(resampledRatio(sentenceColumn(ss, 2), 10_000, new SeededRandom(5)), (m / n) * 10_000);
});

test("the percentile interval takes R's type-7 quantiles: 1..100 at 90% is 5.95 to 95.05", () => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  const [lo, hi] = percentileInterval(values, 0.9);
  assert.ok(Math.abs(lo - 5.95) < 1e-12 && Math.abs(hi - 95.05) < 1e-12, `${lo} ${hi}`);
});

test("a weighted mean's bootstrap is the mention loop: |ms| draws with replacement, Σ score·weight / Σ weight", () => {
  const scores = [0.5, -0.25, 0.8, 0, -0.6];
  const weights = [1, 0.5, 1, 0, 1];
  const one = seededRandom(21);
  const expected = Array.from({ length: 200 }, () => {
    let s = 0;
    let w = 0;
    for (let k = 0; k < scores.length; k++) {
      const i = Math.floor(one() * scores.length);
      s += scores[i] * weights[i];
      w += weights[i];
    }
    return w > 0 ? s / w : 0;
  });
  const column = ratioColumn(scores.map((s, i) => s * weights[i]), weights);
  assert.deepEqual(bootstrapRatios(column, 1, 200, new SeededRandom(21)), expected);
  // Every mention the same: every resample's mean is that score.
  assert.deepEqual(percentileInterval(bootstrapRatios(ratioColumn([0.3, 0.3], [1, 1]), 1, 50, new SeededRandom(2)), 0.95), [0.3, 0.3]);
});

test("Poisson draws follow P(K = k) = λ^k e^-λ / k! (computed here from the formula), for small and large λ", () => {
  for (const lambda of [0.7, 4, 12, 250, 40_000]) {
    const random = new SeededRandom(11);
    const n = 100_000;
    const draws = Array.from({ length: n }, () => poisson(random, lambda));
    const mean = draws.reduce((s, k) => s + k, 0) / n;
    const variance = draws.reduce((s, k) => s + (k - mean) ** 2, 0) / (n - 1);
    // The mean within 4 standard errors; the variance (λ as well) within 3%.
    assert.ok(Math.abs(mean - lambda) < 4 * Math.sqrt(lambda / n), `λ=${lambda}: mean ${mean}`);
    assert.ok(Math.abs(variance / lambda - 1) < 0.03, `λ=${lambda}: variance ${variance}`);
    // The empirical distribution function against the exact one, within the Kolmogorov–Smirnov
    // bound at 99.9% (1.95/√n), over λ ± 4√λ.
    const lo = Math.max(0, Math.floor(lambda - 4 * Math.sqrt(lambda)));
    const hi = Math.ceil(lambda + 4 * Math.sqrt(lambda) + 2);
    const logPmf = (k: number) => {
      let logFact = 0;
      for (let j = 2; j <= k; j++) logFact += Math.log(j);
      return k * Math.log(lambda) - lambda - logFact;
    };
    let exact = 0;
    for (let k = 0; k < lo; k++) exact += Math.exp(logPmf(k));
    const sorted = Int32Array.from(draws).sort();
    let below = 0;
    for (let k = lo; k <= hi; k++) {
      exact += Math.exp(logPmf(k));
      while (below < n && sorted[below] <= k) below++;
      assert.ok(Math.abs(below / n - exact) < 1.95 / Math.sqrt(n), `λ=${lambda}, k=${k}: ${below / n} vs ${exact}`);
    }
  }
});

test("a group over POISSON_FROM sentences: the Poisson bootstrap's interval matches the classic one (a plain loop) and the ratio's delta-method standard error", () => {
  const ss = randomSentences(POISSON_FROM + 5_000, 2, 8);
  const iterations = 2000;
  const boot = resampledSentenceRates(ss, 2, 1000, iterations, new SeededRandom(3));
  const draw = seededRandom(4);
  const classic = Array.from({ length: 400 }, () => {
    let m = 0;
    let n = 0;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[Math.floor(draw() * ss.length)];
      n += s.tokens;
      m += s.counts[0];
    }
    return (m / n) * 1000;
  });
  const x = ss.map((s) => s.counts[0]);
  const y = ss.map((s) => s.tokens);
  const sx = x.reduce((a, b) => a + b, 0);
  const sy = y.reduce((a, b) => a + b, 0);
  const theta = sx / sy;
  const se = (Math.sqrt(x.reduce((s, xi, i) => s + (xi - theta * y[i]) ** 2, 0)) / sy) * 1000;
  const values = Array.from(boot[0]);
  const mean = values.reduce((a, b) => a + b, 0) / iterations;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (iterations - 1));
  assert.ok(Math.abs(mean - theta * 1000) < 0.2 * se, `mean ${mean} vs θ ${theta * 1000}`);
  assert.ok(Math.abs(sd / se - 1) < 0.08, `sd ${sd} vs delta-method ${se}`);
  const [lo, hi] = percentileInterval(values, 0.95);
  const [clo, chi] = percentileInterval(classic, 0.95);
  assert.ok(Math.abs(hi - lo - (chi - clo)) < 0.15 * (chi - clo), `width ${hi - lo} vs classic ${chi - clo}`);
  // Reproducible: the same seed gives the same draws.
  assert.deepEqual(Array.from(resampledSentenceRates(ss, 2, 1000, 50, new SeededRandom(3))[1]), Array.from(boot[1].slice(0, 50)));
});
