import { strict as assert } from "node:assert";
import { test } from "node:test";
import { logOddsPrior } from "../../../src/analysis/stats/logOdds";
import { proportionShift } from "../../../src/analysis/stats/proportionShift";
import { ratePer } from "../../../src/analysis/stats/rate";
import { tfidf } from "../../../src/analysis/stats/tfidf";

test("a rate per N tokens: 3 in 1,200 tokens is 2.5 per 1,000 and 25 per 10,000; no tokens reads 0", () => {
  assert.equal(ratePer(3, 1200, 1000), 2.5);
  assert.equal(ratePer(3, 1200, 10_000), 25);
  assert.equal(ratePer(0, 0, 1000), 0);
});

test("TF-IDF: 4 occurrences, in 2 of 10 documents, is 4 × log10(5) = 2.795880017; in every document 0", () => {
  assert.ok(Math.abs(tfidf(4, 10, 2) - 2.795880017344075) < 1e-12);
  assert.equal(tfidf(7, 10, 10), 0);
});

test("proportion shift: 3 of 100 tokens in A against 1 of 50 in B is +0.01; the other way round −0.01", () => {
  assert.ok(Math.abs(proportionShift({ countA: 3, totalA: 100, countB: 1, totalB: 50 }) - 0.01) < 1e-15);
  assert.ok(Math.abs(proportionShift({ countA: 1, totalA: 50, countB: 3, totalB: 100 }) + 0.01) < 1e-15);
});

test("log-odds priors: pooled counts, a constant over the vocabulary, a reference corpus with its floor", () => {
  const vocabulary = ["a", "b", "c", "d"];
  assert.deepEqual(logOddsPrior("pooled", vocabulary)("a", 3, 2, 100, 80), [5, 180]);
  assert.deepEqual(logOddsPrior(0.5, vocabulary)("a", 3, 2, 100, 80), [0.5, 2]);
  const reference = logOddsPrior({ reference: new Map([["a", 10], ["b", 4]]) }, vocabulary);
  // α_0 = 10 + 4 + 0.01 + 0.01 (c and d never seen in the reference).
  assert.deepEqual(reference("a", 3, 2, 100, 80), [10, 14.02]);
  assert.deepEqual(reference("c", 0, 1, 100, 80), [0.01, 14.02]);
});
