import { strict as assert } from "node:assert";
import { test } from "node:test";
import { termEvidence } from "../../src/analysis/evidence";
import { keyness, topKeyTerms } from "../../src/analysis/keyness";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { MINI, SEEDS } from "../helpers";

const close = (actual: number, expected: number, tol = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);

// Mini corpus (see frequency.test.ts): 2016 has 11 tokens, 2022 has 13.
// "cooperation": 2 in 2016, 1 in 2022.
const mini = tokens(loadCorpus(MINI), { fold: "none" });
const rows = keyness(mini, { by: "year", a: "2016", b: "2022" });
const coop = rows.find((r) => r.term === "cooperation")!;

test("each statistic of a row equals its formula on the row's 2×2 table", () => {
  assert.deepEqual([coop.countA, coop.countB, coop.totalA, coop.totalB], [2, 1, 11, 13]);
  // G²: E = 11·3/24 = 1.375, 13·3/24 = 1.625, 11·21/24 = 9.625, 13·21/24 = 11.375
  const g2 = 2 * (2 * Math.log(2 / 1.375) + 1 * Math.log(1 / 1.625) + 9 * Math.log(9 / 9.625) + 12 * Math.log(12 / 11.375));
  close(coop.g2, g2);
  close(coop.g2, 0.602979, 1e-6); // 2 × (0.749386 − 0.485508 − 0.604249 + 0.641866)
  close(coop.logRatio, Math.log2((2 / 11) / (1 / 13)));
  close(coop.pctDiff!, ((2 / 11 - 1 / 13) * 100) / (1 / 13));
  // Fisher: x ~ Hypergeometric(24, 11, 3); P(x) = C(11,x)C(13,3−x)/C(24,3) = 286, 858, 858·… (/2024):
  //   x=0: 286, x=1: 11·78 = 858, x=2: 55·13 = 715, x=3: 165 → observed x=2 (715); tables ≤ 715: 0, 2, 3
  close(coop.fisherP, (286 + 715 + 165) / 2024);
  // log-odds z, pooled prior α = 3, α0 = 24
  const delta = Math.log(5 / (11 + 24 - 5)) - Math.log(4 / (13 + 24 - 4));
  close(coop.logOddsZ, delta / Math.sqrt(1 / 5 + 1 / 4));
  assert.equal(coop.side, "A");
  assert.equal(coop.lowCount, true);
});

test("BH adjustment runs over all tested terms; min-count shrinks the set", () => {
  const m = rows.length;
  const sorted = [...rows].sort((x, y) => x.fisherP - y.fisherP);
  // The smallest adjusted p is at least the smallest raw p and at most p·m.
  assert.ok(sorted[0].pAdjusted >= sorted[0].fisherP && sorted[0].pAdjusted <= Math.min(1, sorted[0].fisherP * m) + 1e-12);
  const filtered = keyness(mini, { by: "year", a: "2016", b: "2022", minCount: 2 });
  assert.deepEqual(filtered.map((r) => r.term).sort(), ["china", "cooperation", "cyber", "trust"]); // china: 1 + 1
  const bonf = keyness(mini, { by: "year", a: "2016", b: "2022", adjust: "bonferroni" });
  for (const r of bonf) close(r.pAdjusted, Math.min(1, r.fisherP * m));
});

test("priors: constant and reference corpus", () => {
  const constant = keyness(mini, { by: "year", a: "2016", b: "2022", prior: 1 }).find((r) => r.term === "cooperation")!;
  const V = new Set(rows.map((r) => r.term)).size;
  const delta = Math.log(3 / (11 + V - 3)) - Math.log(2 / (13 + V - 2));
  close(constant.logOddsZ, delta / Math.sqrt(1 / 3 + 1 / 2));
  const ref = new Map([["cooperation", 10]]);
  const withRef = keyness(mini, { by: "year", a: "2016", b: "2022", prior: { reference: ref } }).find((r) => r.term === "cooperation")!;
  const alpha0 = 10 + 0.01 * (V - 1);
  const d2 = Math.log(12 / (11 + alpha0 - 12)) - Math.log(11 / (13 + alpha0 - 11));
  close(withRef.logOddsZ, d2 / Math.sqrt(1 / 12 + 1 / 11));
});

test("rows sort by signed G²; unknown groups are named", () => {
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].g2 >= rows[i].g2);
  assert.throws(() => keyness(mini, { by: "year", a: "2016", b: "2019" }), /no document has year = "2019"; choose one of: 2016, 2022/);
});

test("seeds: 2016 key terms are about Wuzhen and the proposals; 2022's about competition, technology, trust", () => {
  const seeds = tokens(loadCorpus(SEEDS));
  const k = keyness(seeds, { by: "year", a: "2016", b: "2022" });
  const top = topKeyTerms(k, 15);
  const a = top.a.map((r) => r.term);
  const b = top.b.map((r) => r.term);
  assert.ok(a.slice(0, 4).includes("wuzhen") && a.slice(0, 4).includes("proposals"), `2016 top: ${a}`);
  assert.ok(b.includes("trust") && b.includes("technological"), `2022 top: ${b}`);
  for (const term of ["competition", "technology", "trust", "decoupling"]) {
    assert.equal(k.find((r) => r.term === term)!.side, "B", term);
  }
  // Every key term has KWIC evidence on the side it leans to, and the lines equal the counts.
  const ev = termEvidence(seeds, [...a, ...b, "competition", "technology"], { by: "year", a: "2016", b: "2022" });
  for (const e of ev) {
    const r = k.find((x) => x.term === e.term)!;
    assert.equal(e.a.length, r.countA, `${e.term} lines in 2016`);
    assert.equal(e.b.length, r.countB, `${e.term} lines in 2022`);
    assert.ok((r.side === "A" ? e.a : e.b).length > 0);
  }
});
