import { strict as assert } from "node:assert";
import { test } from "node:test";
import { keyness } from "../../src/analysis/keyness";
import { termFrequency } from "../../src/analysis/frequency";
import { termTrend } from "../../src/analysis/termTrend";
import { loadCorpus } from "../../src/corpus/load";
import { ActorRegistrySchema } from "../../src/lexicons/actorSchema";
import { aliasFolds, foldedQuery } from "../../src/text/aliasFolds";
import { type TokenOptions, resolveTokenOptions, tokenizeDocument, tokens } from "../../src/text/tokens";
import { SEEDS, textCorpus } from "../helpers";

const doc = (text: string) => ({ id: "d", text, meta: {} });
const terms = (text: string, options: TokenOptions = {}) =>
  tokenizeDocument(doc(text), 0, resolveTokenOptions(options)).tokens.filter((t) => !t.stop).map((t) => t.term);

test("the default registry folds every spelling of the United States into one term", () => {
  assert.deepEqual(terms("The US, the U.S., USA, the United States and the United States of America."), Array(5).fill("United States"));
  assert.deepEqual(terms("The US, the U.S. and the United States.", { fold: "none" }), ["US", "u.s.", "united states"]);
});

test("an alias marked fold: false keeps its own term; the pronoun 'us' is not the US", () => {
  // "America" (rhetoric) and "the Chinese side" are phrasings, not spellings, in the default registry.
  assert.deepEqual(terms("America first. The Chinese side said China would."), ["america", "first", "chinese", "side", "said", "China"]);
  assert.deepEqual(terms("Tell us about the US."), ["tell", "us", "United States"]);
});

test("a registry of one's own: its term, a leading article dropped, accents and Chinese spellings", () => {
  const registry = ActorRegistrySchema.parse({
    name: "mine",
    actors: [
      { id: "eu", label: "European Union (EU)", term: "EU", kind: "organisation", aliases: ["the European Union", "EU", "Union européenne", "欧盟"] },
      { id: "kremlin", label: "Kremlin", kind: "government", aliases: ["the Kremlin", { text: "Moscow", fold: false }] },
    ],
  });
  assert.deepEqual(terms("The European Union and the EU; Union européenne; 欧盟。", { fold: registry }), ["EU", "EU", "EU", "EU"]);
  assert.deepEqual(terms("The Kremlin and Moscow.", { fold: registry }), ["Kremlin", "moscow"]);
  // A registry replaces the defaults: the United States is not folded under it.
  assert.deepEqual(terms("The US and the United States.", { fold: registry }), ["US", "united states"]);
});

test("what cannot fold is left alone: an acronym inside a multiword spelling, a stop word", () => {
  const registry = ActorRegistrySchema.parse({
    name: "edge",
    actors: [{ id: "gov", label: "US government", kind: "government", aliases: ["US government", "the Administration", "IT"] }],
  });
  const folds = aliasFolds(resolveTokenOptions({ fold: registry }));
  // "US government" would join "give us government money"; "IT" reads as the stop word "it".
  assert.deepEqual([...folds.terms], [["administration", "US government"]]);
  assert.deepEqual(terms("Give us government money, the Administration said.", { fold: registry }), ["give", "us", "government", "money", "US government", "said"]);
});

test("with stemming the spellings still fold, and a stemmed word keeps its stem", () => {
  assert.deepEqual(terms("The United States cooperated with China.", { stem: true }), ["United States", "cooper", "China"]);
});

test("a query in any spelling names the folded term", () => {
  const opts = resolveTokenOptions({});
  for (const q of ["US", "u.s.", "United States", "the United States of America", "USA"]) assert.equal(foldedQuery(q, opts), "United States", q);
  assert.equal(foldedQuery("America", opts), undefined);
  assert.equal(foldedQuery("cooperation", opts), undefined);
  assert.equal(foldedQuery("US", resolveTokenOptions({ fold: "none" })), undefined);
});

/** Occurrences of a pattern in the seeds' cleaned texts, per year: counted apart from the tokenizer. */
function seedMatches(re: RegExp): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of loadCorpus(SEEDS).documents) out.set(String(d.meta.year), (out.get(String(d.meta.year)) ?? 0) + [...d.text.matchAll(re)].length);
  return out;
}

test("on the seeds the folded term counts every spelling, and keyness no longer splits the country in two", () => {
  const folded = tokens(loadCorpus(SEEDS));
  const freq = termFrequency(folded, { by: "year" });
  // Counted with regular expressions on the text: "US" in capitals, "U.S.", "USA", "United States".
  // A hyphenated word ("China-US") is a word of its own.
  const spellings = [/(?<!-)\bUS\b(?!-)/g, /(?<!-)\bU\.S\.(?!-)/g, /(?<!-)\bUSA\b(?!-)/g, /\bunited\s+states\b/gi].map(seedMatches);
  for (const year of ["2016", "2022"]) {
    const expected = spellings.reduce((sum, m) => sum + (m.get(year) ?? 0), 0);
    const row = freq.find((r) => r.group === year && r.term === "United States");
    assert.equal(row?.count ?? 0, expected, year);
  }
  const key = keyness(folded, { by: "year", a: "2016", b: "2022" });
  for (const spelling of ["US", "united states", "u.s."]) assert.equal(key.some((r) => r.term === spelling), false, spelling);
  assert.equal(key.filter((r) => r.term === "United States").length, 1);
  // Without folding, today's table: the two spellings on opposite sides.
  const unfolded = keyness(tokens(loadCorpus(SEEDS), { fold: "none" }), { by: "year", a: "2016", b: "2022" });
  const us = unfolded.find((r) => r.term === "US")!;
  const united = unfolded.find((r) => r.term === "united states")!;
  assert.ok(Math.sign(us.g2) !== Math.sign(united.g2), "US and united states lean to opposite years unfolded");
});

test("on text that names no registry entity, folding changes no number of frequency, keyness or trends", () => {
  const corpus = textCorpus([
    { id: "a", year: 2001, text: "Trade talks resumed. Ministers praised the talks, and trade grew." },
    { id: "b", year: 2002, text: "Talks stalled in spring. Tariffs rose; trade fell as ministers argued." },
    { id: "c", year: 2003, text: "New talks began. Trade recovered slowly, and tariffs fell again." },
  ]);
  const folded = tokens(corpus);
  const plain = tokens(corpus, { fold: "none" });
  assert.deepEqual(termFrequency(folded, { by: "year" }), termFrequency(plain, { by: "year" }));
  assert.deepEqual(termFrequency(folded, { by: "year", ngram: 2 }), termFrequency(plain, { by: "year", ngram: 2 }));
  assert.deepEqual(keyness(folded, { by: "year", a: "2001", b: "2003" }), keyness(plain, { by: "year", a: "2001", b: "2003" }));
  assert.deepEqual(termTrend(folded, { by: "year", seed: 3, iterations: 300 }), termTrend(plain, { by: "year", seed: 3, iterations: 300 }));
});
