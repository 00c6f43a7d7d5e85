import { strict as assert } from "node:assert";
import { test } from "node:test";
import { dfm, dfmGroup, dfmRow, dfmSelect, dfmTrim } from "../../src/analysis/dfm";
import { keyness } from "../../src/analysis/keyness";
import { termFrequency } from "../../src/analysis/frequency";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { MINI, SEEDS } from "../helpers";

// The mini corpus by hand (default stop words, phrases and folding):
//   a (2016): Cyber cooperation helps. The United States and China agree on cyber cooperation.
//       cyber 2, cooperation 2, helps 1, United States 1, China 1, agree 1; 11 word tokens
//   b (2022): Competition grows. China's technology competes with the US.
//       competition, grows, China, technology, competes, United States: 1 each; 8 word tokens
//   c (2022): Trust matters. Cooperation needs trust.   trust 2, matters, cooperation, needs; 5 tokens
const mini = tokens(loadCorpus(MINI));
const m = dfm(mini);
const cells = (d: number) => Object.fromEntries([...dfmRow(m, d)].map(([c, n]) => [m.features[c], n]));

test("a dfm holds each document's term counts and word tokens, counted by hand", () => {
  assert.deepEqual(cells(0), { cyber: 2, cooperation: 2, helps: 1, "United States": 1, China: 1, agree: 1 });
  assert.deepEqual(cells(1), { competition: 1, grows: 1, China: 1, technology: 1, competes: 1, "United States": 1 });
  assert.deepEqual(cells(2), { trust: 2, matters: 1, cooperation: 1, needs: 1 });
  assert.deepEqual(m.totals, [11, 8, 5]);
  assert.equal(m.features.length, new Set(m.features).size);
  assert.deepEqual(m.docs.map((d) => d.id), ["a", "b", "c"]);
});

test("dfmGroup sums rows by a field; dfmTrim and dfmSelect keep features", () => {
  const g = dfmGroup(m, "year");
  assert.deepEqual(g.docs.map((d) => [d.id, d.meta.documents]), [["2016", 1], ["2022", 2]]);
  const row2022 = Object.fromEntries([...dfmRow(g, 1)].map(([c, n]) => [g.features[c], n]));
  assert.equal(row2022.cooperation, 1);
  assert.equal(row2022["United States"], 1);
  assert.deepEqual(g.totals, [11, 13]);
  // At least 2 in all and in 2 documents: cooperation (a, c), China (a, b), United States (a, b).
  assert.deepEqual(dfmTrim(m, { minCount: 2, minDocs: 2 }).features.sort(), ["China", "United States", "cooperation"]);
  assert.deepEqual(dfmTrim(m, { minCount: 2 }).features.sort(), ["China", "United States", "cooperation", "cyber", "trust"]);
  assert.deepEqual(dfmSelect(m, "co*").features, ["cooperation", "competition", "competes"]);
  assert.deepEqual(dfmSelect(m, ["trust", "absent"]).features, ["trust"]);
  const sel = dfmSelect(m, ["trust"]);
  assert.deepEqual([...dfmRow(sel, 2)], [[0, 2]]);
  assert.deepEqual(sel.totals, m.totals, "rates stay per word token of the document");
});

test("frequency and keyness read a dfm and give the numbers they give from tokens", () => {
  for (const corpus of [MINI, SEEDS]) {
    const toks = tokens(loadCorpus(corpus));
    const counted = dfm(toks);
    assert.deepEqual(termFrequency(counted, { by: "year" }), termFrequency(toks, { by: "year" }));
    assert.deepEqual(keyness(counted, { by: "year", a: "2016", b: "2022" }), keyness(toks, { by: "year", a: "2016", b: "2022" }));
    assert.deepEqual(termFrequency(dfm(toks, { ngram: 2 }), { by: "year", ngram: 2 }), termFrequency(toks, { by: "year", ngram: 2 }));
  }
  assert.throws(() => termFrequency(m, { ngram: 2 }), /this dfm counts 1-grams/);
});
