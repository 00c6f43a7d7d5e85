import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, MINI, SEEDS, tempDir } from "../helpers";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const close = (actual: number, expected: number, tol = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

test("keyness --format json carries the hand-worked statistics", () => {
  const r = run("keyness", "--corpus", MINI, "--by", "year", "--a", "2016", "--b", "2022", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out);
  assert.deepEqual(Object.keys(rows[0]), [
    "term", "countA", "countB", "totalA", "totalB", "g2", "logRatio", "pctDiff", "fisherP", "logOddsZ", "pAdjusted", "side", "lowCount",
  ]);
  const coop = rows.find((x: { term: string }) => x.term === "cooperation");
  // 2 of 11 tokens in 2016, 1 of 13 in 2022 (see test/analysis/keyness.test.ts for the working).
  close(coop.g2, 0.602979, 1e-6);
  close(coop.logRatio, Math.log2((2 / 11) / (1 / 13)));
  close(coop.pctDiff, ((2 / 11 - 1 / 13) * 100) / (1 / 13));
  close(coop.fisherP, 1166 / 2024);
  close(coop.logOddsZ, (Math.log(5 / 30) - Math.log(4 / 33)) / Math.sqrt(1 / 5 + 1 / 4));
  assert.equal(coop.lowCount, true);
  const cyber = rows.find((x: { term: string }) => x.term === "cyber");
  assert.equal(cyber.pctDiff, null, "B count 0 → %DIFF null");
});

test("keyness options: --min-count, --prior NUMBER and FILE, --williams, --top", () => {
  // china 1 + 1, cooperation, cyber, trust; folded, "United States" (2016) and "US" (2022) join them.
  const few = JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--min-count", "2", "--format", "json").out);
  assert.deepEqual(few.map((x: { term: string }) => x.term).sort(), ["China", "United States", "cooperation", "cyber", "trust"]);
  const unfolded = JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--min-count", "2", "--fold", "none", "--format", "json").out);
  assert.deepEqual(unfolded.map((x: { term: string }) => x.term).sort(), ["china", "cooperation", "cyber", "trust"]);
  const constant = JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--prior", "1", "--format", "json").out);
  const V = constant.length;
  const c = constant.find((x: { term: string }) => x.term === "cooperation");
  close(c.logOddsZ, (Math.log(3 / (11 + V - 3)) - Math.log(2 / (13 + V - 2))) / Math.sqrt(1 / 3 + 1 / 2));
  const ref = join(tempDir(), "reference.csv");
  writeFileSync(ref, "# term,count\ncooperation,10\n");
  const withRef = JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--prior", ref, "--format", "json").out);
  assert.notEqual(withRef.find((x: { term: string }) => x.term === "cooperation").logOddsZ, c.logOddsZ);
  const w = JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--williams", "--format", "json").out);
  assert.ok(Math.abs(w.find((x: { term: string }) => x.term === "cooperation").g2) < 0.602979);
  const top = JSON.parse(run("keyness", "--corpus", SEEDS, "--a", "2016", "--b", "2022", "--top", "3", "--format", "json").out);
  assert.equal(top.length, 6);
  // 6 vs 0 each, tied on every statistic: terms in code-unit order, capitals first.
  assert.deepEqual(top.slice(0, 2).map((x: { term: string }) => x.term), ["Xi Jinping", "wuzhen"]);
});

test("keyness usage errors name the flag", () => {
  const missing = run("keyness", "--corpus", MINI, "--a", "2016");
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--b: missing; pass --b VALUE/);
  const wrong = run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2030");
  assert.match(wrong.err, /--b: no document has year = "2030"; choose one of: 2016, 2022/);
  assert.match(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--prior=-3").err, /--prior: expected pooled, a positive number/);
});

test("frames: per group with CIs, or the A-B difference; seeded and repeatable", () => {
  const rates = JSON.parse(run("frames", "--corpus", SEEDS, "--by", "year", "--iterations", "300", "--format", "json").out);
  assert.equal(rates.length, 14);
  assert.deepEqual(Object.keys(rates[0]), ["frame", "label", "group", "documents", "tokens", "matches", "per1k", "ciLow", "ciHigh"]);
  const d1 = run("frames", "--corpus", SEEDS, "--a", "2016", "--b", "2022", "--iterations", "300", "--format", "json").out;
  const d2 = run("frames", "--corpus", SEEDS, "--a", "2016", "--b", "2022", "--iterations", "300", "--format", "json").out;
  assert.equal(d1, d2);
  const competition = JSON.parse(d1).find((r: { frame: string }) => r.frame === "competition");
  assert.ok(competition.diff < 0 && competition.ciHigh < 0);
  const bad = join(tempDir(), "frames.json");
  writeFileSync(bad, JSON.stringify({ name: "x", frames: [{ id: "Bad Id", label: "x", rationale: "y", entries: ["a"] }] }));
  const err = run("frames", "--corpus", SEEDS, "--frames", bad);
  assert.equal(err.code, 2);
  assert.equal(err.err, `discourse: ${bad}: frames[0].id: use lower-case letters, digits, - and _\n`);
});
