import { strict as assert } from "node:assert";
import { test } from "node:test";
import { groupOf } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { countTerms } from "../../src/analysis/counts";
import { TermTally } from "../../src/analysis/termTally";
import { type TokenOptions, resolveTokenOptions, tokens } from "../../src/text/tokens";
import { SEEDS } from "../helpers";

// TermTally counts by term id from the scanner's runs; countTerms counts Token objects one by one.
// Two paths to the same numbers.
for (const [dir, by] of [[SEEDS, "year"], ["test/fixtures/five-years", "year"], ["test/fixtures/mixed", "period"]] as const) {
  for (const options of [{}, { stem: true }, { stopwords: "none", phrases: "none" }] as TokenOptions[]) {
    test(`TermTally equals countTerms on ${dir.split("/").pop()} by ${by}, ${JSON.stringify(options)}`, () => {
      const corpus = loadCorpus(dir);
      const expected = countTerms(tokens(corpus, options), { by });
      const tally = new TermTally(resolveTokenOptions(options));
      let words = 0;
      for (const d of corpus.documents) words += tally.addText(groupOf(d, by, corpus), d.text);
      const { groups, docFreq } = tally.result();
      const sorted = [...groups].sort((a, b) => expected.groups.findIndex((g) => g.group === a.group) - expected.groups.findIndex((g) => g.group === b.group));
      assert.deepEqual(sorted.map((g) => g.group), expected.groups.map((g) => g.group));
      sorted.forEach((g, i) => {
        const e = expected.groups[i];
        assert.equal(g.documents, e.documents);
        assert.equal(g.total, e.total);
        assert.deepEqual(new Map([...g.counts].sort()), new Map([...e.counts].sort()));
        assert.deepEqual(new Map([...g.docFreq].sort()), new Map([...e.docFreq].sort()));
      });
      assert.deepEqual(new Map([...docFreq].sort()), new Map([...expected.docFreq].sort()));
      assert.equal(words, expected.groups.reduce((s, g) => s + g.total, 0));
    });
  }
}
