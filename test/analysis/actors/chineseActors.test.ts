import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import { actorMentions } from "../../../src/analysis/actors/actorMentions";
import { actorStance } from "../../../src/analysis/actors/actorStance";
import { loadCorpus } from "../../../src/corpus/load";
import { actorStudy } from "../../../src/studies/actorStudy";
import { textCorpus } from "../../helpers";

const CHINESE = join(__dirname, "..", "..", "fixtures", "chinese");

test("Chinese names land on the same actor rows as English ones; names run on without spaces", () => {
  const ms = actorMentions(loadCorpus(CHINESE));
  const names = ms.filter((m) => m.strength === "name").map((m) => `${m.doc}:${m.actor}:${m.matched}`);
  // By hand: 2016 names 中方 twice and 美方 once; 2022 names 美国, 中国 twice, 美方 and 中方.
  assert.deepEqual(names.sort(), [
    "2016-wuzhen:china:中方", "2016-wuzhen:china:中方", "2016-wuzhen:united_states:美方",
    "2022-rivalry:china:中国", "2022-rivalry:china:中国", "2022-rivalry:china:中方", "2022-rivalry:united_states:美国", "2022-rivalry:united_states:美方",
  ].sort());
  // 中美两国, 两国, 双方, 中美 speak of both at once.
  assert.ok(ms.some((m) => m.strength === "collective" && m.matched === "中美两国" && m.actor === "united_states"));
  assert.ok(!ms.some((m) => m.strength === "name" && m.matched === "中美"), "中美 is no mention of 美 alone");
});

test("stance is not scored in Chinese sentences: no made-up score, no mean; the study says so", () => {
  const corpus = loadCorpus(CHINESE);
  const ms = actorMentions(corpus);
  assert.ok(ms.length > 0);
  for (const m of ms) assert.deepEqual([m.score, m.polarity, m.scoredBy, m.words], [null, null, null, []]);
  assert.deepEqual(actorStance(ms), []);
  const study = actorStudy(corpus, { by: "year", a: "2016", b: "2022" });
  assert.equal(study.unscored, ms.length);
  assert.match(study.unscoredNote, /^\d+ mention\(s\) are in sentences that are not English .*count in no mean\.$/);
});

test("in a mixed corpus the English sentences are scored as before, the Chinese ones are not", () => {
  const corpus = textCorpus([
    { id: "en", year: 2020, text: "The United States imposed unilateral sanctions and sought absolute dominance." },
    { id: "zh", year: 2020, text: "美国实施单边制裁,谋求绝对优势。" },
  ]);
  const ms = actorMentions(corpus);
  const en = ms.find((m) => m.doc === "en" && m.actor === "united_states")!;
  const zh = ms.find((m) => m.doc === "zh" && m.actor === "united_states")!;
  assert.ok(en.score !== null && en.score < 0, `English scored: ${en.score}`);
  assert.equal(zh.score, null);
  const rows = actorStance(ms, { iterations: 100 });
  assert.equal(rows.find((r) => r.actor === "united_states")!.mentions, 1, "only the scored mention counts");
});
