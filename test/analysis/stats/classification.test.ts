import { strict as assert } from "node:assert";
import { test } from "node:test";
import { classificationReport } from "../../../src/analysis/stats/classification";

test("accuracy, per-class F1 and macro-F1 match a hand computation", () => {
  // gold:      a a a b b c
  // predicted: a a b b c c
  const r = classificationReport(["a", "a", "a", "b", "b", "c"], ["a", "a", "b", "b", "c", "c"], ["a", "b", "c"]);
  assert.equal(r.accuracy, 4 / 6);
  // a: P = 2/2, R = 2/3, F1 = 0.8; b: P = 1/2, R = 1/2, F1 = 0.5; c: P = 1/2, R = 1/1, F1 = 2/3.
  assert.ok(Math.abs(r.perClass.a.f1 - 0.8) < 1e-12);
  assert.ok(Math.abs(r.perClass.b.f1 - 0.5) < 1e-12);
  assert.ok(Math.abs(r.perClass.c.f1 - 2 / 3) < 1e-12);
  assert.ok(Math.abs(r.macroF1 - (0.8 + 0.5 + 2 / 3) / 3) < 1e-12);
  assert.deepEqual(r.confusion.a, { a: 2, b: 1, c: 0 });
});

test("a class never predicted has F1 0, not NaN", () => {
  const r = classificationReport(["a", "b"], ["a", "a"], ["a", "b"]);
  assert.equal(r.perClass.b.f1, 0);
  assert.ok(Number.isFinite(r.macroF1));
});
