import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { extractHtmlArticle } from "../../src/corpus/htmlArticle";

// Pages as they are saved from the web: a news site with comments and share boxes, a 2000s blog
// with unclosed <p> and <li> and upper-case <META>, a think tank with a cookie notice, sidebar and
// footnotes, a Chinese news page, and a page of oddities (template, comment, noscript, svg, pre).
const PAGES = join(__dirname, "..", "fixtures", "web-pages");
const page = (name: string) => extractHtmlArticle(readFileSync(join(PAGES, name), "utf8"));
const paragraphs = (text: string) => text.split("\n\n");

test("a news page: the article's paragraphs, none of its menus, share links, asides, ads or comments", () => {
  const { text, meta } = page("guardian.html");
  assert.ok(text.includes("In September 2015, Xi Jinping and Barack Obama agreed"));
  assert.ok(text.endsWith("The alternative is a slow drift into a world where every network is a battlefield."));
  for (const chrome of ["Skip to main content", "Share on Facebook", "Read more:", "Advertisement", "Comments (214)", "NSA revelations", "Most viewed", "All rights reserved", "Contribute"]) {
    assert.ok(!text.includes(chrome), `no "${chrome}"`);
  }
  assert.ok(text.includes("China’s Ministry") && text.includes("trust — and trust"), "entities decoded");
  // article:author holds a profile URL here; the name comes from the JSON-LD.
  assert.deepEqual([meta.title, meta.author, meta.date, meta.section, meta.language], ["The cyber truce that never was", "Jane Roe", "2022-06-01", "Opinion", "en"]);
});

test("an old blog page: unclosed paragraphs are paragraphs, upper-case META is read, comments are left out", () => {
  const { text, meta } = page("blog.html");
  const ps = paragraphs(text);
  assert.ok(ps.some((p) => p.startsWith("The sixth World Internet Conference opened this week in Wuzhen")));
  assert.ok(ps.some((p) => p === "What struck me most was the absence of any discussion of the trade war, which hung over every conversation in the corridors."));
  assert.ok(ps.includes("I will write more when I am back in Hong Kong."));
  for (const chrome of ["Archives", "Blogroll", "Tom says", "Huawei", "Powered by WordPress", "Share this"]) assert.ok(!text.includes(chrome), `no "${chrome}"`);
  assert.deepEqual([meta.title, meta.author, meta.date], ["Notes from Wuzhen, again", "K. Lam", "2019-10-22"]);
});

test("a think-tank page: citation_* metadata, no cookie notice, sidebar or related posts", () => {
  const { text, meta } = page("thinktank.html");
  assert.ok(text.startsWith("Deterrence worked in the nuclear age because both sides could see the weapons and count them."));
  for (const chrome of ["We use cookies", "Newsletter", "Get our analysis", "Norms for the next decade", "Washington DC", "tracking", "Home"]) assert.ok(!text.includes(chrome), `no "${chrome}"`);
  assert.deepEqual([meta.title, meta.author, meta.date, meta.language], ["Deterrence in Cyberspace: Three Lessons", "Morgan, Alex", "2017-03-09", "en-US"]);
});

test("a Chinese news page: the article's text, its date and language, no site menu or copyright line", () => {
  const { text, meta } = page("chinese.html");
  assert.ok(text.includes("推动构建网络空间命运共同体"));
  assert.ok(!text.includes("首页") && !text.includes("Copyright"));
  assert.deepEqual([meta.date, meta.language, meta.source], ["2016-11-18", "zh-CN", "新华网"]);
});

test("what no reader sees is not text: templates, comments, noscript, svg titles and scripts", () => {
  const { text, meta } = page("oddities.html");
  for (const hidden of ["Hidden template", "commented-out", "enable JavaScript", "icon", "trackRead"]) assert.ok(!text.includes(hidden), `no "${hidden}"`);
  const ps = paragraphs(text);
  assert.deepEqual(ps.slice(2, 5), ["Chips for supercomputers", "Tools for 14-nanometre logic", "Memory beyond 128 layers"], "each unclosed <li> a paragraph");
  assert.ok(ps[0].startsWith("Export controls announced in October 2022 cut China's access"), "<P> read as <p>, &apos; decoded");
  assert.equal(meta.title, "Sanctions & the Semiconductor Race");
});

test("attribute names are read whatever their case, as a browser reads them", () => {
  const html = readFileSync(join(PAGES, "blog.html"), "utf8");
  const lower = extractHtmlArticle(html.replace('<META NAME="Author" CONTENT="K. Lam">', '<meta name="author" content="K. Lam">'));
  assert.deepEqual(page("blog.html"), lower);
});
