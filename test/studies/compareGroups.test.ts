import { strict as assert } from "node:assert";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { keyness } from "../../src/analysis/keyness";
import { loadCorpus } from "../../src/corpus/load";
import { compareGroups } from "../../src/studies/compareGroups";
import { tokens } from "../../src/text/tokens";
import { SEEDS } from "../helpers";

const toks = tokens(loadCorpus(SEEDS));
const pair = { by: "year", a: "2016", b: "2022", seed: 1 };

test("one count serves keyness and coverage: the counts given, or one made here, give the same study", () => {
  const made = compareGroups(toks, pair);
  const given = compareGroups(toks, { ...pair, counts: countTerms(toks, { by: "year" }) });
  assert.deepEqual(given.keyness, made.keyness);
  assert.deepEqual(given.coverage, made.coverage);
  assert.deepEqual(made.keyness, keyness(toks, pair), "keyness of the tokens themselves");
  // Coverage counts a term over all groups: "cyberspace" is no frame word in the default dictionary.
  const cyberspace = countTerms(toks, { by: "year" }).groups.reduce((n, g) => n + (g.counts.get("cyberspace") ?? 0), 0);
  assert.equal(made.coverage.find((c) => c.term === "cyberspace")?.count, cyberspace);
});

test("counts of another unit (bigrams), or grouped by another field, are not taken for the study's words", () => {
  const made = compareGroups(toks, pair);
  assert.deepEqual(compareGroups(toks, { ...pair, counts: countTerms(toks, { by: "year", ngram: 2 }) }).keyness, made.keyness);
  assert.deepEqual(compareGroups(toks, { ...pair, counts: countTerms(toks, { by: "outlet" }) }).coverage, made.coverage);
});
