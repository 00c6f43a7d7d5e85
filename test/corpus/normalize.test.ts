import assert from "node:assert/strict";
import { test } from "node:test";
import { hasDoubleSpace, normalizeText } from "../../src/corpus/normalize";

test("two spaces in a row are found wherever they stand in the four-byte words read, and only they", () => {
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const chars = [" ", " ", "a", "\t", ".", "\n", "!", "`", "\x00", "\x7f"];
  let found = 0;
  for (let n = 0; n < 20000; n++) {
    const s = Array.from({ length: Math.floor(next() * 24) }, () => chars[Math.floor(next() * chars.length)]).join("");
    assert.equal(hasDoubleSpace(s), s.includes("  "), JSON.stringify(s));
    found += +s.includes("  ");
  }
  assert.ok(found > 4000 && found < 16000, `both answers should come up, got ${found}`);
  // Each place and each length modulo four, in a long text: pairs across two words included.
  const long = "word ".repeat(2000);
  for (let at = 4000; at < 4008; at++) {
    for (const cut of [0, 1, 2, 3]) {
      const s = `${long.slice(0, at)} ${long.slice(at)}`.slice(0, long.length - cut);
      assert.equal(hasDoubleSpace(s), s.includes("  "), `${at} ${cut}`);
    }
  }
  // A short text after a long one: what is left of the long one in the copy is never read.
  assert.equal(hasDoubleSpace(" a".repeat(5000) + "  "), true);
  assert.equal(hasDoubleSpace(" a b"), false);
  assert.equal(hasDoubleSpace("a "), false);
});

test("runs of spaces and tabs become one space in ASCII and other texts; single spaces stay", () => {
  assert.equal(normalizeText("a  b\t\tc \t d"), "a b c d");
  assert.equal(normalizeText("a b c"), "a b c");
  assert.equal(normalizeText("one.  Two\r\nthree"), "one. Two\nthree");
  assert.equal(normalizeText("Öz  said"), "Öz said");
});
