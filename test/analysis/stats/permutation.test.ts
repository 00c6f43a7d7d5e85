import { strict as assert } from "node:assert";
import { test } from "node:test";
import { ratioColumn } from "../../../src/analysis/stats/bootstrap";
import { permutationP, subsetPermutationPs } from "../../../src/analysis/stats/permutation";
import { SeededRandom } from "../../../src/analysis/stats/random";

/** The exact two-sided permutation p-value: the share of all |A|-subsets as extreme as the observed split. */
function exactP(num: number[], den: number[], sizeA: number): number {
  const n = num.length;
  const theta = (idx: number[]) => {
    const m = idx.reduce((s, i) => s + num[i], 0);
    const d = idx.reduce((s, i) => s + den[i], 0);
    return d > 0 ? m / d : 0;
  };
  const all = [...Array(n).keys()];
  const split = (a: number[]) => Math.abs(theta(a) - theta(all.filter((i) => !a.includes(i))));
  const observed = split(all.slice(0, sizeA));
  let extreme = 0;
  let total = 0;
  const choose = (from: number, picked: number[]): void => {
    if (picked.length === sizeA) {
      total++;
      if (split(picked) >= observed - 1e-9) extreme++;
      return;
    }
    for (let i = from; i < n; i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  return extreme / total;
}

test("the permutation p-value approaches the exact one from all C(8,4) = 70 splits", () => {
  const num = [5, 3, 4, 2, 0, 1, 0, 1];
  const den = [20, 15, 18, 12, 20, 16, 14, 10];
  const exact = exactP(num, den, 4);
  const p = permutationP(ratioColumn(num, den), 4, 1, 20_000, new SeededRandom(3));
  assert.ok(exact > 0 && exact < 0.2, `exact p ${exact}`);
  assert.ok(Math.abs(p - exact) < 0.01, `${p} against exact ${exact}`);
});

test("no difference at all gives p = 1; the count is (k + 1) / (R + 1)", () => {
  const p = permutationP(ratioColumn([1, 1, 1, 1], [10, 10, 10, 10]), 2, 1000, 99, new SeededRandom(1));
  assert.equal(p, 1);
});

test("the subset permutation gives every item the exact p-value of all C(9,4) = 126 splits, whichever group is smaller", () => {
  const num = [[5, 3, 4, 2, 0, 1, 0, 1, 2], [0, 1, 0, 0, 3, 2, 4, 1, 2]];
  const den = [20, 15, 18, 12, 20, 16, 14, 10, 17];
  const units = den.map((tokens, k) => ({ tokens, counts: num.map((xs) => xs[k]) }));
  for (const sizeA of [4, 5]) {
    const ps = subsetPermutationPs(units, sizeA, 2, 1, 20_000, new SeededRandom(5));
    num.forEach((xs, i) => {
      const exact = exactP(xs, den, sizeA);
      assert.ok(Math.abs(ps[i] - exact) < 0.01, `item ${i}, |A| = ${sizeA}: ${ps[i]} against exact ${exact}`);
    });
  }
  assert.deepEqual(subsetPermutationPs([{ tokens: 10, counts: [1] }, { tokens: 10, counts: [1] }, { tokens: 10, counts: [1] }], 1, 1, 1000, 99, new SeededRandom(1)), [1]);
});
