import { strict as assert } from "node:assert";
import { test } from "node:test";
import { cleanText } from "../../src/corpus/clean";
import { CleanRulesSchema, defaultCleanRules } from "../../src/corpus/cleanRules";
import { loadCorpus } from "../../src/corpus/load";
import { normalizeText } from "../../src/corpus/normalize";
import { SEEDS } from "../helpers";

const seeds = loadCorpus(SEEDS);
const [tang, cai] = seeds.documents;
const removed = (d: typeof tang) => d.removed.map((r) => [r.line, r.kind, r.text]);

test("2016 seed: exactly the language bar, title, date line, byline, affiliation and footer chrome go", () => {
  assert.deepEqual(removed(tang), [
    [1, "boilerplate", "Language : English 简体 繁體"],
    [3, "title", "Wuzhen Proposals will Boost Sino-US Cyber Cooperation"],
    [5, "dateline", "Jan 04 , 2016"],
    [6, "byline", "• Tang Lan"],
    [8, "header", "Deputy Director, Institute of Information and Social Development, CICIR"],
    [38, "boilerplate", "You might also like"],
    [39, "boilerplate", "Back to Top"],
  ]);
  assert.ok(tang.text.startsWith("From Dec 16 to 18, the second World Internet Conference was held at Wuzhen"));
  assert.ok(tang.text.endsWith("but also global stability in cyberspace."));
});

test("2022 seed: exactly the title-and-author line, publication line, author note and source go", () => {
  assert.deepEqual(removed(cai), [
    [1, "title", 'Cai Cuihong,"China and the US should use cyberspace as a medium for increasing trust and promoting cooperation"'],
    [2, "dateline", "发布时间: 2022-03-03 访问次数: 104"],
    [24, "note", "(The author is a professor of the Center for American Studies at Fudan University.)"],
    [26, "boilerplate", "Source: China Daily"],
  ]);
  assert.ok(cai.text.startsWith("Fifty years ago, the United States and Chinese leaders"));
  assert.ok(cai.text.endsWith("increasing trust and easing doubts."));
});

test("no site chrome survives in either body", () => {
  for (const d of seeds.documents) {
    for (const chrome of ["Language :", "简体", "繁體", "You might also like", "Back to Top", "发布时间", "访问次数", "Source:", "(The author is", "Tang Lan", "CICIR"]) {
      assert.ok(!d.text.includes(chrome), `${d.id} still holds ${chrome}`);
    }
  }
});

test("'Back to Top' glued to a title is cut off and the title then recognised", () => {
  const raw = "Back to TopWuzhen Proposals will Boost Sino-US Cyber Cooperation\n\nThe two countries reached consensus on cooperating for cybersecurity in September.\n";
  const r = cleanText(raw, { title: "Wuzhen Proposals will Boost Sino-US Cyber Cooperation" });
  assert.deepEqual(r.removed.map((x) => [x.rule, x.text]), [
    ["back-to-top", "Back to Top"],
    ["title", "Wuzhen Proposals will Boost Sino-US Cyber Cooperation"],
  ]);
  assert.equal(r.text, "The two countries reached consensus on cooperating for cybersecurity in September.");
});

test("a short title inside a body sentence does not remove the sentence", () => {
  const r = cleanText("Cyber cooperation helps everyone in the long run, experts say.\n", { title: "Cyber" });
  assert.equal(r.removed.length, 0);
  assert.equal(r.text, "Cyber cooperation helps everyone in the long run, experts say.");
});

test("rules are overridable: with no line rules and no header rule the chrome stays", () => {
  const rules = CleanRulesSchema.parse({ lines: [], header: false, title: false, byline: false });
  const raw = "Language : English 简体 繁體\n\nA body paragraph that is long enough to count as body text here.\n";
  assert.equal(cleanText(raw, {}, rules).text, "Language : English 简体 繁體\n\nA body paragraph that is long enough to count as body text here.");
  assert.equal(cleanText(raw, {}, defaultCleanRules).text, "A body paragraph that is long enough to count as body text here.");
});

test("unicode is normalised: curly quotes, dashes, NFKC", () => {
  assert.equal(normalizeText("China\u2019s \u201Cvision\u201D"), `China's "vision"`);
  assert.equal(normalizeText("2015\u20132016, one\u2010size"), "2015-2016, one-size");
  assert.equal(normalizeText("stakeholders \u2014 governments"), "stakeholders - governments");
  assert.equal(normalizeText("cooperation\u2014and"), "cooperation - and");
  assert.equal(normalizeText("\uFF35\uFF33 \uFB01rm\u00A0ground"), "US firm ground");
});

test("cleaned text separates words by one space and lines by newlines, whatever spaces the source used", () => {
  // What content hashes rely on: replacing newlines alone gives the words separated by single spaces.
  const pieces = ["word", "China's", "\u00e9t\u00e9", " ", "  ", "\t", "\f", "\v", "\r\n", "\r", "\n", "\n\n", "\u00a0", "\u2003", "\u3000", "\u1680", "\u2028", "\u2029", "\ufeff", "\u202f", "."];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const rules = CleanRulesSchema.parse({ header: false });
  for (let n = 0; n < 500; n++) {
    let raw = "";
    for (let k = 0; k < 40; k++) raw += pieces[Math.floor(next() * pieces.length)];
    const { text } = cleanText(raw, {}, rules);
    assert.equal(text.replace(/\n+/g, " "), text.replace(/\s+/g, " ").trim(), JSON.stringify(raw));
  }
});
