import { strict as assert } from "node:assert";
import { test } from "node:test";
import { markdownToText } from "../../src/corpus/markdown";

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
