import { strict as assert } from "node:assert";
import { test } from "node:test";
import { logDice } from "../../../src/analysis/stats/logDice";
import { expectedCount, mutualInformation } from "../../../src/analysis/stats/mutualInformation";
import { sequenceLambda } from "../../../src/analysis/stats/sequenceLambda";
import { tScore } from "../../../src/analysis/stats/tScore";

const close = (actual: number, expected: number, tol = 1e-9) => assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

test("expected count, MI and t-score from their formulas, worked by hand", () => {
  // O11 = 1, R1 = 3, C1 = 2, N = 10: E11 = 3 × 2 / 10 = 0.6; MI = log2(1 / 0.6) = 0.73697; t = 0.4 / 1.
  close(expectedCount(3, 2, 10), 0.6);
  close(mutualInformation(1, 3, 2, 10), 0.7369655941662062);
  close(tScore(1, 0.6), 0.4);
  // O11 = 9, E11 = 1: MI = log2 9 = 3.1699, t = 8 / 3.
  close(mutualInformation(9, 10, 10, 100), Math.log2(9));
  close(tScore(9, 1), 8 / 3);
  assert.equal(mutualInformation(0, 3, 2, 10), -Infinity);
});

test("log-Dice: 14 at its maximum, one point less for each halving", () => {
  close(logDice(5, 5, 5), 14); // every node beside every collocate
  close(logDice(1, 2, 2), 13); // 2 × 1 / 4 = ½
  close(logDice(1, 6, 2), 12); // 2 / 8 = ¼
  close(logDice(3, 10, 20), 14 + Math.log2(6 / 30));
});

test("λ and z of a bigram: the log odds ratio with ½ added to each cell, by hand", () => {
  // Runs (a,b) (b,a) (a,b) (b,c) (c,a) (a,b) (b,d): "a b" n11 = 3, n10 = 0, n01 = 0, n00 = 4.
  // Cells indexed by bits (bit 0 = word 1 matches): [n00, n10, n01, n11].
  const s = sequenceLambda([4, 0, 0, 3]);
  close(s.lambda, Math.log((3.5 * 4.5) / (0.5 * 0.5))); // ln 63 = 4.1431
  close(s.se, Math.sqrt(1 / 4.5 + 1 / 0.5 + 1 / 0.5 + 1 / 3.5));
  close(s.z, 1.9513724113644835);
});

test("λ of a trigram: the three-way interaction, signs alternating with the bits set", () => {
  const n = [10, 2, 3, 1, 4, 1, 2, 5]; // n_c, bit i − 1 for word i
  // λ = Σ (−1)^(3 − |c|) log(n_c + ½): + for |c| odd … written out cell by cell.
  const l = (c: number) => Math.log(n[c] + 0.5);
  const expected = -l(0) + l(1) + l(2) - l(3) + l(4) - l(5) - l(6) + l(7);
  close(sequenceLambda(n).lambda, expected);
  assert.throws(() => sequenceLambda([1, 2, 3]), /2\^K cells/);
});
