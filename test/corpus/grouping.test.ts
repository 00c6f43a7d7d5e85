import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { termFrequency } from "../../src/analysis/frequency";
import { groupDocuments } from "../../src/corpus/corpus";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { CLI, copyCorpus, tempDir } from "../helpers";

const MIXED = join(__dirname, "..", "fixtures", "mixed");

/** The mixed fixture plus a saved page whose site files it under a category, and one that does not. */
function withCategories(): string {
  const dir = copyCorpus(MIXED);
  const page = readFileSync(join(MIXED, "saved-page.html"), "utf8");
  writeFileSync(join(dir, "editorial.html"), page.replace("<head>", '<head>\n  <meta name="category" content="editorial">\n  <meta property="article:section" content="Opinion">').replace(/Rivalry in Cyberspace Deepens/g, "Rivalry Deepens Further").replace("</article>", "<p>Since then the rivalry has spread from chips to cables, and the editorial board sees no sign that either capital will step back.</p></article>"));
  return dir;
}

test("every <meta> of a saved page is a field under its last part: category, section", () => {
  const c = loadCorpus(withCategories());
  const page = c.documents.find((d) => d.file === "editorial.html")!;
  assert.equal(page.meta.category, "editorial");
  assert.equal(page.meta.section, "Opinion");
  // The named fields keep their own sources: og:title stays the title, not a field "title" twice.
  assert.equal(page.title, "Rivalry Deepens Further");
});

test("a document without the grouping field goes to (none) with one warning naming it; nothing stops", () => {
  const dir = withCategories();
  const c = loadCorpus(dir, { by: "category" });
  const grouped = groupDocuments(c, "category").map((g) => [g.group, g.documents.length]);
  assert.deepEqual(grouped, [["(none)", 4], ["editorial", 1]]);
  const lines = c.warnings.filter((w) => w.kind === "group").map((w) => `${w.file}: ${w.message}`);
  assert.deepEqual(lines, ["dialogue.txt", "saved-page.html", "trust.md", "wuzhen-notes.md"].map((f) => `${f}: no "category" value; grouped as (none)`));
  const freq = termFrequency(tokens(c), { by: "category" });
  assert.deepEqual([...new Set(freq.map((r) => r.group))], ["(none)", "editorial"]);
});

test("discourse freq (streamed) and keyness group the same way and name the same documents on stderr", () => {
  const dir = withCategories();
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  const freq = run("freq", "--corpus", dir, "--by", "category", "--format", "json");
  assert.equal(freq.status, 0, freq.stderr);
  assert.deepEqual([...new Set(JSON.parse(freq.stdout).map((r: { group: string }) => r.group))], ["(none)", "editorial"]);
  const memory = termFrequency(tokens(loadCorpus(dir)), { by: "category" });
  assert.deepEqual(JSON.parse(freq.stdout), JSON.parse(JSON.stringify(memory)));
  assert.equal((freq.stderr.match(/no "category" value; grouped as \(none\)/g) ?? []).length, 4);
  const key = run("keyness", "--corpus", dir, "--by", "category", "--format", "json");
  assert.equal(key.status, 0, key.stderr);
  assert.equal((key.stderr.match(/no "category" value; grouped as \(none\)/g) ?? []).length, 4);
});

test("a grouping field no document has is one line listing the fields there are, in memory and streamed", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.txt"), "The talks in Geneva ended without an agreement on cyber norms, and both went home.\n");
  assert.throws(() => loadCorpus(dir, { by: "categroy" }), /^.*no document has a field "categroy"; group by one of: author, date, language, title, year/);
  const r = spawnSync(process.execPath, [CLI, "freq", "--corpus", dir, "--by", "categroy"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^discourse: --by: no document has a field "categroy"; group by one of: author, date, language, title, year\n$/);
});
