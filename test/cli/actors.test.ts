import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, SEEDS, folderHash, tempDir } from "../helpers";

const NEWSMTSC = join(__dirname, "..", "..", "..", "shared", "eval", "newsmtsc");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("actors --format json: one row per actor and year, same numbers on every run, inputs untouched", () => {
  const before = folderHash(SEEDS);
  const r = run("actors", "--corpus", SEEDS, "--by", "year", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows: { actor: string; label: string; group: string; mentions: number; mean: number; ciLow: number; ciHigh: number }[] = JSON.parse(r.out);
  for (const k of ["actor", "label", "group", "mentions", "mean", "ciLow", "ciHigh"]) assert.ok(k in rows[0], k);
  const us = rows.find((x) => x.actor === "united_states" && x.group === "2022")!;
  assert.ok(us.mean < 0 && us.ciLow <= us.mean && us.mean <= us.ciHigh);
  assert.equal(run("actors", "--corpus", SEEDS, "--format", "json").out, r.out, "seeded: identical reruns");
  assert.equal(folderHash(SEEDS), before);
});

test("actors --a/--b gives the change; --mentions lists the sentences", () => {
  const change = JSON.parse(run("actors", "--corpus", SEEDS, "--a", "2016", "--b", "2022", "--format", "json").out);
  const us = change.find((x: { actor: string }) => x.actor === "united_states");
  assert.ok(Math.abs(us.change - (us.meanB - us.meanA)) < 1e-12 && us.change < 0);
  const mentions = JSON.parse(run("actors", "--corpus", SEEDS, "--mentions", "--format", "json").out);
  assert.ok(mentions.some((m: { matched: string; sentence: string }) => m.matched === "US" && m.sentence.includes("unilateral sanctions")));
});

test("actors --actors FILE: a user registry, and a clear error for a bad one", () => {
  const dir = tempDir();
  const good = join(dir, "actors.yaml");
  writeFileSync(good, "name: mine\nactors:\n  - id: wuzhen\n    label: Wuzhen\n    kind: group\n    aliases: [Wuzhen]\n");
  const rows = JSON.parse(run("actors", "--corpus", SEEDS, "--actors", good, "--format", "json").out);
  assert.deepEqual([...new Set(rows.map((x: { actor: string }) => x.actor))], ["wuzhen"]);
  const bad = join(dir, "bad.yaml");
  writeFileSync(bad, "name: mine\nactors:\n  - id: Wuzhen Town\n    label: W\n    kind: town\n    aliases: []\n");
  const r = run("actors", "--corpus", SEEDS, "--actors", bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\.yaml: actors\[0\]\.id: use lower-case letters/);
  assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
});

test("targets --input FILE.jsonl writes each line back with polarity and score", () => {
  const dir = tempDir();
  const input = join(dir, "in.jsonl");
  const lines = [
    { id: "1", sentence: "The US has adopted unilateral sanctions and continues to suppress Chinese firms.", target: "US" },
    { id: "2", sentence: "Analysts praised China for its constructive and helpful proposals.", target: "China", extra: "kept" },
    { id: "3", sentence: "Beijing welcomed it.", target: "Beijing", target_from: 0, target_to: 7 },
  ];
  writeFileSync(input, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const r = run("targets", "--input", input, "--format", "jsonl");
  assert.equal(r.code, 0, r.err);
  const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 3);
  assert.deepEqual(Object.keys(out[1]), ["id", "sentence", "target", "extra", "polarity", "score"]);
  assert.equal(out[0].polarity, "negative");
  assert.equal(out[1].polarity, "positive");
  for (const o of out) assert.ok(o.score >= -1 && o.score <= 1);
  writeFileSync(input, JSON.stringify({ id: "x", sentence: "No one here.", target: "China" }) + "\n");
  const bad = run("targets", "--input", input);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /in\.jsonl: line 1: target "China" does not occur/);
});

test("eval-targets on NewsMTSC test: the kit is clearly ahead of the sentence-level baseline", { skip: !existsSync(NEWSMTSC) && "NewsMTSC not beside the repo" }, () => {
  const r = run("eval-targets", "--data", join(NEWSMTSC, "rw-test.jsonl"), "--format", "json");
  assert.equal(r.code, 0, r.err);
  const [{ methods }] = JSON.parse(r.out);
  const [kit, baseline] = methods;
  assert.equal(kit.report.n, 803);
  // The baseline reproduces the figure published with the data's README (natural's AFINN, 0.489).
  assert.ok(Math.abs(baseline.report.macroF1 - 0.489) < 0.0015, String(baseline.report.macroF1));
  assert.ok(kit.report.macroF1 > 0.6, String(kit.report.macroF1));
  assert.ok(kit.report.macroF1 - baseline.report.macroF1 > 0.1);
  const table = run("eval-targets", "--data", join(NEWSMTSC, "rw-test.jsonl"));
  assert.match(table.out, /macroF1/);
  assert.match(table.out, /confusion, discourse-kit/);
});

test("actors --suggest: json rows, and a YAML registry that --actors reads back into stance rows", () => {
  const dir = "test/fixtures/eu-russia";
  const json = run("actors", "--suggest", "--corpus", dir, "--top", "5", "--format", "json");
  assert.equal(json.code, 0, json.err);
  const rows = JSON.parse(json.out) as { name: string; kind: string; mentions: number; aliases: string[]; example: string }[];
  assert.equal(rows.length, 5);
  for (const key of ["name", "kind", "mentions", "aliases", "example"]) assert.ok(key in rows[0], key);
  const file = join(tempDir(), "suggested.yaml");
  const yaml = run("actors", "--suggest", "--corpus", dir, "--format", "yaml");
  writeFileSync(file, yaml.out);
  const stance = run("actors", "--corpus", dir, "--actors", file, "--format", "json");
  assert.equal(stance.code, 0, stance.err);
  const actors = new Set((JSON.parse(stance.out) as { actor: string }[]).map((r) => r.actor));
  for (const id of ["russia", "european_union", "ukraine"]) assert.ok(actors.has(id), id);
  assert.match(run("actors", "--suggest", "--corpus", dir, "--format", "xml").err, /--format: expected one of json, yaml, csv, table/);
});

test("eval-targets prints a headline of macro-F1 per file and method, the op-ed sentences among them", () => {
  const r = run("eval-targets", "--data", "test/fixtures/stance-opeds/opeds.jsonl");
  assert.equal(r.code, 0, r.err);
  const head = r.out.split("\n\n")[0];
  assert.match(head, /macro-F1 discourse-kit \(target-aware\)\s+macro-F1 AFINN sentence baseline/);
  assert.match(head, /opeds\.jsonl\s+172\s+0\.\d{3}\s+0\.\d{3}/);
});

test("actors --suggest on Chinese op-eds says in one line why nothing is listed", () => {
  const r = run("actors", "--suggest", "--corpus", "test/fixtures/chinese", "--format", "yaml");
  assert.equal(r.code, 2);
  assert.equal(r.out, "");
  assert.match(r.err, /^discourse: --suggest: no name is mentioned twice in the 2 document\(s\); names are found in English text only/m);
  assert.equal(r.err.trim().split("\n").filter((l) => !/warning/.test(l)).length, 1);
});
