import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { frequencyRows } from "../../src/analysis/frequency";
import { decodeText } from "../../src/corpus/decode";
import { loadCorpus } from "../../src/corpus/load";
import { readTable } from "../../src/corpus/tableFile";
import { packedFrequencyRows } from "../../src/engine/frequencyRows";
import { streamCounts } from "../../src/engine/streamCounts";
import { tokens } from "../../src/text/tokens";
import { tempDir } from "../helpers";

// Tables are read row by row from their bytes: a row is made when it is wanted and dropped once
// counted, so neither the file's text nor its rows are held whole.

// JSON Lines as a scraper leaves them when it was stopped and restarted: Windows line ends, a blank
// line, a line cut off mid-write, a line that is a list, and the rows after them.
const SCRAPED =
  '{"id":"a1","date":"2022-03-01","text":"Cyber norms were the first item on the agenda."}\r\n' +
  '{"id":"a2","date":"2022-03-02","text":"Both delegations spoke of \\"mutual trust\\"."}\r\n' +
  "\r\n" +
  '{"id":"a3","date":"2022-03-03","text":"The talks broke off when\r\n' +
  '["a3", "retry"]\r\n' +
  '{"id":"a4","date":"2022-03-04","text":"The talks resumed in Geneva."}\r\n';

test("a JSON Lines file with a broken line keeps every other row and names the line it skipped", () => {
  const dir = tempDir("dk-jsonl-broken-");
  writeFileSync(join(dir, "scraped.jsonl"), SCRAPED);
  const corpus = loadCorpus(dir);
  assert.deepEqual(
    corpus.documents.map((d) => [d.id, d.text]),
    [
      ["a1", "Cyber norms were the first item on the agenda."],
      ["a2", 'Both delegations spoke of "mutual trust".'],
      ["a4", "The talks resumed in Geneva."],
    ],
  );
  const skipped = corpus.warnings.filter((w) => w.kind === "skipped").map((w) => `${w.file}: ${w.message}`);
  assert.equal(skipped.length, 2, skipped.join("\n"));
  assert.match(skipped[0], /^scraped\.jsonl#3: line 4 is not valid JSON \(.+\); row skipped$/);
  assert.equal(skipped[1], "scraped.jsonl#4: line 5 is not an object; row skipped");
});

test("a JSON Lines file whose first line is not an object is skipped whole, with one line", () => {
  const dir = tempDir("dk-jsonl-log-");
  writeFileSync(join(dir, "server.jsonl"), "2022-03-01 12:00 started\n" + '{"text":"not a table of op-eds"}\n');
  writeFileSync(join(dir, "kept.txt"), "An op-ed kept beside the log.\n");
  const corpus = loadCorpus(dir);
  assert.deepEqual(corpus.documents.map((d) => d.file), ["kept.txt"]);
  const lines = corpus.warnings.filter((w) => w.file === "server.jsonl").map((w) => w.message);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^skipped: line 1 is not valid JSON \(.+\); write one object per line$/);
});

test("a table with skipped rows counts the same streamed as in memory, its warnings in the same order", async () => {
  const dir = tempDir("dk-jsonl-stream-");
  writeFileSync(join(dir, "scraped.jsonl"), SCRAPED);
  writeFileSync(join(dir, "desk.csv"), '\uFEFFid,date,text\r\nd1,2022-03-05,"Norms, trust and ""red lines"".\r\nA second paragraph."\r\nd2,someday,\r\nd3,2022-03-06,Trust again.\r\n');
  const s = await streamCounts(dir, { by: "date", duplicates: "keep" });
  const corpus = loadCorpus(dir, { duplicates: "keep" });
  assert.deepEqual(packedFrequencyRows(s.packed, s.documents), frequencyRows(countTerms(tokens(corpus), { by: "date" })));
  assert.equal(s.documents, 5);
  const line = (w: { file: string; message: string }) => `${w.file}: ${w.message}`;
  assert.deepEqual(s.warnings.map(line), corpus.warnings.map(line));
  assert.ok(corpus.warnings.some((w) => w.file === "desk.csv#3" && /no text; row skipped/.test(w.message)));
});

test("a UTF-8 table longer than the longest string is read row by row; a text that long is refused with one line", () => {
  // 0x1fffffe8 characters is the longest string V8 makes: one byte more.
  const bytes = Buffer.alloc(0x1fffffe8 + 1, "a");
  const decoded = decodeText(bytes);
  assert.ok(!decoded.ok && /^too large to read as one text \(over 536,870,888 characters\); split it/.test(decoded.reason));

  // The same bytes as a table: a header, then a row every 1,000 bytes, "id,aaa…".
  bytes.write("id,text\n0,");
  let rows = 1;
  for (let at = 1000; at + 20 < bytes.length; at += 1000) bytes.write(`\n${rows++},`, at);
  const table = readTable(bytes, "archive.csv");
  assert.ok(table.ok);
  let n = 0;
  let last = "";
  for (const row of table.rows) {
    n++;
    last = String(row.meta.id);
  }
  assert.equal(n, rows);
  assert.equal(last, String(rows - 1));
});
