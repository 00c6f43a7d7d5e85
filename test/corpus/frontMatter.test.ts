import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parse } from "yaml";
import { plainFields, splitFrontMatter } from "../../src/corpus/frontMatter";

const yaml = (block: string) => parse(block, { schema: "core" }) ?? {};

test("plain key: value lines are read as YAML's core schema reads them", () => {
  const values = [
    "Cyber sovereignty revisited", "唐岚", "2016-01-04", "007", "42", "2.5", "1.", "1e5", "1E-3", "1.e5", "12345678901234567890", "12_000",
    "True", "TRUE", "true", "false", "yes", "no", "Null", "null", "NULL", "NaN", "Infinity", "O'Brien", "Foo (ed.)", "a  b", "C++", "1.2.3",
    "0b101", "editorial", "Xi Jinping’s speech", "New York/Washington", "a,b", "e5", "٣",
  ];
  for (const v of values) {
    const block = `title: ${v}\nauthor: Li Wen\n`;
    const fast = plainFields(block);
    assert.ok(fast !== undefined, `read without the parser: ${v}`);
    assert.deepEqual(fast, yaml(block), v);
  }
  assert.deepEqual(plainFields("title:\nyear: 2016\n\n"), { title: null, year: 2016 });
});

test("anything else is left to the YAML parser: quotes, colons, comments, lists, repeated keys, 0x and 0o numbers", () => {
  for (const block of [
    'title: "Cyber: the new frontier"', "title: Cyber: the new frontier", "time: 10:30", "title: Cyber # draft", "# a comment\ntitle: A", "tags: [a, b]",
    "tags:\n  - a\n  - b", "title: A\ntitle: B", "n: 0x1F", "n: 0o17", "n: -5", "n: .5", "title: 'quoted'", "title: &anchor A", "title: *alias", "title: !tag A",
    "title: |\n  block", "title:foo", "__proto__: x", "title: A\r", "key:\tvalue", "title: 中美：合作",
  ]) {
    assert.equal(plainFields(block), undefined, block);
  }
});

test("generated front matter: wherever the plain reading answers, it is YAML's answer", () => {
  // A seeded generator of lines from words, numbers and YAML's indicator characters.
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const pieces = ["China", "US", "cyber", "2016", "07", "3.5", "1e3", "true", "Null", "-", ":", "#", "'", '"', ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "  ", "(", ")", "/", "+", "_", "é", "网络", "x"];
  const keys = ["title", "author", "date", "outlet", "year", "_id", "category"];
  let plain = 0;
  for (let k = 0; k < 3000; k++) {
    const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${pick(keys)}:${rand() < 0.9 ? " " : ""}${Array.from({ length: Math.floor(rand() * 4) }, () => pick(pieces)).join(rand() < 0.5 ? " " : "")}`);
    const block = lines.join("\n");
    const fast = plainFields(block);
    if (fast === undefined) continue;
    plain++;
    assert.deepEqual(fast, yaml(block), JSON.stringify(block));
  }
  assert.ok(plain > 300, `${plain} blocks read plainly`);
});

test("a file's front matter is split from its body the same way, read plainly or by the parser", () => {
  const plain = splitFrontMatter("---\ntitle: Trust\nyear: 2016\n---\nBody text.\n")!;
  const parsed = splitFrontMatter('---\ntitle: "Trust"\nyear: 2016\n---\nBody text.\n')!;
  assert.deepEqual(plain, parsed);
  assert.deepEqual(plain, { data: { title: "Trust", year: 2016 }, body: "Body text.\n", lines: 4 });
});
