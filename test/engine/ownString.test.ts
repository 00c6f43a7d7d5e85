import { strict as assert } from "node:assert";
import { test } from "node:test";
import { ownString } from "../../src/engine/ownString";
import { heapAfterGc } from "../helpers";

test("ownString gives the same characters, whatever the string", () => {
  const long = "cybersovereignty".repeat(700); // 11,200 characters: copied in pieces
  for (const s of ["", "a", "twelve chars", "thirteen char", "Xi Jinping’s", "北京 and 中国 and 上海", "𝐀𝐁𝐂 astral and \ud800 lone", long]) {
    assert.equal(ownString(s), s);
    assert.equal(ownString(`(${s})`.slice(1, -1)), s);
  }
});

test("a copy keeps no part of the text it was cut from alive", () => {
  const before = heapAfterGc();
  const kept: string[] = [];
  for (let i = 0; i < 40; i++) {
    const text = `${"\n".repeat(1_000_000)}institutionalisation${i}`;
    kept.push(ownString(text.slice(1_000_000)));
  }
  const grown = heapAfterGc() - before;
  assert.ok(grown < 8e6, `40 texts of 1 MB: ${(grown / 1e6).toFixed(1)} MB still held`);
  assert.equal(kept[39], "institutionalisation39");
});
