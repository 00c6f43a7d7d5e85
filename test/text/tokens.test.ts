import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { Document } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { ngrams } from "../../src/text/ngrams";
import { type TokenOptions, tokenizeDocument, resolveTokenOptions, tokens } from "../../src/text/tokens";
import { SEEDS } from "../helpers";

function doc(text: string): Document {
  return { id: "t", file: "t.txt", title: "", author: "", date: "2020-01-01", year: 2020, meta: { year: 2020 }, raw: text, text, removed: [] };
}
// Spellings are not folded here unless a test says so: folding has its own tests (aliasFolds.test.ts).
const tok = (text: string, options: TokenOptions = {}) => tokenizeDocument(doc(text), 0, resolveTokenOptions({ fold: "none", ...options })).tokens;
const terms = (text: string, options: TokenOptions = {}) => tok(text, options).map((t) => t.term);

test("folds case, keeps acronyms, strips possessives, flags stop words", () => {
  const ts = tok("The US and China's leaders met us.");
  assert.deepEqual(ts.map((t) => t.term), ["the", "US", "and", "china", "leaders", "met", "us"]);
  assert.deepEqual(ts.filter((t) => t.stop).map((t) => t.term), ["the", "and"]);
  assert.deepEqual(terms("It's China's.", { stripPossessives: false }), ["it's", "china's"]);
  assert.deepEqual(terms("The US met.", { keepAcronyms: false }), ["the", "us", "met"]);
});

test("joins multiword expressions into one term with the span of all its words", () => {
  const text = "Xi Jinping's visit to the United States.";
  const ts = tok(text);
  assert.deepEqual(ts.map((t) => t.term), ["xi jinping", "visit", "to", "the", "united states"]);
  assert.equal(text.slice(ts[0].start, ts[0].end), "Xi Jinping's");
  assert.equal(text.slice(ts[4].start, ts[4].end), "United States");
  assert.deepEqual(terms(text, { phrases: "none" }), ["xi", "jinping", "visit", "to", "the", "united", "states"]);
  assert.deepEqual(terms("cyber sovereignty matters", { phrases: ["sovereignty matters"] }), ["cyber", "sovereignty matters"]);
});

test("a phrase does not join across a comma or a sentence end", () => {
  assert.deepEqual(terms("They united, states said."), ["they", "united", "states", "said"]);
  assert.deepEqual(terms("All united. States followed."), ["all", "united", "states", "followed"]);
});

test("stop words: default, none, or a custom list", () => {
  assert.deepEqual(tok("the cyber of").filter((t) => t.stop).length, 2);
  assert.deepEqual(tok("the cyber of", { stopwords: "none" }).filter((t) => t.stop).length, 0);
  assert.deepEqual(tok("the cyber of", { stopwords: ["cyber"] }).filter((t) => t.stop).map((t) => t.term), ["cyber"]);
});

test("stemming is off by default and Porter when on", () => {
  assert.deepEqual(terms("cooperation cooperating"), ["cooperation", "cooperating"]);
  assert.deepEqual(terms("cooperation cooperating technologies", { stem: true }), ["cooper", "cooper", "technolog"]);
});

test("n-grams stay inside a clause and skip stop words", () => {
  const ts = tok("Cyber crimes rise, attacks grow. The cyber sphere", { phrases: "none" });
  assert.deepEqual(ngrams(ts, 2), ["cyber crimes", "crimes rise", "attacks grow", "cyber sphere"]);
  assert.deepEqual(ngrams(ts, 2, true), ["cyber crimes", "crimes rise", "attacks grow", "the cyber", "cyber sphere"]);
  assert.deepEqual(ngrams(ts, 3), ["cyber crimes rise"]);
});

test("every token of the seeds keeps its document, sentence and offsets", () => {
  const t = tokens(loadCorpus(SEEDS), { phrases: "none", stopwords: "none", fold: "none" });
  for (const d of t.docs) {
    for (const token of d.tokens) {
      const s = d.sentences[token.sentence];
      assert.ok(token.start >= s.start && token.end <= s.end, "token inside its sentence");
      assert.equal(d.doc.text.slice(token.start, token.end).toLowerCase().replace(/'s$/, ""), token.term.toLowerCase());
    }
  }
});

test("unjoinedWords: the words of joined tokens are the tokens made without phrases, sharing the rest", async () => {
  const { unjoinedWords } = await import("../../src/text/tokens");
  const { join } = await import("node:path");
  const fixtures = join(__dirname, "..", "fixtures");
  const corpora = [SEEDS, ...["five-years", "eu-russia", "chinese", "mixed", "inaugural"].map((f) => join(fixtures, f))].map((dir) => loadCorpus(dir));
  const variants: TokenOptions[] = [{}, { stem: true }, { stopwords: "none", fold: "none" }, { phrases: ["cyber sovereignty", "trade war", "new type of major-country relations"], keepAcronyms: false }];
  for (const corpus of corpora) {
    for (const options of variants) {
      const joined = tokens(corpus, options);
      const words = unjoinedWords(joined);
      assert.deepEqual(words, tokens(corpus, { ...options, phrases: "none" }), `${corpus.name} ${JSON.stringify(options)}`);
      // A word outside any phrase is the joined token itself.
      const shared = words.docs.flatMap((d, i) => d.tokens.filter((t) => joined.docs[i].tokens.includes(t))).length;
      const joinedWords = joined.docs.reduce((s, d) => s + d.tokens.filter((t) => !t.term.includes(" ") || options.phrases === "none").length, 0);
      assert.ok(shared >= joinedWords - 50 && shared > 0, `${corpus.name}: ${shared} shared of ${joinedWords}`);
    }
  }
  // Tokens that do not cover the words (here a phrase's span shifted by hand) are not trusted: the
  // document is tokenized afresh.
  const seeds = tokens(corpora[0]);
  const phrase = seeds.docs[0].tokens.find((t) => t.term.includes(" "))!;
  const shifted = { ...seeds, docs: seeds.docs.map((d, i) => (i === 0 ? { ...d, tokens: d.tokens.map((t) => (t === phrase ? { ...t, start: t.start + 1, sentence: t.sentence + 1 } : t)) } : d)) };
  assert.deepEqual(unjoinedWords(shifted), tokens(corpora[0], { phrases: "none" }));
  // A text where phrases join, with a possessive on the last word and a phrase cut by a comma.
  const text = "Xi Jinping's visit to the United States, united states of mind. The United States.";
  const c = { name: "t", documents: [doc(text)], warnings: [], hash: "" } as unknown as Parameters<typeof tokens>[0];
  const words = unjoinedWords(tokens(c, { fold: "none" }));
  assert.deepEqual(words.docs[0].tokens.map((t) => [t.term, text.slice(t.start, t.end), t.sentence, t.clause]), [
    ["xi", "Xi", 0, 0], ["jinping", "Jinping's", 0, 0], ["visit", "visit", 0, 0], ["to", "to", 0, 0], ["the", "the", 0, 0],
    ["united", "United", 0, 0], ["states", "States", 0, 0], ["united", "united", 0, 1], ["states", "states", 0, 1], ["of", "of", 0, 1], ["mind", "mind", 0, 1],
    ["the", "The", 1, 2], ["united", "United", 1, 2], ["states", "States", 1, 2],
  ]);
});
