import { strict as assert } from "node:assert";
import { test } from "node:test";
import { ActorRegistrySchema } from "../../src/lexicons/actorSchema";
import { seededRandom } from "../../src/analysis/stats/random";
import type { Document } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { tokenizeByRule } from "../../src/text/tokenize";
import { wordSpans } from "../../src/text/words";
import { type TokenOptions, documentTokenizer, resolveTokenOptions, tokenizeDocument } from "../../src/text/tokens";
import { TokenScanner } from "../../src/engine/scanTokens";
import { PACKED_MAX, Vocabulary, packWord, termHash } from "../../src/engine/vocabulary";
import { SEEDS } from "../helpers";
import { wordEnd, wordStart } from "../../src/engine/wordBounds";

// The scanner must give exactly what the token rule (src/text/tokenize.ts) gives: same terms,
// offsets, sentences, clauses and stop flags, under every option.

function doc(text: string): Document {
  return { id: "t", file: "t.txt", title: "", author: "", date: "2020-01-01", year: 2020, meta: { year: 2020 }, raw: text, text, removed: [] } as unknown as Document;
}

// A registry of one's own: a spelling with a stop word inside, an accented one, a Chinese one.
const FOLD_REGISTRY = ActorRegistrySchema.parse({
  name: "folds",
  actors: [
    { id: "eu", label: "European Union", kind: "organisation", aliases: ["EU", "the European Union", "Union européenne", "欧盟"] },
    { id: "hague", label: "The Hague", kind: "state", aliases: ["the Hague", "Den Haag", { text: "Hague", fold: false }] },
  ],
});

const OPTION_SETS: TokenOptions[] = [
  {},
  { stem: true },
  { lowercase: false },
  { keepAcronyms: false, stripPossessives: false },
  { phrases: "none", stopwords: "none" },
  { phrases: ["the hague", "u.s. government", "état de droit", "covid-19 pandemic"], stopwords: ["the", "US", "état"] },
  { fold: "none" },
  { stem: true, keepAcronyms: false, fold: FOLD_REGISTRY },
];

// Pieces chosen for the rules' edges: acronyms and possessives, dotted abbreviations, inner
// hyphens and apostrophes, trailing apostrophes, phrases across commas and sentence ends, other
// scripts (accents, final sigma, dotted İ, CJK, an astral letter, an emoji), digits and dashes.
const PIECES = [
  "United", "States", "of", "America", "USA", "Xi", "President", "European", "Union", "EU", "européenne", "Den", "Haag", "中国", "美国", "欧盟",
  "the", "The", "THE", "US", "us", "U.S.", "U.S", "e.g.", "J.", "K.", "Rowling", "Dr.", "Mr.", "China's", "CHINA'S", "US's", "IT", "it's",
  "It's", "ICT", "COVID-19", "covid-19", "pandemic", "techno-nationalism", "one-size-fits-all", "rock'n'roll", "Jr.'s", "'s", "s",
  "united", "United", "States", "states", "States'", "Xi", "Jinping's", "xi", "jinping", "cyber", "sovereignty", "Hague", "government",
  "état", "État", "de", "droit", "ΣΟΦΙΑ", "σοφίας", "İstanbul", "中国", "北京", "𝐀𝐁", "🙂", "naïve", "café's", "1961", "3-year-old", "50",
  "-", "--", ",", ";", ":", "(", ")", "[", "]", '"', "'", ".", "!", "?", "...", "—", "·",
  // Around the twelve characters a vocabulary slot holds: the last twelve of a longer word, as a
  // word of its own, must stay a different term.
  "abcdefghijkl", "xabcdefghijkl", "Xabcdefghijkl", "ABCDEFGHIJKLM", "responsibilities", "Responsibilities",
];
const GAPS = [" ", " ", " ", " ", "  ", "\n", "\n\n", " \n ", "\t", ". ", ", ", "; ", " - ", '" ', "? ", "! ", "", ".' "];

function randomText(r: () => number, words: number): string {
  let s = "";
  for (let i = 0; i < words; i++) s += PIECES[Math.floor(r() * PIECES.length)] + GAPS[Math.floor(r() * GAPS.length)];
  return s;
}

function assertSameTokens(text: string, options: TokenOptions, label: string): void {
  const opts = resolveTokenOptions(options);
  const expected = tokenizeByRule(doc(text), 0, opts);
  const actual = tokenizeDocument(doc(text), 0, opts);
  assert.deepEqual(actual.sentences, expected.sentences, `${label}: sentences`);
  assert.deepEqual(actual.tokens, expected.tokens, `${label} ${JSON.stringify(options)}: ${JSON.stringify(text.slice(0, 200))}`);
}

