import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { CLI, SEEDS } from "../helpers";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("collocations: json rows per group with every statistic the help names", () => {
  const r = run("collocations", "--corpus", SEEDS, "--term", "cooperation", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as Record<string, unknown>[];
  assert.ok(rows.length > 0);
  for (const key of ["group", "node", "collocate", "count", "expected", "mi", "logDice", "tScore", "g2"]) assert.ok(key in rows[0], key);
  assert.ok(rows.every((x) => (x.count as number) >= 2), "--min-count 2 by default");
  const wide = JSON.parse(run("collocations", "--corpus", SEEDS, "--term", "cooperation", "--window", "10", "--min-count", "1", "--format", "json").out);
  assert.ok(wide.length > rows.length, "a wider window and a lower threshold find more");
});

test("collocations --a --b: which collocates gained or lost, A's gains first", () => {
  const r = run("collocations", "--corpus", SEEDS, "--term", "cooperation", "--a", "2016", "--b", "2022", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as { side: string; g2: number; countA: number; countB: number }[];
  assert.equal(rows[0].side, "A");
  assert.equal(rows.at(-1)!.side, "B");
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].g2 >= rows[i].g2);
});

test("collocations: --sequences lists phrases; errors name the flag", () => {
  const seq = JSON.parse(run("collocations", "--corpus", SEEDS, "--sequences", "--format", "json").out) as { collocation: string; z: number }[];
  assert.ok(seq.some((s) => s.collocation === "wuzhen proposals"));
  const missing = run("collocations", "--corpus", SEEDS);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--term: missing/);
  assert.match(run("collocations", "--corpus", SEEDS, "--term", "cooperation", "--a", "2016", "--b", "2030").err, /--b: no document has year = "2030"/);
  assert.match(run("collocations", "--corpus", SEEDS, "--term", "/(/").err, /--term: not a valid regular expression/);
});

test("collocations: an empty table comes with a line saying why", () => {
  const r = run("collocations", "--corpus", "test/fixtures/chinese", "--term", "合作", "--format", "json");
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), []);
  assert.match(r.err, /no word is seen 2 or more times near "合作" \(--min-count, --window\)/);
  const one = JSON.parse(run("collocations", "--corpus", "test/fixtures/chinese", "--term", "合作", "--min-count", "1", "--format", "json").out);
  assert.ok(one.some((x: { collocate: string }) => x.collocate === "中美"), "Chinese words are collocates, segmented by jieba");
});
