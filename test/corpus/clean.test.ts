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

test("the body is its kept lines, trimmed, in paragraphs one blank line apart, whether or not the text came through whole", () => {
  const pieces = ["A line.", "Another line", "  padded  ", "", "", " ", "\t", "Source: Xinhua", "Back to TopA title", "short"];
  // The documented layout, built by hand from the lines the rules keep.
  const rules = CleanRulesSchema.parse({ header: false, title: false, byline: false, lines: [{ name: "source", kind: "boilerplate", pattern: "^Source:" }] });
  const expected = (raw: string) => {
    const paragraphs: string[][] = [[]];
    for (const line of normalizeText(raw).split("\n").map((l) => l.trim())) {
      if (line && !line.startsWith("Source:")) paragraphs[paragraphs.length - 1].push(line);
      else paragraphs.push([]);
    }
    return paragraphs.filter((p) => p.length).map((p) => p.join("\n")).join("\n\n");
  };
  let seed = 13;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let whole = 0;
  for (let n = 0; n < 1500; n++) {
    const raw = Array.from({ length: Math.floor(next() * 7) }, () => pieces[Math.floor(next() * (n % 2 ? 5 : pieces.length))]).join("\n") + (next() < 0.5 ? "\n" : "");
    const { text } = cleanText(raw, {}, rules);
    assert.equal(text, expected(raw), JSON.stringify(raw));
    if (raw.startsWith(text) && text.length > 0) whole++;
  }
  assert.ok(whole > 100, `texts that come through whole should be common in this pool, got ${whole}`);
});

test("line rules remove what each rule alone would, in order, whatever their flags (a back-reference too)", () => {
  const lines = [
    ...defaultCleanRules.lines,
    { name: "wire", kind: "boilerplate", pattern: "^(AP|Reuters)$" },
    { name: "advert", kind: "boilerplate", pattern: "^advertisement", flags: "i", strip: "prefix" },
    { name: "emoji", kind: "boilerplate", pattern: "^.$", flags: "u" },
  ];
  const doubled = { name: "doubled", kind: "boilerplate", pattern: "^(\\w+) \\1$" };
  const pool = ["Language: English", "Back to TopLanguage: English", "Back to Top", "You might also like", "YOU MIGHT ALSO LIKE", "Source: Xinhua",
    "(The author is a fellow.)", "发布时间：2016-01-01", "Jan 4, 2016", "4 march 2022", "2016-01-04", "bye bye", "bye byes", "AP", "Reuters Reuters",
    "ADVERTISEMENTBack to Top", "Advertisement Jan 4, 2016", "😀", "é", "A body sentence that mentions Source: nothing.", "  padded line  ", ""];
  // With and without a rule that refers back to its own group (the rules cannot then be joined).
  for (const ruleLines of [lines, [...lines.slice(0, -1), doubled, lines[lines.length - 1]]]) {
    const rules = CleanRulesSchema.parse({ title: false, byline: false, header: false, lines: ruleLines });
    const alone = rules.lines.map((r) => ({ ...r, re: new RegExp(r.pattern, r.flags) }));
    // The documented behaviour, one rule after another on each normalised, trimmed line.
    const expected = (raw: string) => {
      const out: [number, string, string][] = [];
      normalizeText(raw).split("\n").forEach((text, i) => {
        let line: string | null = text.trim();
        for (const r of alone) {
          if (!line) break;
          const m = r.re.exec(line);
          if (!m) continue;
          if (r.strip === "prefix" && m.index === 0 && m[0].length < line.length) {
            out.push([i + 1, r.name, m[0].trim()]);
            line = line.slice(m[0].length).trim();
          } else {
            out.push([i + 1, r.name, line]);
            line = null;
          }
        }
      });
      return out;
    };
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 300; n++) {
      const raw = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]).join("\n");
      const got = cleanText(raw, {}, rules).removed.map((r): [number, string, string] => [r.line, r.rule, r.text]);
      assert.deepEqual(got, expected(raw), JSON.stringify(raw));
    }
  }
});

