import { strict as assert } from "node:assert";
import { test } from "node:test";
import { SeededRandom, seededRandom } from "../../../src/analysis/stats/random";
import { type CountedSentence, bootstrapRatios, percentileInterval, ratioColumn, resampledRatio, resampledSentenceRates, sentenceColumn } from "../../../src/analysis/stats/bootstrap";

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
