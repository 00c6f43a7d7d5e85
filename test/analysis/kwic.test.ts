import { strict as assert } from "node:assert";
import { test } from "node:test";
import { concordance } from "../../src/analysis/kwic";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { MINI, SEEDS } from "../helpers";

const mini = tokens(loadCorpus(MINI), { fold: "none" });
const folded = tokens(loadCorpus(MINI));

test("a term matches case-insensitively with context from the text", () => {
  const rows = concordance(mini, "cooperation", { window: 2 });
  assert.deepEqual(rows.map((r) => [r.doc, r.left, r.keyword, r.right]), [
    ["a", "Cyber", "cooperation", "helps. The"],
    ["a", "on cyber", "cooperation", ""],
    ["c", "Trust matters.", "Cooperation", "needs trust"],
  ]);
  const text = loadCorpus(MINI).documents[2].text;
  assert.equal(text.slice(rows[2].start, rows[2].end), "Cooperation");
});

test("a phrase matches a joined phrase token and a word sequence alike", () => {
  assert.equal(concordance(mini, "united states").length, 1);
  assert.equal(concordance(tokens(loadCorpus(MINI), { phrases: "none", fold: "none" }), "united states").length, 1);
});

test("an acronym query matches only the acronym; possessives match their base", () => {
  assert.deepEqual(concordance(mini, "US").map((r) => r.keyword), ["US"]);
  assert.deepEqual(concordance(mini, "china").map((r) => r.keyword), ["China", "China's"]);
});

test("folded, any spelling of an entity finds every spelling, each shown as written", () => {
  for (const query of ["US", "United States", "u.s.", "the United States"]) {
    assert.deepEqual(concordance(folded, query).map((r) => [r.doc, r.keyword]), [["a", "United States"], ["b", "US"]], query);
  }
  assert.deepEqual(concordance(folded, "china").map((r) => r.keyword), ["China", "China's"]);
});

test("a regex match inside a word shows the whole word", () => {
  const corpus = { documents: [{ id: "x", meta: {}, text: "Cybersecurity matters. So does cyber policy and the cyber-attack." }] };
  const rows = concordance(tokens(corpus), "/cyber/", { window: 1 });
  assert.deepEqual(rows.map((r) => [r.left, r.keyword, r.right]), [
    ["", "Cybersecurity", "matters"],
    ["does", "cyber", "policy"],
    ["the", "cyber-attack", ""],
  ]);
  assert.equal(corpus.documents[0].text.slice(rows[0].start, rows[0].end), "Cybersecurity");
});

test("globs and regular expressions", () => {
  assert.deepEqual(concordance(mini, "compet*").map((r) => r.keyword), ["Competition", "competes"]);
  assert.deepEqual(concordance(mini, "/tr\\w+t/").map((r) => r.keyword), ["Trust", "trust"]);
  assert.throws(() => concordance(mini, "/(unclosed/"), /not a valid regular expression/);
});

test("sorting by right context and by keyword", () => {
  const right = concordance(mini, "cooperation", { window: 1, sort: "right" }).map((r) => r.right);
  assert.deepEqual(right, ["", "helps", "needs"]);
  const kw = concordance(mini, "/c\\w+n/", { sort: "keyword" }).map((r) => r.keyword);
  assert.deepEqual(kw, [...kw].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
});

test("seeds: a term's lines are exactly its counted occurrences; a regex also reaches inside phrases", () => {
  const seeds = tokens(loadCorpus(SEEDS));
  // 2016: "taking words such as "sovereignty" out of context"; 2022 only has "cyber sovereignty".
  assert.deepEqual(concordance(seeds, "sovereignty").map((r) => r.doc), ["tang-2016-wuzhen"]);
  assert.deepEqual(concordance(seeds, "cyber sovereignty").map((r) => r.doc), ["cai-2022-trust"]);
  assert.deepEqual(concordance(seeds, "/sovereignty/").map((r) => r.doc), ["tang-2016-wuzhen", "cai-2022-trust"]);
});