/** The words `wordStart`/`wordEnd` find, as `wordSpans` gives them. */
function scannedSpans(text: string): { text: string; start: number; end: number }[] {
  const out = [];
  for (let start = wordStart(text, 0); start >= 0; start = wordStart(text, start)) {
    const end = wordEnd(text, start);
    out.push({ text: text.slice(start, end), start, end });
    start = end;
  }
  return out;
}

test("the engine's word bounds find the WORD regex's matches, on random text with every edge case", () => {
  const r = seededRandom(7);
  for (let i = 0; i < 300; i++) {
    const text = randomText(r, 40);
    assert.deepEqual(scannedSpans(text), wordSpans(text), JSON.stringify(text));
  }
});

test("tokens equal the regex tokenizer's on random text, under every option set", () => {
  const r = seededRandom(42);
  for (let i = 0; i < 300; i++) {
    const text = randomText(r, 60);
    for (const options of OPTION_SETS) assertSameTokens(text, options, `random text ${i}`);
  }
});

test("every ASCII character joins or splits words as the regex tokenizer decides", () => {
  // The scanner tells ASCII letters and digits by ranges, not by the character table: each code,
  // inside, before and after words of letters, digits and capitals, long and short.
  for (let c = 1; c < 128; c++) {
    const ch = String.fromCharCode(c);
    const text = `a${ch}b Z${ch}9 ${ch}word${ch} Abcdefghij${ch}k 19${ch}61 x${ch}${ch}Y US${ch}EU ${ch}`;
    for (const options of [OPTION_SETS[0], OPTION_SETS[2]]) assertSameTokens(text, options, `code ${c}`);
  }
});

test("words of nine to twelve characters and longer: the regex tokenizer's terms, one id each", () => {
  // Two numbers carry a word's last eight characters as it is read; the first ones of a longer
  // word are packed after it. Words that differ only there stay different terms, and each term is
  // entered once. (A wrong first number shows only where two slots' hashes meet, as in the seeds.)
  const words = ["abcdefghi", "xbcdefghi", "abcdefghij", "axcdefghij", "abcdefghijkl", "xbcdefghijkl", "abxdefghijkl", "abcxefghijkl", "Abcdefghijkl", "abcdefghijklm", "xbcdefghijklm"];
  const text = words.map((w) => `${w} ${w.toUpperCase()} ${w}.`).join(" ");
  const opts = resolveTokenOptions({ stopwords: "none" });
  const terms = tokenizeDocument(doc(text), 0, opts).tokens.map((t) => t.term);
  assert.deepEqual(terms, tokenizeByRule(doc(text), 0, opts).tokens.map((t) => t.term));
  assert.equal(new Set(terms.filter((t) => t === t.toLowerCase())).size, new Set(words.map((w) => w.toLowerCase())).size);
  // One id per term: every later occurrence is found, not entered again.
  const scanner = new TokenScanner(opts);
  const run = scanner.scan(text);
  const ids = Array.from(run.term.subarray(0, run.length));
  assert.equal(new Set(ids).size, new Set(terms).size);
  assert.deepEqual(ids.map((id) => scanner.vocabulary.term(id)), terms);
});

test("tokens equal the regex tokenizer's on the seeds and the fixtures", () => {
  for (const dir of [SEEDS, "test/fixtures/mixed", "test/fixtures/five-years"]) {
    for (const d of loadCorpus(dir).documents) {
      for (const options of OPTION_SETS) assertSameTokens(d.text, options, d.file);
    }
  }
});

test("one scanner over many documents gives each document's own tokens", () => {
  const texts = ["The United States and China.", "Xi Jinping's visit, US's role.", "Naïve café's ΣΟΦΙΑ."];
  const opts = resolveTokenOptions({ stem: true });
  const tokenize = documentTokenizer(opts);
  for (const text of [...texts, ...texts]) {
    assert.deepEqual(tokenize(doc(text), 0).tokens, tokenizeByRule(doc(text), 0, opts).tokens);
  }
});

test("the vocabulary folds ASCII capitals in place, keeps ids through growth, and flags stop words", () => {
  const v = new Vocabulary(["the"], ["united"]);
  const text = "The THE the United";
  assert.equal(v.find(text, 0, 3, true), v.findString("the"));
  assert.equal(v.find(text, 4, 7, true), v.findString("the"));
  assert.equal(v.find(text, 4, 7, false), -1, "unfolded THE is not a term yet");
  assert.ok(v.isStop(v.find(text, 0, 3, true)));
  assert.ok(v.startsPhrase(v.find(text, 12, 18, true)));
  assert.ok(!v.isStop(v.find(text, 12, 18, true)));
  const ids = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) ids.set(`w${i}`, v.internString(`w${i}`));
  for (const [w, id] of ids) assert.equal(v.findString(w), id);
  assert.equal(v.term(ids.get("w12345")!), "w12345");
  assert.equal(v.size, 20_002);
});

