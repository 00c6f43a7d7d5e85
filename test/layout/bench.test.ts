import { strict as assert } from "node:assert";
import { test } from "node:test";
import { median } from "../../bench/bench";

test("median: the middle run, or the mean of the two middle runs, whatever order the runs come in", () => {
  assert.equal(median([3.1]), 3.1);
  assert.equal(median([4.62, 3.75, 4.1]), 4.1);
  assert.equal(median([1.66, 1.39, 1.48, 1.41]), (1.41 + 1.48) / 2);
  // The runs given are left as they were.
  const runs = [2, 1, 3];
  median(runs);
  assert.deepEqual(runs, [2, 1, 3]);
});
