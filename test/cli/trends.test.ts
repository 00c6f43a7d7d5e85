import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, folderHash, tempDir } from "../helpers";

const MIXED = join(__dirname, "..", "fixtures", "mixed");
const FIVE = join(__dirname, "..", "fixtures", "five-years");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("a mixed folder runs through report with --by a custom field; the page's chrome is not counted", () => {
  const out = tempDir();
  const before = folderHash(MIXED);
  const r = run("report", "--corpus", MIXED, "--by", "period", "--out", out);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(join(out, "report.html"), "utf8");
  assert.match(html, /Framing: early vs late/);
  const freq = readFileSync(join(out, "tables", "term-frequency.csv"), "utf8");
  assert.deepEqual([...new Set(freq.trim().split("\n").slice(1).map((l) => l.split(",")[0]))], ["early", "late"]);
  for (const chrome of ["cookies", "newsletter", "subscribe", "sports", "copyright"]) {
    assert.doesNotMatch(freq, new RegExp(`^\\w+,${chrome},`, "m"), chrome);
  }
  assert.equal(readFileSync(join(out, "tables", "documents.csv"), "utf8").trim().split("\n").length, 5);
  assert.equal(folderHash(MIXED), before);
});

test("five years give trend charts for terms, frames and actor stance, in the report and as figure files", () => {
  const out = tempDir();
  const r = run("report", "--corpus", FIVE, "--out", out, "--formats", "svg");
  assert.equal(r.code, 0, r.err);
  const figures = readdirSync(join(out, "figures"));
  for (const f of ["term-trend.svg", "frame-trend.svg", "actor-trend.svg"]) assert.ok(figures.includes(f), f);
  const svg = readFileSync(join(out, "figures", "actor-trend.svg"), "utf8");
  for (const year of ["2016", "2017", "2018", "2019", "2020"]) assert.match(svg, new RegExp(`>${year}<`));
  const trend = readFileSync(join(out, "tables", "term-trend.csv"), "utf8").trim().split("\n");
  assert.equal(trend[0], "term,group,documents,tokens,count,per10k,ciLow,ciHigh");
  assert.equal(trend.length - 1, 6 * 5, "six terms × five years");
  const stance = readFileSync(join(out, "tables", "actor-stance.csv"), "utf8");
  assert.match(stance, /^united_states,United States,state,2020,/m);
  // Two groups: no trend charts (a trend needs at least three points).
  const two = tempDir();
  assert.equal(run("report", "--corpus", MIXED, "--by", "period", "--out", two).code, 0);
  assert.ok(!existsSync(join(two, "tables", "term-trend.csv")));
});

test("discourse trends prints every group in order with intervals; --terms picks the terms", () => {
  const r = run("trends", "--corpus", FIVE, "--terms", "cooperation,competition", "--iterations", "300", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows: { term: string; group: string; count: number; per10k: number; ciLow: number; ciHigh: number }[] = JSON.parse(r.out);
  assert.deepEqual(rows.map((x) => `${x.term} ${x.group}`), ["cooperation", "competition"].flatMap((t) => [2016, 2017, 2018, 2019, 2020].map((y) => `${t} ${y}`)));
  // Counted in the fixture texts by hand: "cooperation" 4, 3, 1, 1, 1; "competition" 0, 1, 1, 2, 2.
  assert.deepEqual(rows.map((x) => x.count), [4, 3, 1, 1, 1, 0, 1, 1, 2, 2]);
  assert.equal(run("trends", "--corpus", FIVE, "--by", "outlet", "--terms", "cooperation", "--format", "json").code, 0);
});