test("a vocabulary made with room for many terms gives every term the id and flags of one that grew", () => {
  const grown = new Vocabulary(["the", "of"], ["united"]);
  const roomy = new Vocabulary(["the", "of"], ["united"], 5000);
  const random = seededRandom(3);
  const words = Array.from({ length: 30_000 }, () => {
    const n = 1 + Math.floor(random() * 16);
    return Array.from({ length: n }, () => "abcdeFGHij-'"[Math.floor(random() * 12)]).join("");
  });
  for (const w of words) assert.equal(roomy.intern(w, 0, w.length, true), grown.intern(w, 0, w.length, true), w);
  assert.equal(roomy.size, grown.size);
  assert.ok(grown.size > 10_000, `the words should outgrow the room made, got ${grown.size} terms`);
  for (const w of [...words.slice(0, 2000), "the", "The", "united", "nowhere"]) {
    const id = grown.find(w, 0, w.length, true);
    assert.equal(roomy.find(w, 0, w.length, true), id, w);
    assert.equal(roomy.isStop(id), grown.isStop(id), w);
    assert.equal(roomy.startsPhrase(id), grown.startsPhrase(id), w);
    if (id >= 0) assert.equal(roomy.term(roomy.stemOf(id)), grown.term(grown.stemOf(id)), w);
    const packed = packWord(w.toLowerCase());
    if (packed) assert.equal(roomy.findPacked(termHash(w, 0, w.length, true), ...packed), id, w);
  }
});

test("packed characters are a word's identity up to twelve ASCII characters, and nothing more", () => {
  // Every word of 1 to 12 letters over a two-letter alphabet (8,190 words, many sharing prefixes
  // and suffixes): no two pack alike.
  const seen = new Map<string, string>();
  for (let len = 1; len <= PACKED_MAX; len++) {
    for (let n = 0; n < 2 ** len; n++) {
      const word = n.toString(2).padStart(len, "0").replace(/0/g, "a").replace(/1/g, "b");
      const key = packWord(word)!.join(",");
      assert.equal(seen.get(key), undefined, `${word} packs like ${seen.get(key)}`);
      seen.set(key, word);
    }
  }
  assert.equal(seen.size, 2 ** (PACKED_MAX + 1) - 2);
  for (const term of ["abcdefghijklm", "US", "café", "a\u0000b"]) assert.equal(packWord(term), null, term);
});

test("findPacked finds exactly the folded ASCII terms, never a longer term's last twelve characters", () => {
  const v = new Vocabulary(["the"], []);
  const terms = ["the", "china", "xabcdefghijkl", "abcdefghijkl", "US", "responsibilities", "a"];
  for (const t of terms) v.internString(t);
  const find = (w: string) => {
    const packed = packWord(w);
    return packed ? v.findPacked(termHash(w, 0, w.length, false), ...packed) : -2;
  };
  for (const t of ["the", "china", "abcdefghijkl", "a"]) assert.equal(find(t), v.findString(t), t);
  assert.equal(find("bcdefghijkl"), -1, "a suffix that is no term");
  assert.equal(find("us"), -1, "US (an acronym) is not the folded word us");
  assert.equal(find("chin"), -1);
  // Ids survive the table's growth.
  for (let i = 0; i < 20_000; i++) v.internString(`w${i}`);
  assert.equal(find("w12345"), v.findString("w12345"));
  assert.equal(find("china"), v.findString("china"));
});

// Chinese and mixed-script pieces: words of Han cut by jieba, Latin words inside them, Chinese
// punctuation that ends sentences, and English phrases next to Chinese.
const CHINESE_PIECES = [
  "中美", "两国", "网络空间", "合作", "的", "在", "打压", "美方", "华为", "人类命运共同体", "ICT", "产业", "5G", "网络",
  "TikTok", "COVID-19", "united", "states", "United States", "China's", "。", "！", "？", "；", "，", "、", "“", "”", "…", "the",
  "網絡空間", "兩國", "美國", "對話", "臺灣",
];
const CHINESE_GAPS = ["", "", "", " ", "\n\n", "，", "。", ". "];

test("tokens equal the token rule's on random Chinese and mixed-script text, under every option set", () => {
  const r = seededRandom(2026);
  for (let i = 0; i < 150; i++) {
    let text = "";
    for (let k = 0; k < 30; k++) text += CHINESE_PIECES[Math.floor(r() * CHINESE_PIECES.length)] + CHINESE_GAPS[Math.floor(r() * CHINESE_GAPS.length)];
    for (const options of [...OPTION_SETS, { dictionary: ["网络空间合作"] }, { script: "simplified" as const }]) assertSameTokens(text, options, "chinese");
  }
});
