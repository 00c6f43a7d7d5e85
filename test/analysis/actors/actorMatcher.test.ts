import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compileRegistry, markCoordinated, matchActors } from "../../../src/analysis/actors/actorMatcher";
import { ActorRegistrySchema } from "../../../src/lexicons/actorSchema";
import { defaultActors } from "../../../src/lexicons/defaultActors";
import { parseWith } from "../../../src/corpus/validate";

const compiled = compileRegistry(defaultActors);
const found = (text: string) => matchActors(text, compiled).map((m) => `${m.actor}:${m.text}:${m.strength}${m.possessive ? ":poss" : ""}`);

test("aliases and multiword names, across line breaks", () => {
  assert.deepEqual(found("The United\nStates and the PRC met; Xi Jinping spoke."), [
    "united_states:The United\nStates:name", "china:PRC:name", "xi_jinping:Xi Jinping:name",
  ]);
});

test("case rule: 'US' is the United States, 'us' is not", () => {
  assert.deepEqual(found("Let us thank the US. Tell us more, U.S. officials said."), ["united_states:US:name", "united_states:U.S.:name"]);
  assert.deepEqual(found("china and CHINA"), ["china:china:name", "china:CHINA:name"], "names ignore case");
});

test("possessives: China's, the US', Washington’s", () => {
  assert.deepEqual(found("China's plan, the US' effort and Washington’s patience."), [
    "china:China:name:poss", "united_states:US:name:poss", "washington:Washington:name:poss",
  ]);
});

test("the longest name wins: China Daily, China UnionPay, the Obama administration, Sino-US", () => {
  assert.deepEqual(found("China Daily said China UnionPay and the Obama administration back Sino-US ties."), [
    "china_daily:China Daily:name", "china_unionpay:China UnionPay:name", "obama_administration:the Obama administration:name",
    "china:Sino-US:collective", "united_states:Sino-US:collective",
  ]);
});

test("demonyms are weaker mentions; whole words only", () => {
  assert.deepEqual(found("Chinese firms and American farmers; Chinatown and Americana are not."), [
    "china:Chinese:demonym", "united_states:American:demonym",
  ]);
});

test("coordinated names speak of both actors", () => {
  const text = "China and the United States must lead, but the US alone sanctioned Beijing.";
  const ms = markCoordinated(text, matchActors(text, compiled));
  assert.deepEqual(ms.map((m) => `${m.text}:${m.strength}`), ["China:coordinated", "the United States:coordinated", "US:name", "Beijing:name"]);
});

test("a bad registry names the field at fault", () => {
  const bad = (data: unknown) => assert.throws(() => parseWith(ActorRegistrySchema, data, "actors.yaml"), (e: Error) => /^actors\.yaml: /.test(e.message));
  const actor = { id: "a", label: "A", kind: "state", aliases: ["A"] };
  bad({ name: "r", actors: [actor, { ...actor }] });
  bad({ name: "r", actors: [{ ...actor, parent: "nobody" }] });
  bad({ name: "r", actors: [{ ...actor, parent: "b" }, { ...actor, id: "b", parent: "a" }] });
  bad({ name: "r", actors: [{ ...actor, aliases: [{ pattern: "(" }] }] });
  bad({ name: "r", actors: [{ ...actor, kind: "planet" }] });
  assert.throws(() => parseWith(ActorRegistrySchema, { name: "r", actors: [{ ...actor, parent: "nobody" }] }, "actors.yaml"), /actors\[0\]\.parent: no actor has id "nobody"/);
  // An alias is a string or an object: the message names both.
  assert.throws(() => parseWith(ActorRegistrySchema, { name: "r", actors: [{ ...actor, aliases: [7] }] }, "actors.yaml"), /actors\[0\]\.aliases\[0\]: expected string or object, got number$/);
});

