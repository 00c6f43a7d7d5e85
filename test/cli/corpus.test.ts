import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, copyCorpus, folderHash, tempDir } from "../helpers";

const MIXED = join(__dirname, "..", "fixtures", "mixed");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("discourse corpus summarises documents, groups and warnings; analyses print warnings on stderr only", () => {
  const dir = copyCorpus(MIXED);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "again.txt"), readFileSync(join(MIXED, "dialogue.txt")));
  const r = run("corpus", "--corpus", dir, "--by", "period", "--format", "json");
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out);
  assert.deepEqual(s.documents.map((d: { id: string; group: string; format: string }) => [d.id, d.group, d.format]), [
    ["dialogue", "early", "txt"],
    ["saved-page", "late", "html"],
    ["trust", "late", "md"],
    ["wuzhen-notes", "early", "md"],
  ]);
  const tokens = s.documents.reduce((n: number, d: { tokens: number }) => n + d.tokens, 0);
  assert.deepEqual(s.groups.map((g: { group: string; documents: number }) => [g.group, g.documents]), [["early", 2], ["late", 2]]);
  assert.equal(s.groups.reduce((n: number, g: { tokens: number }) => n + g.tokens, 0), tokens);
  assert.deepEqual(s.warnings, ["again.txt: duplicate of dialogue.txt (same text); counted once", "empty.txt: skipped: empty (no text)"]);
  // On stderr too, in every format: stdout stays pure JSON or CSV.
  const warned = "discourse: warning: again.txt: duplicate of dialogue.txt (same text); counted once\ndiscourse: warning: empty.txt: skipped: empty (no text)\n";
  assert.equal(r.err, warned);
  const csv = run("corpus", "--corpus", dir, "--by", "period", "--format", "csv");
  assert.equal(csv.err, warned);
  assert.match(csv.out, /^id,file,format,encoding,/);
  const table = run("corpus", "--corpus", dir, "--by", "period");
  assert.match(table.out, /^Mixed sources: 4 documents, \d+ tokens, 2 groups by period/);
  assert.match(table.out, /2 warning\(s\), listed on stderr/);
  assert.equal(table.err, warned);
  const freq = run("freq", "--corpus", dir, "--by", "period", "--format", "json");
  assert.equal(freq.code, 0);
  assert.doesNotThrow(() => JSON.parse(freq.out), "stdout stays pure JSON");
  assert.equal(freq.err, "discourse: warning: again.txt: duplicate of dialogue.txt (same text); counted once\ndiscourse: warning: empty.txt: skipped: empty (no text)\n");
  // The report lists them too.
  const out = tempDir();
  assert.equal(run("report", "--corpus", dir, "--by", "period", "--out", out).code, 0);
  assert.equal(
    readFileSync(join(out, "tables", "warnings.csv"), "utf8"),
    "file,kind,message\nagain.txt,duplicate,duplicate of dialogue.txt (same text); counted once\nempty.txt,skipped,skipped: empty (no text)\n",
  );
  assert.match(readFileSync(join(out, "tables", "documents.csv"), "utf8"), /^id,file,format,encoding,group,language,date,title,author,metadata,sentences,tokens,removedLines\n/);
});

test("discourse add copies files in, records them in corpus.json, and never touches the sources", () => {
  const corpus = join(tempDir(), "opeds");
  const before = folderHash(MIXED);
  let r = run("add", join(MIXED, "dialogue.txt"), "--corpus", corpus, "--set", "period=early", "--set", "rank=2");
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `added dialogue.txt (2019-03-05, "Cyber Dialogue Needs Patience")\n${corpus}/corpus.json: 1 entries\n`);
  r = run("add", join(MIXED, "trust.md"), "--corpus", corpus, "--date", "2023-09-15", "--title", "Competition, Not Trust", "--set", "period=late");
  assert.equal(r.code, 0, r.err);
  const manifest = JSON.parse(readFileSync(join(corpus, "corpus.json"), "utf8"));
  assert.deepEqual(manifest, {
    name: "opeds",
    documents: [
      { file: "dialogue.txt", period: "early", rank: 2 },
      { file: "trust.md", period: "late", title: "Competition, Not Trust", date: "2023-09-15" },
    ],
  });
  assert.deepEqual(readdirSync(corpus).sort(), ["corpus.json", "dialogue.txt", "trust.md"]);
  assert.equal(readFileSync(join(corpus, "trust.md"), "utf8"), readFileSync(join(MIXED, "trust.md"), "utf8"));
  // The flags win over the file's own front matter.
  const s = JSON.parse(run("corpus", "--corpus", corpus, "--format", "json").out);
  assert.deepEqual(s.documents[1].date, "2023-09-15");
  assert.equal(s.documents[1].metadata, "manifest/front matter");
  assert.equal(folderHash(MIXED), before);
});

test("discourse add refuses, writing nothing, when a file is a duplicate, unreadable or its metadata is bad", () => {
  const corpus = join(tempDir(), "opeds");
  assert.equal(run("add", join(MIXED, "dialogue.txt"), "--corpus", corpus).code, 0);
  const scratch = tempDir();
  writeFileSync(join(scratch, "copy.txt"), readFileSync(join(MIXED, "dialogue.txt")));
  writeFileSync(join(scratch, "blob.txt"), Buffer.from([1, 0, 2, 0]));
  const cases: [string[], string][] = [
    [[join(MIXED, "dialogue.txt")], `discourse: ${join(MIXED, "dialogue.txt")}: already in ${corpus}\n`],
    [[join(scratch, "copy.txt")], `discourse: ${join(scratch, "copy.txt")}: same text as dialogue.txt, already in ${corpus}; not added\n`],
    [[join(MIXED, "trust.md"), join(scratch, "blob.txt")], `discourse: ${join(scratch, "blob.txt")}: cannot add: binary (NUL bytes); save it as UTF-8 text\n`],
    [[join(MIXED, "trust.md"), "--date", "2023-02-30"], `discourse: --date: expected YYYY-MM-DD, got "2023-02-30"\n`],
    [[join(MIXED, "trust.md"), "--set", "year=2023"], "discourse: --set year: is derived from date; use --date\n"],
    [[join(MIXED, "trust.md"), join(MIXED, "dialogue.txt"), "--title", "X"], "discourse: --title: --title and --id name one document; add files one at a time to set them\n"],
    [[join(scratch, "nope.md")], `discourse: ${join(scratch, "nope.md")}: no such file\n`],
  ];
  const state = folderHash(corpus);
  for (const [args, expected] of cases) {
    const r = run("add", ...args, "--corpus", corpus);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.err, expected);
    assert.equal(folderHash(corpus), state, "corpus folder unchanged");
  }
  assert.ok(!existsSync(join(corpus, "trust.md")), "trust.md was not copied although it was fine: all or nothing");
});

test("discourse notebooks prints the loader's warnings on stderr before it runs anything", () => {
  const dir = copyCorpus(MIXED);
  writeFileSync(join(dir, "empty.txt"), "");
  const out = tempDir();
  const r = run("notebooks", "--corpus", dir, "--by", "period", "--a", "middle", "--b", "late", "--out", out);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'discourse: warning: empty.txt: skipped: empty (no text)\ndiscourse: --a: no group "middle" for --by period; groups: early, late\n');
});
