import { strict as assert } from "node:assert";
import { test } from "node:test";
import { seededRandom } from "../../src/analysis/stats/random";
import { escapedText, hasLineMarker, markdownToText, parsedText } from "../../src/corpus/markdown";

// Markdown as op-eds saved from blogs and newsletters come: markup of every kind, and plain text.
const md = [
  "# Cyber *sovereignty* revisited",
  "",
  "Beijing's *position, **firmly** stated,* has not changed; see [the white paper][wp] and",
  "[this speech](https://example.org/speech \"Wuzhen\").",
  "",
  "[wp]: https://example.org/white-paper",
  "",
  "| country | position |",
  "|---|---|",
  "| China | sovereignty |",
  "| US | multistakeholder |",
  "",
  "<div class=\"note\">",
  "Editor's note: updated <em>twice</em>.",
  "</div>",
  "",
  "```",
  "code stays: net_sovereignty()",
  "```",
  "",
  "The snake_case_name and 2_3_4 are not emphasis; \\*this\\* is escaped.",
  "Setext heading",
  "--------------",
  "> quoted line",
  "- a list item",
  "1. a numbered item",
  "![a chart](chart.png) after the image",
  "***",
].join("\n");

const lines = markdownToText(md).split("\n");

test("every line stays on its line: the line count and paragraph breaks survive", () => {
  assert.equal(lines.length, md.split("\n").length);
  assert.equal(lines[1], "");
});

test("headings, nested emphasis, inline and reference links keep their text and lose their markup", () => {
  assert.equal(lines[0], "Cyber sovereignty revisited");
  assert.equal(lines[2], "Beijing's position, firmly stated, has not changed; see the white paper and");
  assert.equal(lines[3], "this speech.");
  assert.equal(lines[5], "", "a reference definition is not text");
});

test("a table keeps its cells' words, a row per line; an HTML block its text without tags", () => {
  assert.equal(lines[7], "country position");
  assert.equal(lines[8], "");
  assert.equal(lines[9], "China sovereignty");
  assert.equal(lines[12].trim(), "");
  assert.equal(lines[13], "Editor's note: updated twice.");
});

test("code keeps its text; intraword underscores and escaped stars are not emphasis", () => {
  assert.equal(lines[17], "code stays: net_sovereignty()");
  assert.equal(lines[20], "The snake_case_name and 2_3_4 are not emphasis; *this* is escaped.");
  assert.equal(lines[21], "Setext heading");
  assert.equal(lines[22], "");
  assert.deepEqual(lines.slice(23, 26), ["quoted line", "a list item", "a numbered item"]);
  assert.equal(lines[26].trim(), "after the image");
  assert.equal(lines[27], "");
});

test("text without markup is returned as it is", () => {
  const plain = "China and the United States met in Wuzhen.\n\nBoth sides spoke of trust (and of rules).";
  assert.equal(markdownToText(plain), plain);
});

test("a marker that opens a line is markup at the text's start and after a line break", () => {
  for (const start of ["", "Intro line.\n\n"]) {
    assert.equal(markdownToText(`${start}- a bulleted point`).split("\n").pop(), "a bulleted point", JSON.stringify(start));
    assert.equal(markdownToText(`${start}2. a numbered point`).split("\n").pop(), "a numbered point", JSON.stringify(start));
    assert.equal(markdownToText(`${start}    indented code`).split("\n").pop(), "indented code", JSON.stringify(start));
  }
  // A bullet may interrupt a paragraph (CommonMark); "2." may not, and stays text.
  assert.equal(markdownToText("Intro line.\n- a point"), "Intro line.\na point");
  assert.equal(markdownToText("Intro line.\n2. not a list"), "Intro line.\n2. not a list");
  // A number inside a line, or a hyphen with no space after it, is text.
  const text = "In 2016 the talks began.\nIt was a well-known -- and hard -- road.";
  assert.equal(markdownToText(text), text);
});

test("a character reference is decoded, by the parser, even in a text with no other markup", () => {
  assert.equal(markdownToText("AT&amp;T and Huawei &mdash; a year on."), "AT&T and Huawei \u2014 a year on.");
  assert.equal(markdownToText("R&D and A&P stay as written."), "R&D and A&P stay as written.");
});

test("escapes alone are undone without the parser, as the parser undoes them, on 3,000 seeded texts", () => {
  // Text as a converter escapes it (pandoc writes \* and \_ for Brown's "43*0C"), with what must
  // still go to the parser: a backslash before a letter, at a line's end, or escaped itself before a
  // star; a reference; a link.
  const rand = seededRandom(31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const pieces = ["trust", "Wuzhen", "43", "0C", "cyber-space", "U.S.", "(rules)", "\\*", "\\_", "\\#", "\\\\", "\\[", "\\]", "\\<", "\\`", "\\&", "\\|", "\\~", "\\>", "\\(", "&", "R&D", "100%", "e.g.,", "\"", "'"];
  const rare = ["\\a", "&amp;", "[a](b)", "\\\\*", "*", "_x_"];
  let fast = 0;
  for (let t = 0; t < 3000; t++) {
    const paragraphs: string[] = [];
    for (let p = 1 + Math.floor(rand() * 3); p > 0; p--) {
      const lines: string[] = [];
      for (let l = 1 + Math.floor(rand() * 3); l > 0; l--) {
        const words = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => (rand() < 0.02 ? pick(rare) : pick(pieces)));
        lines.push(words.join(rand() < 0.9 ? " " : ""));
      }
      paragraphs.push(lines.join(rand() < 0.05 ? "\\\n" : "\n"));
    }
    const md = paragraphs.join("\n\n");
    const parsed = parsedText(md);
    const escaped = escapedText(md);
    if (escaped !== undefined) {
      fast++;
      assert.equal(escaped, parsed, JSON.stringify(md));
    }
    assert.equal(markdownToText(md), parsed, JSON.stringify(md));
  }
  // Both ways taken often: the comparison is not empty, and neither is the parser's share.
  assert.ok(fast > 1000 && fast < 2900, `${fast} of 3,000 undone without the parser`);
});

test("a line marker is found at each line's start as an expression over the whole text finds it, on 5,000 seeded texts", () => {
  // The rule, written out: at the text's start or after any line break, up to three spaces, then a
  // bullet, a setext underline's = or a number 1–9 digits long with . or ), then a space or the end;
  // or four spaces or a tab.
  const rule = /(?:^|[\n\r\u2028\u2029])(?:\s{0,3}(?:[-+=]|\d{1,9}[.)])(?:\s|$)| {4}|\t)/;
  const rand = seededRandom(37);
  const pieces = ["Trust", "a", " ", "  ", "    ", "\t", "\n", "\n", "\n\n", "\r", "\r\n", "\u2028", "-", "+", "=", "1.", "2)", "1234567890.", "x-y", "3", "\u00a0", ".", "*"];
  let found = 0;
  for (let t = 0; t < 5000; t++) {
    let md = "";
    for (let n = 1 + Math.floor(rand() * 12); n > 0; n--) md += pieces[Math.floor(rand() * pieces.length)];
    const expected = rule.test(md);
    if (expected) found++;
    assert.equal(hasLineMarker(md), expected, JSON.stringify(md));
  }
  assert.ok(found > 1000 && found < 4000, `${found} of 5,000 with a marker`);
});
