import { strict as assert } from "node:assert";
import { test } from "node:test";
import { toCsv } from "../../src/export/csv";
import { toTextTable } from "../../src/export/textTable";

test("CSV quotes commas, quotes and line breaks (RFC 4180)", () => {
  assert.equal(
    toCsv([{ a: "x,y", b: 'say "hi"', c: "two\nlines", d: 1.5, e: null }]),
    'a,b,c,d,e\n"x,y","say ""hi""","two\nlines",1.5,\n',
  );
  assert.equal(toCsv([]), "\n");
});

test("text tables align columns and right-align numbers", () => {
  assert.equal(toTextTable([{ term: "china", count: 12 }, { term: "us", count: 3 }]), "term   count\n-----  -----\nchina     12\nus         3\n");
});

test("a text table of 300,000 rows is printed (a large folder's frequency table), widest cell setting the width", () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => ({ term: `t${i}`, count: i }));
  const lines = toTextTable(rows).split("\n");
  assert.equal(lines.length, 300_003);
  assert.equal(lines[1], "-------  ------");
  assert.equal(lines[300_001], "t299999  299999");
});
