import { strict as assert } from "node:assert";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { SliceCounter } from "../../src/engine/sliceCounter";
import { TermTally } from "../../src/engine/termTally";
import { resolveTokenOptions } from "../../src/text/tokens";
import { heapAfterGc, tempDir } from "../helpers";

// Counting a folder keeps tallies, not texts: no string it keeps (a term, a group's name) may be a
// view into a document's text, which V8 makes of any slice of 13 or more characters.

test("counting keeps no text alive through the long new terms it brought", () => {
  // Each text brings one new term of 13+ characters, the length at which a slice is a view, and in
  // lower case already, so folding it makes no new string.
  const tally = new TermTally(resolveTokenOptions());
  const before = heapAfterGc();
  for (let i = 0; i < 40; i++) tally.addText("g", `${"\n".repeat(1_000_000)}counterintelligence${i} operations`);
  const grown = heapAfterGc() - before;
  assert.ok(grown < 8e6, `40 texts of 1 MB: ${(grown / 1e6).toFixed(1)} MB still held`);
  assert.ok(tally.result().docFreq.has("counterintelligence39"));
});

test("a group named from a text's own byline keeps no text alive", () => {
  // No manifest: the author is read from each file's header, and a streamed count keeps every
  // document's group. 40 files of 250 KB.
  const dir = tempDir("dk-bylines-");
  const body = "Cyber sovereignty was the theme of the conference in Wuzhen this year. ".repeat(3500);
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `op${i}.txt`), `A title for op-ed number ${i}\n\nBy Alexandra Whitfield-Montgomery ${i}\n\n${body}\n`);
  const items = readdirSync(dir).map((file, index) => ({ index, item: { file } }));
  const counter = new SliceCounter({ root: dir, by: "author", ngram: 1, tokenOptions: resolveTokenOptions(), duplicates: "keep", read: {} });
  const before = heapAfterGc();
  counter.add(items);
  const grown = heapAfterGc() - before;
  assert.ok(grown < 4e6, `40 files of 250 KB: ${(grown / 1e6).toFixed(1)} MB still held`);
  assert.equal(new Set(counter.part().counts.groups.map((g) => g.group)).size, 40);
});
