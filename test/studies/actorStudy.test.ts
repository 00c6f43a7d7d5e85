import { strict as assert } from "node:assert";
import { test } from "node:test";
import { actorMentions } from "../../src/analysis/actors/actorMentions";
import { actorStance } from "../../src/analysis/actors/actorStance";
import { loadCorpus } from "../../src/corpus/load";
import { ActorRegistrySchema } from "../../src/lexicons/actorSchema";
import { defaultActors } from "../../src/lexicons/defaultActors";
import { actorStudy, collectiveSensitivity } from "../../src/studies/actorStudy";
import { SEEDS } from "../helpers";

test("the collective sensitivity equals finding and scoring every mention again under the other weight", () => {
  const corpus = loadCorpus(SEEDS);
  const study = actorStudy(corpus, { by: "year", a: "2016", b: "2022", seed: 1 });
  const collectives = study.mentions.filter((m) => m.strength === "collective" || m.strength === "coordinated");
  assert.ok(collectives.length > 0 && collectives.every((m) => m.weight === defaultActors.collectiveWeight), "the seeds speak of both countries at once, weighted 0 by default");

  const rows = collectiveSensitivity(study, ["china", "united_states"], 0.5);
  const registry = ActorRegistrySchema.parse({ ...defaultActors, collectiveWeight: 0.5 });
  const again = actorStance(actorMentions(corpus, { by: "year", actors: registry }), { actors: registry, seed: 1 });
  assert.equal(rows.length, 4);
  for (const r of rows) {
    const expected = again.find((x) => x.actor === r.actor && x.group === r.group)!;
    assert.equal(r.mentionsWithCollectives, expected.mentions, `${r.actor} ${r.group}`);
    assert.equal(r.meanWithCollectives, expected.mean, `${r.actor} ${r.group}`);
  }
  assert.ok(rows.some((r) => r.meanWithCollectives !== r.mean), "the weight moves some mean");
});