test("the screens skip only sentences without a mention: same matches as running every alias", () => {
  // Unscreened: every alias's expression run on every text, no screen and no needle.
  const unscreen = (c: typeof compiled) => ({ ...c, aliases: c.aliases.map((a) => ({ ...a, screened: false, needle: undefined })), screens: [], byWord: new Map(), unindexed: c.aliases.map((_, i) => i) });
  const unscreened = unscreen(compiled);
  const registry = parseWith(ActorRegistrySchema, { ...defaultActors, actors: [...defaultActors.actors, { id: "huawei_re", label: "Huawei", kind: "firm", aliases: [{ pattern: "Hua(wei)\\s+\\1?Tech" }] }] }, "test.json");
  const withPattern = compileRegistry(registry);
  const withPatternUnscreened = unscreen(withPattern);
  const texts = [
    ...["000_7932c478c6cc22bd.txt", "003_554c2498af34b5b7.txt"].flatMap((f) => readFileSync(join(__dirname, "..", "..", "..", "seeds", f), "utf8").split(/(?<=[.!?])\s+/)),
    "Nothing here names anyone.", "ChinaDaily is one word; the Chinese side and U.S. officials;", "Sino-US talks; Huawei Tech.", "USA", "", "The CHINESE side; the Chineſe ſide; Waſhington and WHITE HOUSE; 美国和中方",
  ];
  assert.ok(texts.length > 50);
  for (const t of texts) {
    assert.deepEqual(matchActors(t, compiled), matchActors(t, unscreened), t);
    assert.deepEqual(matchActors(t, withPattern), matchActors(t, withPatternUnscreened), t);
  }
  assert.deepEqual(matchActors("Huawei Tech", withPattern).map((m) => m.actor), ["huawei_re"], "a pattern alias runs without a screen");
});

test("a sentence left out by the whole-text screens names no actor", async () => {
  const { sentencesNamingActors } = await import("../../../src/analysis/actors/actorMatcher");
  const { splitSentences } = await import("../../../src/text/sentences");
  const { loadCorpus } = await import("../../../src/corpus/load");
  const fixtures = join(__dirname, "..", "..", "fixtures");
  const texts = [
    ...["chinese", "eu-russia", "five-years", "mixed", "inaugural"].flatMap((f) => loadCorpus(join(fixtures, f)).documents.map((d) => d.text)),
    ...["000_7932c478c6cc22bd.txt", "003_554c2498af34b5b7.txt"].map((f) => readFileSync(join(__dirname, "..", "..", "..", "seeds", f), "utf8")),
    // A name cut by a paragraph break, sentences that run into letters, Chinese without spaces,
    // and the long s that case folding reads as s.
    "Talks with the United\n\nStates stalled. China's envoy left.U.S. officials said nothing.",
    "美国。中国和美国的关系。Washington!Beijing? The Chineſe ſide met Waſhington.",
    "He spoke of America,the White House and Xi.Jinping was silent. Nothing more.",
  ];
  let left = 0;
  for (const text of texts) {
    const sentences = splitSentences(text);
    const naming = sentencesNamingActors(text, compiled, sentences);
    sentences.forEach((s, i) => {
      if (naming[i]) return;
      left++;
      assert.deepEqual(matchActors(text, compiled, s.start, s.end), [], text.slice(s.start, s.end));
    });
    assert.ok(naming.some((x) => x) || matchActors(text, compiled).length === 0);
  }
  assert.ok(left > 100, `${left} sentences left out`);
  // A user's pattern is not screened: every sentence is read.
  const registry = parseWith(ActorRegistrySchema, { ...defaultActors, actors: [...defaultActors.actors, { id: "huawei_re", label: "Huawei", kind: "firm", aliases: [{ pattern: "Hua(wei)\\s+\\1?Tech" }] }] }, "test.json");
  const text = "Nothing here. Huawei Tech sells phones.";
  assert.deepEqual(sentencesNamingActors(text, compileRegistry(registry), splitSentences(text)), [true, true]);
});
