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
  const unscreened = { aliases: compiled.aliases.map((a) => ({ ...a, screened: false, needle: undefined })), screens: [] };
  const registry = parseWith(ActorRegistrySchema, { ...defaultActors, actors: [...defaultActors.actors, { id: "huawei_re", label: "Huawei", kind: "firm", aliases: [{ pattern: "Hua(wei)\\s+\\1?Tech" }] }] }, "test.json");
  const withPattern = compileRegistry(registry);
  const withPatternUnscreened = { aliases: withPattern.aliases.map((a) => ({ ...a, screened: false, needle: undefined })), screens: [] };
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
