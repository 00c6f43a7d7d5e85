import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { seededRandom } from "../../src/analysis/stats/random";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { plainCsvFile, plainCsvTable } from "../../src/corpus/plainCsv";
import { tempDir } from "../helpers";

/** The plain reader's records of a table written as UTF-8, or null where it leaves the table to csv-parse. */
function plainCsvRecords(text: string, delimiter: "," | "\t"): Record<string, string>[] | null {
  const table = plainCsvTable(Buffer.from(text), delimiter);
  return table && [...table.records];
}

/** csv-parse as `readTable` calls it, or "error". */
function csvParse(text: string, delimiter: "," | "\t"): unknown {
  try {
    return parse(text, { columns: (h: string[]) => h.map((x) => x.trim()), delimiter, skip_empty_lines: true, bom: true });
  } catch {
    return "error";
  }
}

test("a table as spreadsheets and scripts write one reads as csv-parse reads it", () => {
  const table =
    'id,Title , text\r\n' +
    '1,"Dear Editor,","Sir,\r\nThe ""reset"" failed.\r\n\r\nYours, A."\r\n' +
    '\r\n' +
    '2,,"中美关系, 网络空间"\r\n' +
    '3,plain,"a line\nwith a bare newline inside quotes"\r\n';
  const got = plainCsvRecords(table, ",");
  assert.deepEqual(got, csvParse(table, ","));
  assert.equal(got?.length, 3);
  assert.equal(got?.[0].text, 'Sir,\r\nThe "reset" failed.\r\n\r\nYours, A.');
  assert.equal(got?.[0].Title, "Dear Editor,");
  const tsv = "id\ttext\n1\tno quotes, commas fine\n2\t\"tab\tinside\"\n";
  assert.deepEqual(plainCsvRecords(tsv, "\t"), csvParse(tsv, "\t"));
});

test("what is not a plain table is left to csv-parse", () => {
  for (const text of [
    'a,b\n"x"y,2', // text after a closing quote
    'a,b\nx"y,2', // a quote inside a bare field
    'a,b\n1', // too few fields
    'a,b\n1,2,3', // too many
    'a,b\n"open,2\n', // never closed
    "a,b\r1,2\r", // lone carriage returns
    "a,b\n1,2\r\n3,4", // a second kind of line break
    "a,a\n1,2", // a header name twice
    "__proto__,b\n1,2",
  ]) {
    assert.equal(plainCsvRecords(text, ","), null, JSON.stringify(text));
  }
});

test("wherever it answers, on 4,000 seeded tables of quotes, separators and line breaks, it equals csv-parse, read whole or through a small window", () => {
  const rand = seededRandom(29);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const pieces = ["a", "op-ed", " ", ",", "\t", '"', '""', "\n", "\r\n", "\r", "中美", "é", "x y"];
  const field = (): string => {
    let s = "";
    for (let n = Math.floor(rand() * 4); n > 0; n--) s += pick(pieces);
    if (rand() < 0.5) return s;
    return `"${s.replaceAll('"', rand() < 0.9 ? '""' : '"')}"`;
  };
  const file = join(tempDir("dk-plain-csv-"), "table.csv");
  let answered = 0;
  let refused = 0;
  for (let t = 0; t < 4000; t++) {
    const delimiter = rand() < 0.8 ? "," : "\t";
    const columns = 1 + Math.floor(rand() * 4);
    const eol = pick(["\n", "\n", "\r\n", "\r\n", "\r"]);
    const header = Array.from({ length: columns }, (_, k) => (rand() < 0.1 ? ` c${k} ` : rand() < 0.05 ? "c0" : `c${k}`));
    let text = (rand() < 0.1 ? eol : "") + header.join(delimiter);
    for (let r = Math.floor(rand() * 5); r > 0; r--) {
      const width = rand() < 0.9 ? columns : 1 + Math.floor(rand() * 4);
      text += (rand() < 0.05 ? pick(["\n", "\r\n"]) : eol) + (rand() < 0.1 ? "" : Array.from({ length: width }, field).join(delimiter));
    }
    if (rand() < 0.5) text += eol;
    const fast = plainCsvRecords(text, delimiter);
    const expected = csvParse(text, delimiter);
    // Read from a file through a window of a few bytes, rows and fields cross its edges.
    writeFileSync(file, text);
    const windowed = plainCsvFile(file, delimiter, 1 + Math.floor(rand() * 12));
    assert.deepEqual(windowed && [...windowed.records], fast, `through a window: ${JSON.stringify(text)}`);
    if (fast === null) {
      refused++;
      continue;
    }
    answered++;
    assert.deepEqual(fast, expected, JSON.stringify(text));
  }
  // Both ways taken often enough to mean something.
  assert.ok(answered > 1000 && refused > 500, `answered ${answered}, refused ${refused}`);
});
