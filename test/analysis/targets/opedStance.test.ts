import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { classifyTarget } from "../../../src/analysis/targets/targetModel";

// Op-ed sentences written and labelled for these tests (test/fixtures/stance-opeds/README.md). The
// model was neither fitted nor tuned on them.
const rows = readFileSync("test/fixtures/stance-opeds/opeds.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l) as {
  id: string; sentence: string; target: string; target_from: number; target_to: number; polarity: "negative" | "neutral" | "positive"; phenomenon: string;
});
const score = (r: (typeof rows)[number]) => classifyTarget(r.sentence, { start: r.target_from, end: r.target_to }).score;
const RANK = { negative: 0, neutral: 1, positive: 2 };

test("the fixture: at least 150 distinct sentences, each target where its offsets say, every phenomenon present", () => {
  assert.ok(new Set(rows.map((r) => r.sentence)).size >= 150);
  for (const r of rows) assert.equal(r.sentence.slice(r.target_from, r.target_to), r.target, r.id);
  assert.equal(new Set(rows.map((r) => r.id)).size, rows.length);
  for (const p of ["reported", "negation", "hedge", "two", "passive", "plain"]) assert.ok(rows.some((r) => r.phenomenon === p), p);
  for (const l of ["negative", "neutral", "positive"]) assert.ok(rows.filter((r) => r.polarity === l).length >= 30, l);
});

test("two actors of one sentence with different stances are scored in the order of their labels", () => {
  const bySentence = new Map<string, typeof rows>();
  for (const r of rows) bySentence.set(r.sentence, [...(bySentence.get(r.sentence) ?? []), r]);
  let pairs = 0;
  let ordered = 0;
  for (const rs of bySentence.values()) {
    for (let i = 0; i < rs.length; i++) {
      for (let j = i + 1; j < rs.length; j++) {
        if (rs[i].polarity === rs[j].polarity) continue;
        pairs++;
        const [lo, hi] = RANK[rs[i].polarity] < RANK[rs[j].polarity] ? [rs[i], rs[j]] : [rs[j], rs[i]];
        if (score(lo) < score(hi)) ordered++;
      }
    }
  }
  assert.ok(pairs >= 20, `${pairs} pairs`);
  assert.ok(ordered / pairs >= 0.75, `${ordered} of ${pairs} pairs in order`);
});

test("reported speech: the accused scores below the accuser, who is not blamed for the accusation", () => {
  const accusations = rows.filter((r) => r.phenomenon === "reported" && /\b(accused|blamed|denounced)\b/.test(r.sentence));
  const sentences = [...new Set(accusations.map((r) => r.sentence))].filter((s) => accusations.filter((r) => r.sentence === s).length === 2);
  assert.ok(sentences.length >= 3);
  for (const s of sentences) {
    const [accuser, accused] = accusations.filter((r) => r.sentence === s).sort((x, y) => x.target_from - y.target_from);
    assert.ok(score(accused) < score(accuser), `${s}: ${accused.target} ${score(accused).toFixed(2)} vs ${accuser.target} ${score(accuser).toFixed(2)}`);
    const rule = classifyTarget(s, { start: accuser.target_from, end: accuser.target_to }).rule;
    assert.ok(rule.roles.accuser, `${accuser.target} is read as the accuser`);
  }
});
