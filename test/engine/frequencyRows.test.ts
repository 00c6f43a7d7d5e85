import { strict as assert } from "node:assert";
import { test } from "node:test";
import { frequencyRows } from "../../src/analysis/frequency";
import { seededRandom } from "../../src/analysis/stats/random";
import { packCounts } from "../../src/engine/packedCounts";
import { packedFrequencyRows, rowOrder } from "../../src/engine/frequencyRows";

test("a group's rows go by count descending, then term in code-unit order, whichever way they are sorted", () => {
  // Terms in code-unit order: "B" < "a" < "b" < "z" < "é"; their ranks are given in that order.
  const terms = ["é", "a", "z", "B", "b"];
  const rank = Int32Array.from([4, 1, 3, 0, 2]);
  const g = { group: "g", documents: 1, total: 20, ids: Int32Array.from([0, 1, 2, 3, 4]), counts: Int32Array.from([3, 1, 3, 3, 2]), docs: Int32Array.from([1, 1, 1, 1, 1]) };
  const expected = ["B", "z", "é", "b", "a"];
  assert.deepEqual([...rowOrder(g, rank, 1)].map((k) => terms[g.ids[k]]), expected);
  assert.deepEqual([...rowOrder(g, rank, 2)].map((k) => terms[g.ids[k]]), expected.slice(0, 4), "minCount 2 leaves a out");
  // Counts near 2^31 over 2^22 + 1 terms: the count-and-rank key would pass 2^53, so the rows are
  // sorted by comparison instead, with the same order.
  const big = new Int32Array(2 ** 22 + 1);
  big.set(rank);
  const huge = { ...g, counts: Int32Array.from([2 ** 31 - 1, 5, 2 ** 31 - 1, 2 ** 31 - 1, 7]) };
  assert.deepEqual([...rowOrder(huge, big, 1)].map((k) => terms[huge.ids[k]]), ["B", "z", "é", "b", "a"]);
});

test("packed rows equal the readable frequency table on random tallies, with top and minCount", () => {
  const r = seededRandom(11);
  const letters = "abcXYZéß中-'";
  for (let round = 0; round < 40; round++) {
    const docFreq = new Map<string, number>();
    const groups = ["g1", "g2", "g3"].map((group) => {
      const counts = new Map<string, number>();
      const df = new Map<string, number>();
      for (let i = 0; i < 60; i++) {
        let term = "";
        for (let k = 0; k < 1 + Math.floor(r() * 4); k++) term += letters[Math.floor(r() * letters.length)];
        const c = 1 + Math.floor(r() * 6);
        counts.set(term, (counts.get(term) ?? 0) + c);
        df.set(term, 1);
      }
      for (const t of df.keys()) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
      return { group, documents: 3, total: 500, counts, docFreq: df };
    });
    const counts = { by: "g", ngram: 1, groups, documents: 9, docFreq };
    for (const options of [{}, { top: 5 }, { minCount: 3 }, { top: 2, minCount: 2 }]) {
      assert.deepEqual(packedFrequencyRows(packCounts(groups, docFreq), 9, options), frequencyRows(counts, options), JSON.stringify(options));
    }
  }
});