test("the header rule: everything before the first line of bodyMinWords words that ends a sentence goes", () => {
  const rules = CleanRulesSchema.parse({ lines: [], title: false, byline: false, bodyMinWords: 4 });
  // "- - - ." has four runs but none with a letter or digit; "one two three." has three words.
  const raw = "Kicker line without a stop\n- - - - .\none two three.\nOne two three four.\nLater line";
  const { text, removed } = cleanText(raw, {}, rules);
  assert.equal(text, "One two three four.\nLater line");
  assert.deepEqual(removed.map((r) => [r.line, r.kind]), [[1, "header"], [2, "header"], [3, "header"]]);
});

test("title and byline lines go exactly as a line-by-line check of every lower-cased line says, in ASCII and other texts", () => {
  const rules = CleanRulesSchema.parse({ lines: [], header: false });
  const metas = [
    { title: "Cyber Norms", author: "Tang Lan" },
    { title: "Ca01", author: "Brown Corpus" },
    { title: "Σοφία", author: "İlker Öz" },
    { title: "A much longer title about cyberspace", author: "" },
    { title: "Net", author: "@Net Watch" },
  ];
  const pool = ["Cyber Norms", "CYBER NORMS: a view", "cyber norms and more words than the title", "Tang Lan", "• By Tang Lan", "by tang lan, fellow",
    "Tang Lanx", "Brown Corpus", "ca01", "CA01 CA01", "cyber norms, my view!!", "Σοφία", "ΣΟΦΊΑ", "İlker Öz", "İLKER ÖZ, writer", "ilker öz", "A body sentence.", "Word", "",
    // Bylines of plain ASCII in every shape and case, and lines that start alike but are none.
    "* BY TANG LAN", "-by brown corpus", "- Brown Corpus", "BY Brown Corpus", "bY   tang lan, fellow", "BY TANG LAN, senior fellow of a cyberspace institute", "BROWN CORPUS, editor", "Brown corpusx",
    "But not a byline", "TANG LAN said so.", "@NET WATCH", "@net watch, blogger", "`net watch", "*", "b"];
  // The documented behaviour: every kept line lower-cased, then the title test, then the byline test.
  const expected = (raw: string, meta: { title: string; author: string }) => {
    const title = meta.title.toLowerCase();
    const author = meta.author.toLowerCase();
    const out: [number, string][] = [];
    normalizeText(raw).split("\n").forEach((text, i) => {
      const lower = text.trim().toLowerCase();
      if (!lower) return;
      const bare = lower.replace(/^[•·*\-]+\s*/, "").replace(/^by\s+/, "");
      if (title && title.length >= lower.length / 2 && lower.includes(title)) out.push([i + 1, "title"]);
      else if (author && (bare === author || bare.startsWith(author + ","))) out.push([i + 1, "byline"]);
    });
    return out;
  };
  let seed = 5;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let removedSome = 0;
  let asciiBylines = 0;
  for (let n = 0; n < 1200; n++) {
    const meta = metas[n % metas.length];
    const raw = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pool[Math.floor(next() * pool.length)]).join("\n");
    const got = cleanText(raw, meta, rules).removed.map((r): [number, string] => [r.line, r.rule]);
    assert.deepEqual(got, expected(raw, meta), `${JSON.stringify(raw)} ${JSON.stringify(meta)}`);
    removedSome += got.length;
    if (/^[\x00-\x7f]*$/.test(raw)) asciiBylines += got.filter(([, rule]) => rule === "byline").length;
  }
  assert.ok(removedSome > 600, `the pool should give titles and bylines to find, got ${removedSome}`);
  assert.ok(asciiBylines > 80, `texts of plain ASCII should hold bylines, got ${asciiBylines}`);
});
