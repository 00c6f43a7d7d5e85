import { strict as assert } from "node:assert";
import { test } from "node:test";
import { seededRandom } from "../../src/analysis/stats/random";
import { csvLine } from "../../src/export/csv";
import { CsvBytes } from "../../src/engine/csvBytes";

/** Rows written field by field: what `csvLine` writes, as bytes. */
function written(rows: unknown[][]): Buffer {
  const out = new CsvBytes();
  rows.forEach((row, r) => {
    if (r) out.newline();
    row.forEach((v, k) => {
      if (k) out.comma();
      if (typeof v === "number") out.number(v);
      else out.text(v as string);
    });
  });
  return Buffer.from(out.bytes());
}

const expected = (rows: unknown[][]) => Buffer.from(rows.map(csvLine).join("\n"), "utf8");

test("fields that need quoting, other scripts and numbers of every kind are written as csvLine writes them", () => {
  const rows = [
    ["plain", "x,y", 'say "hi"', "two\nlines", "cr\rhere", "", "中文", "é,", "😀", "\ud800"],
    [0, -0, 7, 10, 99, 100, 2_147_483_647, 2_147_483_648, -1, -2_147_483_648, 0.1, 1 / 3, 1e21, 1e-7, 12.5, NaN, Infinity, -Infinity],
  ];
  assert.deepEqual(written(rows), expected(rows));
  assert.equal(written([["a", 12, 0.5]]).toString(), "a,12,0.5");
});

test("random tables, past the first buffer's size, are written byte for byte as csvLine writes them", () => {
  const r = seededRandom(5);
  const alphabet = "abcxyz ,\"\n\r-'0129éü中😀";
  const field = () => {
    const kind = r();
    if (kind < 0.25) return Math.floor(r() * 1e6);
    if (kind < 0.4) return (r() - 0.5) * 10 ** Math.floor(r() * 30 - 10);
    const chars = Array.from(alphabet);
    return Array.from({ length: Math.floor(r() * 12) }, () => chars[Math.floor(r() * chars.length)]).join("");
  };
  const rows = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(r() * 6) }, field));
  const bytes = written(rows);
  assert.ok(bytes.length > 1 << 16, "the table outgrows the first buffer");
  assert.deepEqual(bytes, expected(rows));
});
