import { strict as assert } from "node:assert";
import { test } from "node:test";
import { groupOf } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { countTerms } from "../../src/analysis/counts";
import { seededRandom } from "../../src/analysis/stats/random";
import { TermTally } from "../../src/engine/termTally";
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

test("TermTally counts a vocabulary past its array of frequent ids (rare terms in its hash table)", () => {
  // 300 documents of 500 words drawn from 100,000 made-up words (about 78,000 distinct, so ids go
  // past 65,536), plus "the" (a stop word, not counted). Expected counts worked out with plain maps.
  const r = seededRandom(5);
  const tally = new TermTally(resolveTokenOptions());
  const expected = new Map<string, { counts: Map<string, number>; docFreq: Map<string, number> }>();
  const docFreq = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
  for (let d = 0; d < 300; d++) {
    const group = d % 3 === 0 ? "a" : "b";
    const words = Array.from({ length: 500 }, () => (r() < 0.1 ? "the" : `w${Math.floor(r() * 100_000)}`));
    assert.equal(tally.addText(group, words.join(" ")), 500);
    if (!expected.has(group)) expected.set(group, { counts: new Map(), docFreq: new Map() });
    const g = expected.get(group)!;
    for (const w of words) if (w !== "the") bump(g.counts, w);
    for (const w of new Set(words)) if (w !== "the") (bump(g.docFreq, w), bump(docFreq, w));
  }
  const result = tally.result();
  assert.ok(docFreq.size > 70_000);
  for (const g of result.groups) {
    assert.deepEqual(new Map([...g.counts].sort()), new Map([...expected.get(g.group)!.counts].sort()));
    assert.deepEqual(new Map([...g.docFreq].sort()), new Map([...expected.get(g.group)!.docFreq].sort()));
  }
  assert.deepEqual(new Map([...result.docFreq].sort()), new Map([...docFreq].sort()));
});
