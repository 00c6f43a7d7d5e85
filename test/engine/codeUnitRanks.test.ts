import { strict as assert } from "node:assert";
import { test } from "node:test";
import { codeUnitRanks } from "../../src/engine/codeUnitRanks";
import { seededRandom } from "../../src/analysis/stats/random";

/** The ranks by a plain string sort: what codeUnitRanks must give. */
function sortedRanks(strings: string[]): number[] {
  const order = strings.map((_, i) => i).sort((a, b) => (strings[a] < strings[b] ? -1 : strings[a] > strings[b] ? 1 : a - b));
  const rank = new Array<number>(strings.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

test("code-unit ranks of hand-picked strings: prefixes, the empty string, capitals before lower case, accents after", () => {
  const strings = ["b", "", "ab", "a", "abc", "B", "é", "a b", "ab-c", "z"];
  // In code-unit order: "" < "B" < "a" < "a b" < "ab" < "ab-c" < "abc" < "b" < "z" < "é".
  assert.deepEqual([...codeUnitRanks(strings)], [7, 0, 4, 2, 6, 1, 9, 3, 5, 8]);
});

test("strings alike up to a character past ASCII are ordered by that character, not by what follows", () => {
  // "üa" > "éb" (ü > é) although a < b; U+007F comes before both; these share their packed start.
  const strings = ["üa", "éb", "\u007fz", "é", "ü", "\u007f"];
  assert.deepEqual([...codeUnitRanks(strings)], sortedRanks(strings));
  assert.deepEqual([...codeUnitRanks(strings)], [5, 3, 1, 2, 4, 0]);
});

test("code-unit ranks equal a string sort's for many random terms, long shared starts and other scripts included", () => {
  const r = seededRandom(11);
  const alphabet = "aaabcdeeefghiilmnnoorsstu-' 0123456789ABCXYZéüß中文";
  for (const n of [1, 2, 50, 5_000, 70_000]) {
    const seen = new Set<string>();
    while (seen.size < n) {
      // Many strings share long starts ("international…"), so most keys tie and the tie-break matters.
      const stem = r() < 0.3 ? "internation" : r() < 0.5 ? "inter" : "";
      const len = 1 + Math.floor(r() * 12);
      let s = stem;
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(r() * alphabet.length)];
      seen.add(s);
    }
    const strings = [...seen];
    assert.deepEqual([...codeUnitRanks(strings)], sortedRanks(strings), `n = ${n}`);
  }
});

test("strings alike for many code units are told apart by later ones, zero units and ends included", () => {
  const long = "internationalization";
  const strings = [long + "s", long, long + "\u0000", long + "\u0000a", "a\u0000", "a", long + "é", long + "\u007f", long + "s", "", "\u0000"];
  assert.deepEqual([...codeUnitRanks(strings)], sortedRanks(strings));
  // Ten thousand words with one 40-letter start, differing only in their last three letters.
  const r = seededRandom(5);
  const many = Array.from({ length: 10_000 }, () => "x".repeat(40) + Array.from({ length: 3 }, () => "abc\u0000"[Math.floor(r() * 4)]).join(""));
  assert.deepEqual([...codeUnitRanks(many)], sortedRanks(many));
});

test("equal strings get distinct ranks, in the order they are given", () => {
  assert.deepEqual([...codeUnitRanks(["b", "a", "b", "a"])], [2, 0, 3, 1]);
});
