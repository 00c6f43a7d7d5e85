import { strict as assert } from "node:assert";
import { test } from "node:test";
import { frequencyRows, termFrequency } from "../../src/analysis/frequency";
import { countTerms } from "../../src/analysis/counts";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { MINI } from "../helpers";

// The mini corpus, counted by hand (default stop words and phrases, spellings not folded):
//   a (2016, X): Cyber cooperation helps. The United States and China agree on cyber cooperation.
//       11 tokens ("United States" is one); non-stop: cyber 2, cooperation 2, helps, united states, china, agree
//   b (2022, Y): Competition grows. China's technology competes with the US.   8 tokens
//   c (2022, X): Trust matters. Cooperation needs trust.                        5 tokens
// N = 3 documents; df(cooperation) = 2 (a, c), df(china) = 2 (a, b), df(trust) = 1, df(cyber) = 1.
const mini = tokens(loadCorpus(MINI), { fold: "none" });
const rows = termFrequency(mini, { by: "year" });
const row = (group: string, term: string) => rows.find((r) => r.group === group && r.term === term);

test("count, per-10k rate, document frequency and TF-IDF match hand counts", () => {
  assert.deepEqual(row("2016", "cooperation"), {
    group: "2016", term: "cooperation", count: 2, per10k: (2 / 11) * 10_000, docFreq: 1, tfidf: 2 * Math.log10(3 / 2),
  });
  assert.deepEqual(row("2022", "cooperation"), {
    group: "2022", term: "cooperation", count: 1, per10k: (1 / 13) * 10_000, docFreq: 1, tfidf: Math.log10(3 / 2),
  });
  assert.equal(row("2022", "trust")!.count, 2);
  assert.equal(row("2022", "trust")!.tfidf, 2 * Math.log10(3));
  assert.equal(row("2022", "china")!.count, 1, "China's counts as china");
  assert.equal(row("2022", "US")!.count, 1);
  assert.equal(row("2016", "united states")!.count, 1);
  assert.equal(row("2016", "the"), undefined, "stop words are not counted");
});

test("rows are ordered by group, count descending, then term; top keeps N per group", () => {
  assert.deepEqual(termFrequency(mini, { by: "year", top: 2 }).map((r) => `${r.group}:${r.term}`), [
    "2016:cooperation", "2016:cyber", "2022:trust", "2022:US",
  ]);
});

test("grouping by another field pools its documents", () => {
  const byOutlet = termFrequency(mini, { by: "outlet" });
  const x = byOutlet.find((r) => r.group === "X" && r.term === "cooperation")!;
  assert.equal(x.count, 3);
  assert.equal(x.docFreq, 2);
  assert.equal(x.per10k, (3 / 16) * 10_000);
});

test("given counts, the table reads them as they are: grouped as counted, whatever \"by\" says", () => {
  const byOutlet = countTerms(mini, { by: "outlet" });
  assert.deepEqual(termFrequency(byOutlet, { top: 3 }), termFrequency(mini, { by: "outlet", top: 3 }));
  assert.deepEqual(termFrequency(byOutlet, { by: "year" }), termFrequency(mini, { by: "outlet" }), "counts by outlet stay by outlet");
  assert.equal(row("2016", "cooperation")!.count, termFrequency(countTerms(mini, { by: "year" })).find((r) => r.group === "2016" && r.term === "cooperation")!.count);
});

test("without stop words or phrases every word counts", () => {
  const all = termFrequency(tokens(loadCorpus(MINI), { stopwords: "none", phrases: "none", fold: "none" }), { by: "year" });
  const the = all.find((r) => r.group === "2022" && r.term === "the")!;
  assert.equal(the.count, 1);
  assert.equal(the.per10k, (1 / 13) * 10_000);
  assert.equal(all.find((r) => r.group === "2016" && r.term === "united")!.per10k, (1 / 12) * 10_000);
});

test("bigrams: counted within clauses, rate per bigram position", () => {
  const bi = termFrequency(mini, { by: "year", ngram: 2 });
  // a has 2 positions in sentence 1 and 7 in sentence 2 ("United States" is one token): 9.
  assert.deepEqual(bi.filter((r) => r.group === "2016").map((r) => [r.term, r.count]), [
    ["cyber cooperation", 2], ["china agree", 1], ["cooperation helps", 1],
  ]);
  assert.equal(bi.find((r) => r.term === "cyber cooperation")!.per10k, (2 / 9) * 10_000);
});

test("folded, the spellings of one entity count as one term: the sum of its spellings", () => {
  // By hand: 2016 "The United States" (1) and "China" (1); 2022 "the US" (1) and "China's" (1).
  // Token totals do not change: each spelling here is one token either way.
  const folded = termFrequency(tokens(loadCorpus(MINI)), { by: "year" });
  const f = (group: string, term: string) => folded.find((r) => r.group === group && r.term === term);
  assert.equal(f("2016", "United States")!.count, 1);
  assert.equal(f("2022", "United States")!.count, 1);
  assert.equal(f("2022", "United States")!.per10k, (1 / 13) * 10_000);
  assert.equal(f("2022", "China")!.count, 1);
  for (const gone of ["US", "united states", "china"]) assert.equal(folded.some((r) => r.term === gone), false, gone);
  // Terms no entity spells are unchanged.
  assert.deepEqual(f("2022", "trust"), row("2022", "trust"));
});

test("minCount drops rare terms", () => {
  assert.deepEqual(termFrequency(mini, { by: "year", minCount: 2 }).map((r) => r.term), ["cooperation", "cyber", "trust"]);
});

test("a group of 200,000 distinct terms is tabled whole (no call-stack overflow)", () => {
  const counts = new Map<string, number>();
  for (let i = 0; i < 200_000; i++) counts.set(`t${i}`, 1 + (i % 3));
  const docFreq = new Map([...counts.keys()].map((t) => [t, 1]));
  const table = frequencyRows({ by: "year", ngram: 2, documents: 1, docFreq, groups: [{ group: "2020", documents: 1, total: 400_000, counts, docFreq }] });
  assert.equal(table.length, 200_000);
  assert.equal(table[0].count, 3);
  assert.equal(table.at(-1)!.count, 1);
});

test("the same count terms go in code-unit order, not locale order", () => {
  const counts = new Map([["é", 2], ["a", 2], ["B", 2], ["z", 3]]);
  const docFreq = new Map([...counts.keys()].map((t) => [t, 1]));
  const table = frequencyRows({ by: "year", ngram: 1, documents: 2, docFreq, groups: [{ group: "g", documents: 1, total: 10, counts, docFreq }] });
  assert.deepEqual(table.map((r) => r.term), ["z", "B", "a", "é"]);
  assert.equal(table[0].tfidf, 3 * Math.log10(2));
});
