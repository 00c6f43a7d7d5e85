import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toCsv } from "../../src/export/csv";
import { writeBrownCorpus } from "../../bench/brown";
import { CLI, MINI, SEEDS, copyCorpus, folderHash, tempDir } from "../helpers";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("freq --format json counts body words of the seeds exactly, per year", () => {
  const r = run("freq", "--corpus", SEEDS, "--by", "year", "--phrases", "none", "--stopwords", "none", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows: { group: string; term: string; count: number; per10k: number; docFreq: number; tfidf: number }[] = JSON.parse(r.out);
  assert.deepEqual(Object.keys(rows[0]), ["group", "term", "count", "per10k", "docFreq", "tfidf"]);
  const count = (group: string, term: string) => rows.find((x) => x.group === group && x.term === term)?.count ?? 0;
  // Counted by hand in the raw files (grep -oiw), minus the occurrences in removed title lines:
  // 2016 title "…Sino-US Cyber Cooperation" holds one "cooperation"; the 2022 title line holds one
  // "cyberspace" and one "cooperation".
  assert.equal(count("2016", "cyberspace"), 8);
  assert.equal(count("2022", "cyberspace"), 15);
  assert.equal(count("2016", "cooperation"), 6);
  assert.equal(count("2022", "cooperation"), 8);
  assert.equal(count("2016", "internet"), 8);
  assert.equal(count("2022", "internet"), 2);
  // No site chrome is counted.
  for (const chrome of ["language", "english", "简体", "繁體", "top", "发布时间", "访问次数", "104", "source", "daily", "lan", "cicir", "might"]) {
    assert.equal(rows.filter((x) => x.term.toLowerCase() === chrome).length, 0, `chrome term counted: ${chrome}`);
  }
  // Rates use the group's token total.
  const total2016 = rows.filter((x) => x.group === "2016").reduce((s, x) => s + x.count, 0);
  const cyb = rows.find((x) => x.group === "2016" && x.term === "cyberspace")!;
  assert.ok(Math.abs(cyb.per10k - (8 / total2016) * 10_000) < 1e-9);
});

test("freq over 1,000 files (worker threads started as the command starts) writes the table one thread writes", () => {
  const dir = tempDir("dk-brown2-");
  writeBrownCorpus(dir, 2);
  const threads = run("freq", "--corpus", dir, "--by", "category", "--format", "csv");
  const one = run("freq", "--corpus", dir, "--by", "category", "--workers", "1", "--format", "csv");
  assert.equal(threads.code, 0, threads.err);
  assert.equal(one.code, 0, one.err);
  assert.ok(threads.out.split("\n").length > 50_000);
  assert.equal(threads.out, one.out);
});

test("freq --format csv and table, --top and --ngram", () => {
  const csv = run("freq", "--corpus", MINI, "--top", "1", "--format", "csv");
  assert.equal(csv.code, 0, csv.err);
  const lines = csv.out.trim().split("\n");
  assert.equal(lines[0], "group,term,count,per10k,docFreq,tfidf");
  assert.equal(lines.length, 3);
  assert.match(lines[1], /^2016,cooperation,2,1818\.18/);
  const table = run("freq", "--corpus", MINI, "--ngram", "2", "--top", "1");
  assert.match(table.out, /cyber cooperation\s+2/);
});

test("freq --format csv writes the same table as its json rows written by toCsv, whatever the options", () => {
  for (const options of [[], ["--top", "3"], ["--ngram", "2"], ["--min-count", "2", "--by", "year"], ["--min-count", "1000000"]]) {
    const csv = run("freq", "--corpus", SEEDS, ...options, "--format", "csv");
    const json = run("freq", "--corpus", SEEDS, ...options, "--format", "json");
    assert.equal(csv.code, 0, csv.err);
    assert.equal(csv.out, toCsv(JSON.parse(json.out)), options.join(" "));
  }
  // Groups whose names need quoting (a comma; a quote, doubled inside the quotes).
  const dir = copyCorpus(MINI);
  const manifest = join(dir, "corpus.json");
  writeFileSync(manifest, readFileSync(manifest, "utf8").replace('"outlet": "X"', '"outlet": "Times, The"').replace('"outlet": "Y"', '"outlet": "The \\"Post\\""'));
  const csv = run("freq", "--corpus", dir, "--by", "outlet", "--format", "csv");
  const json = run("freq", "--corpus", dir, "--by", "outlet", "--format", "json");
  assert.equal(csv.code, 0, csv.err);
  assert.match(csv.out, /^"The ""Post""",/m);
  assert.match(csv.out, /^"Times, The",/m);
  assert.equal(csv.out, toCsv(JSON.parse(json.out)));
});

test("kwic prints context lines", () => {
  const r = run("kwic", "--corpus", SEEDS, "--term", "cyber sovereignty", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].keyword, "cyber sovereignty");
  assert.match(rows[0].left, /actively promotes$/);
});

test("a bad manifest prints one line naming corpus.json and the field, exit 2, nothing changed", () => {
  const dir = copyCorpus(MINI);
  const path = join(dir, "corpus.json");
  const m = JSON.parse(readFileSync(path, "utf8"));
  m.documents[0].date = "Jan 04 , 2016";
  writeFileSync(path, JSON.stringify(m));
  const before = folderHash(dir);
  const r = run("freq", "--corpus", dir, "--format", "json");
  assert.equal(r.code, 2);
  assert.equal(r.out, "");
  assert.equal(r.err, `discourse: ${path}: documents[0].date: expected YYYY-MM-DD, got "Jan 04 , 2016" (write 2016-01-04)\n`);
  assert.equal(folderHash(dir), before);
});

test("usage errors are one line too", () => {
  for (const [args, pattern] of [
    [["freq"], /--corpus: missing; pass --corpus DIR/],
    [["freq", "--corpus", MINI, "--format", "xml"], /--format: expected one of json, csv, table, got "xml"/],
    [["freq", "--corpus", MINI, "--by", "outlt"], /^discourse: --by: no document has a field "outlt"; group by one of: author, date, language, outlet, title, year\n$/],
    [["freq", "--corpus", MINI, "--bogus"], /freq: Unknown option '--bogus'/],
    [["freq", "--corpus", MINI, "--stopwords", "missing.txt"], /missing\.txt: --stopwords: no such file/],
    [["nonsense"], /unknown command "nonsense"/],
  ] as const) {
    const r = run(...args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.err}`);
    assert.match(r.err, pattern);
    assert.equal(r.err.trim().split("\n").length, 1, `one line: ${r.err}`);
  }
});

test("--help lists the commands quickly", () => {
  const started = process.hrtime.bigint();
  const r = run("--help");
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(r.code, 0);
  assert.match(r.out, /freq/);
  assert.match(r.out, /kwic/);
  assert.ok(ms < 1000, `--help took ${ms} ms`);
});
