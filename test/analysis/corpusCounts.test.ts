import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import { type CorpusCounts, corpusCounts, countTerms } from "../../src/analysis/counts";
import { keyness } from "../../src/analysis/keyness";
import { loadCorpus } from "../../src/corpus/load";
import { type TokenOptions, tokens } from "../../src/text/tokens";
import { MINI, SEEDS } from "../helpers";

const FIXTURES = join(__dirname, "..", "fixtures");

/** Counts with each group's terms in code-unit order, so two tallies compare whatever order they were seen in. */
const sorted = (c: CorpusCounts) => ({
  ...c,
  groups: c.groups.map((g) => ({ ...g, counts: [...g.counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)) })),
  docFreq: [...c.docFreq].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
});

test("counts tallied as the text is scanned equal the counts of the tokens, on every fixture and token option", () => {
  const cases: [string, string, TokenOptions][] = [
    [SEEDS, "year", {}],
    [SEEDS, "year", { stem: true, fold: "none" }],
    [SEEDS, "year", { stopwords: "none", phrases: "none" }],
    [MINI, "year", {}],
    [join(FIXTURES, "chinese"), "year", {}],
    [join(FIXTURES, "five-years"), "year", { keepAcronyms: false }],
    [join(FIXTURES, "eu-russia"), "year", {}],
    [join(FIXTURES, "formats"), "outlet", {}],
  ];
  for (const [dir, by, options] of cases) {
    const corpus = loadCorpus(dir);
    const expected = countTerms(tokens(corpus, options), { by });
    assert.deepEqual(sorted(corpusCounts(corpus, { by, tokens: options })), sorted(expected), `${dir} ${JSON.stringify(options)}`);
  }
  // n-grams go through the tokens: the same table as before.
  const seeds = loadCorpus(SEEDS);
  assert.deepEqual(corpusCounts(seeds, { ngram: 2 }), countTerms(tokens(seeds), { ngram: 2 }));
});

test("keyness from counts is the keyness of the tokens", () => {
  const seeds = loadCorpus(SEEDS);
  const options = { by: "year", a: "2016", b: "2022" };
  assert.deepEqual(keyness(corpusCounts(seeds), options), keyness(tokens(seeds), options));
});
