import assert from "node:assert/strict";
import { test } from "node:test";
import { hasDoubleSpace, normalizeText, oneSpace } from "../../src/corpus/normalize";

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

test("whitespace runs become one space as the plain expressions make them, on 20,000 seeded texts", () => {
  let seed = 13;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Spaces single and doubled, tabs, line breaks, NBSP, ideographic and other Unicode spaces, words
  // (none that normalisation changes otherwise).
  const pieces = ["a", "Öz", " ", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u3000", "\u2028", "\f", "\ufeff", " \n ", "中美"];
  let changed = 0;
  for (let n = 0; n < 20000; n++) {
    const s = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
    assert.equal(oneSpace(s), s.replace(/\s+/g, " "), JSON.stringify(s));
    // A text outside ASCII: every run of whitespace but line breaks becomes one space.
    const other = `é ${s}`;
    assert.equal(normalizeText(other), other.normalize("NFKC").replace(/[^\S\n]+/g, " "), JSON.stringify(other));
    // ASCII: runs of spaces, tabs, form feeds and vertical tabs.
    const ascii = s.replace(/[^\x00-\x7f]/g, "x");
    assert.equal(normalizeText(ascii), ascii.replace(/[ \t\f\v]+/g, " "), JSON.stringify(ascii));
    changed += +(oneSpace(s) !== s);
  }
  assert.ok(changed > 500 && 20000 - changed > 500, `texts changed and unchanged should both come up, got ${changed} changed`);
});

test("an em dash glued between two letters is punctuation, each one, even around a one-letter word; any other dash is a hyphen", () => {
  assert.equal(normalizeText("cooperation—and trust"), "cooperation - and trust");
  assert.equal(normalizeText("A—B—C"), "A - B - C");
  assert.equal(normalizeText("2016—2022, win–win, — alone"), "2016-2022, win-win, - alone");
  let seed = 17;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = ["a", "Öz", "中", "1", " ", "—", "―", "–", "-", ".", "é", "\r\n", "\r"];
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let n = 0; n < 5000; n++) {
    const s = `é${Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join("")}`;
    // By hand: a — or ― with a letter on each side becomes " - "; every dash left becomes "-".
    let expected = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if ((c === "—" || c === "―") && letter(s[i - 1]) && letter(s[i + 1])) expected += " - ";
      else expected += /[\u2010-\u2015]/.test(c) ? "-" : c;
    }
    assert.equal(normalizeText(s), expected.replace(/ {2,}/g, " ").replace(/\r\n?/g, "\n"), JSON.stringify(s));
  }
});
