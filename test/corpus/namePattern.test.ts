import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { groupDocuments } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { compileNamePattern, fieldsFromName } from "../../src/corpus/namePattern";
import { CLI, copyCorpus } from "../helpers";

const INAUGURAL = join(__dirname, "..", "fixtures", "inaugural");

test("a name pattern reads fields from file names: {year} groups by year without a date, any other name is a field", () => {
  const c = loadCorpus(INAUGURAL, { namePattern: "{year}-{president}" });
  assert.deepEqual(c.documents.map((d) => [d.file, d.year, d.date, d.meta.president]), [
    ["1901-McKinley.txt", 1901, null, "McKinley"],
    ["1925-Coolidge.txt", 1925, null, "Coolidge"],
    ["1961-Kennedy.txt", 1961, null, "Kennedy"],
    ["2005-Bush.txt", 2005, null, "Bush"],
    ["2017-Trump.txt", 2017, null, "Trump"],
  ]);
  assert.deepEqual(groupDocuments(c, "year").map((g) => g.group), ["1901", "1925", "1961", "2005", "2017"]);
  assert.deepEqual(groupDocuments(c, "president").map((g) => g.group), ["Bush", "Coolidge", "Kennedy", "McKinley", "Trump"]);
  // The year stands for the date: no warning says the date is missing.
  assert.ok(!c.warnings.some((w) => /date/.test(w.message)), JSON.stringify(c.warnings));
});

test("the speech that opens with a salutation keeps it: no first line is lost to a title", () => {
  const c = loadCorpus(INAUGURAL, { namePattern: "{year}-{president}" });
  const coolidge = c.documents.find((d) => d.meta.president === "Coolidge")!;
  assert.equal(coolidge.title, "1925-Coolidge.txt", "no title inferred from the salutation");
  assert.ok(coolidge.text.startsWith("My countrymen,\n\nno one can contemplate"), JSON.stringify(coolidge.text.slice(0, 40)));
  assert.deepEqual(coolidge.removed, []);
  for (const d of c.documents) assert.deepEqual(d.removed, [], `${d.file}: nothing removed`);
});

test("{date}, fields in the middle, and names that do not match (a warning naming the file)", () => {
  const np = compileNamePattern("{date}_{outlet}_{author}", { field: "options.namePattern" });
  assert.deepEqual(fieldsFromName("op-eds/2022-03-03_China Daily_Cai Cuihong.txt", np), { ok: true, fields: { date: "2022-03-03", outlet: "China Daily", author: "Cai Cuihong" } });
  const bad = fieldsFromName("2022-02-30_X_Y.txt", np);
  assert.equal(bad.ok, false);
  const dir = copyCorpus(INAUGURAL);
  renameSync(join(dir, "2017-Trump.txt"), join(dir, "Trump inaugural.txt"));
  const c = loadCorpus(dir, { namePattern: "{year}-{president}" });
  assert.equal(c.documents.length, 5, "the file is still read");
  const w = c.warnings.find((x) => x.kind === "name")!;
  assert.equal(`${w.file}: ${w.message}`, 'Trump inaugural.txt: name does not match the name pattern "{year}-{president}"; its fields are left empty');
});

test("namePattern in corpus.json; the command line's wins; a bad pattern is one line", () => {
  const dir = copyCorpus(INAUGURAL);
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ name: "Inaugural addresses", namePattern: "{year}-{speaker}" }));
  assert.equal(loadCorpus(dir).documents[0].meta.speaker, "McKinley");
  const r = spawnSync(process.execPath, [CLI, "freq", "--corpus", dir, "--name-pattern", "{year}-{president}", "--by", "president", "--format", "json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual([...new Set(JSON.parse(r.stdout).map((x: { group: string }) => x.group))], ["Bush", "Coolidge", "Kennedy", "McKinley", "Trump"]);
  const bad = spawnSync(process.execPath, [CLI, "freq", "--corpus", dir, "--name-pattern", "{year}-{id}"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, "discourse: --name-pattern: {id} cannot come from a file name; name the field otherwise\n");
});
