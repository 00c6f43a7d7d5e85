import { strict as assert } from "node:assert";
import { readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { countTerms } from "../../src/analysis/counts";
import { frequencyRows } from "../../src/analysis/frequency";
import { seededRandom } from "../../src/analysis/stats/random";
import { decodeText } from "../../src/corpus/decode";
import { BadLine, jsonLinesFile } from "../../src/corpus/jsonLines";
import { loadCorpus } from "../../src/corpus/load";
import { plainCsvFile } from "../../src/corpus/plainCsv";
import { readTable, readTableFile } from "../../src/corpus/tableFile";
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

test("a UTF-16 JSON Lines file (Notepad's \"Unicode\") with a NUL in a line skips that row, named, and reads the rest", () => {
  const dir = tempDir("dk-jsonl-utf16-");
  const lines = '{"id":"u1","text":"Trust was the first word."}\r\n{"id":"u2","text":"Cut\u0000 here."}\r\n{"id":"u3","text":"Talks resumed."}\r\n';
  writeFileSync(join(dir, "notepad.jsonl"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, "utf16le")]));
  const corpus = loadCorpus(dir);
  assert.deepEqual(corpus.documents.map((d) => d.id), ["u1", "u3"]);
  const skipped = corpus.warnings.filter((w) => w.kind === "skipped").map((w) => `${w.file}: ${w.message}`);
  assert.equal(skipped.length, 1, skipped.join("\n"));
  assert.match(skipped[0], /^notepad\.jsonl#2: line 2 is not valid JSON \(.+\); row skipped$/);
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

test("JSON Lines read through a window of a few bytes give each line as JSON.parse reads it, on 1,000 seeded files", () => {
  const rand = seededRandom(31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const file = join(tempDir("dk-jsonl-window-"), "lines.jsonl");
  const lines = ['{"text":"网络空间 and trust"}', '{"id":7,"text":"a \\"quoted\\" word"}', "[1,2]", '{"text":"cut off', "", "  ", '{"text":"é"}\r'];
  for (let t = 0; t < 1000; t++) {
    const chosen = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(lines));
    // The first line an object, as a file the kit reads whole must start.
    const text = [lines[0], ...chosen].join("\n") + (rand() < 0.5 ? "\n" : "");
    writeFileSync(file, text);
    const expected = text.split("\n").flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        const v = JSON.parse(line);
        return [Array.isArray(v) ? `line ${i + 1} is not an object` : v];
      } catch {
        return [`line ${i + 1} is not valid JSON`];
      }
    });
    const got = [...jsonLinesFile(file, 1 + Math.floor(rand() * 9))!].map((x) => (x instanceof BadLine ? x.reason.replace(/ \(.*$/, "") : x));
    assert.deepEqual(got, expected, JSON.stringify(text));
  }
});

test("a table refused before its rows are read leaves no file open", () => {
  const dir = tempDir("dk-table-open-");
  const openOn = (path: string) => readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false;
    }
  }).length;
  const noText = join(dir, "no-text.jsonl");
  writeFileSync(noText, '{"headline":"No text column here"}\n{"headline":"Nor here"}\n');
  assert.throws(() => readTableFile(noText, "no-text.jsonl"), /no text column/);
  assert.equal(openOn(noText), 0);
  const log = join(dir, "log.jsonl");
  writeFileSync(log, "started at noon\n");
  const refused = readTableFile(log, "log.jsonl");
  assert.ok(!refused.ok);
  assert.equal(openOn(log), 0);
  const csv = join(dir, "desk.csv");
  writeFileSync(csv, "id,text\n1,Half read.\n2,Never read.\n");
  const table = readTableFile(csv, "desk.csv");
  assert.ok(table.ok);
  for (const _row of table.rows) break;
  assert.equal(openOn(csv), 0, "a loop left early closes the file");
});

test("a table whose header starts with a Chinese character is read through the window too; a file of wide spaces is left to the decoder", () => {
  const dir = tempDir("dk-table-zh-");
  const zh = join(dir, "社论.csv");
  writeFileSync(zh, '标题,日期,正文\r\n中美关系,2022-03-01,"网络空间, ""互信"" 与合作"\r\n第二篇,2022-03-02,乌镇\r\n');
  const table = plainCsvFile(zh, ",", 3);
  assert.ok(table, "read through the window");
  assert.deepEqual(table.header, ["标题", "日期", "正文"]);
  assert.deepEqual([...table.records].map((r) => r["正文"]), ['网络空间, "互信" 与合作', "乌镇"]);
  const blank = join(dir, "blank.csv");
  writeFileSync(blank, "\u3000\u3000\r\n");
  assert.equal(plainCsvFile(blank, ","), null);
  assert.deepEqual(readTableFile(blank, "blank.csv"), { ok: false, reason: "empty (no text)" });
});
