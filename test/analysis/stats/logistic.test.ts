import { strict as assert } from "node:assert";
import { test } from "node:test";
import { type Features, fitLogistic, predictProba, pruneModel } from "../../../src/analysis/stats/logistic";

const x = (...fs: string[]): Features => new Map(fs.map((f) => [f, 1]));

test("predictProba is the softmax of bias + Σ value × weight", () => {
  const model = { labels: ["a", "b"], bias: [0, Math.log(3)], weights: { f: [Math.log(2), 0] } };
  // z = [ln 2, ln 3] → p = [2/5, 3/5]; unknown features are ignored.
  const p = predictProba(model, new Map([["f", 1], ["unknown", 5]]));
  assert.ok(Math.abs(p[0] - 0.4) < 1e-12 && Math.abs(p[1] - 0.6) < 1e-12);
});

test("fitLogistic learns a separable rule, the same way for the same seed", () => {
  const xs: Features[] = [];
  const ys: number[] = [];
  for (let i = 0; i < 60; i++) {
    const c = i % 3;
    xs.push(x(`cue${c}`, `noise${i % 7}`));
    ys.push(c);
  }
  const options = { epochs: 20, rate: 0.5, l2: 0, seed: 3, minCount: 2 };
  const model = fitLogistic(xs, ys, ["neg", "neu", "pos"], options);
  for (let c = 0; c < 3; c++) {
    const p = predictProba(model, x(`cue${c}`));
    assert.equal(p.indexOf(Math.max(...p)), c);
  }
  assert.deepEqual(fitLogistic(xs, ys, ["neg", "neu", "pos"], options), model);
  // Pruning drops only negligible weights.
  const pruned = pruneModel(model);
  assert.ok(pruned.weights.cue0);
});
