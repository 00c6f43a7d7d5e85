import { strict as assert } from "node:assert";
import { test } from "node:test";
import { type ActorMention, actorMentions } from "../../../src/analysis/actors/actorMentions";
import { actorChange, actorStance } from "../../../src/analysis/actors/actorStance";
import { stanceShift } from "../../../src/analysis/actors/stanceShift";
import { strongestMentions } from "../../../src/analysis/actors/strongestMentions";
import { defaultActors } from "../../../src/lexicons/defaultActors";
import { textCorpus } from "../../helpers";

/** A hand-made mention: only the fields aggregation reads matter. */
function mention(actor: string, group: string, score: number, weight = 1, words: { word: string; weight: number; rules?: string[] }[] = []): ActorMention {
  return {
    doc: `d${group}`, group, actor, label: actor, matched: actor, alias: actor, strength: weight === 1 ? "name" : "demonym", possessive: false,
    weight, start: 0, end: 1, sentence: 0, sentenceStart: 0, sentenceText: "", score, polarity: score > 0 ? "positive" : score < 0 ? "negative" : "neutral",
    clause: { start: 0, end: 1 }, words: words.map((w) => ({ word: w.word, start: 0, end: 1, base: w.weight, weight: w.weight, rules: w.rules ?? [] })),
    scoredBy: "model", drivers: [],
  };
}

test("weighted mean, shares and rollup by hand", () => {
  const ms = [mention("china", "2016", 0.6), mention("china", "2016", -0.2, 0.5), mention("xi_jinping", "2016", 0.3), mention("china", "2016", 0.9, 0)];
  const rows = actorStance(ms, { iterations: 200 });
  const china = rows.find((r) => r.actor === "china")!;
  // (0.6·1 − 0.2·0.5 + 0.3·1) / 2.5 = 0.32; the weight-0 mention is not counted.
  assert.ok(Math.abs(china.mean - 0.32) < 1e-12);
  assert.equal(china.mentions, 3);
  assert.equal(china.direct, 2);
  assert.ok(Math.abs(china.sharePositive - 2 / 2.5) < 1e-12);
  assert.ok(Math.abs(china.shareNegative - 0.5 / 2.5) < 1e-12);
  assert.ok(china.fewMentions);
  assert.ok(china.ciLow <= china.mean && china.mean <= china.ciHigh);
  // Without rollup Xi is not China.
  const direct = actorStance(ms, { iterations: 200, rollup: false }).find((r) => r.actor === "china")!;
  assert.ok(Math.abs(direct.mean - 0.5 / 1.5) < 1e-12);
});

test("one mention: the interval is that score; the same seed gives the same interval", () => {
  const one = actorStance([mention("apple", "2016", 0.4)])[0];
  assert.equal(one.ciLow, 0.4);
  assert.equal(one.ciHigh, 0.4);
  const many = Array.from({ length: 30 }, (_, i) => mention("china", "2022", Math.sin(i)));
  assert.deepEqual(actorStance(many, { seed: 7 }), actorStance(many, { seed: 7 }));
  assert.notDeepEqual(actorStance(many, { seed: 7 })[0].ciLow, actorStance(many, { seed: 8 })[0].ciLow);
  // A 95% interval of a mean of 30 values is narrower than their range and holds the mean.
  const r = actorStance(many)[0];
  assert.ok(r.ciLow > Math.min(...many.map((m) => m.score)) && r.ciHigh < Math.max(...many.map((m) => m.score)));
});

test("change is meanB − meanA, with an interval around it", () => {
  const ms = [...[0.5, 0.7, 0.6].map((s) => mention("united_states", "2016", s)), ...[-0.4, -0.6, -0.2].map((s) => mention("united_states", "2022", s))];
  const [row] = actorChange(ms, "2016", "2022");
  assert.ok(Math.abs(row.change - (-0.4 - 0.6)) < 1e-12);
  assert.ok(row.ciHigh < 0, "every resample falls");
});

test("stance shift: per-mention word weights by hand, negation kept apart", () => {
  const ms = [
    mention("united_states", "2016", 0.5, 1, [{ word: "helpful", weight: 0.4 }]),
    mention("united_states", "2016", -0.1, 1, [{ word: "helpful", weight: -0.32, rules: ["negated"] }]),
    mention("united_states", "2022", -0.7, 1, [{ word: "containment", weight: -0.6 }]),
  ];
  const rows = stanceShift(ms, "united_states", "2016", "2022");
  const get = (w: string) => rows.find((r) => r.word === w)!;
  assert.ok(Math.abs(get("helpful").contributionA - 0.2) < 1e-12); // 0.4 / 2 mentions
  assert.ok(Math.abs(get("not helpful").contributionA - -0.16) < 1e-12);
  assert.ok(Math.abs(get("containment").shift - -0.6) < 1e-12);
  assert.equal(rows[0].word, "containment", "largest |shift| first");
});

test("the two actors of one sentence get opposite stances (rules), and different ones (model)", () => {
  const corpus = textCorpus([{ id: "x", year: 2020, text: "The talks were saved by Washington's patience after critics accused Beijing of stalling." }]);
  for (const method of ["rules", "model"] as const) {
    const ms = actorMentions(corpus, { method });
    const w = ms.find((m) => m.actor === "washington")!;
    const b = ms.find((m) => m.actor === "beijing")!;
    assert.ok(b.score < 0 && b.score < w.score, `${method}: Beijing ${b.score}, Washington ${w.score}`);
    if (method === "rules") assert.ok(w.score > 0);
    assert.ok(w.possessive);
  }
});

test("a victim of a blame act is not blamed for it, in active and passive voice", () => {
  for (const text of ["The US continues to suppress China's technology firms.", "China was sanctioned by the US."]) {
    const ms = actorMentions(textCorpus([{ id: "x", year: 2020, text }]));
    const china = ms.find((m) => m.actor === "china")!;
    const us = ms.find((m) => m.actor === "united_states")!;
    assert.ok(us.score < 0, `${text}: US ${us.score}`);
    assert.equal(china.score, 0, `${text}: China ${china.score}`);
    assert.equal(china.scoredBy, "rules");
  }
});

test("seeds: stance toward the US falls 2016 → 2022 and is negative in 2022; China is positive in 2022", async () => {
  const { loadCorpus } = await import("../../../src/corpus/load");
  const { SEEDS } = await import("../../helpers");
  const ms = actorMentions(loadCorpus(SEEDS));
  const rows = actorStance(ms);
  const at = (actor: string, group: string) => rows.find((r) => r.actor === actor && r.group === group)!;
  assert.ok(at("united_states", "2022").mean < at("united_states", "2016").mean);
  assert.ok(at("united_states", "2022").mean < 0);
  assert.ok(at("china", "2022").mean > 0);
  // Each with evidence: the strongest negative US sentence of 2022 is one of the op-ed's accusations.
  const { negative } = strongestMentions(ms, "united_states", { group: "2022" });
  assert.ok(negative.length > 0);
  assert.ok(negative.some((m) => /sanctions|containment|suppress|pretext|dominance|aggressive/.test(m.sentenceText)), negative.map((m) => m.sentenceText).join("\n"));
  const { positive } = strongestMentions(ms, "china", { group: "2022" });
  assert.ok(positive.some((m) => /firmly upholds/.test(m.sentenceText)));
  // Every counted mention points at its own name in the text.
  for (const m of ms) assert.equal(loadCorpus(SEEDS).documents.find((d) => d.id === m.doc)!.text.slice(m.start, m.end), m.matched);
  assert.equal(defaultActors.actors.find((a) => a.id === "xi_jinping")!.parent, "china");
});
